import type {
  Background,
  Education,
  SkillArea,
  SkillLevel,
  Specialization,
  Track,
} from '../api/types';

/** Each choice in plain words. Records keyed by the API's unions fail to compile if one is missing. */
interface Choice {
  label: string;
  description: string;
}

const BACKGROUND: Record<Background, Choice> = {
  'no-programming': {
    label: 'New to programming',
    description: 'You have not written code yet, or only spreadsheet formulas.',
  },
  'some-programming': {
    label: 'Some programming',
    description: 'Courses, tutorials or small scripts, but not as part of your job.',
  },
  'software-engineer': {
    label: 'Software engineer',
    description: 'You write and ship production code for a living.',
  },
  'data-analyst': {
    label: 'Data analyst',
    description: 'SQL, spreadsheets and dashboards are your daily tools; maybe some Python.',
  },
  'data-scientist': {
    label: 'Data scientist',
    description: 'You already build models and analyses and want to ship them as an engineer.',
  },
  academic: {
    label: 'Academic or researcher',
    description: 'Research in a quantitative field such as physics, biology or economics.',
  },
  'other-technical': {
    label: 'Other technical role',
    description: 'IT, QA, DevOps, hardware, engineering or another technical job.',
  },
};

export const BACKGROUND_ORDER: Background[] = [
  'no-programming',
  'some-programming',
  'data-analyst',
  'software-engineer',
  'data-scientist',
  'academic',
  'other-technical',
];
export const backgroundChoice = (value: Background): Choice => BACKGROUND[value];

const EDUCATION: Record<Education, string> = {
  none: 'No degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  phd: 'PhD',
};
export const EDUCATION_ORDER: Education[] = ['none', 'bachelor', 'master', 'phd'];
export const educationLabel = (value: Education): string => EDUCATION[value];

export const SKILL_AREAS: SkillArea[] = ['python', 'sql', 'math', 'git', 'ml', 'deployment'];
export const SKILL_LEVELS: SkillLevel[] = [0, 1, 2, 3];

/** The same four levels for every area… */
const LEVEL: Record<SkillLevel, Choice> = {
  0: { label: 'None', description: 'Never used it.' },
  1: { label: 'Basic', description: 'Followed tutorials.' },
  2: { label: 'Working', description: 'Used it in projects or at work.' },
  3: { label: 'Production', description: 'Writes and ships it professionally.' },
};
export const levelChoice = (level: SkillLevel): Choice => LEVEL[level];

interface AreaCopy {
  label: string;
  /** What the area covers, under its name. */
  about: string;
  /** …and what each level looks like in this area. */
  examples: Record<SkillLevel, string>;
}

const AREA: Record<SkillArea, AreaCopy> = {
  python: {
    label: 'Python',
    about: 'The language nearly all ML work is done in.',
    examples: {
      0: 'Never written a line of Python.',
      1: 'Variables, loops and functions from a course.',
      2: 'Scripts or notebooks with pandas that you reuse.',
      3: 'Packages with tests and code review at work.',
    },
  },
  sql: {
    label: 'SQL',
    about: 'How you get data out of the databases where companies keep it.',
    examples: {
      0: 'Never queried a database.',
      1: 'SELECT … WHERE from a tutorial.',
      2: 'Joins and group-bys on real data.',
      3: 'Window functions and query tuning in production.',
    },
  },
  math: {
    label: 'Math and statistics',
    about: 'Probability, statistics, linear algebra and a little calculus.',
    examples: {
      0: 'Not touched since school.',
      1: 'Mean, variance and matrices from a course.',
      2: 'Can work through gradients and hypothesis tests.',
      3: 'Use statistics or linear algebra in your job.',
    },
  },
  git: {
    label: 'Git',
    about: 'Version control: how teams share and review code.',
    examples: {
      0: 'Never used version control.',
      1: 'Clone, commit and push on your own.',
      2: 'Branches, pull requests and merge conflicts.',
      3: 'Reviews, rebases and CI in a team.',
    },
  },
  ml: {
    label: 'Machine learning',
    about: 'Training, evaluating and improving models.',
    examples: {
      0: 'Never trained a model.',
      1: 'A scikit-learn or Kaggle tutorial.',
      2: 'Trained and evaluated models on your own data.',
      3: 'Models you built run in production.',
    },
  },
  deployment: {
    label: 'Deployment',
    about: 'Putting code where others can use it: APIs, containers, the cloud.',
    examples: {
      0: 'Never deployed anything.',
      1: 'Followed a Docker or cloud tutorial.',
      2: 'Deployed an app or API that others use.',
      3: 'Run services with CI/CD and monitoring.',
    },
  },
};
export const areaCopy = (area: SkillArea): AreaCopy => AREA[area];

const TRACK: Record<Track, Choice> = {
  applied: {
    label: 'Applied ML engineering',
    description:
      'Build, ship and run ML systems inside products. The usual door for career switchers.',
  },
  research: {
    label: 'Research',
    description: 'Invent new methods at a lab. Usually asks for a PhD or published papers.',
  },
};
export const TRACK_ORDER: Track[] = ['applied', 'research'];
export const trackChoice = (value: Track): Choice => TRACK[value];

const SPECIALIZATION: Record<Specialization, Choice> = {
  tabular: {
    label: 'Tabular data',
    description: 'Predictions from business tables: churn, fraud, pricing, risk.',
  },
  'computer-vision': {
    label: 'Computer vision',
    description: 'Images and video: inspection, medical imaging, document scanning.',
  },
  nlp: {
    label: 'Language (NLP)',
    description: 'Text: search, classification, extraction and LLM applications.',
  },
  recsys: {
    label: 'Recommender systems',
    description: 'Ranking products, content or people for each user.',
  },
  'time-series': {
    label: 'Time series',
    description: 'Forecasting demand, sensor readings, energy or prices over time.',
  },
};
export const SPECIALIZATION_ORDER: Specialization[] = [
  'tabular',
  'computer-vision',
  'nlp',
  'recsys',
  'time-series',
];
export const specializationChoice = (value: Specialization): Choice => SPECIALIZATION[value];

export const DOMAIN_SUGGESTIONS = [
  'healthcare',
  'finance',
  'retail',
  'e-commerce',
  'logistics',
  'manufacturing',
  'construction',
  'marketing',
  'education',
  'hospitality',
];

export const MIN_HOURS = 1;
export const MAX_HOURS = 80;
export const MAX_DOMAIN_LENGTH = 100;

/** "2026-03-01" → "1 March 2026", read as a calendar day (no time-zone shift). */
export function formatDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
