#!/usr/bin/env -S node --
// Committed so that package managers can link the command before the first build. It runs the
// bundle that `pnpm build` makes (scripts/bundle.mjs): one file starts faster than 200 modules.
import "../dist/composeform.js"
