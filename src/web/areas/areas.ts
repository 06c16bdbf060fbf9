/** An area of mlpath that later releases build; until then its page says so honestly. */
export interface Area {
  path: string;
  title: string;
  /** One sentence: what the area will do. */
  summary: string;
  /** What it will hold, for the short list under the summary. */
  parts: string[];
}

export const AREAS: Area[] = [
  {
    path: 'portfolio',
    title: 'Portfolio',
    summary:
      'Portfolio will track your projects and check their repositories for what hiring managers look for: a clear README, tests, reproducible results and a deployed demo.',
    parts: ['Project tracker', 'Repository checker'],
  },
  {
    path: 'jobs',
    title: 'Jobs',
    summary:
      'Jobs will analyze job descriptions against your skills, coach your resume for each application, and keep your application pipeline in one place.',
    parts: ['Job-description analyzer', 'Resume coach', 'Application pipeline'],
  },
  {
    path: 'interviews',
    title: 'Interviews',
    summary:
      'Interviews will drill you with a spaced-repetition question bank, help you shape STAR stories from your previous career, and help you compare offers.',
    parts: ['Spaced-repetition question bank', 'STAR stories', 'Offers'],
  },
];
