/**
 * The compose `ports:` short syntax, `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, read
 * into the long form the way compose does: compose-go `types.ParsePortConfig` on top of
 * docker's `nat.ParsePortSpecs` (go-connections, as docker compose ships it).
 */

import { fail, ok, quote, type Parsed, type ParseFailure } from './result.js'

/** One entry of a service's `ports:` in the canonical long form. */
export interface PortConfig {
  /** A name for the port (long syntax only; never set by the short syntax). */
  name?: string
  /** `ingress` (the default, and what the short syntax always gives) or `host`. */
  mode: 'ingress' | 'host'
  /** The host interface to bind, without IPv6 brackets. */
  host_ip?: string
  /** The container port. */
  target: number
  /** The host port or host port range (`"8080"`, `"8000-8002"`); absent for a random port. */
  published?: string
  /** Lower-case transport protocol. */
  protocol: 'tcp' | 'udp' | 'sctp'
  /** Application protocol (long syntax only; never set by the short syntax). */
  app_protocol?: string
}

const FORMAT_HINT =
  'write ports as [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL], e.g. `80`, `8080:80`, `127.0.0.1:8080:80/udp` or `9090-9091:8080-8081`'

function isProtocol(text: string): text is PortConfig['protocol'] {
  return text === 'tcp' || text === 'udp' || text === 'sctp'
}

/**
 * Parses one port short-syntax entry (a string, or a YAML integer, which compose formats as
 * a string first) into one or more long-form entries.
 *
 * - `"80"` / `80` → `[{ mode: 'ingress', target: 80, protocol: 'tcp' }]`
 * - `"8080:80"` → published `"8080"`; `"127.0.0.1:8080:80"` adds `host_ip`;
 *   `"127.0.0.1::80"` and `":80"` publish on a random port (no `published`);
 *   `"[::1]:8080:80"` and `"::1:8080:80"` give `host_ip: '::1'`.
 * - An optional `/tcp`, `/udp` or `/sctp` suffix in any case sets the protocol; without one
 *   (or with an empty one, `"80/"`) it is tcp.
 * - `"3000-3005"` → 6 entries; `"9090-9091:8080-8081"` → pairwise entries; a host range with
 *   a single container port (`"8000-8002:80"`) → ONE entry with `published: "8000-8002"`;
 *   other range size mismatches are errors.
 * - Port numbers are decimal (leading zeros and a `+` sign are tolerated and normalised) from
 *   1 to 65535; a range must not run backwards.
 * - Entries come in compose's order: sorted by the text of the container port (so `98-101`
 *   yields 100, 101, 98, 99).
 *
 * Unlike docker's parser, port 0 is rejected (as container or host port): it is never a
 * usable mapping for a converted service. A non-integer number is an error, as in compose.
 */
export function parsePort(spec: string | number): Parsed<PortConfig[]> {
  if (typeof spec === 'number') {
    if (!Number.isInteger(spec)) {
      return fail(`${quote(String(spec))} is not a valid port mapping because a port must be a whole number`, FORMAT_HINT)
    }
    return parsePortString(String(spec))
  }
  return parsePortString(spec)
}

function parsePortString(spec: string): Parsed<PortConfig[]> {
  const bad = (reason: string, hint: string = FORMAT_HINT): ParseFailure =>
    fail(`${quote(spec)} is not a valid port mapping because ${reason}`, hint)

  // Split into IP, host port and container part at the last two colons.
  const last = spec.lastIndexOf(':')
  const prev = last > 0 ? spec.lastIndexOf(':', last - 1) : -1
  const containerPart = last < 0 ? spec : spec.slice(last + 1)
  const hostPort = last < 0 ? '' : spec.slice(prev + 1, last)
  let hostIp = prev < 0 ? '' : spec.slice(0, prev)

  const slash = containerPart.indexOf('/')
  const containerPort = slash < 0 ? containerPart : containerPart.slice(0, slash)
  const protoText = slash < 0 ? '' : containerPart.slice(slash + 1)
  if (containerPort === '') {
    if (spec === '') return fail('A port mapping cannot be empty', FORMAT_HINT)
    return bad('it has no container port')
  }
  const protocol = protoText === '' ? 'tcp' : protoText.toLowerCase()
  if (!isProtocol(protocol)) {
    return bad(`${quote(protoText)} is not a protocol`, 'the protocol must be tcp, udp or sctp, e.g. `8080:80/udp`')
  }

  const container = parseRange(containerPort)
  if (typeof container === 'string') {
    const misplaced = containerPort.toLowerCase()
    const hint =
      isProtocol(misplaced) && last >= 0 && slash < 0
        ? `the protocol goes after a slash: \`${spec.slice(0, last)}/${misplaced}\``
        : FORMAT_HINT
    return bad(`the container port ${container}`, hint)
  }

  let host: Range | undefined
  if (hostPort !== '') {
    const parsed = parseRange(hostPort)
    if (typeof parsed === 'string') return bad(`the host port ${parsed}`)
    host = parsed
  }

  if (hostIp.startsWith('[')) {
    // Brackets around the address (needed for IPv6) must wrap all of it.
    if (!/^\[[^[\]]*\]$/.test(hostIp)) return bad(`${quote(hostIp)} is not a valid bracketed IP address`)
    hostIp = hostIp.slice(1, -1)
  }
  if (hostIp !== '' && !isIp(hostIp)) return bad(`${quote(hostIp)} is not an IP address`)

  const count = container.end - container.start + 1
  if (host !== undefined && host.end - host.start !== container.end - container.start && count !== 1) {
    return bad(
      `the host range ${quote(hostPort)} and the container range ${quote(containerPort)} differ in size`,
      'map ranges of the same size (e.g. `9090-9091:8080-8081`) or a host range to a single container port (e.g. `8000-8002:80`)',
    )
  }

  const entries: PortConfig[] = []
  for (let i = 0; i < count; i++) {
    const published =
      host === undefined
        ? undefined
        : count === 1 && host.start !== host.end
          ? `${host.start}-${host.end}`
          : String(host.start + i)
    entries.push({
      mode: 'ingress',
      ...(hostIp !== '' ? { host_ip: hostIp } : {}),
      target: container.start + i,
      ...(published !== undefined ? { published } : {}),
      protocol,
    })
  }
  // compose-go sorts the expanded ports by their "PORT/PROTO" text.
  entries.sort((a, b) => compareText(String(a.target), String(b.target)))
  return ok(entries)
}

