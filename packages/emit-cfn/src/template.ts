import type { Json, JsonObject } from './json.js'

/**
 * A CloudFormation template as a JSON object, in long form (`Ref`, `Fn::GetAtt`, …).
 *
 * The named sections are what `toTemplate` generates; an `x-aws-cloudformation` overlay,
 * already schema-checked by the validate stage, may change any of them and add others
 * (`Metadata`, `Mappings`, `Rules`, `Transform`, `Hooks`). Empty sections are absent.
 */
export interface Template {
  readonly AWSTemplateFormatVersion: '2010-09-09'
  readonly Description?: string
  /** Parameter id → `{ Type, Description?, Default?, AllowedValues?, NoEcho? }`, sorted by id. */
  readonly Parameters?: JsonObject
  /** Condition id → condition function (`Fn::Equals`, `Fn::Not`, …), sorted by id. */
  readonly Conditions?: JsonObject
  /** Logical id → `{ Type, Condition?, DependsOn?, DeletionPolicy?, UpdateReplacePolicy?, Properties? }`, sorted by id. */
  readonly Resources?: JsonObject
  /** Output id → `{ Description?, Value, Condition? }`, sorted by id. */
  readonly Outputs?: JsonObject
  readonly [section: string]: Json | undefined
}
