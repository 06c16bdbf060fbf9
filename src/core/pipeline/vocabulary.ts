/**
 * The job search's vocabulary — stages, sources, company tiers and switcher fit, the
 * public-profile checklist — as plain data, so the web app can show it without the schemas.
 */

/** Where an application stands. The first seven are a progression; the last three end it. */
export const STAGES = [
  'saved',
  'applied',
  'screen',
  'technical',
  'onsite',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
  'ghosted',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in the order an application moves through them when things go well. */
export const PROGRESSION = [
  'saved',
  'applied',
  'screen',
  'technical',
  'onsite',
  'offer',
  'accepted',
] as const satisfies readonly Stage[];

/** Stages that close an application. */
export const CLOSED_STAGES = ['accepted', 'rejected', 'withdrawn', 'ghosted'] as const;

export const STAGE_LABELS: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screen: 'Screen',
  technical: 'Technical',
  onsite: 'Onsite',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'No answer',
};

/** How the application reached the company. */
export const SOURCES = ['referral', 'cold', 'recruiter', 'network', 'job-board'] as const;
export type Source = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<Source, string> = {
  referral: 'Referral',
  cold: 'Cold application',
  recruiter: 'Recruiter reached out',
  network: 'Own network (no formal referral)',
  'job-board': 'Job board',
};

export const REFERRAL_STATES = ['none', 'asked', 'given'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

/**
 * Company tiers as the guides sort employers, with the preparation each usually needs before
 * interviews go well. Tier 1 is the most selective.
 */
export const TIERS = [
  {
    tier: 1,
    label: 'Largest tech companies',
    examples: 'the household-name platforms',
    preparation: 'six months or more of preparation',
    prepMonths: { min: 6 },
    asks: 'an exceptional portfolio and strong interview practice',
  },
  {
    tier: 2,
    label: 'Well-known late-stage startups',
    examples: 'fast-growing companies valued in the billions',
    preparation: 'four to six months of preparation',
    prepMonths: { min: 4, max: 6 },
    asks: 'strong projects and evidence that you learn fast',
  },
  {
    tier: 3,
    label: 'Growth-stage companies',
    examples: 'Series B–D companies with an ML team',
    preparation: 'three to four months of preparation',
    prepMonths: { min: 3, max: 4 },
    asks: 'solid fundamentals and knowledge of their industry',
  },
  {
    tier: 4,
    label: 'Established companies adopting ML',
    examples: 'banks, insurers, retailers, manufacturers',
    preparation: 'two to three months of preparation',
    prepMonths: { min: 2, max: 3 },
    asks: 'business sense alongside the technical skills',
  },
] as const;
export type Tier = (typeof TIERS)[number]['tier'];

/**
 * How likely a company is to hire a career switcher into applied ML, best first. The 2026
 * guidance: software for the industry you come from converts best, then mid-market software and
 * consulting practices; startups elsewhere are possible; degree-filtering giants and research
 * labs come last.
 */
export const FITS = [
  {
    id: 'domain-vertical',
    rank: 1,
    label: 'Software for your previous industry',
    why: 'Your domain knowledge is a real advantage there — the best odds for a switcher.',
  },
  {
    id: 'mid-market',
    rank: 2,
    label: 'Mid-market software adding ML',
    why: 'Product teams adding ML features hire people who can ship, not only researchers.',
  },
  {
    id: 'consulting',
    rank: 3,
    label: 'Consulting firm with an ML practice',
    why: 'Structured ramp-up programs and less weight on pedigree.',
  },
  {
    id: 'startup',
    rank: 4,
    label: 'Startup in another industry',
    why: 'Possible with a strong deployed project, but your background counts for less.',
  },
  {
    id: 'degree-filter',
    rank: 5,
    label: 'Research lab or degree-filtering giant',
    why: 'Mostly hires PhDs; apply only to product teams there, and only with a strong portfolio.',
  },
] as const;
export type Fit = (typeof FITS)[number]['id'];
export const FIT_IDS = FITS.map((fit) => fit.id) as [Fit, ...Fit[]];

/** The public profile a hiring manager looks at after the resume: LinkedIn, GitHub, writing. */
export const PROFILE_CHECKLIST = [
  {
    id: 'linkedin-headline',
    group: 'LinkedIn',
    label: 'Headline names the applied ML role you are aiming for',
    why: 'Recruiters search headlines by keyword; "ML engineer" plus your domain gets you found.',
  },
  {
    id: 'linkedin-about',
    group: 'LinkedIn',
    label: 'About section tells the switch: your domain, then what you built with ML',
    why: 'Owning the switch reads as a deliberate move; hiding it reads as a gap.',
  },
  {
    id: 'linkedin-featured',
    group: 'LinkedIn',
    label: 'Your flagship project is featured, with its result and a link',
    why: 'One deployed project with numbers is the strongest proof you can do the work.',
  },
  {
    id: 'github-pinned',
    group: 'GitHub',
    label: 'Your best project repositories are pinned',
    why: 'Pinned repositories are the first thing a reviewer opens on your profile.',
  },
  {
    id: 'github-readmes',
    group: 'GitHub',
    label: 'Each pinned repository has a README: problem, data, baseline, result, how to run',
    why: 'A reviewer gives a repository a minute; the README decides what they take away.',
  },
  {
    id: 'github-ten-repos',
    group: 'GitHub',
    label: 'Ten or more public repositories, built up over time',
    why: 'A steady history shows practice over months, not a rush before applying.',
  },
  {
    id: 'blog-first-post',
    group: 'Writing',
    label: 'A first blog post: a write-up of one of your projects',
    why: 'Explaining your work in writing shows the communication ML roles need.',
  },
  {
    id: 'blog-five-posts',
    group: 'Writing',
    label: 'Five to ten posts: project write-ups, lessons learned, short tutorials',
    why: 'A small body of writing gives interviewers something concrete to ask about.',
  },
  {
    id: 'resume-links',
    group: 'Resume',
    label: 'Your resume links to LinkedIn and GitHub',
    why: 'The links turn the resume into a way in to everything above.',
  },
] as const;
export type ChecklistItemId = (typeof PROFILE_CHECKLIST)[number]['id'];
export const CHECKLIST_IDS = PROFILE_CHECKLIST.map((item) => item.id) as [
  ChecklistItemId,
  ...ChecklistItemId[],
];

export const isStage = (value: string): value is Stage =>
  (STAGES as readonly string[]).includes(value);
export const isChecklistItem = (value: string): value is ChecklistItemId =>
  (CHECKLIST_IDS as readonly string[]).includes(value);
