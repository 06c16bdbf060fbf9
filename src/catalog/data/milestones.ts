import type { z } from 'zod';
import type { MilestoneSchema } from '../schema.js';

type MilestoneInput = z.input<typeof MilestoneSchema>;

/** Milestones the planner dates on the calendar; listed here in the order they usually happen. */
export const milestones = [
  {
    id: 'first-model',
    title: 'First model trained on real data',
    description:
      'A model you trained yourself on data you cleaned, scored on a held-out split and compared with a naive baseline. It does not need to be good, only honest.',
  },
  {
    id: 'first-project-shipped',
    title: 'First project shipped',
    description:
      'A complete project in a public repository: README with the question, data and results against a baseline, tests, and instructions that let a stranger run it.',
  },
  {
    id: 'first-deployed-app',
    title: 'First deployed model',
    description:
      'A model behind an API, packaged in a container and running at a public URL that anyone can try, with a health check and basic logs.',
  },
  {
    id: 'first-blog-post',
    title: 'First technical post published',
    description:
      'A public write-up of one of your projects or of a concept you learned, with numbers and the mistakes you made, shared where engineers and recruiters will see it.',
  },
  {
    id: 'portfolio-ready',
    title: 'Portfolio ready',
    description:
      'Two or more deployed projects, including the flagship from your own domain with evaluation against a baseline and a drift monitor, pinned on GitHub with clear READMEs.',
  },
  {
    id: 'applications-start',
    title: 'Applications start',
    description:
      'Resume rewritten with projects first, a target list of companies where your old industry is an asset, and the first applications and referral requests sent.',
  },
  {
    id: 'first-interview',
    title: 'First technical interview',
    description:
      'The first interview beyond a recruiter call: a coding screen, an ML fundamentals round or a project deep dive. Whatever the result, write down the questions.',
  },
  {
    id: 'first-offer',
    title: 'First offer',
    description:
      'A written offer for an applied ML role. Compare it with market data for the role, seniority and city before answering, and negotiate on total compensation.',
  },
] satisfies MilestoneInput[];
