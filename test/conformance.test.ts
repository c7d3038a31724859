// Docker's own golden files (shared/conformance/compose-cli-ecs) converted with literal
// values, compared as a JSON Patch with the reviewed list of intentional differences.
// Every difference is explained in docs/docker-compatibility.md.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parse } from 'yaml'
import fastJsonPatch from 'fast-json-patch'
import { danglingReferences, joinPath, loadProject } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { toGraph } from '@composeform/convert'
import { toTemplate } from '@composeform/emit-cfn'
import { expectGolden } from './support/golden.js'

const shared = join(import.meta.dirname, '..', '..', 'shared', 'conformance', 'compose-cli-ecs')
const cases = [
  { name: 'simple-single-service', project: 'TestSimpleConvert', input: 'ecs/testdata/input/simple-single-service.yaml', golden: 'ecs/testdata/simple-cloudformation-conversion.golden' },
  {
    name: 'slightly-complex-service',
    project: 'TestSlightlyComplexConvert',
    input: 'unmerged-pr-2215-fdf4ebff/ecs/testdata/input/slightly-complex-service.yaml',
    golden: 'unmerged-pr-2215-fdf4ebff/ecs/testdata/slightly-complex-cloudformation-conversion.golden',
  },
]

for (const c of cases) {
  test(`conformance with Docker's golden: ${c.name}`, () => {
    assert.ok(existsSync(shared), `the conformance files are expected at ${shared}`)
    const files = new Map([['compose.yaml', readFileSync(join(shared, c.input), 'utf8')]])
    const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {}, projectName: c.project.toLowerCase() })
    // Docker's tests used the Go test name, capitalised; compose names must be lowercase, so the name is restored after loading.
    const project = { ...loaded.value, name: c.project, model: { ...loaded.value.model, name: c.project } }
    const checked = checkEcs(project)
    const graph = toGraph(checked.value, { environment: { mode: 'literal', vpc: 'vpc-123', subnets: ['subnet1', 'subnet2'], assignPublicIp: true } })
    assert.equal(graph.diagnostics.filter((d) => d.severity === 'error'), [])
    assert.equal(danglingReferences(graph.value), [])
    const ours = JSON.parse(JSON.stringify(toTemplate(graph.value)))
    const docker = parse(readFileSync(join(shared, c.golden), 'utf8'))
    const patch = fastJsonPatch.compare(docker, ours)
    expectGolden(JSON.stringify(patch, null, 2) + '\n', join(import.meta.dirname, 'conformance', `${c.name}.patch.json`))
    // The patch must turn Docker's template into ours exactly.
    const applied = fastJsonPatch.applyPatch(structuredClone(docker), patch, false, false).newDocument
    assert.equal(applied, ours)
  })
}

test.run()
