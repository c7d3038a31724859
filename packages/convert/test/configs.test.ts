import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject, type Diagnostic, type ResourceGraph, type Value } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { toGraph } from '../src/index.js'

/** Loads, checks and converts; the diagnostics of all three stages and the graph when there is one. */
function convert(yaml: string, files: Record<string, string> = {}, environment: Record<string, string> = {}): { graph?: ResourceGraph; diagnostics: Diagnostic[] } {
  const all = new Map([['compose.yaml', yaml], ...Object.entries(files)])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => all.get(p), resolve: joinPath }, environment, projectDirectory: '.', directoryName: 'fixture' })
  if (loaded.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: loaded.diagnostics }
  const checked = checkEcs(loaded.value)
  const graph = toGraph(checked.value)
  return { graph: graph.value, diagnostics: [...loaded.diagnostics, ...checked.diagnostics, ...graph.diagnostics] }
}
const errors = (d: Diagnostic[]) => d.filter((x) => x.severity === 'error').map((x) => [x.code, x.location?.start.line])
const initContainer = (graph: ResourceGraph, base: string) => {
  const td = graph.nodes.find((n) => n.id === `${base}TaskDefinition`)!
  return (td.properties.ContainerDefinitions as Record<string, Value>[])[1]!
}

test('a config with the default target /<name> would need a volume over /, which is refused', () => {
  const { diagnostics } = convert('services:\n  app:\n    image: a\n    configs: [settings]\nconfigs:\n  settings:\n    content: "x"\n')
  assert.equal(errors(diagnostics), [['SECRET_TARGET_UNSAFE', 4]])
  assert.match(diagnostics.find((d) => d.code === 'SECRET_TARGET_UNSAFE')!.message, /^Config `settings` at `\/settings` would need a volume over `\/`/)
})

test('config text is written exactly, as a plain variable of the init container; nothing reads a secret for it', () => {
  const text = "a 'quoted' $HOME `tick` \\ line\nsecond\n"
  const { graph, diagnostics } = convert('services:\n  app:\n    image: a\n    configs:\n      - source: c\n        target: /etc/app/c.txt\nconfigs:\n  c:\n    file: ./c.txt\n', { 'c.txt': text })
  assert.equal(errors(diagnostics), [])
  const init = initContainer(graph!, 'App')
  assert.equal(init.Environment, [{ Name: 'SECRET_0', Value: text }])
  assert.is(init.Secrets, undefined)
  const role = graph!.nodes.find((n) => n.id === 'AppTaskExecutionRole')!
  assert.is(role.properties.Policies, undefined, 'no policy: the text needs no permission')
})

test('a config larger than 32 KiB is an error at the config', () => {
  const { diagnostics } = convert('services:\n  app:\n    image: a\n    configs:\n      - source: big\n        target: /etc/app/big\nconfigs:\n  big:\n    environment: BIG\n', {}, { BIG: 'é'.repeat(17 * 1024) })
  assert.equal(errors(diagnostics), [['CONFIG_TOO_LARGE', 8]])
})

test('an unset variable and a file outside the project are load errors at the config', () => {
  const yaml = 'services:\n  app:\n    image: a\n    configs:\n      - source: e\n        target: /etc/a/e\n      - source: f\n        target: /etc/a/f\nconfigs:\n  e:\n    environment: NOPE\n  f:\n    file: ../outside.txt\n'
  const { diagnostics } = convert(yaml, { '../outside.txt': 'x' })
  assert.equal(errors(diagnostics), [['CONFIG_ENVIRONMENT_UNSET', 11], ['PATH_OUTSIDE_PROJECT', 13]])
})

test.run()
