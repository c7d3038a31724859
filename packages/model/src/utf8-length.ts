/**
 * The length of a string in UTF-8 bytes, as CloudFormation and ECS count their limits. A lone
 * surrogate counts as U+FFFD (three bytes), as an encoder would write it.
 */
export function utf8Length(text: string): number {
  // Plain ASCII (nearly every template) is one byte per code unit; the engine scans it natively.
  if (!/[^\x00-\x7f]/.test(text)) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    // A surrogate pair is one code point of four bytes.
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
