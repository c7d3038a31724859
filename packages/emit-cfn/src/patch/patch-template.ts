import type { Staged } from '@composeform/model'
import type { Template } from '../template.js'

/**
 * Changes a template before a CloudFormation emitter writes it, such as
 * `(template) => applyPatches(template, files)`; a diagnostic means no file is written. The
 * emitters take it as a function so that a bundle which never patches carries no patch code.
 */
export type PatchTemplate = (template: Template) => Staged<Template>
