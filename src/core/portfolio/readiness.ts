/**
 * How ready a portfolio is for a job search, against the seed articles' targets, and the one
 * thing to do next. Pure: portfolio projects and evidence links in, a report out.
 *
 * Targets (the seeds): 3–5 end-to-end projects, at least 2 of them deployed, evaluation numbers
 * against a baseline, 5–10 blog posts, some open-source contributions, some competitions.
 *
 * Priority: the 2026 article wins where the seeds differ. It puts one substantial deployed
 * project with a real evaluation above everything ("not three half-finished tutorials, not a
 * Kaggle competition"), and calls a Kaggle ranking no substitute for a deployed model, so
 * competitions come last. The older articles' order follows: deployed work, clean documented
 * repositories, end-to-end pipelines, then signs of continuous learning (writing, open source).
 *
 * Decisions, so each count can be checked by hand:
 * - A project counts as end-to-end when its status is `shipped`: the user says it runs from data
 *   to a usable result. Ideas, projects being built and paused ones do not count.
 * - Deployed: a shipped project with a live address (its own `deployedUrl`, or a `deployed-url`
 *   evidence link on the catalog project it started from).
 * - Results against a baseline: a shipped project with a metric, a baseline value and a result.
 * - Repositories: a shipped project with a repository address (or `repository` evidence on its
 *   catalog project). Whether it is clean is what the repository check tells; it is not stored.
 * - Blog posts: distinct addresses among `blog-post` evidence links and the projects' write-ups.
 * - Open-source contributions: `commit` evidence links (a commit or pull request) that are not in
 *   the user's own repositories. Own means the same host and owner as one of the user's
 *   repository addresses (portfolio projects and `repository` evidence): a commit to
 *   github.com/ana/churn is Ana's project, a commit to github.com/scikit-learn/… is a
 *   contribution. `repository` links are the user's own work and never count here.
 * - Competitions: distinct `kaggle` evidence links.
 */
import type { EvidenceLink } from '../progress/types.js';
import { hasBaselineComparison, type PortfolioProjectInput } from './records.js';

export const READINESS_IDS = [
  'flagship',
  'repositories',
  'end-to-end',
  'deployed',
  'evaluated',
  'writing',
  'open-source',
  'competitions',
] as const;
export type ReadinessId = (typeof READINESS_IDS)[number];

/**
 * What the seeds ask for: `min` is needed, `max` is where more stops helping. Repositories have
 * no fixed number: every shipped project needs one (at least one), see `targetOf`.
 */
export const TARGETS: Record<
  Exclude<ReadinessId, 'repositories'>,
  { min: number; max?: number }
> = {
  flagship: { min: 1 },
  'end-to-end': { min: 3, max: 5 },
  deployed: { min: 2 },
  evaluated: { min: 3 },
  writing: { min: 5, max: 10 },
  'open-source': { min: 1 },
  competitions: { min: 1 },
};

/** Items a job search waits for; the others make a strong portfolio stronger. */
const REQUIRED = new Set<ReadinessId>([
  'flagship',
  'repositories',
  'end-to-end',
  'deployed',
  'evaluated',
  'writing',
]);

const LABELS: Record<ReadinessId, string> = {
  flagship: 'One substantial deployed project with evaluation against a baseline',
  repositories: 'Shipped projects with a public repository',
  'end-to-end': 'End-to-end projects shipped',
  deployed: 'Projects deployed with a live address',
  evaluated: 'Projects with results against a baseline',
  writing: 'Blog posts and write-ups',
  'open-source': 'Open-source contributions',
  competitions: 'Competitions entered',
};

const WHY: Record<ReadinessId, string> = {
  flagship:
    'The project you put at the top of your resume: shipped, running where anyone can try it, with a number that beats a baseline. It matters more than everything below.',
  repositories:
    'Reviewers open the code. A clear README, tests and setup steps show you work like an engineer.',
  'end-to-end':
    'Three to five projects that go from raw data to something usable; past five, depth beats count.',
  deployed:
    'At least two projects that run somewhere: deploying is the skill hiring managers test.',
  evaluated:
    'A held-out set and a baseline turn "it works" into a claim someone can check, and give every resume line its number.',
  writing:
    'Five to ten posts explaining what you built and learned show you can explain ML to colleagues who do not do it.',
  'open-source':
    'A merged fix or docs change in a library you use shows you can work in someone else’s codebase.',
  competitions:
    'Optional: a competition sharpens modelling, but a leaderboard rank is no substitute for a deployed project.',
};

