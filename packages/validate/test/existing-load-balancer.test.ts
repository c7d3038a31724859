import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '@composeform/model'
import { checkEcs } from '../src/index.js'

function check(yaml: string) {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value).diagnostics.filter((d) => d.code.startsWith('LOAD_BALANCER_') || d.code === 'LISTENER_RULE_NEEDS_HTTP').map((d) => [d.code, d.severity, d.path.join('.')])
}
const ALB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/0123456789abcdef'
const NLB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/web-lb/0123456789abcdef'

test('an existing load balancer by name: its ARN must be passed at deploy time (a warning; it was used as the ARN)', () => {
  assert.equal(check('x-aws-loadbalancer: web-lb\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n'), [['LOAD_BALANCER_ARN_NEEDED', 'warning', 'x-aws-loadbalancer']])
  assert.equal(check('x-aws-loadbalancer: web-lb\nservices:\n  web:\n    image: nginx\n'), [], 'nothing published, nothing to add to it')
})

test('an existing application load balancer cannot take plain TCP ports; a network one takes HTTP as TCP, but no host or path rules', () => {
  assert.equal(check(`x-aws-loadbalancer: ${ALB}\nservices:\n  web:\n    image: nginx\n    ports: ["80:80", "5432:5432"]\n`), [['LOAD_BALANCER_KIND_MISMATCH', 'error', 'services.web.ports.1']])
  assert.equal(check(`x-aws-loadbalancer: ${NLB}\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n`), [])
  assert.equal(check(`x-aws-loadbalancer: ${NLB}\nservices:\n  web:\n    image: nginx\n    ports:\n      - {target: 80, published: "80", x-aws-rule: {path: /api/*}}\n`), [['LISTENER_RULE_NEEDS_HTTP', 'error', 'services.web.ports.0.x-aws-rule']])
})

test('x-aws-loadbalancer_scheme without a load balancer to create is ignored, and said so', () => {
  const ignored = (yaml: string) => {
    const files = new Map([['compose.yaml', yaml]])
    const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
    return checkEcs(loaded.value).diagnostics.filter((d) => d.code === 'UNSUPPORTED_ATTRIBUTE').map((d) => [d.path.join('.'), d.message, d.location?.start.line])
  }
  assert.equal(ignored(`x-aws-loadbalancer_scheme: internal\nx-aws-loadbalancer: ${ALB}\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n`), [
    ['x-aws-loadbalancer_scheme', '`x-aws-loadbalancer_scheme` is ignored: `x-aws-loadbalancer`, an existing one, keeps its own scheme.', 1],
  ])
  assert.equal(ignored('x-aws-loadbalancer_scheme: internal\nservices:\n  worker:\n    image: busybox\n    expose: ["80"]\n'), [
    ['x-aws-loadbalancer_scheme', '`x-aws-loadbalancer_scheme` is ignored: no service publishes a port, so no load balancer is created.', 1],
  ])
  assert.equal(ignored('x-aws-loadbalancer_scheme: internal\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n'), [])
})

test.run()
