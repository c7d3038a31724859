import { ref, sub, type ComposeResource, type Ref, type Value } from '@composeform/model'

/**
 * Where the value of one top-level compose secret comes from at run time: what an ECS
 * `ValueFrom` names (the whole secret, or one key of a JSON secret) and the ARN pattern the
 * execution role must be allowed to read.
 */
export interface SecretSource {
  /** The key under the top-level `secrets:`. */
  readonly key: string
  /** `ValueFrom` of the whole secret. */
  readonly valueFrom: Value
  /** `ValueFrom` of one key of a JSON secret (`<arn>:<key>::`, which ECS reads natively). */
  keyValueFrom(jsonKey: string): Value
  /** The `Resource` of `secretsmanager:GetSecretValue` in the execution role's policy. */
  readonly policyResource: Value
  /** `x-aws-keys`: absent for the whole value, `all` for `*`, else the keys, each a file. */
  readonly keys: readonly string[] | 'all' | undefined
}

/** `x-aws-keys` of a top-level secret as keys, `all` (`*` anywhere), or undefined. */
export function secretKeys(secret: ComposeResource): readonly string[] | 'all' | undefined {
  const raw = secret['x-aws-keys']
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : []
  if (list.length === 0) return undefined
  if (list.includes('*')) return 'all'
  return [...new Set(list)].sort()
}

/** A secret the template creates (`<Name>Secret`): its `Ref` is the ARN. */
export function createdSecretSource(key: string, logicalId: string, keys: SecretSource['keys']): SecretSource {
  return {
    key,
    valueFrom: ref(logicalId),
    keyValueFrom: (jsonKey) => sub(ref(logicalId), `:${jsonKey}::`),
    policyResource: ref(logicalId),
    keys,
  }
}

/**
 * An existing secret (`external: true`) named by ARN or by name. ECS reads a Secrets Manager
 * secret only by ARN (a plain name in `ValueFrom` is an SSM parameter's), so a name becomes
 * the partial ARN `arn:…:secret:<name>`, which Secrets Manager resolves like the name, also
 * with a JSON key (`<arn>:<key>::`). IAM matches the full ARN, which ends in six random
 * characters: `??????` rather than `*`, so that `<name>-other` is not granted too.
 */
export function externalSecretSource(key: string, name: string, keys: SecretSource['keys']): SecretSource {
  if (name.startsWith('arn:')) {
    return { key, valueFrom: name, keyValueFrom: (jsonKey) => `${name}:${jsonKey}::`, policyResource: name, keys }
  }
  const arnPrefix = (): (string | Ref)[] => [
    'arn:',
    ref('AWS::Partition'),
    ':secretsmanager:',
    ref('AWS::Region'),
    ':',
    ref('AWS::AccountId'),
    `:secret:${name}`,
  ]
  return {
    key,
    valueFrom: sub(...arnPrefix()),
    keyValueFrom: (jsonKey) => sub(...arnPrefix(), `:${jsonKey}::`),
    policyResource: sub(...arnPrefix(), '-??????'),
    keys,
  }
}
