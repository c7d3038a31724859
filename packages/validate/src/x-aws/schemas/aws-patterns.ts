// Regular-expression fragments shared by the schemas. They only pin down the shape of ids and
// ARNs, so typos are caught offline; whether the resource exists is for CloudFormation to say.

/** The partition part of an ARN: `aws`, `aws-cn`, `aws-us-gov`, … */
export const PARTITION = 'aws[a-z-]*'

/** A region such as `us-east-1`, `eu-central-2` or `us-gov-west-1`. */
export const REGION = '[a-z]{2}(?:-[a-z]+)+-[0-9]+'

/** A 12-digit account id. */
export const ACCOUNT = '[0-9]{12}'

/** `arn:<partition>:<service>:<region>:<account>:` for a regional service. */
export function arnPrefix(service: string): string {
  return `arn:${PARTITION}:${service}:${REGION}:${ACCOUNT}:`
}

/** A pattern matching the whole value against any of `alternatives`. */
export function whole(...alternatives: readonly string[]): string {
  return `^(?:${alternatives.join('|')})$`
}
