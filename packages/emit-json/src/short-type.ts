/** A resource type without its `AWS::` prefix: `AWS::ECS::Service` → `ECS::Service`. */
export function shortType(type: string): string {
  return type.startsWith('AWS::') ? type.slice('AWS::'.length) : type
}
