import type { DiagnosticCode } from '../codes.js'
import type { Node, Span } from './node.js'

/** A problem found while reading YAML text, before any compose rule applies. */
export interface YamlProblem {
  code: Extract<DiagnosticCode, 'YAML_SYNTAX' | 'DUPLICATE_KEY' | 'UNKNOWN_TAG' | 'YAML_ALIAS_LIMIT' | 'YAML_DEPTH_LIMIT'>
  message: string
  span: Span
  hint?: string
}

/** Result of parsing one file: one node per YAML document (empty documents are skipped). */
export interface ParsedYaml {
  documents: Node[]
  problems: YamlProblem[]
  /** False when no node carries a merge tag (`!reset`, `!override`); absent, some may. */
  tagged?: boolean
}

/** Limits that keep hostile YAML (alias bombs, deep nesting) bounded. */
export interface YamlLimits {
  /** Most nodes that aliases may add to one document (each use of an alias counts its whole value). */
  maxNodes: number
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number
  /** Most problems listed for one file; the rest are counted in one last problem. */
  maxProblems: number
}

/** The limits `parseYaml` applies unless told otherwise. */
export const DEFAULT_YAML_LIMITS: YamlLimits = { maxNodes: 200_000, maxDepth: 500, maxProblems: 50 }
