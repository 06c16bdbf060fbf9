import type { z } from 'zod';
import type { SprintBlockSchema } from '../schema.js';

type SprintBlockInput = z.input<typeof SprintBlockSchema>;

/**
 * A 90-day sprint in three blocks, with goals per starting level. Only advanced learners should
 * expect interviews by day 90; beginners end the sprint with a first honest model.
 */
export const sprint = [
  {
    days: '1-30',
    title: 'Foundations and habits',
    goals: {
      beginner: [
        'Write Python every day: variables, loops, functions, lists and dictionaries, then small scripts that read files',
        'Set up Git and GitHub, and commit each day’s practice to a public repository',
        'Work through the first weeks of an introductory Python course and solve twenty easy practice problems',
      ],
      intermediate: [
        'Close gaps in pandas, NumPy and SQL joins by cleaning one messy public dataset from your old industry',
        'Refresh probability and statistics: distributions, Bayes’ rule, confidence intervals and the bootstrap',
        'Train a scikit-learn model on that dataset and compare it with a naive baseline on a held-out split',
      ],
      advanced: [
        'Learn PyTorch deeply enough to write a training loop with a custom Dataset and checkpoints',
        'Pick one specialization that fits your old domain and finish its core course material',
        'Scope the flagship project: question, data source, baseline and the metric a manager would care about',
      ],
    },
  },
  {
    days: '31-60',
    title: 'Core skills by building',
    goals: {
      beginner: [
        'Learn pandas and NumPy on real data: load, clean, group, merge and plot a public dataset from your field',
        'Write basic SQL queries with joins and aggregates against a local database',
        'Add type hints, error handling and a handful of pytest tests to your scripts',
      ],
      intermediate: [
        'Learn gradient boosting and evaluation design; report baseline versus model with confidence intervals',
        'Wrap the model in a FastAPI service, containerise it with Docker and deploy it to a public URL',
        'Add GitHub Actions that run tests on every push',
      ],
      advanced: [
        'Build the flagship: features, baseline, model, error analysis and numbers on a held-out set',
        'Deploy it with a Dockerfile and CI, and watch its most important input features for drift',
        'Practise data-structures problems three times a week and one ML system-design prompt a week',
      ],
    },
  },
  {
    days: '61-90',
    title: 'First results and next steps',
    goals: {
      beginner: [
        'Study practical ML basics: splits, cross-validation, over-fitting and the main metrics',
        'Train your first model on a cleaned dataset from your old field and beat a naive baseline on a held-out split',
        'Write a short README or post explaining the model, its numbers and what you would do next',
      ],
      intermediate: [
        'Start the flagship project in your own domain and learn the first skills of your specialization',
        'Publish a write-up of the deployed project with its results against the baseline',
        'Begin light data-structures practice and make a list of companies hiring in your old industry',
      ],
      advanced: [
        'Finish the flagship write-up, rewrite the resume with projects first, and ask former colleagues for referrals',
        'Run mock interviews covering coding, ML fundamentals and a deep dive on the flagship',
        'Apply to targeted companies and aim to have the first technical interview booked',
      ],
    },
  },
] satisfies SprintBlockInput[];
