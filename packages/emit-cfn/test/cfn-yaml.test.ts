import { ref, sub, type Value } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cfnYaml, parseCfnYaml } from '../src/index.js'
import { richGraph, TRICKY_STRINGS } from './graphs.js'
import { graphOf, node } from './helpers.js'
import { loadWithJsYaml } from './js-yaml-cfn.js'

const yamlOf = (graph = richGraph(), shortForm?: boolean): string =>
  cfnYaml.emit(graph, shortForm === undefined ? {} : { shortForm }).value[0]!.contents

/** The YAML of one resource property `P`, as the lines under `Properties:`. */
function propertyYaml(value: Value, overlay?: Record<string, unknown>): string {
  const text = yamlOf(graphOf({ nodes: [node('R', { P: value })], ...(overlay ? { overlay } : {}) }))
  return text.slice(text.indexOf('    Properties:\n') + '    Properties:\n'.length)
}

test('one file, template.yaml; the format version stays a quoted string', () => {
  const { value, diagnostics } = cfnYaml.emit(richGraph())
  assert.is(cfnYaml.name, 'cfn-yaml')
  assert.equal(diagnostics, [])
  assert.is(value.length, 1)
  assert.is(value[0]!.path, 'template.yaml')
  assert.ok(value[0]!.contents.startsWith('AWSTemplateFormatVersion: "2010-09-09"\nDescription: "Rich graph: every intrinsic"\n'))
  assert.ok(value[0]!.contents.endsWith('\n'))
})

const short: [string, Value, string][] = [
  ['Ref', ref('B'), '      P: !Ref B\n'],
  ['GetAtt', ref('B', 'Arn'), '      P: !GetAtt B.Arn\n'],
  ['GetAtt of a dotted attribute', ref('Db', 'Endpoint.Address'), '      P: !GetAtt Db.Endpoint.Address\n'],
  ['Sub', sub('a-', ref('B'), '-${x}'), '      P: !Sub a-${B}-${!x}\n'],
  ['Join', { $join: [',', ['a', ref('B')]] }, '      P: !Join\n        - ","\n        - - a\n          - !Ref B\n'],
  ['If', { $if: ['C', 'x', ref('AWS::NoValue')] }, '      P: !If\n        - C\n        - x\n        - !Ref AWS::NoValue\n'],
  ['Select of GetAZs', { $select: [0, { $getAZs: '' }] }, '      P: !Select\n        - 0\n        - !GetAZs ""\n'],
  ['Split', { $split: [',', ref('L')] }, '      P: !Split\n        - ","\n        - !Ref L\n'],
  ['Base64', { $base64: 'x' }, '      P: !Base64 x\n'],
  ['ImportValue', { $import: 'Shared-Vpc' }, '      P: !ImportValue Shared-Vpc\n'],
  ['Sub inside If', { $if: ['C', sub('a-', ref('B')), 'b'] }, '      P: !If\n        - C\n        - !Sub a-${B}\n        - b\n'],
  [
    'GetAtt inside Join inside Select',
    { $select: [0, [{ $join: ['', [ref('Db', 'Endpoint.Port')]] }]] },
    '      P: !Select\n        - 0\n        - - !Join\n            - ""\n            - - !GetAtt Db.Endpoint.Port\n',
  ],
  // A node has one tag: `!Base64 !Sub` is not YAML, so the outer function stays long.
  ['Base64 of Sub', { $base64: sub('echo ', ref('B')) }, '      P:\n        Fn::Base64: !Sub echo ${B}\n'],
  ['Base64 of a multi-line Sub', { $base64: sub('#!/bin/sh\necho ', ref('B'), '\n') }, '      P:\n        Fn::Base64: !Sub |\n          #!/bin/sh\n          echo ${B}\n'],
  ['ImportValue of Sub', { $import: sub(ref('AWS::StackName'), '-Vpc') }, '      P:\n        Fn::ImportValue: !Sub ${AWS::StackName}-Vpc\n'],
  ['Base64 of a map argument', { $base64: { $join: ['', ['a']] } }, '      P:\n        Fn::Base64: !Join\n          - ""\n          - - a\n'],
]
for (const [name, value, expected] of short) test(`short form: ${name}`, () => assert.is(propertyYaml(value), expected))

