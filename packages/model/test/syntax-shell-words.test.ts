import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parseShellWords, splitShellWords } from '../src/syntax/shell-words.js'

function words(command: string): string[] {
  const r = splitShellWords(command)
  if (!r.ok) throw new Error(`expected ${command} to split, got: ${r.message}`)
  return r.value
}

function failure(command: string): { message: string; hint?: string } {
  const r = splitShellWords(command)
  if (r.ok) throw new Error(`expected ${command} to fail, got ${JSON.stringify(r.value)}`)
  return r
}

test('compose-go loader facts', () => {
  assert.equal(words('/bin/ash -c "rm -rf /tmp/might-not-exist"'), ['/bin/ash', '-c', 'rm -rf /tmp/might-not-exist'])
  assert.equal(words('/bin/ash -c "rm -rf /tmp/xx"'), ['/bin/ash', '-c', 'rm -rf /tmp/xx'])
  assert.equal(words('bundle exec thin -p 3000'), ['bundle', 'exec', 'thin', '-p', '3000'])
  assert.equal(words('/code/entrypoint.sh -p 3000'), ['/code/entrypoint.sh', '-p', '3000'])
  assert.equal(words('sh -c "chown -R 1000:1000 /data"'), ['sh', '-c', 'chown -R 1000:1000 /data'])
  assert.equal(words('./manage.py migrate'), ['./manage.py', 'migrate'])
  assert.equal(words('echo hello'), ['echo', 'hello'])
})

test('go-shellwords quoting facts', () => {
  assert.equal(words(''), [])
  assert.equal(words('   '), [])
  assert.equal(words('""'), [''])
  assert.equal(words("''"), [''])
  assert.equal(words('var --bar=baz'), ['var', '--bar=baz'])
  assert.equal(words('var --bar="baz"'), ['var', '--bar=baz'])
  assert.equal(words('var "--bar=baz"'), ['var', '--bar=baz'])
  assert.equal(words(`var "--bar='baz'"`), ['var', "--bar='baz'"])
  assert.equal(words('var --bar=`baz`'), ['var', '--bar=`baz`'])
  assert.equal(words(`var "--bar=\\"baz'"`), ['var', `--bar="baz'`])
  assert.equal(words(`var "--bar=\\'baz\\'"`), ['var', "--bar='baz'"])
  assert.equal(words(`var --bar='\\'`), ['var', '--bar=\\'])
  assert.equal(words('var "--bar baz"'), ['var', '--bar baz'])
  assert.equal(words('var --"bar baz"'), ['var', '--bar baz'])
  assert.equal(words('var  --"bar baz"'), ['var', '--bar baz'])
  assert.equal(words('a " b "'), ['a', ' b '])
  assert.equal(words('a "   "'), ['a', '   '])
  assert.equal(words("a ' b '"), ['a', ' b '])
  assert.equal(words('foo bar\\  '), ['foo', 'bar '])
  assert.equal(words(`foo "" bar ''`), ['foo', '', 'bar', ''])
  assert.equal(words('foo \\\\'), ['foo', '\\'])
  assert.equal(words('foo \\& bar'), ['foo', '&', 'bar'])
})

test('backslash escapes: \\t and \\n become TAB and LF, others drop the backslash', () => {
  assert.equal(words(`sh -c "printf 'Hello\\tworld\\n'"`), ['sh', '-c', "printf 'Hello\tworld\n'"])
  assert.equal(words('a\\tb'), ['a\tb'])
  assert.equal(words('C:\\dir\\file'), ['C:dirfile']) // compose mangles Windows paths like this
  assert.equal(words('"a\\"b"'), ['a"b'])
  assert.equal(words('"a\\\\b"'), ['a\\b'])
  assert.equal(words('"\\x"'), ['x'])
  assert.equal(words("'a\\tb'"), ['a\\tb']) // single quotes keep the backslash
  assert.equal(words('a\\\nb'), ['a\nb']) // no line continuation
  assert.equal(words('\\ '), [' '])
  assert.equal(words('\\"'), ['"'])
})

test('whitespace: space, tab, CR and LF separate words; other spaces do not', () => {
  assert.equal(words(' a\tb\r\nc  '), ['a', 'b', 'c'])
  assert.equal(words('a\u00a0b'), ['a\u00a0b'])
  assert.equal(words('a\u3000b'), ['a\u3000b'])
})

test('no variable expansion', () => {
  assert.equal(words('echo $HOME ${USER} "$PATH"'), ['echo', '$HOME', '${USER}', '$PATH'])
  assert.equal(words('echo $'), ['echo', '$'])
})

test('quotes join adjacent text into one word', () => {
  assert.equal(words(`a"b c"'d e'f`), ['ab cd ef'])
  assert.equal(words(`"it's"`), ["it's"])
  assert.equal(words(`'say "hi"'`), ['say "hi"'])
})

