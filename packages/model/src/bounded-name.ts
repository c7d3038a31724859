/**
 * `name` when it has at most `max` characters; else its start and a hash of the whole name
 * (7 lowercase letters and digits), at most `max` in all. For a name composeform builds from
 * compose names (a family, a policy, a logical ID) where AWS limits its length: stable, apart
 * for names that differ, and of characters that every such name takes. Also for the names of
 * the files ECS JSON is written to, which a file system limits to 255 bytes.
 */
export function boundedName(name: string, max: number): string {
  if (name.length <= max) return name
  // FNV-1a over the UTF-16 code units: 32 bits are plenty among one project's names.
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193)
  return cut(name, max - 7) + (hash >>> 0).toString(36).padStart(7, '0')
}

/**
 * `text` when it has at most `max` characters (64 unless told); else its start and `...`,
 * at most `max` in all. For a compose name inside a description, which only has to stay readable.
 * ASCII dots: EC2 descriptions refuse `…`.
 */
export function shortText(text: string, max = 64): string {
  return text.length <= max ? text : `${cut(text, max - 3)}...`
}

// The first `length` code units, without half of a surrogate pair at the end.
function cut(text: string, length: number): string {
  return text.slice(0, length).replace(/[\ud800-\udbff]$/, '')
}
