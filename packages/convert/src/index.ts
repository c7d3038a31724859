export { toGraph } from './to-graph.js'
export type { ConvertOptions, EnvironmentMode } from './convert-options.js'
export { normalizeName } from './logical-id.js'
