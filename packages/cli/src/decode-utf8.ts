const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * The text of `bytes` read as UTF-8, or why it is not UTF-8: where the first byte that is not
 * valid UTF-8 is (line and column), as docker compose refuses such a file. Decoding with
 * replacement characters instead would change the text without a word.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: decoder.decode(bytes) }
  } catch {
    // The valid prefix encodes back to the same bytes; the first difference is the bad byte.
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const again = new TextEncoder().encode(lossy)
    let at = 0
    while (at < bytes.length && bytes[at] === again[at]) at++
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1
    let line = 1
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1
    return { problem: `it is not UTF-8 text (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column})` }
  }
}
