import type { DescribedSchema, JsonSchema } from './json-schema.js'

// The policy document is copied into the template verbatim, so an element may also be an
// intrinsic function such as `Fn::GetAtt: [Bucket, Arn]` for a resource the overlay defines;
// a mapping is therefore accepted wherever a string is.
function stringsOrIntrinsics(element: string, example: string): JsonSchema {
  return {
    title: 'a string or a list of strings',
    description: `\`${element}\` takes one value or a list, such as \`${example}\`.`,
    type: ['string', 'object', 'array'],
    minLength: 1,
    minItems: 1,
    items: { title: 'a string', type: ['string', 'object'], minLength: 1 },
  }
}

const STATEMENT = {
  title: 'a policy statement',
  description: 'A statement has `Effect` (`Allow` or `Deny`), `Action` (or `NotAction`) and `Resource` (or `NotResource`), and optionally `Sid` and `Condition`.',
  type: 'object',
  properties: {
    Sid: { type: 'string', pattern: '^[A-Za-z0-9]*$', description: 'A `Sid` takes letters and digits only (IAM).' },
    Effect: { type: 'string', enum: ['Allow', 'Deny'], description: '`Effect` is `Allow` or `Deny`.' },
    Action: stringsOrIntrinsics('Action', '[s3:GetObject, s3:PutObject]'),
    NotAction: stringsOrIntrinsics('NotAction', '[iam:*]'),
    Resource: stringsOrIntrinsics('Resource', 'arn:aws:s3:::my-bucket/*'),
    NotResource: stringsOrIntrinsics('NotResource', 'arn:aws:s3:::my-bucket/private/*'),
    Condition: { type: 'object' },
  },
  required: ['Effect'],
  // `Principal` is deliberately absent: IAM rejects it in a policy attached to a role.
  additionalProperties: false,
} as const satisfies JsonSchema

/** `x-aws-role` (service): an inline IAM policy document for the task role. */
export const ROLE_SCHEMA = {
  title: 'an IAM policy document',
  description:
    "An IAM policy document added inline to the service's task role: `Statement` lists what the containers may do, e.g. `{Effect: Allow, Action: [s3:GetObject], Resource: 'arn:aws:s3:::my-bucket/*'}`.",
  type: 'object',
  properties: {
    Version: { type: 'string', enum: ['2012-10-17', '2008-10-17'], description: 'Use `Version: 2012-10-17`, the current policy language.' },
    // No `Id`: IAM takes it in resource-based policies only, not in a role's.
    // IAM takes one statement or a list of them; a union type rather than `anyOf` keeps the
    // compiled validator small and the errors plain.
    Statement: {
      ...STATEMENT,
      title: 'a list of policy statements',
      description: 'List the statements, e.g. `Statement: [{Effect: Allow, Action: [s3:GetObject], Resource: "*"}]`.',
      type: ['array', 'object'],
      minItems: 1,
      items: STATEMENT,
    },
  },
  required: ['Statement'],
  additionalProperties: false,
} as const satisfies DescribedSchema
