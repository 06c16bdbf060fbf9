import { afterEach, describe, expect, it, vi } from 'vitest';
import { BulletCoachingSchema } from '../../core/resume/bullet-coach.js';
import { main } from '../main.js';
import { coachBulletCommand } from './coach-bullet.js';

/** In-process runs: the command is pure, so no bundle or database is needed here. */
function capture() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr.push(String(chunk));
    return true;
  });
  return { stdout: () => stdout.join(''), stderr: () => stderr.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const STRONG =
  'Trained a LightGBM model on 40,000 loan applications, raising AUC from 0.71 (logistic baseline) to 0.83 on a held-out test set';

describe('mlpath coach-bullet', () => {
  it('prints exactly one contract JSON document with --json, and a readable report without', async () => {
    const io = capture();
    await main(['node', 'mlpath', 'coach-bullet', STRONG, '--json']);
    const result = BulletCoachingSchema.parse(JSON.parse(io.stdout()));
    expect(result.verdict).toBe('strong');
    expect(result.suggestion).toBe('');

    const text = capture();
    await main(['node', 'mlpath', 'coach-bullet', 'Worked on machine learning models']);
    expect(text.stdout()).toMatch(/^Score \d+\/100: weak/);
    expect(text.stdout()).toContain('[metric]');
  });

  it('reads the bullet from stdin with -', async () => {
    const io = capture();
    await coachBulletCommand('-', { json: true }, () => `${STRONG}\n`);
    expect(JSON.parse(io.stdout())).toMatchObject({ verdict: 'strong' });
  });

  it('exits 2 with one line on stderr for an empty bullet', async () => {
    const io = capture();
    await main(['node', 'mlpath', 'coach-bullet', '   ', '--json']);
    expect(process.exitCode).toBe(2);
    expect(io.stdout()).toBe('');
    expect(io.stderr().trimEnd().split('\n')).toHaveLength(1);
    expect(io.stderr()).toMatch(/bullet is empty/);
  });
});
