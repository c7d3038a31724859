/** The text of `composeform --help`. */
export const usage = `Usage: composeform <command> [options]

Turns a Docker Compose application into an AWS ECS/Fargate deployment, offline.

Commands:
  convert   Write the deployment: CloudFormation YAML by default (stdout, or files with -o)
  check     Report what ECS/Fargate can and cannot run, with positions and hints
  config    Print the normalised compose application (like \`docker compose config\`)
  graph     Print the resource graph (graph-json by default, or --format mermaid)

Options:
  -f, --file FILE             Compose file (repeatable; - reads stdin; default: compose.yaml
                              and its override, found in this or a parent directory)
      --env-file FILE         Env file instead of the project's .env (repeatable)
      --profile NAME          Activate a profile (repeatable)
  -p, --project-name NAME     Project name
      --project-directory DIR Directory relative paths resolve against
      --format FORMAT         convert: cfn-yaml (default), cfn-json, ecs-json,
                              ecs-services-json, graph-json, mermaid; repeatable
                              config: yaml (default) or json
                              check --security: text (default) or json
  -o, --output DIR            Write the files into DIR instead of stdout
      --param KEY=VALUE       A template parameter value (ecs-json resolves them), repeatable
      --patch FILE            convert, check: an RFC 6902 JSON Patch (JSON or YAML) applied to
                              the CloudFormation template after x-aws-cloudformation; repeatable
      --ecs-params FILE       An ecs-cli ecs-params.yml mapped onto the project (never read
                              unless named; config prints the compose equivalent)
      --nested-stacks         convert: one nested stack per ECS service under stacks/ (for
                              projects over 500 resources; needs -o and aws cloudformation package)
      --strict                Attributes ECS ignores, and any warning, fail the run
      --loose                 Say nothing about attributes ECS ignores
      --diagnostics FORMAT    text (default), json, sarif or github
      --severity CODE=LEVEL   Report a code as error, warning or info, or not at all (off);
                              repeatable (codes: docs/diagnostics.md)
      --verbose               Also show notes (defaults chosen, sizes rounded)
      --security              check: list the template's security choices (public IPs,
                              ingress, listeners, IAM, secrets, logs, encryption)
  -h, --help                  Show this help
  -v, --version               Show the version

Examples:
  composeform convert -o out/
  composeform convert --format cfn-json > template.json
  composeform convert --format ecs-json --param Subnets=subnet-1,subnet-2 -o out/
  composeform convert --patch prod.patch.json --ecs-params ecs-params.yml -o out/
  cat compose.yaml | composeform check -f -
  composeform check --diagnostics sarif > composeform.sarif
  composeform check --security
  composeform config -f compose.yaml -f compose.prod.yaml --format json

Exit codes: 0 ok (warnings allowed), 1 problems in the input (or any warning with
--strict), 2 usage error.
`
