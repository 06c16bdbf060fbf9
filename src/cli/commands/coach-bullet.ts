import { readFileSync } from 'node:fs';
import { type BulletCoaching, coachBullet } from '../../core/resume/bullet-coach.js';
import { UsageError } from '../errors.js';
import { print, printJson } from '../output.js';

/** Reads all of stdin; injectable so tests need no real pipe. */
export type ReadStdin = () => string;
const readStdin: ReadStdin = () => readFileSync(0, 'utf8');

/**
 * `mlpath coach-bullet "TEXT"`: pure; scores one resume bullet and prints the contract JSON with
 * `--json`, a short readable report otherwise. TEXT of `-` reads the bullet from stdin.
 */
export async function coachBulletCommand(
  text: string,
  options: { json?: boolean },
  stdin: ReadStdin = readStdin,
): Promise<void> {
  let bullet = text;
  if (text === '-') {
    try {
      bullet = stdin();
    } catch {
      throw new UsageError('coach-bullet: could not read the bullet from stdin');
    }
  }
  if (bullet.trim() === '') {
    throw new UsageError(
      text === '-'
        ? 'coach-bullet: stdin is empty; pipe in the bullet text'
        : 'coach-bullet: the bullet is empty; pass its text in quotes, or - to read it from stdin',
    );
  }
  const coaching = coachBullet(bullet);
  if (options.json) printJson(coaching);
  else print(formatCoaching(coaching));
}

/** The human-readable report: score and verdict, elements, issues, the suggested shape. */
export function formatCoaching(coaching: BulletCoaching): string {
  const lines = [
    `Score ${coaching.score}/100: ${coaching.verdict}`,
    `  has      ${coaching.has.join(', ') || 'none of the elements'}`,
    `  missing  ${coaching.missing.join(', ') || 'nothing'}`,
  ];
  if (coaching.issues.length > 0) {
    lines.push(
      '',
      'Issues:',
      ...coaching.issues.map((issue) => `  - ${issue.message} (${issue.id})`),
    );
  }
  lines.push(
    '',
    coaching.suggestion
      ? `Try this shape (fill in the brackets):\n  ${coaching.suggestion}`
      : 'Strong: a measured result against a baseline on stated data. Nothing to add.',
  );
  return lines.join('\n');
}
