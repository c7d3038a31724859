// The options Docker's awslogs driver takes, and ECS's stream prefix; Docker refuses to start a container with any other.
const AWSLOGS_OPTIONS = new Set(['group', 'region', 'stream-prefix', 'create-group', 'datetime-format', 'multiline-pattern', 'endpoint', 'credentials-endpoint', 'stream', 'create-stream', 'format', 'force-flush-interval-seconds', 'max-buffered-events'].map((o) => `awslogs-${o}`))

/** True for a `logging.options` key a container's awslogs configuration takes: the driver's own options, `mode` and `max-buffer-size`. */
export function isAwslogsOption(key: string): boolean {
  return AWSLOGS_OPTIONS.has(key) || key === 'mode' || key === 'max-buffer-size'
}
