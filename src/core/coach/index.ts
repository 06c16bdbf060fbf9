import { deadlineUnreachable } from './rules/deadline-unreachable.js';
import { fundamentalsSkipped } from './rules/fundamentals-skipped.js';
import { isolation } from './rules/isolation.js';
import { noDeployment } from './rules/no-deployment.js';
import { noProjectShipped } from './rules/no-project-shipped.js';
import { noWriting } from './rules/no-writing.js';
import { perfectionism } from './rules/perfectionism.js';
import { researchTarget } from './rules/research-target.js';
import { tutorialHell } from './rules/tutorial-hell.js';
import { unfinishedResources } from './rules/unfinished-resources.js';
import type { Alert, CoachContext, Dismissal, Rule, Severity } from './types.js';

export type { Alert, CoachContext, Dismissal, Rule, Severity } from './types.js';

/** Every pitfall rule, in the order their alerts are listed within one severity. */
export const RULES: readonly Rule[] = [
  deadlineUnreachable,
  tutorialHell,
  fundamentalsSkipped,
  noProjectShipped,
  perfectionism,
  unfinishedResources,
  noDeployment,
  isolation,
  noWriting,
  researchTarget,
];

/** The rules whose alerts come from the profile alone, without any recorded progress. */
export const PROFILE_RULES: readonly string[] = [researchTarget.id];

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * True when a rule is dismissed for good (a dismissal without `until`) or snoozed: today is before
 * `until`. On the `until` day itself the rule is back.
 */
export function isSilenced(ruleId: string, dismissals: readonly Dismissal[], today: string) {
  return dismissals.some(
    (dismissal) =>
      dismissal.ruleId === ruleId && (dismissal.until === undefined || today < dismissal.until),
  );
}

/** Runs every rule that is not dismissed or snoozed; critical alerts first. */
export function runCoach(context: CoachContext): Alert[] {
  const dismissals = context.dismissals ?? [];
  return RULES.filter((rule) => !isSilenced(rule.id, dismissals, context.today))
    .map((rule) => rule.check(context))
    .filter((alert): alert is Alert => alert !== null)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
