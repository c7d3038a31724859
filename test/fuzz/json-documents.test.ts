import { test } from 'uvu'
import fc from 'fast-check'
import { convert } from 'composeform'
import { assertWellFormed } from '../hostile/support/well-formed.js'
import { anyJson, composePorts, composeShaped, composeTyped, toJsonText } from './support/compose-shaped.js'
import { runs } from './support/runs.js'

// Files the documents may name, so that extends, env_file and include reach real text.
const companions = {
  'other.yaml': 'services:\n  a:\n    image: nginx\n  web:\n    image: redis\n',
  'app.env': 'A=1\nB="two"\n',
}

function check(text: string): void {
  const sources = { ...companions, 'compose.yaml': text }
  const result = convert({ sources, emit: ['cfn-json', 'cfn-yaml'] })
  assertWellFormed(result, sources)
}

test('any JSON value as a compose file', () => {
  fc.assert(fc.property(anyJson, (value) => check(JSON.stringify(value))), runs(201, 500))
})

test('compose-shaped documents with plausible keys and values of random types', () => {
  fc.assert(fc.property(composeShaped, (doc) => check(toJsonText(doc))), runs(202, 1000))
})

test('documents with well-typed but random values, most of which reach conversion and emission', () => {
  fc.assert(fc.property(composeTyped, (doc) => check(toJsonText(doc))), runs(203, 500))
})

test('services with varied ports, protocols and autoscaling (found two crashes: one service publishing a port twice, a service named LoadBalancer)', () => {
  fc.assert(fc.property(composePorts, (doc) => check(toJsonText(doc))), runs(204, 400))
})

test.run()
