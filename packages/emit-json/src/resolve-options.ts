/**
 * What a deployment knows that an offline conversion does not, for the plain ECS JSON
 * emitters. Anything not given becomes a placeholder `${Name}` and a `PLACEHOLDER_VALUE`
 * warning.
 */
export interface ResolveOptions {
  /**
   * Template parameter values by id (`Subnets`, `ExistingCluster`); a `List<…>` or
   * `CommaDelimitedList` parameter takes a comma-separated string. Pseudo parameters can be
   * given here too (`AWS::AccountId`, `AWS::Region`).
   */
  readonly parameters: Readonly<Record<string, string>>
  /** The region (`AWS::Region`); it also decides `AWS::Partition` (`aws` by default). */
  readonly region: string
  /**
   * Values of what the template would create, by `Ref` (`LogGroup`) or `Fn::GetAtt`
   * (`WebTaskExecutionRole.Arn`) name; `ImportValue:<export>` for `Fn::ImportValue`. These
   * names never clash with parameter ids, so they are looked up in `parameters` too: one
   * `--param Name=Value` list can carry everything.
   */
  readonly resources: Readonly<Record<string, string>>
}