export interface ReadinessItem {
  id: ReadinessId;
  label: string;
  /** Why it matters, in one or two sentences. */
  why: string;
  /** 1 is the most important. */
  priority: number;
  required: boolean;
  target: { min: number; max?: number };
  /** The target in words for display ("3–5", "at least 2", "all shipped"). */
  targetText: string;
  actual: number;
  met: boolean;
}

export interface Readiness {
  items: ReadinessItem[];
  /** Required items met, out of the required items. */
  requiredMet: number;
  requiredTotal: number;
  /** Every required item is met. */
  ready: boolean;
  /** The one thing to do next: the most important unmet item, made concrete. */
  nextStep: { id: ReadinessId; text: string } | null;
}

type Project = Pick<
  PortfolioProjectInput,
  | 'title'
  | 'status'
  | 'catalogProjectId'
  | 'repositoryUrl'
  | 'deployedUrl'
  | 'metric'
  | 'baselineValue'
  | 'resultValue'
  | 'writeupUrl'
>;
type Evidence = Pick<EvidenceLink, 'type' | 'url' | 'targetKind' | 'targetId'>;

/** `https://github.com/Ana/churn/commit/1` → `github.com/ana`; null when it is no address. */
export function ownerOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    const owner = parsed.pathname.split('/').filter(Boolean)[0];
    const host = parsed.host.toLowerCase().replace(/^www\./, '');
    return owner ? `${host}/${owner.toLowerCase()}` : null;
  } catch {
    return null;
  }
}

