import type { z } from 'zod';
import type { RoundSchema } from './schema.js';

/**
 * The six rounds of a typical applied-ML interview loop. Lengths follow the guides where they give
 * one (an initial screen of 30–45 minutes, a final day of 4–6 hours, two or three technical
 * interviews); the rest is common practice, written in our own words.
 */
export const rounds: z.input<typeof RoundSchema>[] = [
  {
    id: 'recruiter-screen',
    title: 'Recruiter screen',
    description:
      'A short call with a recruiter or talent partner who checks that you fit the role on paper, explains the process and asks about timing and pay. Some companies fold a few basic ML questions into it; for a career switcher it is mostly the place to tell your story in two minutes and make the switch sound deliberate.',
    typicalLength: '15–30 minutes',
    minutes: { min: 15, max: 30 },
    assesses: [
      'Whether your background and the role line up well enough for the next round',
      'How clearly you explain why you are moving into ML and why this company',
      'Practical fit: location, work authorization, start date, salary expectations',
    ],
    checklist: [
      'Write and rehearse a two-minute story: past career, what you built to switch, why this role',
      'Pick the one project you will mention first and know its headline numbers by heart',
      'Have a researched pay range for the level and city ready, or a polite way to defer the number',
      'Read the job post and the product so you can say what the ML work there probably is',
      'Prepare two or three questions about the team, the loop and the timeline',
      'Note the names of the rounds and who runs them, and ask what each one covers',
    ],
  },
  {
    id: 'technical-screen',
    title: 'Technical screen',
    description:
      'A live session, often on a shared editor, with an engineer. Expect a Python coding problem of easy to medium difficulty and a handful of ML fundamentals questions, sometimes a short walk through one of your projects. It is the round that most often filters out self-taught candidates who skipped software engineering basics.',
    typicalLength: '30–60 minutes',
    minutes: { min: 30, max: 60 },
    assesses: [
      'Writing correct, readable Python under time pressure while talking through your thinking',
      'Core data structures and algorithms, with time and space complexity',
      'Practical ML knowledge: splits, overfitting, metrics and when they mislead',
      'Whether your project claims hold up when someone asks one level deeper',
    ],
    checklist: [
      'Solve problems on a timer out loud, mostly medium difficulty, working toward 200 or more',
      'Practice in a plain editor without autocomplete, then test your code by hand',
      'State the brute-force idea first, then improve it, and give the complexity of each',
      'Review the practical ML cards: leakage, cross-validation, precision and recall, baselines',
      'Be able to explain your main project in five minutes with its baseline and final numbers',
      'Check your setup the day before: camera, microphone, the editor link, a quiet room',
    ],
  },
  {
    id: 'take-home',
    title: 'Take-home assignment',
    description:
      'A small problem to solve on your own time: usually a dataset and a question, sometimes a model to serve behind an API. Reviewers read the code and the write-up more than the score, and the follow-up call asks you to defend your choices. Many companies offer it instead of, or next to, the live coding round.',
    typicalLength: 'a stated budget of 2–6 hours, returned within a few days',
    minutes: { min: 120, max: 360 },
    assesses: [
      'Sound methodology: a clean split, a baseline, a metric that fits the problem, no leakage',
      'Code a colleague could run and change: structure, tests, pinned dependencies, a README',
      'Judgment about scope: what you chose to do in the time and what you would do next',
      'Clear writing about results, limits and trade-offs',
    ],
    checklist: [
      'Ask what the time budget and the evaluation criteria are before you start',
      'Keep a project template ready: package layout, tests, lint, a one-command run',
      'Start with a baseline and a validation scheme, and only then try better models',
      'Write the README as a short report: problem, approach, results table, limits, next steps',
      'Respect the time budget and say in the write-up what you left out on purpose',
      'Rehearse walking a reviewer through the submission in ten minutes',
    ],
  },
  {
    id: 'system-design',
    title: 'ML system design',
    description:
      'An open-ended discussion where you design an ML product end to end: a recommender, a fraud detector, a search ranker. There is no single right answer; the interviewer watches how you scope the problem, choose data and metrics, and reason about latency, cost and failure. Your own deployed project is the best rehearsal material you have.',
    typicalLength: '45–60 minutes',
    minutes: { min: 45, max: 60 },
    assesses: [
      'Turning a vague business goal into an ML task with a measurable objective',
      'Choices about data, labels, features and models, with their trade-offs',
      'Offline and online evaluation, serving constraints, monitoring and retraining',
      'Communication: structure, checking assumptions, adjusting to hints',
    ],
    checklist: [
      'Learn one answer structure and use it every time: requirements, data, features, model, evaluation, serving, monitoring, iteration',
      'Practice the design prompts in this deck aloud, with a timer, on a whiteboard or a blank page',
      'Spend the first minutes asking questions about scale, latency, users and success metrics',
      'Always propose a simple baseline before a sophisticated model',
      'Prepare numbers you can reason with: requests per second, data sizes, latency budgets',
      'Use your own deployed project as a worked example of each stage',
    ],
  },
  {
    id: 'behavioral',
    title: 'Behavioral interview',
    description:
      'A conversation, often with the hiring manager, about how you have worked: conflicts, mistakes, ownership, learning fast. For a career switcher it is also where your earlier career counts as a strength: domain knowledge, dealing with stakeholders, delivering under pressure.',
    typicalLength: '30–60 minutes',
    minutes: { min: 30, max: 60 },
    assesses: [
      'Ownership, collaboration and how you handle disagreement and failure',
      'Whether your reasons for switching are thought through and credible',
      'How you communicate technical work to people who are not engineers',
    ],
    checklist: [
      'Write six to eight stories in the situation, task, action, result form, each under two minutes',
      'Give every story a measurable result, even from a non-technical job',
      'Include one failure story that ends in what you changed afterwards',
      'Link at least two stories to the domain of the company you are talking to',
      'Prepare an honest, positive answer to "why leave your previous career?"',
      'Have questions ready for the manager about onboarding, mentoring and how success is measured',
    ],
  },
  {
    id: 'onsite',
    title: 'Final round (onsite or virtual)',
    description:
      'The last stage: several interviews back to back, in person or on video, usually two or three technical sessions (coding, ML fundamentals, system design), a behavioral or team-fit talk and sometimes a presentation of one of your projects. Stamina and consistency across the day matter as much as any single answer.',
    typicalLength: '4–6 hours, in one day or split over two',
    minutes: { min: 240, max: 360 },
    assesses: [
      'Consistency across coding, ML depth, design and behavior, judged by several people',
      'How you present and defend your own work in front of a group',
      'Team fit: how you take feedback, ask for help and explain trade-offs',
    ],
    checklist: [
      'Ask the recruiter for the schedule, the interviewers and the focus of each session',
      'Prepare a 15-minute project presentation with slides: problem, data, evaluation, deployment, lessons',
      'Run a full mock day with a friend or a mentor, back to back, to test your stamina',
      'Refresh the cards that are due across all topics in the week before',
      'Plan food, water and short breaks; for a virtual day, test the equipment the evening before',
      'Write down questions for each interviewer so every session ends with a real exchange',
      'Send a short thank-you note to the recruiter afterwards and ask about the timeline',
    ],
  },
];
