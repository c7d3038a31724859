import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

// Found by test/fuzz/json-documents.test.ts: the graph builder threw "resource
// WebTCP53TargetGroup added twice" instead of a diagnostic.
test('one service publishing a port twice, to two container ports, is PUBLISHED_PORT_CONFLICT', () => {
  for (const ports of ['[{target: 1, published: "53"}, {target: 2, published: "53"}]', '["8080:80", "8080:81"]', '["443:8443", {target: 9443, published: 443, x-aws-protocol: https}]']) {
    const sources = { 'compose.yaml': `services:\n  web:\n    image: nginx\n    ports: ${ports}\n` }
    const { result } = convertBounded(sources)
    assert.equal(errorCodes(result), ['PUBLISHED_PORT_CONFLICT'], ports)
    assert.match(result.diagnostics.find((d) => d.code === 'PUBLISHED_PORT_CONFLICT')!.message, /publishes port \d+\/tcp twice/)
    assertWellFormed(result, sources)
  }
})

test('the same port twice to the same container port, or over TCP and UDP, is not a conflict', () => {
  for (const ports of ['["8080:80", "8080:80"]', '["53:53/udp", "54:53/udp"]']) {
    const sources = { 'compose.yaml': `services:\n  web:\n    image: nginx\n    ports: ${ports}\n` }
    const { result } = convertBounded(sources)
    assert.equal(errorCodes(result), [], ports)
    assertWellFormed(result, sources)
  }
})

test.run()
