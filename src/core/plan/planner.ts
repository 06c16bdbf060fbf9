import { type Catalog, PHASES, type Project, type Skill } from '../../catalog/schema.js';
import type { Profile } from '../profile.js';
import { addDays, DAYS_PER_MONTH, daysBetween } from './dates.js';
import { effectiveHours, MODEL, jobSearchMonths as medianJobSearchMonths } from './model.js';
import { learningOrder } from './order.js';
import { logNormalFactor, quantile, seededRandom } from './random.js';
import { type StreamResult, scheduleStream, type Task, toHours, toUnits } from './schedule.js';
import type { Plan, PlanItem, PlanWeek, SkillStatus } from './schema.js';
import { pickSpecialization, type SpecializationChoice } from './specialization.js';
import { planWarnings } from './warnings.js';

export interface PlanProgress {
  /** Skill states recorded by the user; done and skipped skills are not planned again. */
  skills?: Record<string, 'learning' | 'done' | 'skipped'>;
  /** Project states recorded by the user; shipped and skipped projects take no more time. */
  projects?: Record<string, 'in-progress' | 'shipped' | 'skipped'>;
  /**
   * Skills the user added to the plan (from a job posting's gap) although their specialization
   * would leave them out; their prerequisites come with them.
   */
  addedSkills?: string[];
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
  const hours = level >= LEVEL_HOURS.length ? 0 : skill.hours[LEVEL_HOURS[level as 0 | 1 | 2]];
  return hours <= MODEL.refresherHours ? 0 : hours;
}

/** Four portfolio projects: a first pipeline, one in the specialization, an MLOps one, the flagship. */
export function chooseProjects(catalog: Catalog, specialization: string): Project[] {
  const fits = (project: Project) =>
    project.specializations.length === 0 ||
    project.specializations.includes(specialization as never);
  const prefer = (project: Project) =>
    project.specializations.includes(specialization as never) ? 0 : 1;
  const chosen: Project[] = [];
  const pick = (test: (project: Project) => boolean, smallestFirst = false) => {
    const candidate = catalog.projects
      .filter((project) => test(project) && fits(project) && !chosen.includes(project))
      .sort((a, b) => (smallestFirst ? 0 : prefer(a) - prefer(b)) || a.hours - b.hours)[0];
    if (candidate) chosen.push(candidate);
  };
  // The first project is the smallest pipeline: a first model shipped early beats a big one late.
  pick((project) => project.archetype === 'end-to-end-pipeline', true);
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
  /** Skills and projects up to a ready portfolio, in learning order. */
  core: Task[];
  /** Job-search skills (resume, networking, interview practice), learned while applying. */
  search: Task[];
  capacity: (week: number) => number;
  hoursPerWeek: number;
  specialization: SpecializationChoice;
  skills: { skill: Skill; hours: number; status: SkillStatus }[];
  projects: Project[];
}

/**
 * Everything about the plan that does not depend on the calendar: what to learn, in which order.
 * The order is computed over every skill of the specialization, whatever the person already
 * knows; what they know only shortens tasks to zero. A fixed order is what makes a higher level
 * never give a later date.
 */
