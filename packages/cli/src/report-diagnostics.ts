import type { Diagnostic } from '@composeform/model'
import type { CommonOptions } from './args.js'
import { formatDiagnosticsText } from './format-diagnostics.js'
import { toGithubAnnotations } from './formats/github-annotations.js'
import { toSarif } from './formats/sarif.js'
import type { CliIo } from './io.js'
import { useColor } from './use-color.js'
import { version } from './version.js'

/** Prints diagnostics on stderr (SARIF and GitHub annotations on stdout, where tools read them). */
export function reportDiagnostics(diagnostics: Diagnostic[], options: CommonOptions, io: CliIo, text: (file: string) => string | undefined): void {
  switch (options.diagnostics) {
    case 'json':
      io.stderr(JSON.stringify(diagnostics, null, 2) + '\n')
      return
    case 'sarif':
      io.stdout(toSarif(diagnostics, { name: 'composeform', version, informationUri: 'https://github.com/composeform/composeform' }))
      return
    case 'github':
      io.stdout(toGithubAnnotations(diagnostics))
      return
    case 'text': {
      const shown = options.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== 'info')
      const hidden = diagnostics.length - shown.length
      if (shown.length === 0) {
        if (hidden > 0) io.stderr(`no problems (${hidden} note${hidden === 1 ? '' : 's'} hidden; --verbose shows them)\n`)
        return
      }
      io.stderr(formatDiagnosticsText(shown, { color: useColor(io.isTTY, io.env), text, hiddenNotes: hidden }))
    }
  }
}
