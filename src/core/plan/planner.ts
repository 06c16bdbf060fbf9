import { type Catalog, PHASES, type Project, type Skill } from '../../catalog/schema.js';
import type { Profile } from '../profile.js';
import { addDays, DAYS_PER_MONTH, daysBetween } from './dates.js';
import { effectiveHours, jobSearchMonths, MODEL } from './model.js';
import { learningOrder } from './order.js';
import { logNormalFactor, quantile, seededRandom } from './random.js';
import { scheduleStream, type Task, toHours, toUnits } from './schedule.js';
import type { Plan, PlanItem, PlanWeek, SkillStatus } from './schema.js';
import { pickSpecialization, type SpecializationChoice } from './specialization.js';
import { planWarnings } from './warnings.js';

export interface PlanProgress {
  /** Skill states recorded by the user; done and skipped skills are not planned again. */
  skills?: Record<string, 'learning' | 'done' | 'skipped'>;
}

export interface PlannerInput {
  profile: Profile;
  catalog: Catalog;
  /** YYYY-MM-DD; the start when the profile has no startDate. */
  today: string;
  progress?: PlanProgress;
  /** Weeks with fewer hours than usual (holidays: 0), by any date inside the week. */
  exceptions?: { date: string; hours: number }[];
}

type Phase = (typeof PHASES)[number];

const CATEGORY_PHASE: Record<Skill['category'], Phase> = {
  foundations: 'programming',
  data: 'first-models',
  ml: 'first-models',
  'deep-learning': 'first-models',
  math: 'depth',
  deployment: 'shipping',
  specialization: 'depth',
  evaluation: 'depth',
  mlops: 'depth',
  interview: 'job-search',
  career: 'job-search',
};

const PHASE_TITLES: Record<Phase, string> = {
  programming: 'Become a programmer: Python, Git and the command line',
  'first-models': 'First models: data handling, practical ML and PyTorch',
  shipping: 'Ship it: SQL, APIs, Docker, cloud and CI',
  depth: 'Depth: your specialization, evaluation and MLOps',
  'job-search': 'Job search: resume, network, interviews',
};

const LEVEL_HOURS = ['none', 'basic', 'working'] as const;

export const phaseOf = (skill: Skill): Phase => skill.phase ?? CATEGORY_PHASE[skill.category];

/** The hours a skill still needs for this person: fewer at a higher self-rated level. */
export function skillHours(skill: Skill, profile: Profile): number {
  const level = skill.area ? profile.skills[skill.area] : 0;
  return level >= LEVEL_HOURS.length ? 0 : skill.hours[LEVEL_HOURS[level as 0 | 1 | 2]];
}

/** Four portfolio projects: a first pipeline, one in the specialization, an MLOps one, the flagship. */
export function chooseProjects(catalog: Catalog, specialization: string): Project[] {
  const fits = (project: Project) =>
    project.specializations.length === 0 ||
    project.specializations.includes(specialization as never);
  const prefer = (project: Project) =>
    project.specializations.includes(specialization as never) ? 0 : 1;
  const chosen: Project[] = [];
  const pick = (test: (project: Project) => boolean) => {
    const candidate = catalog.projects
      .filter((project) => test(project) && fits(project) && !chosen.includes(project))
      .sort((a, b) => prefer(a) - prefer(b) || a.hours - b.hours)[0];
    if (candidate) chosen.push(candidate);
  };
  pick((project) => project.archetype === 'end-to-end-pipeline');
  pick(
    (project) =>
      project.specializations.includes(specialization as never) &&
      project.archetype !== 'flagship' &&
      project.archetype !== 'mlops-system',
  );
  pick((project) => project.archetype === 'mlops-system');
  pick((project) => project.archetype === 'flagship');
  while (chosen.filter((project) => project.deployed).length < 2) {
    const before = chosen.length;
    pick((project) => project.deployed);
    if (chosen.length === before) break;
  }
  return chosen;
}