test('backticks and $( ) are kept verbatim', () => {
  assert.equal(words('echo `date`'), ['echo', '`date`'])
  assert.equal(words('echo `x y`'), ['echo', '`x y`'])
  assert.equal(words('echo "`x y`"'), ['echo', '`x y`'])
  assert.equal(words('cmd -flag=`echo val1` -flag=val2'), ['cmd', '-flag=`echo val1`', '-flag=val2'])
  assert.equal(words('$(echo "foo")'), ['$(echo "foo")'])
  assert.equal(words('echo bar=$(echo 200)cm'), ['echo', 'bar=$(echo 200)cm'])
  assert.equal(words('echo $(a b) c'), ['echo', '$(a b)', 'c'])
  assert.equal(words('echo `say "a  b"`'), ['echo', '`say "a  b"`'])
  assert.equal(words('echo `a\\`b`'), ['echo', '`a\\`b`'])
  assert.equal(words('echo $(a;b)'), ['echo', '$(a;b)'])
  assert.equal(words('echo "(x)" \'(y)\' \\(z\\)'), ['echo', '(x)', '(y)', '(z)'])
})

test('stray parentheses are errors', () => {
  assert.is(failure('a (b').message, '`a (b` has a `(` that compose cannot parse')
  assert.is(failure('a )').message, '`a )` has a `)` that closes nothing')
  failure('echo (echo1')
  failure('echo $ (echo1')
  failure('echo )echo1')
  failure(')a b)c d')
  failure('echo $(a (b))')
  assert.equal(words('echo `(`'), ['echo', '`(`']) // inside backticks parentheses are literal
})

test('unterminated quotes and escapes are errors', () => {
  assert.is(failure("foo '").message, "`foo '` has an unterminated single quote")
  assert.is(failure('foo "').message, '`foo "` has an unterminated double quote')
  assert.is(failure('foo `').message, '`foo `` has an unterminated backtick')
  assert.is(failure('echo $(echo1').message, '`echo $(echo1` has an unterminated `$(`')
  assert.is(failure('foo \\').message, '`foo \\` ends with a lone backslash')
  failure('sh -c "rm -rf /tmp/xx')
  for (const f of [failure("'"), failure('"'), failure('a "b\\"')]) assert.ok(f.hint !== undefined)
})

test('an unquoted ; & | < > ends the command, as compose does', () => {
  assert.equal(words('echo hi; rm -rf /'), ['echo', 'hi'])
  assert.equal(words('a && b'), ['a'])
  assert.equal(words('a|b'), ['a'])
  assert.equal(words('cat < in'), ['cat'])
  assert.equal(words('echo x > out'), ['echo', 'x'])
  assert.equal(words('echo x 2>err'), ['echo', 'x']) // the descriptor is dropped
  assert.equal(words('echo x 12>err'), ['echo', 'x'])
  assert.equal(words('echo x1>err'), ['echo', 'x1'])
  assert.equal(words('echo 1x>err'), ['echo', '1x']) // only all-digit words are descriptors
  assert.equal(words('; ls'), [])
  assert.equal(words('echo "a;b" \'c|d\' e\\;f'), ['echo', 'a;b', 'c|d', 'e;f'])
  assert.equal(words('echo ok; "unterminated'), ['echo', 'ok']) // the ignored tail is never read
})

test('parseShellWords reports the ignored tail', () => {
  assert.equal(parseShellWords('echo hi; rm x'), { ok: true, value: { words: ['echo', 'hi'], ignored: '; rm x' } })
  assert.equal(parseShellWords('echo 2>err'), { ok: true, value: { words: ['echo'], ignored: '2>err' } })
  assert.equal(parseShellWords('echo x>err'), { ok: true, value: { words: ['echo', 'x'], ignored: '>err' } })
  assert.equal(parseShellWords('echo hi'), { ok: true, value: { words: ['echo', 'hi'] } })
  const bad = parseShellWords('a "')
  assert.is(bad.ok, false)
})

test('non-ASCII text is kept intact', () => {
  assert.equal(words('echo "héllo wörld" 日本 😀x'), ['echo', 'héllo wörld', '日本', '😀x'])
  assert.equal(words('\\😀'), ['😀'])
})

test('hostile input: 100k-character commands are linear, messages stay short', () => {
  const started = Date.now()
  assert.is(words('a '.repeat(50_000)).length, 50_000)
  assert.is(words(`"${'x '.repeat(50_000)}"`)[0]?.length, 100_000)
  assert.is(words('\\x'.repeat(50_000))[0]?.length, 50_000)
  const f = failure(`"${'x'.repeat(100_000)}`)
  assert.ok(f.message.length < 200)
  failure(`${'('.repeat(100_000)}`)
  assert.equal(words(`a${';'.repeat(100_000)}`), ['a'])
  assert.is(words('`'.repeat(100_000)).length, 1)
  assert.ok(Date.now() - started < 2000, 'took too long')
})

test.run()
