import { ref, sub, type ComposeResource, type Value } from '@composeform/model'

/**
 * Where the text of one top-level compose config comes from when a task starts: written
 * into the task definition (`value`: configs are not secret), or, for `external: true`, an
 * existing SSM parameter named by the config's `name` (`valueFrom`, read by the execution
 * role, which may read exactly that parameter).
 */
export type ConfigSource = { readonly key: string; readonly value: string } | { readonly key: string; readonly valueFrom: Value; readonly policyResource: Value }

/** The source of a config: its text, or the external parameter; undefined when the loader found no text (it reported why). */
export function configSource(key: string, config: ComposeResource, contents: Readonly<Record<string, string>>): ConfigSource | undefined {
  if (config.external === true) {
    const name = config.name
    if (name.startsWith('arn:')) return { key, valueFrom: name, policyResource: name }
    // ECS takes a parameter's name in the task's region; IAM needs its ARN, which drops the name's leading slash.
    return {
      key,
      valueFrom: name,
      policyResource: sub('arn:', ref('AWS::Partition'), ':ssm:', ref('AWS::Region'), ':', ref('AWS::AccountId'), `:parameter/${name.replace(/^\/+/, '')}`),
    }
  }
  return Object.hasOwn(contents, key) ? { key, value: contents[key]! } : undefined
}