/** FNV-1a: turns a task id and a run number into a seed, so each task's draw is its own. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const weeksToMonths = (weeks: number) => (weeks * 7) / DAYS_PER_MONTH;

interface Schedule {
  tasks: Task[];
  capacity: (week: number) => number;
  hoursPerWeek: number;
  specialization: SpecializationChoice;
  skills: { skill: Skill; hours: number; status: SkillStatus }[];
  projects: Project[];
}

/** Everything about the plan that does not depend on the calendar: what to learn, in which order. */
function prepare(input: PlannerInput, hoursPerWeek: number): Schedule {
  const { profile, catalog, progress } = input;
  const specialization = pickSpecialization(profile, catalog.domains);
  const inPlan = catalog.skills.filter(
    (skill) => !skill.specialization || skill.specialization === specialization.id,
  );
  const skills = inPlan.map((skill) => {
    const recorded = progress?.skills?.[skill.id];
    const hours = recorded === 'done' || recorded === 'skipped' ? 0 : skillHours(skill, profile);
    const status: SkillStatus =
      recorded === 'done' || recorded === 'skipped'
        ? recorded
        : hours === 0
          ? 'done'
          : recorded === 'learning'
            ? 'learning'
            : 'planned';
    return { skill, hours, status };
  });
  const planned = skills.filter((entry) => entry.hours > 0);
  const plannedIds = new Set(planned.map((entry) => entry.skill.id));
  const order = learningOrder(
    planned.map(({ skill }) => ({
      id: skill.id,
      rank: PHASES.indexOf(phaseOf(skill)) * 10 + (skill.stackRank ?? 9),
      prerequisites: skill.prerequisites,
    })),
  );
  const byId = new Map(planned.map((entry) => [entry.skill.id, entry]));
  const tasks: Task[] = order.map((id) => {
    const entry = byId.get(id) as (typeof planned)[number];
    return {
      kind: 'skill',
      id,
      title: entry.skill.title,
      units: toUnits(entry.hours),
      buildShare: entry.skill.buildShare,
      after: entry.skill.prerequisites.filter((prerequisite) => plannedIds.has(prerequisite)),
    };
  });

  // Each project goes right after the last of its skills still to learn, so building follows
  // learning phase by phase instead of waiting for the end.
  const projects = chooseProjects(catalog, specialization.id);
  const orderIndex = new Map(order.map((id, index) => [id, index]));
  const projectTasks = projects.map((project) => {
    const after = project.skills.filter((id) => plannedIds.has(id));
    const position = Math.max(-1, ...after.map((id) => orderIndex.get(id) ?? -1));
    return {
      position,
      task: {
        kind: 'project',
        id: project.id,
        title: titleOf(project, specialization),
        units: toUnits(project.hours),
        buildShare: 1,
        after,
      } satisfies Task,
    };
  });
  for (const { position, task } of projectTasks.sort((a, b) => b.position - a.position)) {
    tasks.splice(position + 1, 0, task);
  }

  const usual = toUnits(effectiveHours(hoursPerWeek));
  const exceptions = new Map<number, number>();
  const start = input.profile.startDate ?? input.today;
  for (const exception of input.exceptions ?? []) {
    const week = Math.floor(daysBetween(start, exception.date) / 7) + 1;
    if (week >= 1) exceptions.set(week, Math.min(usual, toUnits(Math.max(0, exception.hours))));
  }
  const capacity = (week: number) => exceptions.get(week) ?? usual;
  return { tasks, capacity, hoursPerWeek, specialization, skills, projects };
}

function titleOf(project: Project, specialization: SpecializationChoice): string {
  const variant = specialization.domain ? project.variants[specialization.domain.id] : undefined;
  return variant?.title ?? project.title;
}

/** Weeks of learning for one schedule; the deterministic P50 of the plan. */
export function learningWeeks(
  input: PlannerInput,
  hoursPerWeek = input.profile.hoursPerWeek,
): number {
  const prepared = prepare(input, hoursPerWeek);
  return scheduleStream(prepared.tasks, prepared.capacity, { collectItems: false }).lastWeek;
}

