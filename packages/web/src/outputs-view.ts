import type { OutputFile } from 'composeform'
import type { PageOutput } from './conversion.js'
import { placeDiagram } from './diagram-layout.js'
import { toDiagram } from './diagram-model.js'
import { mermaidFile } from './diagram-mermaid.js'
import { drawDiagram, svgText } from './diagram-svg.js'
import { h } from './dom.js'
import { downloadFile, mediaType } from './download.js'

/** The output tabs, in the order shown. */
export const OUTPUT_TABS = [
  { id: 'cfn-yaml', title: 'CloudFormation YAML' },
  { id: 'cfn-json', title: 'CloudFormation JSON' },
  { id: 'ecs', title: 'ECS JSON' },
  { id: 'diagram', title: 'Diagram' },
] as const

/** One of `OUTPUT_TABS`' ids. */
export type OutputTab = (typeof OUTPUT_TABS)[number]['id']

/** Fills `panel` with what `tab` shows of `output`, download buttons included. */
export function renderOutput(panel: HTMLElement, tab: OutputTab, output: PageOutput): void {
  if (!output.template) {
    panel.replaceChildren(h('p', { class: 'empty' }, 'No output: fix the errors listed under Diagnostics.'))
    return
  }
  if (tab === 'cfn-yaml') panel.replaceChildren(...fileView(output.template.yaml))
  else if (tab === 'cfn-json') panel.replaceChildren(...fileView(output.template.json))
  else if (tab === 'ecs') panel.replaceChildren(...ecsView(output.ecs))
  else panel.replaceChildren(...diagramView(output))
}

function fileView(file: OutputFile): Node[] {
  return [toolbar(downloadButton(file)), h('pre', { class: 'output-text', 'data-file': file.path }, h('code', {}, file.contents))]
}

function ecsView(ecs: PageOutput['ecs']): Node[] {
  const notes = ecs.diagnostics.length === 0
    ? []
    : [h('details', { class: 'notes' },
        h('summary', {}, `${ecs.diagnostics.length} placeholder notes: values only CloudFormation knows`),
        h('ul', {}, ...ecs.diagnostics.map((d) => h('li', {}, d.message))))]
  return [
    ...notes,
    ...ecs.files.map((file) =>
      h('section', { class: 'ecs-file' },
        h('h3', {}, file.path),
        ...fileView(file),
      ),
    ),
  ]
}

function diagramView(output: PageOutput): Node[] {
  if (!output.graph) return [h('p', { class: 'empty' }, 'No resource graph.')]
  const picture = drawDiagram(placeDiagram(toDiagram(output.graph)))
  const svgFile = { path: 'graph.svg', contents: svgText(picture) }
  const mermaid = mermaidFile(output)
  const buttons = [downloadButton(svgFile), ...(mermaid ? [downloadButton(mermaid)] : [])]
  return [
    toolbar(...buttons),
    h('div', { class: 'diagram' }, picture),
    ...(mermaid ? [h('details', { class: 'mermaid-source' }, h('summary', {}, 'Mermaid source (graph.mmd)'), h('pre', { class: 'output-text' }, h('code', {}, mermaid.contents)))] : []),
  ]
}

function toolbar(...buttons: HTMLElement[]): HTMLElement {
  return h('div', { class: 'toolbar' }, ...buttons)
}

function downloadButton(file: OutputFile): HTMLElement {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1)
  return h('button', { type: 'button', class: 'download', 'data-download': file.path, onclick: () => downloadFile(file.path, file.contents, mediaType(file.path)) }, `Download ${name}`)
}
