/**
 * A stand-in for a value only a deployment knows (a parameter without a value, a resource the
 * template would create), used while a graph value is evaluated. It is written as its `text`,
 * which names what the user must supply (`${Subnets}`, `${WebTaskExecutionRole.Arn}`); a
 * placeholder for a whole list is written as a list of that one text, so the file keeps the
 * API's shapes.
 */
export class Placeholder {
  constructor(
    readonly text: string,
    readonly list = false,
  ) {}
}

/** The placeholder text for a name the user must supply: `${Name}`. */
export function placeholderText(name: string): string {
  return '${' + name + '}'
}
