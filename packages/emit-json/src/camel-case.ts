/**
 * A CloudFormation (PascalCase) property name as the ECS API (camelCase) spells it: the
 * leading capital is lowered (`ContainerDefinitions` → `containerDefinitions`), and so is a
 * leading acronym except for the capital that starts the next word (`EFSVolumeConfiguration`
 * → `efsVolumeConfiguration`); an all-capitals name is lowered whole (`IAM` → `iam`).
 * Capitals later in the name stay (`EnableECSManagedTags` → `enableECSManagedTags`). A name
 * that does not start with a capital is returned unchanged.
 */
export function camelCaseKey(key: string): string {
  const run = /^[A-Z]+/.exec(key)?.[0].length ?? 0
  if (run === 0) return key
  if (run === 1 || run === key.length) return key.slice(0, run).toLowerCase() + key.slice(run)
  const startsWord = /[a-z]/.test(key[run]!)
  const lowered = startsWord ? run - 1 : run
  return key.slice(0, lowered).toLowerCase() + key.slice(lowered)
}
