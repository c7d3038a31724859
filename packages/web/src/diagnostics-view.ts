import type { Diagnostic } from 'composeform'
import { h } from './dom.js'

/** What the list needs from the page. */
export interface DiagnosticsActions {
  /** True when `file` is one of the editor's files, so its positions can be selected. */
  canOpen(file: string): boolean
  /** Selects the diagnostic's text in the editor. */
  open(diagnostic: Diagnostic): void
}

/** `file:line:column`, 1-based, as the CLI prints it. */
export function positionText(diagnostic: Diagnostic): string | undefined {
  const location = diagnostic.location
  return location ? `${location.file}:${location.start.line}:${location.start.column}` : undefined
}

/**
 * Fills `list` with one item per diagnostic, in the order given (the facade sorts them). Infos
 * are left out unless `showNotes`. A position in an editor file is a button that selects the
 * offending text; any other position is plain text.
 */
export function renderDiagnostics(list: HTMLElement, diagnostics: readonly Diagnostic[], showNotes: boolean, actions: DiagnosticsActions): void {
  const shown = diagnostics.filter((d) => showNotes || d.severity !== 'info')
  list.replaceChildren(
    ...shown.map((d) => {
      const position = positionText(d)
      const where = position === undefined
        ? h('span', { class: 'position' }, '(project)')
        : d.location && actions.canOpen(d.location.file)
          ? h('button', { type: 'button', class: 'position', title: 'Select this in the editor', onclick: () => actions.open(d) }, position)
          : h('span', { class: 'position' }, position)
      return h('li', { class: `diagnostic ${d.severity}`, 'data-code': d.code },
        h('span', { class: 'severity' }, d.severity),
        where,
        h('code', { class: 'code' }, d.code),
        h('span', { class: 'message' }, d.message),
        ...(d.hint ? [h('div', { class: 'hint' }, d.hint)] : []),
      )
    }),
  )
}

/** "2 errors, 1 warning, 5 notes", leaving out kinds there are none of. */
export function countText(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('info'), 'note', 'notes'],
  ] as const
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
  return said.length > 0 ? said.join(', ') : 'no problems'
}
