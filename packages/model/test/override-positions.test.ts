import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { load } from './load-helper.js'

const files = {
  'compose.yaml': 'services:\n  web:\n    image: nginx\n    environment: {A: x}\n  db:\n    image: postgres\n',
  'compose.override.yaml': 'services:\n  web:\n    image: nginx:2\n  cache:\n    image: redis\n',
}
const at = (span: { file: string; start: number } | undefined) => span && `${span.file}@${span.start}`

test('with an override, the project, its sections and what they declare are where the first file wrote them', () => {
  const { project } = load(files, { files: ['compose.yaml', 'compose.override.yaml'] })
  const s = project.sources
  assert.is(at(s.span([])), 'compose.yaml@0', 'the project')
  assert.is(at(s.span(['services'], { key: true })), 'compose.yaml@0', 'a section')
  assert.is(at(s.span(['services', 'web'], { key: true })), 'compose.yaml@12', 'a service in both files')
  assert.is(at(s.span(['services', 'cache'], { key: true })), 'compose.override.yaml@38', 'a service only the override declares')
})

test('a value the override sets points at the override', () => {
  const { project } = load(files, { files: ['compose.yaml', 'compose.override.yaml'] })
  const s = project.sources
  assert.is(at(s.span(['services', 'web', 'image'])), `compose.override.yaml@${files['compose.override.yaml'].indexOf('nginx:2')}`)
  assert.is(at(s.span(['services', 'web', 'environment', 'A'])), `compose.yaml@${files['compose.yaml'].indexOf('x}')}`)
})

test.run()
