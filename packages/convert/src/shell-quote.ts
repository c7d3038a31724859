/**
 * A POSIX shell word that stands for exactly `text`: single-quoted, with each `'` written as
 * `'\''`. Nothing inside single quotes is expanded, so any path is safe in a script.
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/** `text` as a shell word, quoted only when it holds characters a shell would treat specially. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text) ? text : shellQuote(text)
}