/** Months from the start to a first offer at the median (learning plus job search). */
export function medianTotalMonths(
  input: PlannerInput,
  hoursPerWeek = input.profile.hoursPerWeek,
): number {
  return round2(
    round2(weeksToMonths(learningWeeks(input, hoursPerWeek))) +
      round2(jobSearchMonths(hoursPerWeek)),
  );
}

/**
 * P80s from Monte Carlo runs: every task's length and the weekly hours kept are drawn
 * log-normally around the estimate. Each task's draw depends on its id and the run only, so
 * removing a task or adding hours can never make a run end later.
 */
function simulate(prepared: Schedule, p50: { learning: number; jobSearch: number; total: number }) {
  const cap = toUnits(prepared.hoursPerWeek);
  const learning: number[] = [];
  const jobSearch: number[] = [];
  const total: number[] = [];
  for (let run = 0; run < MODEL.simulations; run++) {
    const durations = prepared.tasks.map((task) =>
      Math.round(
        task.units * logNormalFactor(seededRandom(hashSeed(`${task.id}:${run}`)), MODEL.taskSpread),
      ),
    );
    const runRandom = seededRandom(MODEL.seed + run);
    const kept = logNormalFactor(runRandom, MODEL.capacitySpread);
    const capacity = (week: number) => Math.min(cap, Math.round(prepared.capacity(week) * kept));
    const weeks = scheduleStream(prepared.tasks, capacity, {
      collectItems: false,
      durations,
    }).lastWeek;
    const months = weeksToMonths(weeks);
    const search = p50.jobSearch * logNormalFactor(runRandom, MODEL.jobSearchSpread);
    learning.push(months);
    jobSearch.push(search);
    total.push(months + search);
  }
  return {
    learning: round2(Math.max(p50.learning, quantile(learning, 0.8))),
    jobSearch: round2(Math.max(p50.jobSearch, quantile(jobSearch, 0.8))),
    total: round2(Math.max(p50.total, quantile(total, 0.8))),
  };
}

/** Merges slices of the same work in one week into one item per kind, id and mode. */
function mergeItems(items: PlanItem[]): PlanItem[] {
  const merged = new Map<string, PlanItem>();
  for (const item of items) {
    const key = `${item.kind}:${item.id}:${item.mode}:${item.title}`;
    const existing = merged.get(key);
    if (existing) existing.hours += item.hours;
    else merged.set(key, { ...item });
  }
  return [...merged.values()];
}

/**
 * The personalized plan of the contract: pure and deterministic for the same input. `today` is
 * only used when the profile has no start date.
 */
