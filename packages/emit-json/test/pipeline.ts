import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { toGraph } from '@composeform/convert'
import { formatPath, hasErrors, joinPath, loadProject, type ResourceGraph } from '@composeform/model'
import { checkEcs } from '@composeform/validate'

/**
 * The resource graph the real pipeline (load, check, convert) builds from compose files, with
 * the fixture runner's settings. Throws when a stage reports an error: tests need a graph.
 */
export function graphFromFiles(files: ReadonlyMap<string, string>, composeFiles: readonly string[] = ['compose.yaml']): ResourceGraph {
  const loaded = loadProject({
    files: composeFiles,
    host: { readFile: (p) => files.get(p), resolve: joinPath },
    environment: {},
    projectDirectory: '.',
    directoryName: 'fixture',
  })
  const checked = checkEcs(loaded.value)
  const graph = toGraph(checked.value)
  const diagnostics = [...loaded.diagnostics, ...checked.diagnostics, ...graph.diagnostics]
  if (hasErrors(diagnostics)) {
    throw new Error(diagnostics.filter((d) => d.severity === 'error').map((d) => `${formatPath(d.path)}: ${d.message}`).join('\n'))
  }
  return graph.value
}

/** `graphFromFiles` of one compose text. */
export function graphFromCompose(text: string): ResourceGraph {
  return graphFromFiles(new Map([['compose.yaml', text]]))
}

/** The repository's `fixtures/` folder. */
export const fixturesDir = join(import.meta.dirname, '..', '..', '..', 'fixtures')

/** Every file of a fixture case, by name (one level deep, as the fixture runner reads them). */
export function fixtureFiles(name: string): Map<string, string> {
  const dir = join(fixturesDir, name)
  const files = new Map<string, string>()
  for (const file of readdirSync(dir).sort()) if (statSync(join(dir, file)).isFile()) files.set(file, readFileSync(join(dir, file), 'utf8'))
  return files
}
