// The playground page: files on the left, live conversion on the right. Everything runs in
// this page: no server, no network (the page's Content-Security-Policy forbids connections).
import { normalizePath, type CheckMode, type Diagnostic } from 'composeform'
import { convertPage, type PageOutput } from './conversion.js'
import { debounce } from './debounce.js'
import { countText, renderDiagnostics } from './diagnostics-view.js'
import { h } from './dom.js'
import { createFilesEditor, type Mark } from './editor.js'
import { FullYamlReaderNeeded } from './lazy-yaml-reader.js'
import { loadFullYamlReader } from './load-yaml-reader.js'
import { OUTPUT_TABS, renderOutput, type OutputTab } from './outputs-view.js'
import { sampleFiles } from './sample.js'

/** How long typing must pause before the page converts again. */
const DEBOUNCE_MS = 250

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error(`the page has no #${id}`)
  return found as T
}

function start(): void {
  const fileTabs = element('file-tabs')
  const outputTabs = element('output-tabs')
  const panel = element('output')
  const list = element('diagnostics')
  const count = element('diagnostic-count')
  const status = element('status')
  const showNotes = element<HTMLInputElement>('show-notes')
  const mode = element<HTMLSelectElement>('mode')
  const projectName = element<HTMLInputElement>('project-name')

  let tab: OutputTab = 'cfn-yaml'
  let output: PageOutput | undefined
  let conversions = 0

  const editor = createFilesEditor(element('editor'), sampleFiles, () => {
    status.textContent = 'editing…'
    schedule()
  })
  const schedule = debounce(convertNow, DEBOUNCE_MS)

  function convertNow(): void {
    const started = performance.now()
    try {
      output = convertPage({ files: editor.texts(), mode: mode.value as CheckMode, projectName: projectName.value.trim() })
    } catch (error) {
      if (error instanceof FullYamlReaderNeeded) {
        status.textContent = 'loading the full YAML reader…'
        loadFullYamlReader().then(convertNow, (failed: unknown) => {
          status.textContent = `the full YAML reader could not be loaded: ${failed instanceof Error ? failed.message : String(failed)}`
        })
        return
      }
      // Input problems are diagnostics; a throw is composeform's own bug. Keep the last output.
      status.textContent = `composeform failed on this input (a bug; please report it): ${error instanceof Error ? error.message : String(error)}`
      return
    }
    const took = performance.now() - started
    conversions += 1
    document.body.dataset.conversions = String(conversions)
    status.textContent = `converted in ${took.toFixed(0)} ms`
    showDiagnostics()
    editor.mark(marksOf(output.diagnostics))
    renderOutput(panel, tab, output)
  }

  function showDiagnostics(): void {
    if (!output) return
    count.textContent = `(${countText(output.diagnostics)})`
    renderDiagnostics(list, output.diagnostics, showNotes.checked, {
      canOpen: (file) => file in editor.texts(),
      open: (d: Diagnostic) => {
        const location = d.location!
        editor.select(location.file, location.start.offset, location.end?.offset ?? location.start.offset)
        drawFileTabs()
      },
    })
  }

  function drawFileTabs(): void {
    const names = Object.keys(editor.texts())
    fileTabs.replaceChildren(
      ...names.map((name) => tabButton(name, name === editor.current, () => {
        editor.show(name)
        drawFileTabs()
      })),
      h('button', { type: 'button', class: 'add-file', title: 'Add a file the compose files refer to (env_file, extends, include, secrets)', onclick: addFile }, '+ file'),
    )
  }

  function addFile(): void {
    const typed = window.prompt('File name, relative to the project directory (e.g. app.env)')?.trim()
    if (!typed) return
    // The loader asks for `./app.env` as `app.env`; store it under that name.
    const name = normalizePath(typed)
    if (name === '.' || name.startsWith('..') || name.startsWith('/')) {
      status.textContent = `${typed}: name a file inside the project directory`
      return
    }
    editor.show(name)
    drawFileTabs()
    schedule()
  }

  function drawOutputTabs(): void {
    outputTabs.replaceChildren(
      ...OUTPUT_TABS.map(({ id, title }) => tabButton(title, id === tab, () => {
        tab = id
        drawOutputTabs()
        if (output) renderOutput(panel, tab, output)
      }, id)),
    )
  }

  showNotes.addEventListener('change', showDiagnostics)
  mode.addEventListener('change', convertNow)
  projectName.addEventListener('input', schedule)
  drawFileTabs()
  drawOutputTabs()
  convertNow()
}

/** The errors and warnings with an extent, by file, to underline in the editor. */
function marksOf(diagnostics: readonly Diagnostic[]): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>()
  for (const d of diagnostics) {
    if (d.severity === 'info' || !d.location?.end) continue
    const list = marks.get(d.location.file) ?? []
    list.push({ from: d.location.start.offset, to: d.location.end.offset, severity: d.severity })
    marks.set(d.location.file, list)
  }
  return marks
}

function tabButton(title: string, active: boolean, select: () => void, id?: string): HTMLElement {
  return h('button', { type: 'button', role: 'tab', class: active ? 'tab active' : 'tab', 'aria-selected': String(active), 'data-tab': id ?? title, onclick: select }, title)
}

start()
