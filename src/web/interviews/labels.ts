import type { CodingTopic, Difficulty } from '../../core/interview/coding';
import type { InterviewTopic, Round, SrsGrade } from './api';

export const TOPIC_LABELS: Record<InterviewTopic, string> = {
  python: 'Python',
  sql: 'SQL',
  'practical-ml': 'Practical ML',
  metrics: 'Metrics',
  evaluation: 'Evaluation',
  'deep-learning': 'Deep learning',
  'nlp-llm': 'NLP and LLMs',
  'computer-vision': 'Computer vision',
  'time-series': 'Time series',
  recommender: 'Recommenders',
  tabular: 'Tabular data',
  'deployment-mlops': 'Deployment and MLOps',
  'system-design': 'ML system design',
  behavioral: 'Behavioral',
};

export const ROUND_LABELS: Record<Round, string> = {
  'recruiter-screen': 'Recruiter screen',
  'technical-screen': 'Technical screen',
  'take-home': 'Take-home',
  'system-design': 'System design',
  behavioral: 'Behavioral',
  onsite: 'Onsite',
};

/** The four answers to a review, with what each one means for the person grading. */
export const GRADES: { grade: SrsGrade; label: string; meaning: string }[] = [
  { grade: 1, label: 'Again', meaning: 'I could not answer it; show it again soon.' },
  { grade: 2, label: 'Hard', meaning: 'I got there, but slowly or with gaps.' },
  { grade: 3, label: 'Good', meaning: 'I answered it well with some thought.' },
  { grade: 4, label: 'Easy', meaning: 'I answered at once; wait longer next time.' },
];

export const CODING_TOPIC_LABELS: Record<CodingTopic, string> = {
  arrays: 'Arrays',
  strings: 'Strings',
  hashing: 'Hashing',
  'two-pointers': 'Two pointers',
  'sliding-window': 'Sliding window',
  'stack-queue': 'Stack and queue',
  'linked-list': 'Linked list',
  trees: 'Trees',
  graphs: 'Graphs',
  heap: 'Heap',
  'binary-search': 'Binary search',
  'dynamic-programming': 'Dynamic programming',
  greedy: 'Greedy',
  backtracking: 'Backtracking',
  sql: 'SQL',
  math: 'Math',
  other: 'Other',
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "in 10 minutes", "tomorrow", "in 3 weeks": when a card comes back, from `now`. */
export function whenDue(due: string, now: Date = new Date()): string {
  const minutes = Math.round((Date.parse(due) - now.getTime()) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 14) return relative.format(days, 'day');
  if (days < 60) return relative.format(Math.round(days / 7), 'week');
  return relative.format(Math.round(days / 30), 'month');
}
