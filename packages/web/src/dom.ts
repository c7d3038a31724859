/** Attributes and listeners for `h`; `on*` keys take functions, the others strings. */
export type Attributes = Record<string, string | number | boolean | EventListener | undefined>

/**
 * Creates an HTML element with attributes, listeners and children. Text children become text
 * nodes, never markup, so nothing the user typed is ever parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  return assign(document.createElement(tag), attributes, children)
}

/** Creates an SVG element the same way. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  return assign(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children)
}

function assign<E extends Element>(element: E, attributes: Attributes, children: (Node | string)[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2), value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  element.append(...children)
  return element
}
