import type { ResourceGraph } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { ecsServices, ecsTaskDefinitions, graphJson, mermaid } from '../src/index.js'
import { RICH_COMPOSE, RICH_VALUES } from './compose-texts.js'
import { graphFromCompose } from './pipeline.js'

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

const emitters = [ecsTaskDefinitions, ecsServices, graphJson, mermaid]

test('emitter names are distinct and stable', () => {
  assert.equal(emitters.map((e) => e.name), ['ecs-json', 'ecs-services-json', 'graph-json', 'mermaid'])
})

test('every emitter leaves a frozen graph and frozen options alone, and repeats itself exactly', () => {
  const graph: ResourceGraph = deepFreeze(graphFromCompose(RICH_COMPOSE))
  const options = deepFreeze(structuredClone(RICH_VALUES))
  for (const emitter of emitters) {
    const first = emitter.emit(graph, options)
    assert.equal(emitter.emit(graph, options), first, emitter.name)
    assert.equal(emitter.emit(graph), emitter.emit(graph), emitter.name)
    for (const file of first.value) assert.ok(file.contents.endsWith('\n') && !file.contents.endsWith('\n\n'), `${emitter.name} ${file.path}`)
  }
})

test.run()
