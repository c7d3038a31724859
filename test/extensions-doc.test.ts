import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { AWS_EXTENSIONS, renderExtensionsMarkdown } from '@composeform/validate'
import { expectGolden } from './support/golden.js'

test('docs/extensions.md is generated from the x-aws schemas', () => {
  expectGolden(renderExtensionsMarkdown(), join(import.meta.dirname, '..', 'docs', 'extensions.md'))
})

test('every extension has a section and a row', () => {
  const doc = renderExtensionsMarkdown()
  for (const name of Object.keys(AWS_EXTENSIONS)) {
    assert.ok(doc.includes(`## <a id="${name}"></a>`), `${name} has no section`)
    assert.ok(doc.includes(`| [\`${name}\`](#${name}) |`), `${name} has no row`)
  }
})

test.run()
