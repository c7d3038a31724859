import { readFileSync } from 'node:fs'
import { run } from './cli.js'

function readStdin(): Uint8Array | undefined {
  try {
    return readFileSync(0)
  } catch {
    return undefined
  }
}

// A reader that goes away (`| head`) or a full device ends the output, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 74)
  })
}

let code: number
try {
  code = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stderr.isTTY === true,
    readStdin,
  })
} catch (error) {
  // Problems in the input are diagnostics; anything thrown is a bug in composeform.
  process.stderr.write(`composeform: internal error; this is a bug, please report it with the input that caused it.\n${(error as Error).stack ?? String(error)}\n`)
  code = 70
}
process.exitCode = code
