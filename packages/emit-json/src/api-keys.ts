import { camelCaseKey } from './camel-case.js'
import { isJsonObject, jsonObject, type Json, type JsonObject } from './json.js'

/**
 * CloudFormation property names the ECS API spells other than `camelCaseKey` would. `FSx`
 * is a mixed-case acronym; the proxy configuration's property list is `properties` in the API;
 * CloudFormation's EFS `FilesystemId` is the API's `fileSystemId`.
 */
export const RENAMED_KEYS: Readonly<Record<string, string>> = {
  FilesystemId: 'fileSystemId',
  FSxWindowsFileServerVolumeConfiguration: 'fsxWindowsFileServerVolumeConfiguration',
  ProxyConfigurationProperties: 'properties',
}

/**
 * Properties whose value is a map with the user's own keys (Docker labels, log driver
 * options, volume driver options and labels): the property is renamed, its keys are not.
 */
export const VERBATIM_MAPS: ReadonlySet<string> = new Set(['DockerLabels', 'Options', 'DriverOpts', 'Labels'])

/** The ECS API name of a CloudFormation property name. */
export function apiKey(key: string): string {
  return Object.hasOwn(RENAMED_KEYS, key) ? RENAMED_KEYS[key]! : camelCaseKey(key)
}

/**
 * Resolved CloudFormation properties in the ECS API's shape: every key renamed with `apiKey`
 * at any depth (`Tags` `Key`/`Value` become `key`/`value`), except inside `VERBATIM_MAPS`.
 * Values are never changed.
 */
export function toApiShape(value: Json): Json {
  if (Array.isArray(value)) return value.map(toApiShape)
  if (!isJsonObject(value)) return value
  return jsonObject(Object.entries(value).map(([k, v]) => [apiKey(k), VERBATIM_MAPS.has(k) && isJsonObject(v) ? v : toApiShape(v)] as const))
}

/** `toApiShape` of a map of properties. */
export function toApiObject(properties: JsonObject): JsonObject {
  return toApiShape(properties) as JsonObject
}
