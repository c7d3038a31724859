import { FULL_YAML_READER_GLOBAL } from './lazy-yaml-reader.js'

/** The script that brings the full YAML reader, beside app.js. */
const READER_SCRIPT = 'yaml-reader.js'

let loading: Promise<void> | undefined

/**
 * Loads yaml-reader.js once, as a classic script beside app.js (allowed by `script-src
 * 'self'`, also from file://); resolves when its reader is in place.
 */
export function loadFullYamlReader(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = READER_SCRIPT
    script.onload = () => (FULL_YAML_READER_GLOBAL in globalThis ? resolve() : reject(new Error(`${READER_SCRIPT} did not define its reader`)))
    script.onerror = () => reject(new Error(`${READER_SCRIPT} could not be loaded`))
    document.head.append(script)
  }).catch((error: unknown) => {
    // A later file may try again (the script may have been missing for a moment).
    loading = undefined
    throw error
  })
  return loading
}
