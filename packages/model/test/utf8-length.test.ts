import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { utf8Length } from '../src/utf8-length.js'

test('utf8Length counts what a UTF-8 encoder writes, lone surrogates as U+FFFD', () => {
  for (const text of ['', 'abc', 'é', '€', '😀', 'a😀b€é', '\ud800', '\udc00x', 'x\ud83d', '\ud83d\ud83d\ude00']) {
    assert.is(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text))
  }
})

test.run()
