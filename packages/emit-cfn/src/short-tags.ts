/**
 * Long-form intrinsic key → its short-form YAML tag, for every short form CloudFormation
 * reads (including the language-extension ones, `!Length` and `!ToJsonString`).
 */
export const SHORT_TAGS: { readonly [longForm: string]: string } = {
  Ref: '!Ref',
  Condition: '!Condition',
  'Fn::And': '!And',
  'Fn::Base64': '!Base64',
  'Fn::Cidr': '!Cidr',
  'Fn::Equals': '!Equals',
  'Fn::FindInMap': '!FindInMap',
  'Fn::GetAZs': '!GetAZs',
  'Fn::GetAtt': '!GetAtt',
  'Fn::If': '!If',
  'Fn::ImportValue': '!ImportValue',
  'Fn::Join': '!Join',
  'Fn::Length': '!Length',
  'Fn::Not': '!Not',
  'Fn::Or': '!Or',
  'Fn::Select': '!Select',
  'Fn::Split': '!Split',
  'Fn::Sub': '!Sub',
  'Fn::ToJsonString': '!ToJsonString',
  'Fn::Transform': '!Transform',
}

/** `!GetAtt Id.Attr` → `['Id', 'Attr']`, split at the first dot (`Db.Endpoint.Address` too). */
export function splitGetAtt(text: string): string[] {
  const dot = text.indexOf('.')
  return dot === -1 ? [text] : [text.slice(0, dot), text.slice(dot + 1)]
}
