import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject, type Diagnostic } from '@composeform/model'
import { checkEcs, type CheckOptions } from '../src/index.js'

// Values ECS cannot honour that were once left out without a word: each must be reported.

function check(yaml: string, options: CheckOptions = {}) {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value, options)
}
/** `code path` of every diagnostic that is not a default note. */
const found = (diagnostics: Diagnostic[], code?: string) =>
  diagnostics.filter((d) => (code ? d.code === code : d.code !== 'DEFAULT_APPLIED' && d.code !== 'TASK_SIZE_COMBINED')).map((d) => `${d.code} ${d.path.join('.')}`)

test('healthcheck.start_interval is unsupported; the other healthcheck keys are not', () => {
  const { diagnostics } = check('services:\n  web:\n    image: nginx\n    healthcheck:\n      test: curl -f localhost\n      interval: 10s\n      timeout: 3s\n      retries: 3\n      start_period: 30s\n      start_interval: 2s\n')
  assert.equal(found(diagnostics), ['UNSUPPORTED_ATTRIBUTE services.web.healthcheck.start_interval'])
  assert.is(diagnostics.find((d) => d.code === 'UNSUPPORTED_ATTRIBUTE')!.location?.start.line, 10)
})

test.run()
