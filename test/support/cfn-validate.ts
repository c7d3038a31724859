import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegoEngine, TemplateFile, type Engine, type Severity, type StandardDiagnostic } from '@aws/cloudformation-validate'

/** One finding of AWS's offline CloudFormation validator. */
export interface CfnFinding {
  /** `FATAL` and `ERROR` mean CloudFormation would reject the template. */
  readonly severity: Severity
  /** e.g. `F3002` (unknown property), `F3006` (unknown type), `W2001` (unused parameter). */
  readonly ruleId: string
  readonly message: string
  /** Where in the template, e.g. `Resources.Task.Properties.Cpu` or `Parameters.Subnets`. */
  readonly path: string
  /** 1-based line in the template text, when the validator knows it. */
  readonly line?: number
}

/** How long the validator took in this process, in milliseconds. */
export interface CfnValidatorStats {
  constructMs?: number
  validations: number
  validateMs: number
}

const stats: CfnValidatorStats = { validations: 0, validateMs: 0 }
let engine: Engine | undefined

// The engine loads ~1,800 provider schemas and compiles its rules (about 2 s), so one is
// made per process, on first use, and shared by every test file.
function sharedEngine(): Engine {
  if (!engine) {
    const start = performance.now()
    engine = new RegoEngine()
    stats.constructMs = performance.now() - start
  }
  return engine
}

const SECTIONS: { readonly [entityType: string]: string } = { Resource: 'Resources', Parameter: 'Parameters', Output: 'Outputs', Condition: 'Conditions', Mapping: 'Mappings', Rule: 'Rules', Metadata: 'Metadata' }

// The validator writes property paths as `Properties.Cpu` under a resource but as
// `Parameters/Subnets` for a parameter; both become one dotted path from the template root.
function pathOf(d: StandardDiagnostic): string {
  const property = d.propertyPath?.replaceAll('/', '.')
  const section = d.entity ? SECTIONS[d.entity.entityType] : undefined
  if (!d.entity || !section) return property ?? ''
  const entity = `${section}.${d.entity.logicalId}`
  if (!property || property === entity) return entity
  return property.startsWith(`${section}.`) ? property : `${entity}.${property}`
}

/**
 * Validates a template with `@aws/cloudformation-validate` (offline; bundled provider
 * schemas and cfn-lint-like rules) and returns every finding, INFO included. 1.9.0-beta reads
 * templates only from files, so the text goes to a temporary file that is removed afterwards.
 */
export function validateTemplate(template: string, format: 'json' | 'yaml' = 'json'): CfnFinding[] {
  const validator = sharedEngine()
  const dir = mkdtempSync(join(tmpdir(), 'composeform-cfn-'))
  try {
    const file = join(dir, `template.${format}`)
    writeFileSync(file, template)
    const start = performance.now()
    const report = validator.validateStandard(new TemplateFile(file))
    stats.validateMs += performance.now() - start
    stats.validations += 1
    return report.diagnostics.map((d) => ({
      severity: d.severity,
      ruleId: d.ruleId,
      message: d.message,
      path: pathOf(d),
      ...(d.startLine === undefined ? {} : { line: d.startLine }),
    }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The findings that would make CloudFormation reject the template: FATAL and ERROR. */
export function blockingFindings(findings: readonly CfnFinding[]): CfnFinding[] {
  return findings.filter((f) => f.severity === 'FATAL' || f.severity === 'ERROR')
}

/** Timings of the shared engine so far (construction, and validations run). */
export function cfnValidatorStats(): Readonly<CfnValidatorStats> {
  return { ...stats }
}