export function buildPlan(input: PlannerInput): Plan {
  const { profile, catalog } = input;
  const start = profile.startDate ?? input.today;
  const prepared = prepare(input, profile.hoursPerWeek);
  const stream = scheduleStream(prepared.tasks, prepared.capacity, { collectItems: true });
  const lastLearningWeek = stream.lastWeek;

  const p50 = {
    learning: round2(weeksToMonths(lastLearningWeek)),
    jobSearch: round2(jobSearchMonths(profile.hoursPerWeek)),
    total: 0,
  };
  p50.total = round2(p50.learning + p50.jobSearch);
  const p80 = simulate(prepared, p50);
  const offerDate = (months: number) => addDays(start, Math.round(months * DAYS_PER_MONTH));
  const firstOfferDate = { p50: offerDate(p50.total), p80: offerDate(p80.total) };
  const totalWeeks = Math.floor(daysBetween(start, firstOfferDate.p50) / 7) + 1;
  const weekStart = (week: number) => addDays(start, (week - 1) * 7);

  const weeks: PlanWeek[] = [];
  for (let index = 1; index <= totalWeeks; index++) {
    let items = stream.items?.get(index) ?? [];
    if (index > lastLearningWeek) {
      const units = prepared.capacity(index);
      let left = units;
      items = MODEL.jobSearchSplit.flatMap((part, position) => {
        const share =
          position === MODEL.jobSearchSplit.length - 1 ? left : Math.round(units * part.share);
        left -= share;
        return share > 0
          ? [
              {
                kind: part.mode === 'theory' ? ('review' as const) : ('job-search' as const),
                id: part.id,
                title: part.title,
                hours: toHours(share),
                mode: part.mode,
              },
            ]
          : [];
      });
    }
    const merged = mergeItems(items);
    const hours = toHours(merged.reduce((sum, item) => sum + toUnits(item.hours), 0));
    weeks.push({ index, start: weekStart(index), hours, items: merged });
  }

  const span = (id: string) => stream.spans.get(id);
  const skillById = new Map(catalog.skills.map((skill) => [skill.id, skill]));
  const inPlan = new Set(prepared.skills.map((entry) => entry.skill.id));
  const planSkills = prepared.skills.map(({ skill, hours, status }) => {
    const weeksOf = span(skill.id);
    return {
      id: skill.id,
      title: skill.title,
      hours,
      prerequisites: skill.prerequisites.filter((id) => inPlan.has(id)),
      firstWeek: weeksOf?.first ?? null,
      lastWeek: weeksOf?.last ?? null,
      status,
    };
  });

  const domainId = prepared.specialization.domain?.id;
  const projects = prepared.projects.map((project) => {
    const weeksOf = span(project.id);
    const variant = domainId ? project.variants[domainId] : undefined;
    return {
      id: project.id,
      title: variant?.title ?? project.title,
      domain: domainId ?? 'general',
      skills: project.skills,
      deployed: project.deployed,
      startWeek: weeksOf?.first ?? 1,
      endWeek: weeksOf?.last ?? 1,
      hours: project.hours,
      summary: variant?.summary ?? project.summary,
      data: variant?.data ?? 'A public dataset close to the problem, documented in the README.',
      deliverables: project.deliverables,
    };
  });

  const applicationsStart = Math.min(totalWeeks, lastLearningWeek + 1);
  const firstProject = projects[0];
  const firstMlSkill = planSkills.find(
    (skill) => skill.lastWeek !== null && skillById.get(skill.id)?.category === 'ml',
  );
  const firstDeployed = projects
    .filter((project) => project.deployed)
    .sort((a, b) => a.endWeek - b.endWeek)[0];
  const lastProjectEnd = Math.max(1, ...projects.map((project) => project.endWeek));
  const milestoneWeeks: Record<string, number> = {
    'first-model': Math.max(
      1,
      Math.min(firstMlSkill?.lastWeek ?? Infinity, firstProject?.endWeek ?? Infinity, totalWeeks),
    ),
    'first-project-shipped': firstProject?.endWeek ?? 1,
    'first-deployed-app': firstDeployed?.endWeek ?? lastProjectEnd,
    'first-blog-post': Math.min(applicationsStart, (firstProject?.endWeek ?? 1) + 1),
    'portfolio-ready': lastProjectEnd,
    'applications-start': applicationsStart,
    'first-interview': Math.min(totalWeeks, applicationsStart + MODEL.weeksToFirstInterview),
    'first-offer': totalWeeks,
  };
  const milestones = Object.entries(milestoneWeeks)
    .map(([id, week]) => ({
      id,
      title: catalog.milestones.find((milestone) => milestone.id === id)?.title ?? id,
      week,
      date: id === 'first-offer' ? firstOfferDate.p50 : weekStart(week),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.week - b.week);

  const phaseOfTask = new Map<string, Phase>();
  let currentPhase: Phase = 'programming';
  for (const task of prepared.tasks) {
    const skill = task.kind === 'skill' ? skillById.get(task.id) : undefined;
    if (skill) currentPhase = phaseOf(skill);
    phaseOfTask.set(task.id, currentPhase);
  }
  const skillTask = new Set(
    prepared.tasks.filter((task) => task.kind === 'skill').map((task) => task.id),
  );
  const phases = PHASES.flatMap((phase): Plan['phases'] => {
    const ids = prepared.tasks
      .filter((task) => phaseOfTask.get(task.id) === phase)
      .map((task) => task.id);
    const spans = ids.map(span).filter((item) => item !== undefined);
    if (phase === 'job-search') {
      const first = Math.min(applicationsStart, ...spans.map((item) => item.first));
      return [
        {
          id: phase,
          title: PHASE_TITLES[phase],
          start: weekStart(first),
          end: firstOfferDate.p50,
          skills: ids.filter((id) => skillTask.has(id)),
        },
      ];
    }
    if (spans.length === 0) return [];
    return [
      {
        id: phase,
        title: PHASE_TITLES[phase],
        start: weekStart(Math.min(...spans.map((item) => item.first))),
        end: addDays(weekStart(Math.max(...spans.map((item) => item.last))), 6),
        skills: ids.filter((id) => skillTask.has(id)),
      },
    ];
  });

  const level = sprintLevel(profile);
  const sprint = catalog.sprint.map((block) => {
    const [fromDay, toDay] = block.days.split('-').map(Number) as [number, number];
    const first = Math.floor((fromDay - 1) / 7) + 1;
    const last = Math.floor((toDay - 1) / 7) + 1;
    const hoursByTitle = new Map<string, number>();
    for (const week of weeks.slice(first - 1, last)) {
      for (const item of week.items) {
        if (item.kind === 'skill' || item.kind === 'project' || item.kind === 'job-search') {
          hoursByTitle.set(item.title, (hoursByTitle.get(item.title) ?? 0) + item.hours);
        }
      }
    }
    const focus = [...hoursByTitle.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([title]) => title);
    return {
      days: block.days,
      title: block.title,
      level,
      weeks: { first, last },
      goals: block.goals[level] ?? [],
      focus,
    };
  });

  const plan: Plan = {
    profile,
    estimate: {
      learningMonths: { p50: p50.learning, p80: p80.learning },
      jobSearchMonths: { p50: p50.jobSearch, p80: p80.jobSearch },
      totalMonths: { p50: p50.total, p80: p80.total },
      firstOfferDate,
      method: estimateMethod(prepared, lastLearningWeek),
    },
    phases,
    weeks,
    specialization: { id: prepared.specialization.id, reason: prepared.specialization.reason },
    skills: planSkills,
    projects,
    milestones,
    sprint,
    warnings: [],
  };
  plan.warnings = planWarnings(plan, input);
  return plan;
}

function sprintLevel(profile: Profile): 'beginner' | 'intermediate' | 'advanced' {
  if (profile.skills.python < 2) return 'beginner';
  if (profile.skills.ml >= 2 || (profile.skills.python >= 3 && profile.skills.ml >= 1))
    return 'advanced';
  return 'intermediate';
}

function estimateMethod(prepared: Schedule, lastLearningWeek: number): string {
  const planned = toHours(prepared.tasks.reduce((sum, task) => sum + task.units, 0));
  const usual = toHours(prepared.capacity(0));
  const saturation =
    usual < prepared.hoursPerWeek
      ? ` (of your ${prepared.hoursPerWeek}: past ${MODEL.fullValueHours} hours a week, extra hours add less learning)`
      : '';
  return [
    `P50 is this schedule: ${Math.round(planned)} hours of skills and projects at ${usual} hours a week${saturation}, ${lastLearningWeek} weeks of learning, then a job search of about ${round2(jobSearchMonths(prepared.hoursPerWeek))} months.`,
    `P80 comes from ${MODEL.simulations} simulated runs in which every skill and project takes longer or shorter than estimated and the hours you keep each week vary; 80% of runs reach an offer by the P80 date.`,
  ].join(' ');
}
