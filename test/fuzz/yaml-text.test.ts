import { test } from 'uvu'
import fc from 'fast-check'
import { convert } from 'composeform'
import { assertWellFormed } from '../hostile/support/well-formed.js'
import { runs } from './support/runs.js'
import { anyText, composeishText, yamlishText } from './support/yamlish.js'

/** The pipeline on `sources` returns (never throws) with well-formed diagnostics and templates. */
function check(sources: Record<string, string>): void {
  const result = convert({ sources, emit: ['cfn-json', 'cfn-yaml'] })
  assertWellFormed(result, sources)
}

test('arbitrary text as a compose file', () => {
  fc.assert(fc.property(anyText, (text) => check({ 'compose.yaml': text })), runs(101, 500))
})

test('YAML-ish text made of compose keys, brackets, quotes, anchors, tags and `${`', () => {
  fc.assert(fc.property(yamlishText, (text) => check({ 'compose.yaml': text })), runs(102, 800))
})

test('a valid start followed by YAML-ish text', () => {
  fc.assert(fc.property(composeishText, (text) => check({ 'compose.yaml': text })), runs(103, 800))
})

test('YAML-ish text in .env, in an env_file and in an override file', () => {
  const compose = 'services:\n  web:\n    image: ${IMAGE:-nginx}\n    env_file: [app.env]\n    environment: [A, B=$B]\n'
  fc.assert(
    fc.property(yamlishText, anyText, yamlishText, (dotenv, envFile, override) => {
      const sources = { 'compose.yaml': compose, '.env': dotenv, 'app.env': envFile, 'compose.override.yaml': override }
      const result = convert({ sources, files: ['compose.yaml', 'compose.override.yaml'], emit: ['cfn-json', 'cfn-yaml'] })
      assertWellFormed(result, sources)
    }),
    runs(104, 400),
  )
})

test.run()
