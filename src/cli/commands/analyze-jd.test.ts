import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText, PostingAnalysisSchema } from '../../core/jobs/analyze.js';
import { projectRoot } from '../../paths.js';

/** `mlpath analyze-jd` as users run it: the bundled CLI in a child process, no database. */
const outdir = join(projectRoot(), 'dist', 'cli-test-analyze', String(process.pid));
const bundle = join(outdir, 'mlpath.js');
const scratch = mkdtempSync(join(tmpdir(), 'mlpath-analyze-jd-'));
const corpus = join(projectRoot(), 'src', 'core', 'jobs', 'corpus');
const PROFILE = {
  background: 'data-analyst',
  skills: { python: 1, sql: 3, ml: 0, deployment: 0 },
  hoursPerWeek: 12,
};

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir], {
    cwd: projectRoot(),
  });
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function mlpath(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bundle, ...args],
      { cwd: scratch, env: { PATH: process.env.PATH ?? '', HOME: scratch }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('mlpath analyze-jd', () => {
  it('prints one contract JSON document, the same twice, quoting the posting and writing nothing', async () => {
    const posting = join(corpus, '07-senior-fraud-ml.html');
    const before = readdirSync(scratch);
    const first = await mlpath(['analyze-jd', posting, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    const analysis = PostingAnalysisSchema.parse(JSON.parse(first.stdout));
    expect(analysis.title).toBe('Senior Machine Learning Engineer, Fraud & Risk');
    expect(analysis.kind).toBe('applied');
    expect(analysis.skills.required).toContain('xgboost');
    expect(analysis.skills.required).not.toContain('hadoop');
    expect(analysis.gap).toBeUndefined();
    const second = await mlpath(['analyze-jd', posting, '--json']);
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(scratch)).toEqual(before);
    expect(first.stdout).not.toMatch(/onerror|alert|document\.cookie/);
  });

  it('reads stdin with -, adds the gap with --profile, and prints a summary by default', async () => {
    const text = readFileSync(join(corpus, '08-unrealistic-founding.txt'), 'utf8');
    const profile = file('profile.json', JSON.stringify(PROFILE));
    const json = await mlpath(['analyze-jd', '-', '--json', '--profile', profile], text);
    expect(json.code, json.stderr).toBe(0);
    const analysis = PostingAnalysisSchema.parse(JSON.parse(json.stdout));
    expect(analysis.gap?.covered).toContain('sql');
    expect(analysis.gap?.missing).toContain('kubernetes');
    const normalized = normalizeText(text);
    for (const flag of analysis.redFlags) expect(normalized).toContain(flag.evidence);

    const summary = await mlpath(['analyze-jd', '-'], text);
    expect(summary.code, summary.stderr).toBe(0);
    expect(summary.stdout).toMatch(/^AI Rockstar \/ Founding ML Ninja/);
    expect(summary.stdout).toMatch(/Red flags:/);
    expect(summary.stdout).toContain('“10+ years of experience with large language models”');
  });

  it('exits 2 with one line on stderr for bad input', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['analyze-jd', join(scratch, 'missing.txt')],
        /^mlpath: posting: .*missing\.txt: no such file$/,
      ],
      [['analyze-jd', file('empty.txt', '')], /^mlpath: posting: .*empty\.txt is empty$/],
      [
        [
          'analyze-jd',
          file(
            'junk.bin',
            new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256),
          ),
        ],
        /^mlpath: posting: .*junk\.bin looks like a binary file, not text$/,
      ],
      [['analyze-jd', file('fake.pdf', 'plain words')], /not a valid PDF/],
      [
        [
          'analyze-jd',
          join(corpus, '01-applied-vertical-saas.md'),
          '--profile',
          file('bad.json', '{"background":"pilot","hoursPerWeek":5}'),
        ],
        /^mlpath: profile\.background: must be one of/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = await mlpath(args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stdout).toBe('');
    }
  });
});
