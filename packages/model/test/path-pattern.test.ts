import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { pathMatcher, patternBranch, patternTree, type PatternTree } from '../src/path-pattern.js'

const table = { 'services.*.deploy.replicas': 'int', 'services.*.ports.*.target': 'int', 'services.*.ulimits.*': 'int', 'services.*.ulimits.*.hard': 'int', 'networks.*.external': 'bool', 'x.0': 'zero' }

// The reference: each pattern compared with the whole path, part by part (`*` matches any).
function patternByPattern<T>(patterns: Record<string, T>): (path: readonly (string | number)[]) => T | undefined {
  const compiled = Object.entries(patterns).map(([pattern, value]) => ({ parts: pattern.split('.'), value }))
  return (path) => compiled.find(({ parts }) => parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i])))?.value
}

test('pathMatcher answers as matching each pattern against the whole path', () => {
  const matcher = pathMatcher(table)
  const reference = patternByPattern(table)
  for (const path of [['services', 'web', 'deploy', 'replicas'], ['services', 'web', 'ports', 0, 'target'], ['services', 'web', 'ulimits', 'nofile'], ['services', 'web', 'ulimits', 'nofile', 'hard'], ['networks', 'n', 'external'], ['x', 0], ['x', 1], ['services'], []]) {
    assert.is(matcher(path), reference(path), path.join('.'))
  }
})


test('walking the tree key by key finds what matching each pattern against the whole path finds', () => {
  const matcher = patternByPattern(table)
  const tree = patternTree(table)
  const part = fc.oneof(fc.constantFrom('services', 'networks', 'deploy', 'replicas', 'ports', 'target', 'ulimits', 'hard', 'external', 'x', 'web'), fc.nat(2))
  fc.assert(
    fc.property(fc.array(part, { maxLength: 5 }), (path) => {
      let at: PatternTree<string> | undefined = tree
      for (const key of path) at = patternBranch(at, key)
      assert.is(at?.value, matcher(path))
    }),
    { numRuns: 2000 },
  )
  assert.is(patternBranch(patternBranch(tree, 'x'), 0)?.value, 'zero', 'an index matches a literal number part')
})

test('a level with both a key and `*` is refused', () => {
  assert.throws(() => pathMatcher({ 'a.*': 1, 'a.b.c': 2 }), /puts a key and `\*` at one level/)
  assert.throws(() => patternTree({ 'a.*': 1, 'a.b.c': 2 }), /puts a key and `\*` at one level/)
  assert.throws(() => patternTree({ 'a.b': 1, 'a.*.c': 2 }), /puts a key and `\*` at one level/)
})

test.run()
