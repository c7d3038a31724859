// tsc does not emit plain .js sources; the precompiled schema validator is copied beside the build.
import { cpSync } from 'node:fs'

cpSync(new URL('../src/generated/', import.meta.url), new URL('../dist/generated/', import.meta.url), { recursive: true })
