import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portfolioReadiness } from '../../core/portfolio/readiness.js';
import type { PortfolioProject } from '../../core/portfolio/records.js';
import { cliUnderTest, expectUsageError, jsonOf } from '../testing.js';

const { mlpath, scratch } = cliUnderTest();
const ada = ['--email', 'ada@example.test'];

interface Listing {
  projects: PortfolioProject[];
  readiness: { requiredMet: number; requiredTotal: number; ready: boolean; nextStep: unknown };
}

/** What the account holds, read back through `mlpath export`. */
const storedProjects = async () =>
  jsonOf<{ data: { portfolio_projects?: unknown[] } }>(await mlpath(['export', '-', ...ada])).data
    .portfolio_projects ?? [];

describe('mlpath projects', () => {
  it('starts empty, then adds projects with their numbers', { timeout: 120_000 }, async () => {
    for (const email of ['ada@example.test', 'grace@example.test']) {
      expect((await mlpath(['user', 'create', '--email', email])).code).toBe(0);
    }
    expect(jsonOf<Listing>(await mlpath(['projects', '--json', ...ada]))).toEqual({
      projects: [],
      readiness: {
        requiredMet: 0,
        requiredTotal: 6,
        ready: false,
        nextStep: { id: 'flagship', text: expect.any(String) },
      },
    });

    const churn = jsonOf<PortfolioProject>(
      await mlpath([
        'projects',
        'add',
        'Churn model',
        '--status',
        'shipped',
        '--repo',
        'https://github.com/ada/churn',
        '--deployed-url',
        'https://churn.example.com',
        '--metric',
        'recall on churners',
        '--baseline',
        '0.61',
        '--result',
        '0.78',
        '--path',
        'repos/churn',
        '--json',
        ...ada,
      ]),
    );
    expect(churn).toMatchObject({
      title: 'Churn model',
      status: 'shipped',
      repositoryUrl: 'https://github.com/ada/churn',
      deployedUrl: 'https://churn.example.com',
      metric: 'recall on churners',
      baselineValue: '0.61',
      resultValue: '0.78',
      localPath: join(realpathSync(scratch), 'repos/churn'),
    });

    const added = await mlpath(['projects', 'add', 'Demand forecast', ...ada]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Added “Demand forecast” \(building\) as [0-9a-f]{8}\.$/m);

    const listing = jsonOf<Listing>(await mlpath(['projects', 'list', '--json', ...ada]));
    expect(listing.projects.map((project) => [project.title, project.status])).toEqual([
      ['Churn model', 'shipped'],
      ['Demand forecast', 'building'],
    ]);
    // One shipped, deployed, evaluated project with a repository meets two required targets.
    expect(listing.readiness).toMatchObject({
      requiredMet: 2,
      requiredTotal: 6,
      ready: false,
      nextStep: { id: 'end-to-end' },
    });

    const text = await mlpath(['projects', ...ada]);
    expect(text.stdout).toContain('Portfolio of ada@example.test: 2 projects');
    expect(text.stdout).toMatch(
      new RegExp(
        `${churn.id.slice(0, 8)}\\s+shipped\\s+Churn model\\s+recall on churners 0\\.61 → 0\\.78 · live · repo`,
      ),
    );
    expect(text.stdout).toContain('Readiness: 2 of 6 required targets met.');
  });

  it('changes a project by the start of its id, and readiness follows', {
    timeout: 90_000,
  }, async () => {
    const { projects } = jsonOf<Listing>(await mlpath(['projects', '--json', ...ada]));
    const forecast = projects.find((project) => project.title === 'Demand forecast');
    const updated = jsonOf<PortfolioProject>(
      await mlpath([
        'projects',
        'set',
        forecast?.id.slice(0, 6) ?? '',
        '--status',
        'shipped',
        '--deployed-url',
        'https://forecast.example.com',
        '--json',
        ...ada,
      ]),
    );
    expect(updated).toMatchObject({
      id: forecast?.id,
      title: 'Demand forecast',
      status: 'shipped',
      deployedUrl: 'https://forecast.example.com',
    });

    const readiness = jsonOf<ReturnType<typeof portfolioReadiness>>(
      await mlpath(['projects', 'readiness', '--json', ...ada]),
    );
    const actual = Object.fromEntries(readiness.items.map((item) => [item.id, item.actual]));
    expect(actual).toEqual({
      flagship: 1,
      repositories: 1,
      'end-to-end': 2,
      deployed: 2,
      evaluated: 1,
      writing: 0,
      'open-source': 0,
      competitions: 0,
    });
    // The forecast has no repository yet: repositories (1 of 2 shipped) is no longer met.
    expect(readiness.items.find((item) => item.id === 'repositories')?.met).toBe(false);
    expect(readiness.items.find((item) => item.id === 'deployed')?.met).toBe(true);
    const { projects: after } = jsonOf<Listing>(await mlpath(['projects', '--json', ...ada]));
    expect(readiness).toEqual(portfolioReadiness(after, []));

    const text = await mlpath(['projects', 'readiness', ...ada]);
    expect(text.stdout).toMatch(/✓\s+Projects deployed with a live address\s+2 of at least 2/);
    expect(text.stdout).toMatch(/✗\s+End-to-end projects shipped\s+2 of 3–5/);
    expect(text.stdout).toContain(`Next: ${readiness.nextStep?.text}`);
  });

  it('refuses bad input with exit 2 and one line, writing nothing', {
    timeout: 120_000,
  }, async () => {
    const before = await storedProjects();
    expect(before).toHaveLength(2);
    const [churn] = jsonOf<Listing>(await mlpath(['projects', '--json', ...ada])).projects;
    expectUsageError(
      await mlpath(['projects', 'add', 'X', '--repo', 'ftp://example.com/x', ...ada]),
      /^mlpath: --repo: must be an http or https address/,
    );
    expectUsageError(
      await mlpath(['projects', 'add', '  ', ...ada]),
      /^mlpath: title: must not be empty$/,
    );
    expectUsageError(
      await mlpath(['projects', 'add', 'X', '--status', 'done', ...ada]),
      /--status.*invalid/,
    );
    expectUsageError(
      await mlpath(['projects', 'add', 'X', '--catalog', 'Not An Id', ...ada]),
      /^mlpath: --catalog: must be a lowercase kebab-case catalog id$/,
    );
    expectUsageError(
      await mlpath(['projects', 'set', churn?.id ?? '', ...ada]),
      /name a field to change/,
    );
    // Another account's project reads as missing.
    expectUsageError(
      await mlpath([
        'projects',
        'set',
        churn?.id ?? '',
        '--status',
        'paused',
        '--email',
        'grace@example.test',
      ]),
      /^mlpath: project: no project with the id /,
    );
    expectUsageError(
      await mlpath(['projects', 'add', 'X']),
      /^mlpath: --email: required, this instance has 2 accounts$/,
    );
    expect(await storedProjects()).toEqual(before);
  });
});
