import { joinPath, type Diagnostic, type SourceHost } from '@composeform/model'

/**
 * An ECS_PARAMS_NOT_READ note when the project directory holds an `ecs-params.yml` that
 * `--ecs-params` does not name: ecs-cli read it implicitly, composeform never does, since a
 * file that changes the output should be named on the command line.
 */
export function ecsParamsNote(projectDirectory: string, host: SourceHost): Diagnostic[] {
  const path = joinPath(projectDirectory, 'ecs-params.yml')
  if (host.readFile(path) === undefined) return []
  return [
    {
      code: 'ECS_PARAMS_NOT_READ',
      severity: 'info',
      message: `\`${path}\` is not read; composeform reads an ecs-params.yml only when --ecs-params names it.`,
      path: [],
      hint: `Pass \`--ecs-params ${path}\` to map it onto the project (docs/migrating-from-ecs-cli.md).`,
      stage: 'load',
    },
  ]
}
