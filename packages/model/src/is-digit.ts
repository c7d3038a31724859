/** True for the char code of an ASCII digit, `0`–`9`. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
