import type { DescribedSchema, JsonSchema } from './json-schema.js'

// The overlay is merged over the generated template, where `null` deletes what it replaces,
// so an entry of a section may be `null`.
function section(name: string, entry: string): JsonSchema {
  return {
    type: 'object',
    description: `\`${name}\` maps names to ${entry} mappings, as in a CloudFormation template.`,
    additionalProperties: { title: 'a mapping, or null to remove it', type: ['object', 'null'] },
  }
}

function mapping(section: string): JsonSchema {
  return { type: 'object', description: `\`${section}\` is a mapping, as in a CloudFormation template.` }
}

const RESOURCE = {
  title: 'a resource mapping, or null to remove the resource',
  description: 'A resource has `Type` and `Properties`, and optionally `DependsOn`, `Condition`, `Metadata` and the policy attributes.',
  type: ['object', 'null'],
  properties: {
    Type: {
      title: 'a resource type such as `AWS::S3::Bucket`',
      description: 'Write the type as `AWS::<service>::<resource>`, e.g. `AWS::S3::Bucket`, or `Custom::<name>`.',
      type: 'string',
      pattern: '^[A-Za-z0-9]+(?:::[A-Za-z0-9]+){1,3}$',
    },
    Properties: { type: ['object', 'null'] },
    DependsOn: {},
    Condition: {},
    Metadata: {},
    CreationPolicy: {},
    DeletionPolicy: {},
    UpdatePolicy: {},
    UpdateReplacePolicy: {},
  },
  additionalProperties: false,
} as const satisfies JsonSchema

/** `x-aws-cloudformation` (top level): a partial template merged over the generated one. */
export const CLOUDFORMATION_SCHEMA = {
  title: 'a partial CloudFormation template',
  description:
    'A partial CloudFormation template merged over the generated one, with sections such as `Resources` and `Outputs`: mappings merge key by key, lists are replaced, and `null` removes a key.',
  type: 'object',
  properties: {
    AWSTemplateFormatVersion: { type: 'string', enum: ['2010-09-09'], description: 'The only template format version is `2010-09-09`.' },
    Description: { type: 'string', description: '`Description` is the text of the stack description.' },
    Metadata: mapping('Metadata'),
    Parameters: section('Parameters', 'parameter'),
    Rules: mapping('Rules'),
    Mappings: mapping('Mappings'),
    Conditions: mapping('Conditions'),
    Transform: {
      title: 'a macro name or a list of macro names',
      description: 'Name the transform, e.g. `AWS::Serverless-2016-10-31`, or list several.',
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    Resources: {
      type: 'object',
      description: 'Map logical ids to resources, e.g. `WebService: {Properties: {…}}` to change a generated resource.',
      additionalProperties: RESOURCE,
    },
    Hooks: mapping('Hooks'),
    Outputs: section('Outputs', 'output'),
  },
  additionalProperties: false,
} as const satisfies DescribedSchema
