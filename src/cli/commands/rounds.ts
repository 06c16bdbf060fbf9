import { loadInterviewCatalog, type Round } from '../../catalog/interview/index.js';
import {
  type InterviewRoundInput,
  InterviewRoundInputSchema,
  roundChecklist,
} from '../../core/interview/records.js';
import type { Database } from '../../db/client.js';
import {
  addRoundPlans,
  listRoundPlans,
  type RoundPlanRecord,
  updateRoundPlan,
} from '../../db/interviews.js';
import { listApplications } from '../../db/pipeline.js';
import { pickAccount, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { print, printJson } from '../output.js';
import { pickById, shortId } from '../pick.js';
import { defined, parseInput } from '../validate.js';

/**
 * `mlpath rounds`: the interview rounds the user has planned, each with the catalog's checklist
 * for that kind of round, as the web app's Interviews › Rounds page shows them.
 */

const titleOf = (round: Round) =>
  loadInterviewCatalog().rounds.find((entry) => entry.id === round)?.title ?? round;

const FLAGS = {
  round: 'ROUND',
  scheduledOn: '--on',
  applicationId: '--application',
  notes: '--notes',
  checklistDone: 'ITEM',
};

function roundText(plan: RoundPlanRecord): string {
  const checklist = roundChecklist(plan.round);
  const done = new Set(plan.checklistDone);
  const where = plan.application ? `  ${plan.application.company}, ${plan.application.role}` : '';
  return [
    `${shortId(plan)}  ${plan.scheduledOn ?? 'no date'}  ${titleOf(plan.round)}${where}  (${done.size} of ${checklist.length} ready)`,
    ...checklist.map(
      (item, index) => `  ${done.has(item.id) ? '✓' : '·'} ${index + 1}. ${item.text}`,
    ),
    ...(plan.notes ? [`  Notes: ${plan.notes}`] : []),
  ].join('\n');
}

/** `mlpath rounds`: planned rounds by date (undated last), each with its checklist. */
export async function roundsList(options: { email?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const plans = await listRoundPlans(db, account.id);
    if (options.json) return printJson(plans);
    if (plans.length === 0) {
      return print(
        `No interview rounds planned for ${account.email} yet. Plan one: mlpath rounds add technical-screen --on 2027-01-15`,
      );
    }
    print(
      [`Interview rounds of ${account.email}: ${plans.length}`, ...plans.map(roundText)].join(
        '\n\n',
      ),
    );
  });
}

export interface RoundAddOptions {
  on?: string;
  application?: string;
  notes?: string;
  email?: string;
  json?: boolean;
}

/** `mlpath rounds add ROUND`: plans a round, optionally dated and linked to an application. */
export async function roundsAdd(round: string, options: RoundAddOptions): Promise<void> {
  const fields = { round, scheduledOn: options.on, notes: options.notes, checklistDone: [] };
  parseInput(InterviewRoundInputSchema, defined(fields), FLAGS);
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const application =
      options.application === undefined
        ? undefined
        : pickById(
            await listApplications(db, account.id),
            options.application,
            'application',
            'the web app’s Applications page',
          );
    const input = parseInput(
      InterviewRoundInputSchema,
      defined({ ...fields, applicationId: application?.id }),
      FLAGS,
    );
    const [id] = await addRoundPlans(db, account.id, [input]);
    const plan = (await listRoundPlans(db, account.id)).find((entry) => entry.id === id);
    if (!plan) throw new Error('the round was not saved');
    if (options.json) return printJson(plan);
    print(`Planned the round as ${shortId(plan)}:\n${roundText(plan)}`);
  });
}

/** The user's round whose id starts with `ref`. */
const findRound = async (db: Database, userId: string, ref: string) =>
  pickById(await listRoundPlans(db, userId), ref, 'round', 'mlpath rounds');

/**
 * `mlpath rounds check ROUND ITEM…`: ticks checklist items by their number in the list (or
 * unticks them with `--undo`).
 */
export async function roundsCheck(
  ref: string,
  items: string[],
  options: { undo?: boolean; email?: string; json?: boolean },
): Promise<void> {
  const numbers = items.map((item) => {
    const number = Number(item);
    if (!Number.isInteger(number) || number < 1) {
      throw new UsageError(`ITEM: ${item} is not a checklist item number (1, 2, …)`);
    }
    return number;
  });
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const plan = await findRound(db, account.id, ref);
    const checklist = roundChecklist(plan.round);
    const chosen = numbers.map((number) => {
      const item = checklist[number - 1];
      if (!item) {
        throw new UsageError(
          `ITEM: the ${titleOf(plan.round)} checklist has items 1 to ${checklist.length}`,
        );
      }
      return item.id;
    });
    const done = new Set(plan.checklistDone);
    for (const id of chosen) {
      if (options.undo) done.delete(id);
      else done.add(id);
    }
    const { id, application: _shown, ...stored } = plan;
    const next: InterviewRoundInput = {
      ...stored,
      checklistDone: checklist.map((item) => item.id).filter((itemId) => done.has(itemId)),
    };
    if (!(await updateRoundPlan(db, account.id, id, next))) {
      throw new UsageError(`round: no round with the id ${ref}`);
    }
    const updated = (await listRoundPlans(db, account.id)).find((entry) => entry.id === id);
    if (!updated) throw new UsageError(`round: no round with the id ${ref}`);
    if (options.json) return printJson(updated);
    print(roundText(updated));
  });
}
