/**
 * A value as text for comparing two templates: keys sorted, numbers and booleans as the
 * strings CloudFormation takes them for (`80` and `"80"` are one port), absent as `undefined`.
 */
export function canonical(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item) ?? 'null').join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key]) ?? 'null'}`)
      .join(',')}}`
  }
  return JSON.stringify(typeof value === 'number' || typeof value === 'boolean' ? String(value) : value)
}

/** For each property of `names` whose value differs: `` `Scheme` internet-facing → internal ``, `` `LaunchType: FARGATE` removed ``, or just the name. */
export function changedProperties(before: Record<string, unknown>, after: Record<string, unknown>, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const [a, b] = [before[name], after[name]]
    if (canonical(a) === canonical(b)) return []
    const scalar = (v: unknown) => v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    if (!scalar(a) || !scalar(b)) return [`\`${name}\``]
    if (a === undefined) return [`\`${name}: ${b}\` added`]
    if (b === undefined) return [`\`${name}: ${a}\` removed`]
    return [`\`${name}\` ${a} → ${b}`]
  })
}
