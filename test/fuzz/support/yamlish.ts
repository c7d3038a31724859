import fc from 'fast-check'

/** Pieces of YAML and compose syntax that, shuffled together, reach the parser's corners. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(':', ': ', '-', '- ', '[', ']', '{', '}', ',', '"', "'", '\n', '\n  ', '\n    ', '\n      ', ' ', '#', '|', '>', '?', '\t', '\r\n') },
  { weight: 4, arbitrary: fc.constantFrom('services', 'web', 'image', 'nginx', 'ports', '"80:80"', 'environment', 'deploy', 'replicas', 'healthcheck', 'include', 'extends', 'x-aws-vpc', 'x-aws-cloudformation', 'networks', 'volumes', 'labels', 'command', 'env_file', 'depends_on', 'version', 'name') },
  { weight: 3, arbitrary: fc.constantFrom('${', '${A', '${A:-', '${A:?', '}', '$$', '$', '${A:-${B}}', '&a ', '*a', '&b ', '*b', '<<: ', '!reset ', '!override ', '!!str ', '!!binary ', '!Ref ', '---\n', '...\n', '%YAML 1.2\n') },
  { weight: 2, arbitrary: fc.constantFrom('0', '-1', '70000', '1e309', '.inf', '.nan', '0x1F', '0440', 'true', 'null', '~', '__proto__', 'constructor', '\u0000', '\uFEFF', '\uD800', '1e20') },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
)

/** YAML-ish text: compose keys, indentation, brackets, quotes, anchors, tags and `${`. */
export const yamlishText = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(''))

/** Text that starts like a compose file, then goes wrong. */
export const composeishText = fc
  .tuple(fc.constantFrom('services:\n  web:\n    image: nginx\n', 'services:\n  web:\n', 'x-a: &a\n  k: 1\nservices:\n  web:\n    <<: *a\n', ''), yamlishText)
  .map(([head, tail]) => head + tail)

/** Any text at all: printable, unicode, and lone surrogates. */
export const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }))
