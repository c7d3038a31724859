// A `${VAR}` the compose file leaves to the container (`$${VAR}`) reaches the container as
// written: in the template through `Fn::Sub` (`${!VAR}`, which AWS's validators accept where a
// plain `${VAR}` is their error E1029), in the ECS JSON as the text itself. Labels too, as
// Docker labels and as the tags of a network's security group.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert } from 'composeform'
import { blockingFindings, validateTemplate } from './support/cfn-validate.js'

const compose = [
  'name: shell',
  'services:',
  '  web:',
  '    image: busybox',
  '    entrypoint: ["sh", "-c"]',
  '    command: ["cd $${HOME} && exec httpd -f -p $$PORT"]',
  '    working_dir: /srv/$${TENANT}',
  '    environment:',
  '      GREETING: hello from $${HOSTNAME}',
  '      PLAIN: no variables here',
  '    labels:',
  '      traefik.http.routers.web.rule: Host(`$${DOMAIN}`)',
  '    networks: [front]',
  '    healthcheck:',
  '      test: ["CMD-SHELL", "wget -q -O- localhost:$${PORT}"]',
  'networks:',
  '  front:',
  '    labels:',
  '      owner: team-$${TEAM}',
  '',
].join('\n')

test('${VAR} left to the container is Fn::Sub with ${!VAR} in the template and plain text in the ECS JSON', () => {
  const result = convert({ sources: { 'compose.yaml': compose }, emit: ['cfn-json', 'ecs-json'] })
  assert.equal(result.diagnostics.filter((d) => d.severity === 'error'), [])
  const template = result.files.find((f) => f.path.endsWith('.json') && f.contents.includes('AWSTemplateFormatVersion'))!
  const container = JSON.parse(template.contents).Resources.WebTaskDefinition.Properties.ContainerDefinitions[0]
  assert.equal(container.Command, [{ 'Fn::Sub': 'cd ${!HOME} && exec httpd -f -p $PORT' }])
  assert.equal(container.EntryPoint, ['sh', '-c'])
  assert.equal(container.WorkingDirectory, { 'Fn::Sub': '/srv/${!TENANT}' })
  assert.equal(container.Environment, [{ Name: 'GREETING', Value: { 'Fn::Sub': 'hello from ${!HOSTNAME}' } }, { Name: 'PLAIN', Value: 'no variables here' }])
  assert.equal(container.HealthCheck.Command, ['CMD-SHELL', { 'Fn::Sub': 'wget -q -O- localhost:${!PORT}' }])
  assert.equal(container.DockerLabels, { 'traefik.http.routers.web.rule': { 'Fn::Sub': 'Host(`${!DOMAIN}`)' } })
  // EC2's tags take any character; ECS's refuse `$` and braces (LABEL_TAG_LIMIT).
  const networkTags = JSON.parse(template.contents).Resources.FrontNetwork.Properties.Tags
  assert.equal(networkTags[networkTags.length - 1], { Key: 'owner', Value: { 'Fn::Sub': 'team-${!TEAM}' } })
  assert.equal(blockingFindings(validateTemplate(template.contents, 'json')), [])
  const ecs = result.files.filter((f) => !f.contents.includes('AWSTemplateFormatVersion')).map((f) => f.contents).join('\n')
  assert.ok(ecs.includes('"cd ${HOME} && exec httpd -f -p $PORT"'), ecs)
  assert.ok(ecs.includes('"hello from ${HOSTNAME}"'))
  assert.ok(ecs.includes('"/srv/${TENANT}"'))
  assert.ok(ecs.includes('"Host(`${DOMAIN}`)"'))
  assert.not.ok(ecs.includes('${!'))
})

test.run()
