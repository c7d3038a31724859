import { sub, type Value } from '@composeform/model'

/**
 * The user's text as a template value: the text itself, or, when it holds `${` (a shell
 * variable the compose file escaped as `$${VAR}`, a raw env file's value), a `Fn::Sub` that
 * writes it out unchanged. CloudFormation passes a plain `${VAR}` through as well, but AWS's
 * validators read it as a forgotten `Fn::Sub` (E1029, an error); the ECS JSON is unchanged.
 */
export function userText(text: string): Value {
  return text.includes('${') ? sub(text) : text
}

/** Each of the user's texts, as {@link userText} makes it. */
export function userTexts(texts: readonly string[]): Value[] {
  return texts.some((t) => t.includes('${')) ? texts.map(userText) : (texts as string[])
}
