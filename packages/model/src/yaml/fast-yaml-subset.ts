// What the fast reader (fast-yaml.ts) reads and what it leaves to the full reader, and the
// shapes it reads into.
import type { Node } from './node.js'

// Characters the subset leaves to `yaml`: tabs, CR, controls, YAML 1.1 line breaks, BOM,
// surrogates; and directive or document-marker lines.
export const UNSUPPORTED_TEXT = /[\u0000-\u0008\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]|^(?:---|\.\.\.|%)/m
// First characters that make a plain scalar something else (YAML indicators), or that the
// subset does not read (`!`, `&`, `*`, `|`, `>`, `?`, `%`, `@`, backtick).
export const NOT_PLAIN_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`'])
/** Thrown (and caught by `parseFastYaml`) when the text leaves the subset. */
export const DECLINE = Symbol('decline')
// `-`, `?` and `:` start a plain scalar when a character other than a space follows.
export const PLAIN_IF_FOLLOWED = new Set(['-', '?', ':'])

/** Leaves the text to the full reader. */
export function decline(): never {
  throw DECLINE
}

/** A block collection being read, for the comments `yaml` attaches after its last item. */
export interface Open {
  indent: number
  /** Set when comment lines after the last item run the node (as its parent sees it) on. */
  commentEnd?: number
}

/** A node read, where it ends for its collection (yaml's `range[2]`), and the next content. */
export interface Read<T extends Node = Node> {
  node: T
  end: number
  next: number | undefined
}