function prepare(input: PlannerInput, hoursPerWeek: number): Schedule {
  const { profile, catalog, progress } = input;
  const specialization = pickSpecialization(profile, catalog.domains);
  const added = withPrerequisites(progress?.addedSkills ?? [], catalog);
  const inSet = catalog.skills.filter(
    (skill) =>
      !skill.specialization || skill.specialization === specialization.id || added.has(skill.id),
  );
  const skills = inSet.map((skill) => {
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
  const plannedIds = new Set(
    skills.filter((entry) => entry.hours > 0).map((entry) => entry.skill.id),
  );
  const order = learningOrder(
    inSet.map((skill) => ({
      id: skill.id,
      rank: PHASES.indexOf(phaseOf(skill)) * 10 + (skill.stackRank ?? 9),
      prerequisites: skill.prerequisites,
    })),
  );
  const byId = new Map(skills.map((entry) => [entry.skill.id, entry]));
  const tasks: Task[] = order.map((id) => {
    const entry = byId.get(id) as (typeof skills)[number];
    return {
      kind: 'skill',
      id,
      title: entry.skill.title,
      units: toUnits(entry.hours),
      buildShare: entry.skill.buildShare,
      after: entry.skill.prerequisites.filter((prerequisite) => plannedIds.has(prerequisite)),
    };
  });

  // Each project goes right after the last of its skills, so building follows learning phase
  // by phase instead of waiting for the end.
  const projects = chooseProjects(catalog, specialization.id);
  const orderIndex = new Map(order.map((id, index) => [id, index]));
  const placed = projects.map((project) => ({
    position: Math.max(-1, ...project.skills.map((id) => orderIndex.get(id) ?? -1)),
    task: {
      kind: 'project',
      id: project.id,
      title: titleOf(project, specialization),
      units: isFinished(progress?.projects?.[project.id])
        ? 0
        : toUnits(project.hours * MODEL.projectNewTimeShare),
      buildShare: 1,
      after: project.skills.filter((id) => plannedIds.has(id)),
    } satisfies Task,
  }));
  for (const { position, task } of placed.sort((a, b) => b.position - a.position)) {
    tasks.splice(position + 1, 0, task);
  }

  // Job-search skills wait for the portfolio unless a core skill needs them.
  const neededByCore = new Set<string>();
  for (const task of [...tasks].reverse()) {
    const skill = byId.get(task.id)?.skill;
    const isCore =
      task.kind === 'project' ||
      !skill ||
      phaseOf(skill) !== 'job-search' ||
      neededByCore.has(task.id);
    if (isCore) for (const id of task.after) neededByCore.add(id);
    if (isCore) neededByCore.add(task.id);
  }
  const core = tasks.filter((task) => neededByCore.has(task.id));
  const search = tasks.filter((task) => !neededByCore.has(task.id));

  const usual = toUnits(effectiveHours(hoursPerWeek));
  const exceptions = new Map<number, number>();
  const start = input.profile.startDate ?? input.today;
  for (const exception of input.exceptions ?? []) {
    const week = Math.floor(daysBetween(start, exception.date) / 7) + 1;
    if (week >= 1) exceptions.set(week, Math.min(usual, toUnits(Math.max(0, exception.hours))));
  }
  const capacity = (week: number) => exceptions.get(week) ?? usual;
  return { core, search, capacity, hoursPerWeek, specialization, skills, projects };
}

/** The given skill ids and everything they need, transitively (unknown ids are ignored). */
function withPrerequisites(ids: readonly string[], catalog: Catalog): Set<string> {
  const byId = new Map(catalog.skills.map((skill) => [skill.id, skill]));
  const result = new Set<string>();
  const visit = (id: string) => {
    const skill = byId.get(id);
    if (!skill || result.has(id)) return;
    result.add(id);
    for (const prerequisite of skill.prerequisites) visit(prerequisite);
  };
  for (const id of ids) visit(id);
  return result;
}

const isFinished = (state: string | undefined) => state === 'shipped' || state === 'skipped';

function titleOf(project: Project, specialization: SpecializationChoice): string {
  const variant = specialization.domain ? project.variants[specialization.domain.id] : undefined;
  return variant?.title ?? project.title;
}

/** Share of a job-search week that goes to the job-search skills while they last. */
const SEARCH_SKILL_SHARE = 0.6;

interface Timeline {
  core: StreamResult;
  search: StreamResult;
  /** Weeks of learning up to a ready portfolio. */
  learningWeeks: number;
  learningMonths: number;
  jobSearchMonths: number;
}

/**
 * Schedules the core stream at full weekly capacity, then the job-search skills at half of each
 * week from the week after, next to applications. The job search lasts the model's median or as
 * long as those skills need, whichever is longer.
 */
function timeline(
  prepared: Schedule,
  capacity: (week: number) => number,
  options: {
    collectItems: boolean;
    coreDurations?: number[];
    searchDurations?: number[];
    searchFactor?: number;
  },
): Timeline {
  const core = scheduleStream(prepared.core, capacity, {
    collectItems: options.collectItems,
    ...(options.coreDurations && { durations: options.coreDurations }),
  });
  const learningWeeks = core.lastWeek;
  const search = scheduleStream(
    prepared.search,
    (week) => Math.floor(capacity(week) * SEARCH_SKILL_SHARE),
    {
      collectItems: options.collectItems,
      startWeek: learningWeeks + 1,
      fillWithReview: false,
      ...(options.searchDurations && { durations: options.searchDurations }),
    },
  );
  const skillWeeks = search.lastWeek > 0 ? search.lastWeek - learningWeeks : 0;
  const learningMonths = round2(weeksToMonths(learningWeeks));
  const jobSearchMonths = round2(
    Math.max(
      medianJobSearchMonths(prepared.hoursPerWeek) * (options.searchFactor ?? 1),
      weeksToMonths(skillWeeks),
    ),
  );
  return { core, search, learningWeeks, learningMonths, jobSearchMonths };
}

/** Months from the start to a first offer at the median (learning plus job search). */
export function medianTotalMonths(
  input: PlannerInput,
  hoursPerWeek = input.profile.hoursPerWeek,
): number {
  const prepared = prepare(input, hoursPerWeek);
  const result = timeline(prepared, prepared.capacity, { collectItems: false });
  return round2(result.learningMonths + result.jobSearchMonths);
}

/**
 * P80s from Monte Carlo runs: every task's length, the weekly hours kept and the job search's
 * length are drawn log-normally around the estimate. Each task's draw depends on its id and the
 * run only, so a shorter task or more hours can never make a run end later.
 */
function simulate(prepared: Schedule, p50: { learning: number; jobSearch: number; total: number }) {
  const cap = toUnits(prepared.hoursPerWeek);
  const learning: number[] = [];
  const jobSearch: number[] = [];
  const total: number[] = [];
  const draw = (tasks: Task[], run: number) =>
    tasks.map((task) =>
      Math.round(
        task.units * logNormalFactor(seededRandom(hashSeed(`${task.id}:${run}`)), MODEL.taskSpread),
      ),
    );
  for (let run = 0; run < MODEL.simulations; run++) {
    const runRandom = seededRandom(MODEL.seed + run);
    const kept = logNormalFactor(runRandom, MODEL.capacitySpread);
    const searchFactor = logNormalFactor(runRandom, MODEL.jobSearchSpread);
    const capacity = (week: number) => Math.min(cap, Math.round(prepared.capacity(week) * kept));
    const result = timeline(prepared, capacity, {
      collectItems: false,
      coreDurations: draw(prepared.core, run),
      searchDurations: draw(prepared.search, run),
      searchFactor,
    });
    learning.push(result.learningMonths);
    jobSearch.push(result.jobSearchMonths);
    total.push(result.learningMonths + result.jobSearchMonths);
  }
  return {
    learning: round2(Math.max(p50.learning, quantile(learning, 0.8))),
    jobSearch: round2(Math.max(p50.jobSearch, quantile(jobSearch, 0.8))),
    total: round2(Math.max(p50.total, quantile(total, 0.8))),
  };
}

/** The deterministic schedule behind the plan (no Monte Carlo): what the benchmark times. */
export function schedulePlan(input: PlannerInput) {
  const prepared = prepare(input, input.profile.hoursPerWeek);
  const scheduled = timeline(prepared, prepared.capacity, { collectItems: true });
  return { prepared, scheduled };
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
  const { prepared, scheduled } = schedulePlan(input);
  const lastLearningWeek = scheduled.learningWeeks;
  const p50 = {
    learning: scheduled.learningMonths,
    jobSearch: scheduled.jobSearchMonths,
    total: round2(scheduled.learningMonths + scheduled.jobSearchMonths),
  };
  const p80 = simulate(prepared, p50);
  const offerDate = (months: number) => addDays(start, Math.round(months * DAYS_PER_MONTH));
  const firstOfferDate = { p50: offerDate(p50.total), p80: offerDate(p80.total) };
  const totalWeeks = Math.floor(daysBetween(start, firstOfferDate.p50) / 7) + 1;
  const weekStart = (week: number) => addDays(start, (week - 1) * 7);

  const weeks: PlanWeek[] = [];
  for (let index = 1; index <= totalWeeks; index++) {
    let items = scheduled.core.items?.get(index) ?? [];
    if (index > lastLearningWeek) {
      const skillItems: PlanItem[] = scheduled.search.items?.get(index) ?? [];
      const units =
        prepared.capacity(index) - skillItems.reduce((sum, item) => sum + toUnits(item.hours), 0);
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
      items = [...skillItems, ...items];
    }
    const merged = mergeItems(items);
    const hours = toHours(merged.reduce((sum, item) => sum + toUnits(item.hours), 0));
    weeks.push({ index, start: weekStart(index), hours, items: merged });
  }

  const span = (id: string) => scheduled.core.spans.get(id) ?? scheduled.search.spans.get(id);
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
  const allTasks = [...prepared.core, ...prepared.search];
  for (const task of allTasks) {
    const skill = task.kind === 'skill' ? skillById.get(task.id) : undefined;
    if (skill) currentPhase = phaseOf(skill);
    phaseOfTask.set(task.id, currentPhase);
  }
  const skillTask = new Set(
    allTasks.filter((task) => task.kind === 'skill').map((task) => task.id),
  );
  const phases = PHASES.flatMap((phase): Plan['phases'] => {
    const ids = allTasks
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
  const planned = toHours(
    [...prepared.core, ...prepared.search].reduce((sum, task) => sum + task.units, 0),
  );
  const usual = toHours(prepared.capacity(0));
  const saturation =
    usual < prepared.hoursPerWeek
      ? ` (of your ${prepared.hoursPerWeek}: past ${MODEL.fullValueHours} hours a week, extra hours add less learning)`
      : '';
  return [
    `P50 is this schedule: ${Math.round(planned)} hours of skills and projects at ${usual} hours a week${saturation}, ${lastLearningWeek} weeks of learning, then a job search of about ${round2(medianJobSearchMonths(prepared.hoursPerWeek))} months while you finish the interview skills.`,
    `P80 comes from ${MODEL.simulations} simulated runs in which every skill and project takes longer or shorter than estimated and the hours you keep each week vary; 80% of runs reach an offer by the P80 date.`,
  ].join(' ');
}
