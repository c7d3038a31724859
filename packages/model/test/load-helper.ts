import { joinPath, loadProject, type ComposeProject, type Diagnostic, type LoadOptions } from '../src/index.js'

/** Loads an in-memory project: `files` maps paths to texts; the first key is the main file unless `options.files` says otherwise. */
export function load(
  files: Record<string, string>,
  options: Partial<Omit<LoadOptions, 'host'>> = {},
): { project: ComposeProject; diagnostics: Diagnostic[]; errors: Diagnostic[] } {
  const texts = new Map(Object.entries(files))
  const { value, diagnostics } = loadProject({
    files: options.files ?? [Object.keys(files)[0]!],
    host: { readFile: (p) => texts.get(p), resolve: joinPath },
    environment: options.environment ?? {},
    ...options,
  })
  return { project: value, diagnostics, errors: diagnostics.filter((d) => d.severity === 'error') }
}

/** The services of a loaded in-memory project. */
export function services(files: Record<string, string>, options: Partial<Omit<LoadOptions, 'host'>> = {}) {
  return load(files, options).project.model.services
}

/** Where a diagnostic points, as `line:column`, with `file:` in front when `withFile`. */
export function located(d: Diagnostic, withFile = false): string {
  const at = `${d.location?.start.line}:${d.location?.start.column}`
  return withFile ? `${d.location?.file}:${at}` : at
}
