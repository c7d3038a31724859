#!/usr/bin/env node
// Compiles the `x-aws-*` extension schemas into standalone ajv validators, so that the library
// never calls `new Function` at run time (a strict Content-Security-Policy forbids it).
//
//   node packages/validate/scripts/generate-x-aws-validators.mjs          writes src/generated/x-aws-validators.{js,d.ts}
//   node packages/validate/scripts/generate-x-aws-validators.mjs --check  exits 1 when the checked-in files are stale
//
// The schemas are TypeScript (src/x-aws/schemas/), the one source of truth: this script loads
// them through tsx's `tsImport`, and tests, which already run under tsx, pass them in directly.

import { createHash } from 'node:crypto'
import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { writeOrCheckGenerated } from '../../model/scripts/generated-files.mjs'
import { compactErrorPushes, withoutAnnotations } from '../../model/scripts/generate-schema-validator.mjs'

const require = createRequire(import.meta.url)

/** The module holding the `AWS_EXTENSIONS` registry. */
export const SCHEMAS_FILE = fileURLToPath(new URL('../src/x-aws/schemas/index.ts', import.meta.url))
/** Where the generated validators are written. */
export const VALIDATOR_FILE = fileURLToPath(new URL('../src/generated/x-aws-validators.js', import.meta.url))
/** Where their declaration is written. */
export const DECLARATION_FILE = fileURLToPath(new URL('../src/generated/x-aws-validators.d.ts', import.meta.url))

/**
 * The ajv options the validators are compiled with: every error, `$data` for `min` ≤ `max`.
 * Neither `verbose` nor messages, to keep the code small (the playground bundles it): the
 * messages are our own, and an error's `schema`, `parentSchema` and `data` are looked up from
 * its `schemaPath` in the registry's schema (`withErrorContext` in @composeform/model).
 */
export const AJV_OPTIONS = Object.freeze({
  allErrors: true,
  messages: false,
  $data: true,
  allowUnionTypes: true,
  strictTypes: true,
  code: { source: true, esm: true, lines: false },
})

const NAME = /^x-aws-[a-z][a-z_]*$/

/** The export name of an extension's validator: `x-aws-logs_retention` → `validateXAwsLogsRetention`. */
export function exportName(extension) {
  return `validate${extension.split(/[-_]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')}`
}

/**
 * Compiles every extension's schema and returns the validator module and its declaration. The
 * output is deterministic: the same registry and ajv version always give the same bytes.
 *
 * @param {{ readonly [name: string]: { readonly schema: object } }} extensions the `AWS_EXTENSIONS` registry
 * @returns {{ js: string, dts: string }}
 */
export function generateXAwsValidators(extensions) {
  const names = Object.keys(extensions)
  const exports = {}
  for (const name of names) {
    if (!NAME.test(name)) throw new Error(`extension name ${JSON.stringify(name)} does not match ${NAME}`)
    const exported = exportName(name)
    if (Object.hasOwn(exports, exported)) throw new Error(`extensions ${exports[exported]} and ${name} share the export ${exported}`)
    exports[exported] = name
  }

  const ajv = new Ajv(structuredClone(AJV_OPTIONS))
  for (const name of names) {
    // An error inside a `$ref` would have a schemaPath relative to the referenced schema, which
    // the registry's schema could not resolve.
    if (JSON.stringify(extensions[name].schema).includes('"$ref"')) throw new Error(`${name}: the x-aws schemas must not use $ref`)
    // Titles and descriptions are read from the registry, not from the compiled schema.
    ajv.addSchema(withoutAnnotations(structuredClone(extensions[name].schema)), name)
  }

  const imports = []
  const code = compactErrorPushes(standaloneCode(ajv, exports)).replace(/require\("([^"]*)"\)\.default/g, (_match, specifier) => {
    const runtime = /^ajv\/dist\/runtime\/([a-z0-9]+)$/i.exec(specifier)
    if (!runtime) throw new Error(`standalone code requires an unexpected module: ${specifier}`)
    const local = `ajvRuntime_${runtime[1]}`
    if (!imports.some((line) => line.includes(` ${local} `))) imports.push(`import ${local} from "${specifier}.js";`)
    // Node hands an ES module a CommonJS module's whole `module.exports`; bundlers that honour
    // `__esModule` hand it `exports.default` directly. Accept both.
    return `(${local}.__esModule ? ${local}.default : ${local})`
  })
  if (/\brequire\s*\(/.test(code)) throw new Error('standalone code still contains require()')
  if (/\bnew Function\b|\beval\s*\(/.test(code)) throw new Error('standalone code evaluates code at run time')

  const registry = Object.entries(exports).map(([exported, name]) => `${JSON.stringify(name)}: ${exported}`)
  const sha256 = createHash('sha256').update(JSON.stringify(names.map((name) => [name, extensions[name].schema]))).digest('hex')
  const ajvVersion = require('ajv/package.json').version
  const header = [
    '// Generated by packages/validate/scripts/generate-x-aws-validators.mjs. Do not edit.',
    `// Source: packages/validate/src/x-aws/schemas/ (schemas sha256 ${sha256}), ajv ${ajvVersion}.`,
    '/* eslint-disable */',
  ]
  const js = `${[...header, ...imports].join('\n')}\n${code}\nexport const validators = {${registry.join(', ')}};\n`
  return { js, dts: declaration(exports) }
}

function declaration(exports) {
  const lines = [
    '// Generated by packages/validate/scripts/generate-x-aws-validators.mjs. Do not edit.',
    "import type { ErrorObject } from 'ajv'",
    '',
    '/** A compiled validator for one extension value: returns true when `data` is valid; otherwise `errors` says why. */',
    'export interface XAwsValidateFunction {',
    '  (data: unknown): boolean',
    '  /**',
    "   * ajv's errors from the last call, or null when it passed. They are not verbose and have no",
    '   * `message`; `withErrorContext` (@composeform/model) adds `schema`, `parentSchema` and `data`.',
    '   */',
    '  errors?: ErrorObject[] | null',
    '}',
    '',
  ]
  for (const [exported, name] of Object.entries(exports)) {
    lines.push(`/** Validates the value of \`${name}\` (all errors). */`, `export declare const ${exported}: XAwsValidateFunction`)
  }
  lines.push('', '/** Every validator, by extension name. */', 'export declare const validators: {')
  for (const [, name] of Object.entries(exports)) lines.push(`  readonly ${JSON.stringify(name).replace(/"/g, "'")}: XAwsValidateFunction`)
  lines.push('}', '')
  return lines.join('\n')
}

/** Loads `AWS_EXTENSIONS` from the TypeScript sources (needs tsx, a workspace dev dependency). */
export async function loadExtensions() {
  const { tsImport } = await import('tsx/esm/api')
  const module = await tsImport(SCHEMAS_FILE, import.meta.url)
  return module.AWS_EXTENSIONS
}

async function main(argv) {
  const { js, dts } = generateXAwsValidators(await loadExtensions())
  const files = [
    [VALIDATOR_FILE, js],
    [DECLARATION_FILE, dts],
  ]
  if (writeOrCheckGenerated(files, argv, 'node packages/validate/scripts/generate-x-aws-validators.mjs')) {
    console.log(`wrote ${VALIDATOR_FILE} (${Buffer.byteLength(js)} bytes) and ${DECLARATION_FILE}`)
  }
}

function isMain() {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isMain()) await main(process.argv.slice(2))
