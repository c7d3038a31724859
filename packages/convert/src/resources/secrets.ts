import { ref, shortText, type ComposeResource, type Reporter } from '@composeform/model'
import type { EcsProject } from '@composeform/validate'
import type { GraphBuilder } from '../graph-builder.js'
import { normalizeName, type LogicalIds } from '../logical-id.js'
import { createdSecretSource, externalSecretSource, secretKeys, type SecretSource } from '../secret-source.js'
import { shellWord } from '../shell-quote.js'
import { PROJECT_TAG, tagsWithLabels } from '../tags.js'

/**
 * The top-level secrets the services use. An external secret is read where it is (by ARN
 * or name). Any other becomes `<Name>Secret` (`AWS::SecretsManager::Secret`, Docker's ID
 * scheme with `<Name>` the normalised secret key) whose `SecretString` is the NoEcho
 * parameter `<Name>SecretValue`: the file or variable is never read here, so its value can
 * never end up in an emitted file. An info diagnostic tells which parameter to pass and
 * where its value comes from. Secrets no service uses create nothing (no parameter to fill
 * in for nothing).
 */
export function addSecrets(project: EcsProject, used: ReadonlySet<string>, builder: GraphBuilder, ids: LogicalIds, reporter: Reporter): Map<string, SecretSource> {
  const sources = new Map<string, SecretSource>()
  for (const key of [...used].sort()) {
    const secret = project.model.secrets[key]
    if (secret === undefined) continue
    const keys = usableKeys(key, secretKeys(secret), project, reporter)
    if (keys === 'all') {
      const path = ['secrets', key, 'x-aws-keys']
      reporter.add({
        code: 'SECRET_KEYS_ALL',
        message: `The keys of secret \`${key}\` are only known at deploy time, so its whole JSON value is written to one file instead of one file per key.`,
        path,
        span: project.sources.span(path),
        hint: 'List the keys (`x-aws-keys: [username, password]`) to get one file per key.',
      })
    }
    if (secret.external === true) {
      sources.set(key, externalSecretSource(key, secret.name, keys))
      continue
    }
    const base = normalizeName(key)
    const id = `${base}Secret`
    if (!ids.claim(id, `secrets.${key}`, ['secrets', key])) continue
    const parameter = `${id}Value`
    const from = valueOrigin(secret)
    builder.parameter({
      id: parameter,
      type: 'String',
      noEcho: true,
      description: `Value of the compose secret ${key} (${from.description}${keys && keys !== 'all' ? ', a JSON object' : ''}); never stored in the template.`,
    })
    builder.add({
      id,
      type: 'AWS::SecretsManager::Secret',
      properties: {
        Description: `Secret ${shortText(key)} of Docker Compose project ${shortText(project.name)}`,
        SecretString: ref(parameter),
        Tags: tagsWithLabels([[PROJECT_TAG, project.name]], Object.entries((secret.labels as Record<string, string> | undefined) ?? {}), {
          reporter,
          sources: project.sources,
          path: ['secrets', key, 'labels'],
        }),
      },
      dependsOn: [],
      origin: ['secrets', key],
    })
    const path = ['secrets', key]
    // The loader names every secret `<project>_<key>` unless the file names it.
    if (typeof secret.name === 'string' && secret.name !== `${project.name}_${key}`) {
      reporter.add({
        code: 'SECRET_NAME_NOT_USED',
        message: `The secret \`${key}\` that the stack creates is not named \`${secret.name}\`: CloudFormation names it, so that the stack can be deleted and created again (Secrets Manager keeps a deleted secret's name for up to 30 days).`,
        path: [...path, 'name'],
        span: project.sources.span([...path, 'name'], { key: true }),
        hint: 'To read an existing secret of that name, write `external: true`; to name the created one anyway, set its `Name` with `x-aws-cloudformation`.',
      })
    }
    reporter.add({
      code: 'SECRET_VALUE_PARAMETER',
      message: `The value of secret \`${key}\` is not written into the template; pass ${from.description} as the parameter ${parameter} when deploying.`,
      path,
      span: project.sources.span(path, { key: true }),
      hint: `aws cloudformation deploy … --parameter-overrides ${parameter}=${from.shell}`,
    })
    sources.set(key, createdSecretSource(key, id, keys))
  }
  return sources
}

/** The keys that can be file names and `ValueFrom` parts; each other one is an error. */
function usableKeys(key: string, keys: SecretSource['keys'], project: EcsProject, reporter: Reporter): SecretSource['keys'] {
  if (!Array.isArray(keys)) return keys
  const path = ['secrets', key, 'x-aws-keys']
  return keys.filter((jsonKey) => {
    const usable = jsonKey !== '.' && jsonKey !== '..' && !/[/:\0]/.test(jsonKey)
    if (!usable) {
      reporter.add({
        code: 'SECRET_TARGET_UNSAFE',
        message: `The key \`${jsonKey}\` of secret \`${key}\` cannot be a file name in its directory or a key in an ECS \`ValueFrom\`.`,
        path,
        span: project.sources.span(path),
        hint: 'Use keys without `/` or `:` that are not `.` or `..`; rename the key in the secret if needed.',
      })
    }
    return usable
  })
}

/** What a user passes as the value: the secret's file, its variable, or (neither given) the value itself. */
function valueOrigin(secret: ComposeResource): { description: string; shell: string } {
  if (typeof secret.file === 'string') return { description: `the content of ${secret.file}`, shell: `"$(cat ${shellWord(secret.file)})"` }
  if (typeof secret.environment === 'string') return { description: `the variable ${secret.environment}`, shell: `"$${secret.environment}"` }
  return { description: 'its value', shell: '…' }
}