test('conditions use !Equals, !Not, !And, !Or and !Condition', () => {
  const text = yamlOf()
  assert.ok(text.includes('  Both: !And\n    - !Condition IsProd\n    - !Equals\n      - !Ref AWS::Region\n      - us-east-1\n'))
  assert.ok(text.includes('  IsNotProd: !Not\n    - !Condition IsProd\n'))
  assert.ok(text.includes('  Either: !Or\n'))
})

test('a resource Condition attribute and a one-key Condition map outside a list stay plain', () => {
  const text = yamlOf(graphOf({ nodes: [node('R', { Statement: { Condition: 'x' } }, { condition: 'IsProd' })] }))
  assert.ok(text.includes('    Condition: IsProd\n'))
  assert.ok(text.includes('      Statement:\n        Condition: x\n'))
})

test('long form stays where a short form would not read back the same', () => {
  const overlay = {
    Resources: {
      R: {
        Properties: {
          Number: { Ref: 5 },
          Boolean: { 'Fn::Base64': true },
          GetAttText: { 'Fn::GetAtt': 'A.B' },
          GetAttDottedId: { 'Fn::GetAtt': ['A.B', 'C'] },
          GetAttIntrinsic: { 'Fn::GetAtt': ['A', { Ref: 'Attr' }] },
          TwoKeys: { Ref: 'A', Other: 1 },
        },
      },
    },
  }
  assert.is(
    propertyYaml(1, overlay),
    [
      '      P: 1',
      '      Number:',
      '        Ref: 5',
      '      Boolean:',
      '        Fn::Base64: true',
      '      GetAttText:',
      '        Fn::GetAtt: A.B',
      '      GetAttDottedId: !GetAtt',
      '        - A.B',
      '        - C',
      '      GetAttIntrinsic: !GetAtt',
      '        - A',
      '        - !Ref Attr',
      '      TwoKeys:',
      '        Ref: A',
      '        Other: 1',
      '',
    ].join('\n'),
  )
})

test('shortForm: false writes long form only', () => {
  const text = yamlOf(richGraph(), false)
  assert.not.match(text, / !\w/)
  assert.ok(text.includes('      UserData:\n        Fn::Base64:\n          Fn::Sub: |\n'))
  assert.ok(text.includes('    Value:\n      Fn::GetAtt:\n        - Bucket\n        - Arn\n'))
  assert.ok(text.includes('      SubnetId:\n        Fn::Select:\n          - 1\n          - Ref: Subnets\n'))
})

test('YAML 1.1 and 1.2 look-alikes are quoted and read back as strings', () => {
  const values = Object.fromEntries(TRICKY_STRINGS.map((s, i) => [`K${i}`, s]))
  const keys = Object.fromEntries(TRICKY_STRINGS.map((s, i) => [s, i]))
  for (const shortForm of [true, false]) {
    const text = yamlOf(graphOf({ nodes: [node('R', { Values: values, Keys: keys, Items: TRICKY_STRINGS })] }), shortForm)
    for (const read of [parseCfnYaml, loadWithJsYaml]) {
      const props = (read(text) as { Resources: { R: { Properties: unknown } } }).Resources.R.Properties
      assert.equal(props, { Values: values, Keys: keys, Items: TRICKY_STRINGS })
    }
    for (const s of ['yes', 'no', 'on', 'off', 'y', 'n', '0755', '2024-01-01', '1e3', '~', 'null', 'true', '=', '<<']) {
      assert.ok(text.includes(`- "${s}"\n`), `${s} is quoted`)
    }
  }
})

test('strict YAML 1.1 readers: line breaks of 1.1, BOM, C1, one-line tabs escaped; exponents get a point', () => {
  const props = { A: 'a\u2028x', B: '\u2029', C: 'x\u0085y', D: '\uFEFFa', E: 'tab\there', F: 'x\u007Fy', G: 'a\tb\nc', H: 1e21, I: -5e-324, J: 1.5e-7, K: -0 }
  const text = propertyYaml(props)
  assert.is(
    text,
    [
      '      P:',
      '        A: "a\\Lx"',
      '        B: "\\P"',
      '        C: "x\\Ny"',
      '        D: "\\uFEFFa"',
      '        E: "tab\\there"',
      '        F: "x\\x7Fy"',
      '        G: |-',
      '          a\tb',
      '          c',
      '        H: 1.0e+21',
      '        I: -5.0e-324',
      '        J: 1.5e-7',
      '        K: 0',
      '',
    ].join('\n'),
  )
  const read = (parseCfnYaml(yamlOf(graphOf({ nodes: [node('R', { P: props })] }))) as { Resources: { R: { Properties: { P: unknown } } } }).Resources.R.Properties.P
  assert.equal(read, { ...props, K: 0 })
})

