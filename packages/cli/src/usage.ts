/** The commands of the CLI. */
export type Command = 'convert' | 'check' | 'config' | 'graph'

const ALL: readonly Command[] = ['convert', 'check', 'config', 'graph']

const COMMANDS: readonly { name: Command; text: string }[] = [
  { name: 'convert', text: 'Write the deployment: CloudFormation YAML by default (stdout, or files with -o)' },
  { name: 'check', text: 'Report what ECS/Fargate can and cannot run, with positions and hints' },
  { name: 'config', text: 'Print the normalised compose application (like `docker compose config`)' },
  { name: 'graph', text: 'Print the resource graph (graph-json by default, or --format mermaid)' },
]

// Each option as `--help` shows it (flags in a 28-column field, continuation lines indented to
// match), the commands it goes with, and what `composeform <command> --help` shows instead
// where the text differs by command.
const OPTIONS: readonly { lines: string[]; commands: readonly Command[]; only?: Partial<Record<Command, string[]>> }[] = [
  { commands: ALL, lines: ['-f, --file FILE             Compose file (repeatable; - reads stdin; default: compose.yaml', '                            and its override, found in this or a parent directory)'] },
  { commands: ALL, lines: ["    --env-file FILE         Env file instead of the project's .env (repeatable)"] },
  { commands: ALL, lines: ['    --profile NAME          Activate a profile (repeatable)'] },
  { commands: ALL, lines: ['-p, --project-name NAME     Project name'] },
  { commands: ALL, lines: ['    --project-directory DIR Directory relative paths resolve against'] },
  {
    commands: ALL,
    lines: [
      '    --format FORMAT         convert: cfn-yaml (default), cfn-json, ecs-json,',
      '                            ecs-services-json, graph-json, mermaid; repeatable',
      '                            config: yaml (default) or json',
      '                            check --security: text (default) or json',
    ],
    only: {
      convert: ['    --format FORMAT         cfn-yaml (default), cfn-json, ecs-json, ecs-services-json,', '                            graph-json, mermaid; repeatable (several need -o)'],
      graph: ['    --format FORMAT         graph-json (default) or mermaid; also any format convert writes'],
      config: ['    --format FORMAT         yaml (default) or json'],
      check: ['    --format FORMAT         with --security: text (default) or json'],
    },
  },
  { commands: ['convert', 'graph'], lines: ['-o, --output DIR            Write the files into DIR instead of stdout'] },
  { commands: ['convert', 'check', 'graph'], lines: ['    --param KEY=VALUE       A template parameter value (ecs-json resolves them), repeatable'] },
  {
    commands: ['convert', 'check', 'graph'],
    lines: ['    --patch FILE            convert, check: an RFC 6902 JSON Patch (JSON or YAML) applied to', '                            the CloudFormation template after x-aws-cloudformation; repeatable', '                            (graph-json and mermaid show the resources before it)'],
  },
  { commands: ALL, lines: ['    --ecs-params FILE       An ecs-cli ecs-params.yml mapped onto the project (never read', '                            unless named; config prints the compose equivalent)'] },
  {
    commands: ['convert', 'check'],
    lines: ['    --previous FILE         The deployed stack\'s template: report what updating it would', '                            break or replace (docs/updates.md)'],
  },
  {
    commands: ['convert'],
    lines: ['    --nested-stacks         convert: one nested stack per ECS service under stacks/ (for', '                            projects over 500 resources; needs -o and aws cloudformation package)'],
  },
  { commands: ALL, lines: ['    --strict                Attributes ECS ignores, and any warning, fail the run'] },
  { commands: ALL, lines: ['    --loose                 Say nothing about attributes ECS ignores'] },
  { commands: ALL, lines: ['    --diagnostics FORMAT    text (default), json, sarif or github'] },
  { commands: ALL, lines: ['    --severity CODE=LEVEL   Report a code as error, warning or info, or not at all (off);', '                            repeatable; load errors stay errors (codes: docs/diagnostics.md)'] },
  { commands: ALL, lines: ['    --verbose               Also show notes (defaults chosen, sizes rounded)'] },
  { commands: ['check'], lines: ["    --security              check: list the template's security choices (public IPs,", '                            ingress, listeners, IAM, secrets, logs, encryption)'] },
  { commands: ALL, lines: ['-h, --help                  Show this help'] },
  { commands: ALL, lines: ['-v, --version               Show the version'] },
]

const EXAMPLES = [
  'composeform convert -o out/',
  'composeform convert --format cfn-json > template.json',
  'composeform convert --format ecs-json --param Subnets=subnet-1,subnet-2 -o out/',
  'composeform convert --patch prod.patch.json --ecs-params ecs-params.yml -o out/',
  'cat compose.yaml | composeform check -f -',
  'composeform check --diagnostics sarif > composeform.sarif',
  'composeform check --security',
  'composeform check --previous out/template.yaml',
  'composeform config -f compose.yaml -f compose.prod.yaml --format json',
]

const EXIT_CODES = `Exit codes: 0 ok (warnings allowed), 1 problems in the input (or any warning with
--strict), 2 usage error.
`

const indent = (lines: readonly string[]): string => lines.map((line) => `  ${line}\n`).join('')

/** The text of `composeform --help`. */
export const usage = `Usage: composeform <command> [options]

Turns a Docker Compose application into an AWS ECS/Fargate deployment, offline.

Commands:
${indent(COMMANDS.map((c) => `${c.name.padEnd(10)}${c.text}`))}
Options:
${indent(OPTIONS.flatMap((o) => o.lines))}
Examples:
${indent(EXAMPLES)}
${EXIT_CODES}`

/** The text of `composeform <command> --help` (and `composeform help <command>`): what that command does and the options it takes. */
export function commandUsage(command: Command): string {
  const examples = EXAMPLES.filter((example) => example.includes(`composeform ${command}`))
  return `Usage: composeform ${command} [options]

${COMMANDS.find((c) => c.name === command)!.text}.

Options:
${indent(OPTIONS.filter((o) => o.commands.includes(command)).flatMap((o) => o.only?.[command] ?? o.lines))}
${examples.length > 0 ? `Examples:\n${indent(examples)}\n` : ''}${EXIT_CODES}`
}
