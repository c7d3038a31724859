/**
 * Splitting a string `command:` / `entrypoint:` (services and lifecycle hooks) into words the
 * way compose does: compose-go hands the string to `github.com/mattn/go-shellwords` `Parse`
 * with environment expansion and command substitution both OFF (docker compose ships 1.0.14).
 * (A string `healthcheck.test` is NOT split: compose wraps it as `["CMD-SHELL", test]`.)
 *
 * The rules, as that library applies them:
 * - Words are separated by unquoted space, tab, CR or LF.
 * - `'…'` keeps everything literally (a backslash inside is kept as is).
 * - `"…"` keeps spaces; inside it, as outside quotes, a backslash escapes the next character
 *   and is dropped (`\"` → `"`, `\\` → `\`, `\x` → `x`), except that `\t` and `\n` become a
 *   TAB and a LINE FEED. Unlike POSIX sh, a backslash-newline is a literal newline, not a
 *   line continuation.
 * - `""` or `''` alone makes an empty word.
 * - No variable expansion: `$HOME` stays `$HOME`.
 * - Backticks and `$(…)` are kept verbatim in the word (spaces and quotes inside them are not
 *   split or removed; a backslash inside them is kept with the character it escapes).
 * - A bare `(` not preceded by `$`, or a `)` that does not close `$(`, is an error.
 * - An unquoted `;`, `&`, `|`, `<` or `>` ENDS the command: compose silently drops it and
 *   everything after it (`echo hi; rm x` is `['echo', 'hi']`). Before `>`, a word made only of
 *   digits (a file descriptor, as in `2>err`) is dropped too. {@link parseShellWords} tells
 *   where this happened so callers can warn.
 * - An unterminated quote, backtick or `$(`, or a trailing lone backslash, is an error.
 */

import { fail, ok, quote, type Parsed } from './result.js'

/** The words of a command and, when compose stopped early, the part it ignored. */
export interface ShellWords {
  /** The words compose passes to the container. */
  words: string[]
  /**
   * The tail compose silently ignores, starting at the unquoted `;`, `&`, `|`, `<` or `>`
   * (or at the file-descriptor digits before a `>`); absent when the whole string was used.
   */
  ignored?: string
}

/** Whether the current word has started, and how (mirrors go-shellwords' argument state). */
type Got = 0 | 1 | 2
const Got = { None: 0, Unquoted: 1, Quoted: 2 } as const

function isSeparator(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n'
}

function isAllDigits(text: string): boolean {
  if (text === '') return false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/**
 * Splits `command` into words exactly as compose does (see the module notes), also reporting
 * the tail compose ignores after an unquoted `;`, `&`, `|`, `<` or `>`.
 */
export function parseShellWords(command: string): Parsed<ShellWords> {
  const words: string[] = []
  let word = ''
  let got: Got = Got.None
  let wordStart = 0
  let escaped = false
  let single = false
  let double = false
  let backtick = false
  let dollar = false
  let stopAt: number | undefined

  let i = 0
  scan: while (i < command.length) {
    const code = command.codePointAt(i) ?? 0
    const ch = String.fromCodePoint(code)
    const at = i
    i += ch.length
    if (got === Got.None && word === '' && !single && !double && !backtick && !dollar && !escaped) wordStart = at

    if (escaped) {
      escaped = false
      if (backtick || dollar) word += `\\${ch}`
      else word += ch === 't' ? '\t' : ch === 'n' ? '\n' : ch
      got = Got.Unquoted
      continue
    }

    if (ch === '\\') {
      if (single) word += ch
      else escaped = true
      continue
    }

    if (isSeparator(ch)) {
      if (single || double || backtick || dollar) word += ch
      else if (got !== Got.None) {
        words.push(word)
        word = ''
        got = Got.None
      }
      continue
    }

    switch (ch) {
      case '`':
        if (!single && !double && !dollar) backtick = !backtick
        break
      case ')':
        if (!single && !double && !backtick) {
          if (!dollar) {
            return fail(
              `${quote(command)} has a \`)\` that closes nothing`,
              'quote or escape it (`\\)`), or use a list form for the command',
            )
          }
          word += ch
          dollar = false
          got = Got.Unquoted
          continue
        }
        break
      case '(':
        if (!single && !double && !backtick) {
          if (!dollar && word.endsWith('$')) {
            dollar = true
            word += ch
            continue
          }
          return fail(
            `${quote(command)} has a \`(\` that compose cannot parse`,
            'quote or escape it (`\\(`), or use a list form for the command',
          )
        }
        break
      case '"':
        if (!single && !dollar && !backtick) {
          if (double) got = Got.Quoted
          double = !double
          continue
        }
        break
      case "'":
        if (!double && !dollar && !backtick) {
          if (single) got = Got.Quoted
          single = !single
          continue
        }
        break
      case ';':
      case '&':
      case '|':
      case '<':
      case '>':
        if (!single && !double && !backtick && !dollar) {
          stopAt = at
          if (ch === '>' && isAllDigits(word)) {
            got = Got.None // `2>file`: the descriptor is not a word
            stopAt = wordStart
          }
          break scan
        }
        break
    }

    got = Got.Unquoted
    word += ch
  }

  if (got !== Got.None) words.push(word)

  if (escaped) {
    return fail(`${quote(command)} ends with a lone backslash`, 'escape it as `\\\\` or quote it')
  }
  if (single) return fail(`${quote(command)} has an unterminated single quote`, "close it with `'`")
  if (double) return fail(`${quote(command)} has an unterminated double quote`, 'close it with `"`')
  if (backtick) return fail(`${quote(command)} has an unterminated backtick`, 'close it with another backtick')
  if (dollar) return fail(`${quote(command)} has an unterminated \`$(\``, 'close it with `)`')

  return ok(stopAt === undefined ? { words } : { words, ignored: command.slice(stopAt) })
}

/**
 * Splits a command string into words exactly as compose does (go-shellwords semantics, see
 * the module notes): `/bin/ash -c "rm -rf /tmp/xx"` → `['/bin/ash', '-c', 'rm -rf /tmp/xx']`.
 * Quotes and backslash escapes are honoured, variables are not expanded, and an unterminated
 * quote is an error. Like compose, an unquoted `;`, `&`, `|`, `<` or `>` silently ends the
 * command; use {@link parseShellWords} to learn what was dropped.
 */
export function splitShellWords(command: string): Parsed<string[]> {
  const parsed = parseShellWords(command)
  return parsed.ok ? ok(parsed.value.words) : parsed
}
