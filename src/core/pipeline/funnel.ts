import { daysBetween } from './dates.js';
import { PROGRESSION, SOURCES, type Source, type Stage } from './records.js';

/** One application as the funnel reads it: where it stands and how it got there. */
export interface FunnelApplication {
  id: string;
  source: Source;
  stage: Stage;
}

/** One dated row of an application's stage history. */
export interface StageEvent {
  applicationId: string;
  stage: Stage;
  changedOn: string;
}

export interface StageStep {
  stage: (typeof PROGRESSION)[number];
  /** Applications that got this far (or further). */
  reached: number;
  /** Share of the previous step that got here; null for the first step or an empty previous. */
  conversion: number | null;
}

export interface SourceStats {
  source: Source;
  /** Applications of this source that were sent (reached "applied" or further). */
  applied: number;
  /** Of those, how many heard back: a screen or later, or a rejection. */
  responded: number;
  responseRate: number | null;
  /** Reached a screen or later. */
  interviews: number;
  /** Reached an offer. */
  offers: number;
}

export interface Funnel {
  total: number;
  steps: StageStep[];
  /** Applications that ended without an offer, by how they ended. */
  closed: { rejected: number; withdrawn: number; ghosted: number };
  bySource: SourceStats[];
  /** Median days from applying to the first answer, over the applications that have both dates. */
  medianDaysToResponse: number | null;
  /** How many applications that median is measured on. */
  responsesMeasured: number;
}

const RANK = new Map<Stage, number>(PROGRESSION.map((stage, index) => [stage, index]));
const APPLIED = RANK.get('applied') ?? 1;
const SCREEN = RANK.get('screen') ?? 2;
const OFFER = RANK.get('offer') ?? 5;

/** A rejection or silence means the application was sent, even when "applied" was never logged. */
const IMPLIES_APPLIED = new Set<Stage>(['rejected', 'ghosted']);
/** Stages that count as hearing back from the company. */
const isResponse = (stage: Stage) => stage === 'rejected' || (RANK.get(stage) ?? -1) >= SCREEN;

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return value;
}

/** What the history says about one application: how far it got and when it was answered. */
function summarize(application: FunnelApplication, events: StageEvent[]) {
  const stages = [application.stage, ...events.map((event) => event.stage)];
  let furthest = 0;
  for (const stage of stages) {
    furthest = Math.max(furthest, RANK.get(stage) ?? (IMPLIES_APPLIED.has(stage) ? APPLIED : 0));
  }
  const byDate = [...events].sort((a, b) => a.changedOn.localeCompare(b.changedOn));
  const appliedOn = byDate.find((event) => event.stage === 'applied')?.changedOn;
  const respondedOn = byDate.find((event) => isResponse(event.stage))?.changedOn;
  const responded = stages.some(isResponse);
  const days =
    appliedOn && respondedOn && respondedOn >= appliedOn
      ? daysBetween(appliedOn, respondedOn)
      : null;
  return { furthest, responded, days };
}

/**
 * The funnel of a job search: how many applications reached each stage, each step's
 * conversion, the results per source (referral against cold and the rest), and how long
 * companies take to answer. Pure: the caller loads applications and their stage history.
 */
export function buildFunnel(applications: FunnelApplication[], history: StageEvent[]): Funnel {
  const eventsOf = new Map<string, StageEvent[]>();
  for (const event of history) {
    const list = eventsOf.get(event.applicationId) ?? [];
    list.push(event);
    eventsOf.set(event.applicationId, list);
  }
  const summaries = applications.map((application) => ({
    application,
    ...summarize(application, eventsOf.get(application.id) ?? []),
  }));

  const steps: StageStep[] = PROGRESSION.map((stage, index) => {
    const reached = summaries.filter((item) => item.furthest >= index).length;
    const previous =
      index === 0 ? null : summaries.filter((item) => item.furthest >= index - 1).length;
    return { stage, reached, conversion: previous === null ? null : ratio(reached, previous) };
  });

  const bySource = SOURCES.map((source): SourceStats => {
    const sent = summaries.filter(
      (item) => item.application.source === source && item.furthest >= APPLIED,
    );
    const responded = sent.filter((item) => item.responded).length;
    return {
      source,
      applied: sent.length,
      responded,
      responseRate: ratio(responded, sent.length),
      interviews: sent.filter((item) => item.furthest >= SCREEN).length,
      offers: sent.filter((item) => item.furthest >= OFFER).length,
    };
  });

  const days = summaries.flatMap((item) => (item.days === null ? [] : [item.days]));
  const count = (stage: Stage) => applications.filter((item) => item.stage === stage).length;
  return {
    total: applications.length,
    steps,
    closed: {
      rejected: count('rejected'),
      withdrawn: count('withdrawn'),
      ghosted: count('ghosted'),
    },
    bySource,
    medianDaysToResponse: median(days),
    responsesMeasured: days.length,
  };
}
