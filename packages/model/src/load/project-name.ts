/**
 * Compose's project-name rules: lowercase letters, digits, `-` and `_`, starting with a
 * letter or digit.
 */
export function isValidProjectName(name: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*$/.test(name)
}

/** A directory name made into a valid project name the way compose does it. */
export function projectNameFromDirectory(dir: string): string {
  const normalized = dir.toLowerCase().replace(/[^a-z0-9_-]/g, '')
  return normalized.replace(/^[^a-z0-9]+/, '')
}
