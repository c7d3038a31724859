import { planApp, type AppPlan } from './plan.js'
import { renderCompose, type ComposeFiles } from './render-compose.js'

export type { AppPlan, ServicePlan } from './plan.js'
export { effective } from './plan.js'

/** A generated benchmark application: its plan (for the CDK peer) and its compose files. */
export interface GeneratedApp extends ComposeFiles {
  plan: AppPlan
}

/**
 * Generates a realistic compose application of `count` services, deterministically from
 * `seed` (a seeded PRNG, never `Math.random`), with EFS volumes and external secrets.
 */
export function generateApp(count: number, seed = 1): GeneratedApp {
  const plan = planApp(count, seed)
  return { plan, ...renderCompose(plan) }
}