test('block style: only empty collections are written in flow style, on their key\'s line', () => {
  const text = yamlOf(graphOf({ nodes: [node('R', { Empty: {}, None: [], Lists: [[], {}, [1, [2]]], Tagged: { $join: ['', []] } })] }))
  assert.ok(text.includes('      Empty: {}\n      None: []\n      Lists:\n        - []\n        - {}\n        - - 1\n          - - 2\n'))
  assert.ok(text.includes('      Tagged: !Join\n        - ""\n        - []\n'))
  assert.not.match(yamlOf(), /(?:: |- |^ *)(?:\[(?!\])|\{(?!\}))/m)
})

test('long strings are never folded; values are never aliased', () => {
  const long = 'word '.repeat(100).trim()
  const shared = { Deep: ['x'] }
  const text = yamlOf(graphOf({ nodes: [node('A', { Long: long, S: shared }), node('B', { S: shared })] }))
  assert.ok(text.includes(`      Long: ${long}\n`))
  assert.not.match(text, /[&*]a\d/)
})

test('parseCfnYaml reads hand-written short form into long form', () => {
  const text = [
    'AWSTemplateFormatVersion: 2010-09-09',
    'Resources:',
    '  R:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      A: !Ref X',
    '      B: !GetAtt Db.Endpoint.Address',
    '      B2: !GetAtt NoDot',
    '      C: !GetAtt [Db, Arn]',
    "      D: !Sub 'arn:${AWS::Partition}:s3:::${X}'",
    '      E: !Sub',
    '        - ${A}-${B}',
    '        - { A: !Ref X, B: b }',
    '      F: !Base64 { Fn::Sub: x }',
    '      G:',
    '        Fn::Base64: !Sub y',
    "      H: !Select [0, !GetAZs '']",
    '      I: !If [C, !Join [",", [a, !ImportValue V]], !Ref AWS::NoValue]',
    '      J: !Split [",", !FindInMap [M, K, V]]',
    '      K: [yes, on, "yes", 0755, ~]',
    'Conditions:',
    '  C: !And [!Condition D, !Not [!Equals [!Ref P, ""]], !Or [!Condition E]]',
  ].join('\n')
  assert.equal(parseCfnYaml(text), {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      R: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          A: { Ref: 'X' },
          B: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
          B2: { 'Fn::GetAtt': ['NoDot'] },
          C: { 'Fn::GetAtt': ['Db', 'Arn'] },
          D: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${X}' },
          E: { 'Fn::Sub': ['${A}-${B}', { A: { Ref: 'X' }, B: 'b' }] },
          F: { 'Fn::Base64': { 'Fn::Sub': 'x' } },
          G: { 'Fn::Base64': { 'Fn::Sub': 'y' } },
          H: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
          I: { 'Fn::If': ['C', { 'Fn::Join': [',', ['a', { 'Fn::ImportValue': 'V' }]] }, { Ref: 'AWS::NoValue' }] },
          J: { 'Fn::Split': [',', { 'Fn::FindInMap': ['M', 'K', 'V'] }] },
          // YAML 1.1, as CloudFormation reads it.
          K: [true, true, 'yes', 493, null],
        },
      },
    },
    Conditions: { C: { 'Fn::And': [{ Condition: 'D' }, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'P' }, ''] }] }, { 'Fn::Or': [{ Condition: 'E' }] }] } },
  })
})

test('parseCfnYaml throws on malformed YAML', () => {
  assert.throws(() => parseCfnYaml('a: [1, 2\nb: c'))
  assert.throws(() => parseCfnYaml('a: 1\na: 2'))
})

test.run()