/** The address without a trailing slash, fragment or `www.`, for counting distinct links. */
function normalized(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    const host = parsed.host.toLowerCase().replace(/^www\./, '');
    return `${host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

const distinct = (urls: string[]) => new Set(urls.map(normalized)).size;

/** Measures the portfolio against the seeds' targets. */
export function portfolioReadiness(
  projects: readonly Project[],
  evidence: readonly Evidence[],
): Readiness {
  const onProject = (project: Project, type: Evidence['type']) =>
    project.catalogProjectId !== undefined &&
    evidence.some(
      (link) =>
        link.type === type &&
        link.targetKind === 'project' &&
        link.targetId === project.catalogProjectId,
    );
  const shipped = projects.filter((project) => project.status === 'shipped');
  const isDeployed = (project: Project) =>
    Boolean(project.deployedUrl) || onProject(project, 'deployed-url');
  const hasRepository = (project: Project) =>
    Boolean(project.repositoryUrl) || onProject(project, 'repository');
  const isFlagship = (project: Project) => isDeployed(project) && hasBaselineComparison(project);

  const ownOwners = new Set(
    [
      ...projects.flatMap((project) => (project.repositoryUrl ? [project.repositoryUrl] : [])),
      ...evidence.filter((link) => link.type === 'repository').map((link) => link.url),
    ].flatMap((url) => ownerOf(url) ?? []),
  );
  const contributions = evidence.filter(
    (link) => link.type === 'commit' && !ownOwners.has(ownerOf(link.url) ?? ''),
  );

  const actual: Record<ReadinessId, number> = {
    flagship: shipped.filter(isFlagship).length,
    repositories: shipped.filter(hasRepository).length,
    'end-to-end': shipped.length,
    deployed: shipped.filter(isDeployed).length,
    evaluated: shipped.filter(hasBaselineComparison).length,
    writing: distinct([
      ...evidence.filter((link) => link.type === 'blog-post').map((link) => link.url),
      ...projects.flatMap((project) => (project.writeupUrl ? [project.writeupUrl] : [])),
    ]),
    'open-source': distinct(contributions.map((link) => link.url)),
    competitions: distinct(
      evidence.filter((link) => link.type === 'kaggle').map((link) => link.url),
    ),
  };

  const items = READINESS_IDS.map((id, index): ReadinessItem => {
    const target = id === 'repositories' ? { min: Math.max(1, shipped.length) } : TARGETS[id];
    return {
      id,
      label: LABELS[id],
      why: WHY[id],
      priority: index + 1,
      required: REQUIRED.has(id),
      target,
      targetText:
        id === 'repositories'
          ? 'all shipped'
          : target.max
            ? `${target.min}–${target.max}`
            : target.min === 1
              ? 'at least 1'
              : `at least ${target.min}`,
      actual: actual[id],
      met: actual[id] >= target.min,
    };
  });
  const required = items.filter((item) => item.required);
  const next = items.find((item) => !item.met);
  return {
    items,
    requiredMet: required.filter((item) => item.met).length,
    requiredTotal: required.length,
    ready: required.every((item) => item.met),
    nextStep: next ? { id: next.id, text: nextStepText(next, projects, { isDeployed }) } : null,
  };
}

const quoted = (project: Project) => `“${project.title}”`;
const missingNumbers = (project: Project) =>
  [
    project.metric ? null : 'the metric',
    project.baselineValue ? null : 'the baseline',
    project.resultValue ? null : 'the result',
  ].filter((value): value is string => value !== null);

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A concrete next step for an unmet item, naming the project it concerns when there is one. */
function nextStepText(
  item: ReadinessItem,
  projects: readonly Project[],
  { isDeployed }: { isDeployed: (project: Project) => boolean },
): string {
  const shipped = projects.filter((project) => project.status === 'shipped');
  const building = projects.find((project) => project.status === 'building');
  switch (item.id) {
    case 'flagship': {
      // The closest candidate: shipped first, then deployed, then the one with most numbers.
      const candidates = [...projects]
        .filter((project) => project.status !== 'paused')
        .sort(
          (a, b) =>
            Number(b.status === 'shipped') - Number(a.status === 'shipped') ||
            Number(isDeployed(b)) - Number(isDeployed(a)) ||
            missingNumbers(a).length - missingNumbers(b).length,
        );
      const best = candidates[0];
      if (!best)
        return 'Start one project, ideally on a problem from your previous career, and plan to ship it end to end: a baseline, a held-out evaluation and a live address.';
      const todo = [
        ...(missingNumbers(best).length > 0
          ? [`record ${list(missingNumbers(best))} on a held-out set`]
          : []),
        ...(isDeployed(best) ? [] : ['deploy it and add its live address']),
        ...(best.status === 'shipped' ? [] : ['mark it shipped when it runs end to end']),
      ];
      return `Make ${quoted(best)} your flagship: ${list(todo)}.`;
    }
    case 'repositories': {
      const without = shipped.find((project) => !project.repositoryUrl);
      return without
        ? `Publish the code of ${quoted(without)} and add the repository address; then run the repository check on it.`
        : 'Ship your first project with its code in a public repository.';
    }
    case 'end-to-end':
      return building
        ? `Finish ${quoted(building)} end to end and mark it shipped (${item.actual} of ${item.target.min} so far).`
        : `Start your next project from the plan (${item.actual} of ${item.target.min} shipped so far).`;
    case 'deployed': {
      const notLive = shipped.find((project) => !isDeployed(project));
      return notLive
        ? `Deploy ${quoted(notLive)} (a small API or demo app is enough) and add its live address.`
        : `Deploy your next project: ${item.actual} of ${item.target.min} are live.`;
    }
    case 'evaluated': {
      const unmeasured = shipped.find((project) => !hasBaselineComparison(project));
      return unmeasured
        ? `Measure ${quoted(unmeasured)} against a simple baseline on a held-out set and record ${list(missingNumbers(unmeasured))}.`
        : `Give your next project a baseline and a held-out evaluation from the start.`;
    }
    case 'writing':
      return `Write up what you built or learned (${item.actual} of ${item.target.min} posts) and add the link as blog-post evidence or as a project's write-up.`;
    case 'open-source':
      return 'Fix a docs page or a small bug in a library you use, and add the merged commit or pull request as commit evidence.';
    case 'competitions':
      return 'Optional: enter one competition to practise modelling and add it as kaggle evidence.';
  }
}
