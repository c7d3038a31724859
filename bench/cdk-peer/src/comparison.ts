// What bench/cdk-peer/src/compare.ts measures and bench/peer.ts reports (no side effects:
// the parent imports it).
import type { Summary } from '../../stats.js'

/** The tools compared, each measured in processes of its own. */
export const TOOLS = ['composeform', 'composeformJson', 'cdk', 'cdkValidated'] as const
/** One of `TOOLS`. */
export type Tool = (typeof TOOLS)[number]

/** What one child process measured, in milliseconds. */
export interface ToolRun {
  tool: Tool
  /** Importing the tool's modules. */
  imported: number
  /** The first call in the process (cold code). */
  first: number
  totals: number[]
  /** CDK only: the construct and synth parts of each timed call. */
  constructs: number[]
  synths: number[]
  resources: number
  templateBytes: number
}

/** One tool's timings over its processes, in milliseconds. */
export interface ToolTimes {
  /** The first call in the first process (cold code). */
  first: number
  total: Summary
  construct?: Summary
  synth?: Summary
  resources: number
  templateBytes: number
}

/** What bench/peer.ts makes of the child processes at one N. */
export interface Comparison {
  services: number
  imports: { composeform: number; cdk: number }
  composeform: ToolTimes
  /** `convert()` emitting cfn-json, the format CDK writes. */
  composeformJson: ToolTimes
  cdk: ToolTimes
  cdkValidated: ToolTimes
}