interface Range {
  start: number
  end: number
}

/**
 * Why `text` is not a usable port (`"80"`) or, with `ranges`, port range (`"8000-8002"`), as
 * the end of a sentence such as "the published port …"; undefined when it is one. For the
 * long syntax, whose `target` and `published` are not checked by the short-syntax parser.
 */
export function portNumberProblem(text: string, ranges: boolean): string | undefined {
  const range = parseRange(text)
  if (typeof range === 'string') return range
  return ranges || range.start === range.end ? undefined : `${quote(text)} is a range, not one port`
}

/** A port or `start-end` range, or a reason (ending the sentence "the … port …"). */
function parseRange(text: string): Range | string {
  const dash = text.indexOf('-')
  const startText = dash < 0 ? text : text.slice(0, dash)
  if (startText === '') return `${quote(text)} is not a port number or range`
  const start = parsePortNumber(startText)
  if (start === undefined) return `${quote(startText)} is not a number from 1 to 65535`
  if (dash < 0) return { start, end: start }
  const endText = text.slice(dash + 1)
  if (endText === startText) return { start, end: start }
  const end = parsePortNumber(endText)
  if (end === undefined) return `range end ${quote(endText)} is not a number from 1 to 65535`
  if (end < start) return `range ${quote(text)} runs backwards`
  return { start, end }
}

/** Go `strconv.ParseInt(text, 10, 0)` limited to 1–65535; `undefined` when not a port. */
function parsePortNumber(text: string): number | undefined {
  let i = text.startsWith('+') || text.startsWith('-') ? 1 : 0
  const negative = text.startsWith('-')
  if (i === text.length) return undefined
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c < 48 || c > 57) return undefined
  }
  while (i < text.length - 1 && text[i] === '0') i++
  const digits = text.slice(i)
  if (digits.length > 5) return undefined
  const value = Number(digits)
  if (negative && value !== 0) return undefined
  if (value < 1 || value > 65535) return undefined
  return value
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Go's `net.ParseIP`: dotted IPv4 (no leading zeros) or IPv6 (no zone). */
function isIp(text: string): boolean {
  return isIpv4(text) || isIpv6(text)
}

function isIpv4(text: string): boolean {
  const parts = text.split('.', 5)
  if (parts.length !== 4) return false
  return parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255)
}

function isIpv6(text: string): boolean {
  if (text.length > 45 || text.includes('%')) return false
  const ellipsis = text.indexOf('::')
  if (ellipsis >= 0 && text.indexOf('::', ellipsis + 1) >= 0) return false
  const head = ellipsis < 0 ? text : text.slice(0, ellipsis)
  const tail = ellipsis < 0 ? '' : text.slice(ellipsis + 2)
  const groups = [...(head === '' ? [] : head.split(':')), ...(tail === '' ? [] : tail.split(':'))]
  let fields = 0
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] ?? ''
    if (i === groups.length - 1 && (ellipsis < 0 || tail !== '') && group.includes('.')) {
      if (!isIpv4(group)) return false
      fields += 2
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) fields += 1
    else return false
  }
  return ellipsis < 0 ? fields === 8 : fields <= 7
}
