import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { yaml } from '@codemirror/lang-yaml'
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language'
import { EditorSelection, EditorState, StateEffect, StateField, type Extension } from '@codemirror/state'
import { Decoration, drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type DecorationSet } from '@codemirror/view'

/** A stretch of a file to underline: UTF-16 offsets, and how bad the problem there is. */
export interface Mark {
  from: number
  to: number
  severity: 'error' | 'warning'
}

/** Several named files in one CodeMirror view; each keeps its own text, selection and undo history. */
export interface FilesEditor {
  /** The file shown now. */
  readonly current: string
  /** Every file's text by name, in the order they were added. */
  texts(): Record<string, string>
  /** Shows a file (adding it, empty or with `text`, when it is new). */
  show(name: string, text?: string): void
  /** Replaces a file's whole text, as one undoable change. */
  replace(name: string, text: string): void
  /** Shows a file and selects `from`..`to` (UTF-16 offsets), scrolled into view and focused. */
  select(name: string, from: number, to: number): void
  /** Underlines these stretches of each file (files not named lose theirs). */
  mark(marks: ReadonlyMap<string, readonly Mark[]>): void
}

const setMarks = StateEffect.define<readonly Mark[]>()

// The underlines follow the text as it is edited, until the next conversion replaces them.
const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes)
    for (const effect of transaction.effects) {
      if (!effect.is(setMarks)) continue
      const length = transaction.state.doc.length
      const ranges = effect.value
        .map((m) => ({ ...m, from: Math.min(m.from, length), to: Math.min(m.to, length) }))
        .filter((m) => m.from < m.to)
        .sort((a, b) => a.from - b.from || a.to - b.to)
        .map((m) => Decoration.mark({ class: `cm-diagnostic-${m.severity}` }).range(m.from, m.to))
      next = Decoration.set(ranges)
    }
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

// Inside a shadow root CodeMirror styles itself with constructed style sheets; in the document
// it would add a <style> element, which the page's `style-src 'self'` forbids.
const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace' },
  '.cm-diagnostic-error': { textDecoration: 'underline wavy #b42318', textUnderlineOffset: '3px' },
  '.cm-diagnostic-warning': { textDecoration: 'underline wavy #9a6700', textUnderlineOffset: '3px' },
})

/**
 * Creates the editor in a shadow root of `host` with `files` (name → text; the first is
 * shown). `onChange` runs after every edit, with the name of the file that changed.
 */
export function createFilesEditor(host: HTMLElement, files: Readonly<Record<string, string>>, onChange: (name: string) => void): FilesEditor {
  const states = new Map<string, EditorState>()
  let current = Object.keys(files)[0] ?? 'compose.yaml'
  const listener = EditorView.updateListener.of((update) => {
    if (!update.docChanged) return
    states.set(current, update.state)
    onChange(current)
  })
  const common: Extension = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    indentOnInput(),
    bracketMatching(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    EditorView.lineWrapping,
    theme,
    marksField,
    listener,
  ]
  const stateFor = (name: string, text: string) =>
    EditorState.create({ doc: text, extensions: [common, /\.ya?ml$/.test(name) ? yaml() : []] })
  for (const [name, text] of Object.entries(files)) states.set(name, stateFor(name, text))
  const root = host.attachShadow({ mode: 'open' })
  const view = new EditorView({ parent: root, root, state: states.get(current) ?? stateFor(current, '') })

  const show = (name: string, text = '') => {
    if (name === current && states.has(name)) return
    states.set(current, view.state)
    if (!states.has(name)) states.set(name, stateFor(name, text))
    current = name
    view.setState(states.get(name)!)
  }
  return {
    get current() {
      return current
    },
    texts() {
      states.set(current, view.state)
      return Object.fromEntries([...states].map(([name, state]) => [name, state.doc.toString()]))
    },
    show,
    replace(name, text) {
      show(name)
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } })
    },
    mark(marks) {
      states.set(current, view.state)
      for (const [name, state] of states) {
        const effects = setMarks.of(marks.get(name) ?? [])
        if (name === current) view.dispatch({ effects })
        else states.set(name, state.update({ effects }).state)
      }
    },
    select(name, from, to) {
      show(name)
      const length = view.state.doc.length
      view.dispatch({ selection: EditorSelection.single(Math.min(from, length), Math.min(to, length)), scrollIntoView: true })
      view.focus()
    },
  }
}
