export { diagnosticCodes } from './codes.js'
export { diagnosticTitles } from './code-titles.js'
export { diagnosticStages } from './code-stages.js'
export type { DiagnosticCode } from './codes.js'
export { formatPath, hasErrors, sortDiagnostics } from './diagnostic.js'
export type { Diagnostic, Location, Path, Point, Severity, Stage, Staged } from './diagnostic.js'
export type { SourceHost, Unreadable } from './source-host.js'
export { SourceMap } from './source-map.js'
export { Reporter } from './report.js'
export type { Report } from './report.js'
export { pathMatcher } from './path-pattern.js'
export type { PathPattern } from './path-pattern.js'
export { SourceFiles } from './yaml/source-files.js'
export { parseYaml } from './yaml/parse-yaml.js'
export { DEFAULT_YAML_LIMITS } from './yaml/yaml-reading.js'
export { parseWithYaml } from './yaml/read-with-yaml.js'
export type { ParsedYaml, YamlLimits, YamlProblem } from './yaml/yaml-reading.js'
export { loadProject } from './load-project.js'
export type { ComposeProject, LoadOptions } from './load-project.js'
export type {
  Build,
  Bytes,
  ComposeModel,
  ComposeResource,
  ComposeService,
  DependsOn,
  Deploy,
  Extensions,
  FileReference,
  Healthcheck,
  PortConfig,
  Resources,
  Seconds,
  ServiceNetwork,
  ServiceVolume,
  UpdateConfig,
} from './compose-types.js'
export { basenamePath, dirnamePath, isAbsolutePath, joinPath, normalizePath } from './posix-path.js'
export { substitute } from './interpolation/template.js'
export type { Lookup } from './interpolation/template.js'
export { parseDotenv } from './env/dotenv.js'
export { isValidProjectName } from './load/project-name.js'
export { applySeverityOverrides } from './severity.js'
export type { SeverityOverrides } from './severity.js'
export { isIntrinsic, isLiteral, isPseudo, literal, noValue, ref, sub } from './graph/values.js'
export type { Base64, GetAZs, If, ImportValue, Intrinsic, Join, Literal, LiteralJson, LogicalId, Ref, Select, Split, Sub, Value } from './graph/values.js'
export type { Condition, ConditionExpression, Output, Parameter, ResourceGraph, ResourceNode, Rule } from './graph/resource-graph.js'
export { collectEdges, collectRefs, danglingReferences } from './graph/edges.js'
export type { Edge } from './graph/edges.js'
export { didYouMean, editDistance } from './schema/did-you-mean.js'
export { withErrorContext } from './schema/error-context.js'
export { valueRule } from './schema/finding-to-issue.js'
export { NON_FINITE_HINT, QUOTE_HINT, writeAsListHint } from './schema/hints.js'
export { isWithinPointer, pointerToPath } from './schema/instance-path.js'
export { buildErrorTree, type ErrorNode } from './schema/collapse-errors.js'
export { admits as schemaAdmits, joinWords } from './schema/describe-schema.js'
export { describeValueKind, isRecord, ownValue, showValue } from './schema/json-value.js'
export { parseByteSize } from './syntax/byte-size.js'
export { readPatch } from './json-patch/read-patch.js'
export { forbiddenSegment, pointerSegments } from './json-patch/pointer.js'
export { patchOperationNames } from './json-patch/patch-file.js'
export type { PatchFile, PatchOperation, PatchOperationName, PatchStep } from './json-patch/patch-file.js'
export { applyEcsParams } from './ecs-params/apply-ecs-params.js'
export type { EcsParamsResult, EcsParamsSource } from './ecs-params/apply-ecs-params.js'
export { withParameterDefaults } from './ecs-params/parameter-defaults.js'
export { taskOwners, type TaskOwnerProblems } from './task-owners.js'
export { boundedName, shortText } from './bounded-name.js'
export { utf8Length } from './utf8-length.js'
export { defineOwn } from './define-own.js'
export { textLength } from './load/expansion-budget.js'
