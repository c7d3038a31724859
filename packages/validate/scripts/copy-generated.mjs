// tsc does not emit plain .js sources; precompiled validators are copied beside the build.
import { cpSync, existsSync } from 'node:fs'

const from = new URL('../src/generated/', import.meta.url)
if (existsSync(from)) cpSync(from, new URL('../dist/generated/', import.meta.url), { recursive: true })
