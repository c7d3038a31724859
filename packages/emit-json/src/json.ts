// The JSON value types and helpers are emit-cfn's; this module adds the file format.
export { isJsonObject, jsonObject, type Json, type JsonObject } from '@composeform/emit-cfn'

/** The file contents of a JSON document: 2-space indent and a final newline. */
export function jsonFile(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}
