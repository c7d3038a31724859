// The entry of `yaml-reader.js`, the page's second script: the loader's full YAML reader
// (`yaml`'s composer), which the page loads the first time a file is more than plain block
// YAML (anchors, flow mappings, block scalars, tags, several documents, …). It hands the
// reader to the conversion core through one global (see lazy-yaml-reader.ts).
import { parseWithYaml } from '@composeform/model'

/** What `yaml-reader.js` offers, under `globalThis[FULL_YAML_READER_GLOBAL]`. */
export { parseWithYaml }
