import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { load, located } from './load-helper.js'

const project = (ext: string) => load({ 'compose.yaml': `services:\n  web:\n    image: nginx\n    extends:${ext}\n  base:\n    image: x\n    environment: {A: x}\n` })

// `extends` is resolved before the schema check, so a malformed one must stay for it.
test('a malformed extends is a schema error where it is written, not resolved or ignored', () => {
  for (const [ext, code, message, position] of [
    ['\n      service: base\n      file: [1]', 'SCHEMA_TYPE', '`services.web.extends.file`', '6:13'],
    ['\n      service: base\n      extra: 1', 'SCHEMA_UNKNOWN_KEY', '`services.web.extends`', '6:7'],
    ['\n      service: [base]', 'SCHEMA_TYPE', '`services.web.extends.service`', '5:16'],
    [' 5', 'SCHEMA_TYPE', '`services.web.extends`', '4:14'],
  ] as const) {
    const { errors } = project(ext)
    assert.equal(errors.map((e) => e.code), [code], ext)
    assert.match(errors[0]!.message, message)
    assert.is(located(errors[0]!), position, ext)
  }
})

test('a well-formed extends is resolved, in either form', () => {
  for (const ext of [' base', '\n      service: base']) {
    const { project: loaded, errors } = project(ext)
    assert.equal(errors, [], ext)
    assert.equal(loaded.model.services['web']!.environment, { A: 'x' }, ext)
    assert.is(Object.hasOwn(loaded.model.services['web']!, 'extends'), false, ext)
  }
})

test.run()
