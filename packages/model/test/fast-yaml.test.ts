import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parseFastYaml } from '../src/yaml/fast-yaml.js'
import { parseWithYaml } from '../src/yaml/read-with-yaml.js'
import { spanOf, type Node } from '../src/yaml/node.js'

/** The fast reader either declines or gives exactly what `yaml` gives, spans included. */
function agrees(text: string): boolean {
  try {
    return agreesOrThrows(text)
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- text ---\n${text}\n---`)
  }
}

function agreesOrThrows(text: string): boolean {
  const fast = parseFastYaml(text, 'f.yaml', 500)
  if (fast === undefined) return false
  const slow = parseWithYaml(text, 'f.yaml')
  assert.equal(slow.problems, [], `yaml reads without problems:\n${text}`)
  assert.is(slow.documents.length, 1)
  assert.equal(plain(fast), plain(slow.documents[0]!), `same nodes and spans:\n${text}`)
  return true
}

// Map entries as arrays, so that a difference shows in the assertion's diff.
function plain(node: Node): unknown {
  if (node.kind === 'scalar') return node
  if (node.kind === 'seq') return { ...node, items: node.items.map(plain) }
  return { ...node, entries: [...node.entries].map(([k, e]) => [k, spanOf(e), plain(e.value)]) }
}

test('compose-like files: read fast, exactly as yaml reads them', () => {
  const text = [
    '# top comment',
    '',
    'name: demo',
    'services:',
    '  # the front end',
    '  web:',
    '    image: "nginx:1.27"   # pinned',
    '    ports:',
    '      - "80:8080"',
    '      - target: 443',
    '        published: 8443',
    '    command: [npm, "run", \'start\']',
    '    environment:',
    '      A: 0755',
    '      B: yes',
    '      C: ~',
    '      D:',
    '      E: 1e3',
    '      F: a:b#c',
    '    labels: {}',
    '    # ports: [x]',
    '  db:',
    '    image: postgres',
    'volumes:',
    '- data',
    '',
  ].join('\n')
  assert.ok(agrees(text))
  const web = parseFastYaml(text, 'f.yaml', 500)
  assert.ok(web?.kind === 'map')
})

test('every compose file of the fixtures and examples: read fast, or declined', () => {
  const root = join(import.meta.dirname, '..', '..', '..')
  let fast = 0
  for (const dir of ['fixtures', 'examples']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/.test(entry.name) || entry.name === 'template.yaml') continue
      if (agrees(readFileSync(join(entry.parentPath, entry.name), 'utf8'))) fast++
    }
  }
  assert.ok(fast >= 30, `${fast} files read fast`)
})

test('declines what it does not read', () => {
  for (const text of ['a: &x 1\nb: *x\n', 'a: !reset []\n', 'a: |\n  x\n', 'a: b\n  c\n', 'a: 1\na: 2\n', '--- \na: 1\n', 'a:\tb\n', 'a: "x\\ny"\n', 'a: [b, [c]]\n', 'a: {b: 1}\n', '<<: {}\n', 'a:\n  # c\n', '? a\n: b\n', '', '# only\n', 'x\n', 'a: b: c\n']) {
    assert.is(parseFastYaml(text, 'f.yaml', 500), undefined, JSON.stringify(text))
  }
})

// Random documents in (and around) the subset: styles, comments at any column, blank lines.
const word = fc.constantFrom('a', 'web', 'image', 'x-y', 'A_B', '80', '0755', '1e3', '0x1F', '0o17', '.5', '-1', '+2', '1_000', '~', 'null', 'Null', 'true', 'True', 'yes', 'on', '2024-01-01', 'a:b', 'a#b', 'a b', '-x', ':x', '?x', 'é', '.inf', '-.INF', '.nan', '12.5', '1.', 'a,b', 'a]', 'nul', '<<', '@x', '%x', '!x', '&x', '*x', 'x:', 'a - b', '3:4')
type Tree = string | Tree[] | { map: [string, Tree][] }
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof({ depthSize: 'small', maxDepth: 4 }, word, fc.array(tie('t'), { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(word, tie('t')), { minLength: 1, maxLength: 3 }).map((map) => ({ map }))),
})).t

function render(root: Tree, seed: number): string {
  let s = seed >>> 0 || 1
  const rnd = (n: number) => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) % n
  }
  const lines: string[] = []
  const scalar = (w: string): string => {
    switch (rnd(8)) {
      case 0:
        return `"${w}"`
      case 1:
        return `'${w.replace(/'/g, "''")}'`
      case 2:
        return ''
      default:
        return w
    }
  }
  const tail = () => (rnd(5) === 0 ? ' '.repeat(rnd(3)) + (rnd(2) ? ' # c' : '') : '')
  const extras = () => {
    while (rnd(4) === 0) lines.push(rnd(2) ? ' '.repeat(rnd(9)) + '# note' : ' '.repeat(rnd(3)))
  }
  const entriesOf = (t: Tree) => (typeof t === 'object' && !Array.isArray(t) ? t.map : undefined)
  const emit = (t: Tree, indent: number, prefix: string): void => {
    const entries = entriesOf(t)
    const pad = ' '.repeat(indent)
    if (typeof t === 'string') {
      lines.push(`${prefix}${scalar(t)}${tail()}`)
    } else if (entries) {
      entries.forEach(([k, v], i) => {
        const head = i === 0 ? prefix : pad
        const key = rnd(6) === 0 ? `"${k}"` : k
        if (typeof v === 'string' || (rnd(4) === 0 && Array.isArray(v) && !entriesOf(v) && v.every((x) => typeof x === 'string'))) {
          const value = typeof v === 'string' ? scalar(v) : `[${(v as string[]).map(scalar).join(rnd(2) ? ', ' : ' ,')}]`
          lines.push(`${head}${key}:${value === '' ? '' : ' ' + value}${tail()}`)
        } else {
          lines.push(`${head}${key}:${tail()}`)
          extras()
          const sameColumn = !entriesOf(v) && rnd(3) === 0
          const step = sameColumn ? 0 : 1 + rnd(4)
          emit(v, indent + step, ' '.repeat(indent + step))
        }
        extras()
      })
    } else {
      ;(t as Tree[]).forEach((item, i) => {
        const head = (i === 0 ? prefix : pad) + '-'
        if (typeof item === 'string') lines.push(`${head}${item === '' ? '' : ' '}${scalar(item)}${tail()}`)
        else if (entriesOf(item) && rnd(2)) emit(item, indent + 2, `${head} `)
        else {
          lines.push(`${head}${tail()}`)
          extras()
          const step = 1 + rnd(3)
          emit(item, indent + step, ' '.repeat(indent + step))
        }
        extras()
      })
    }
  }
  extras()
  emit(root, 0, '')
  return lines.join('\n') + (rnd(3) ? '\n' : '')
}

test('random documents: the fast reader declines or agrees with yaml', () => {
  let fast = 0
  let runs = 0
  fc.assert(
    fc.property(tree, fc.integer(), (t, seed) => {
      runs++
      if (agrees(render(t, seed))) fast++
    }),
    { numRuns: Number(process.env.FAST_YAML_RUNS ?? 3000), verbose: 1 },
  )
  // The generator must exercise the fast path, not only the declines.
  assert.ok(fast > runs / 5, `${fast} of ${runs} read fast`)
})

test.run()
