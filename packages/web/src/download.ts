/**
 * Saves `contents` as a file named after the last part of `path`, from memory: a Blob URL on a
 * temporary `<a download>`, so nothing goes over the network.
 */
export function downloadFile(path: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = path.slice(path.lastIndexOf('/') + 1)
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has taken its own reference by the time the click returns; later is safer still.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The media type for an output file, from its extension. */
export function mediaType(path: string): string {
  if (path.endsWith('.json')) return 'application/json'
  if (path.endsWith('.yaml')) return 'application/yaml'
  if (path.endsWith('.svg')) return 'image/svg+xml'
  return 'text/plain'
}
