/**
 * `npm run bench`: throughput and latency of the signed-in read routes against a bare Fastify
 * baseline, on loopback. Each server (the baseline, the app on each database) runs in a forked
 * child process of its own (`server.ts`), so that none shares an event loop, heap or JIT state
 * with another or with autocannon, which drives them from this process. Runs go baseline, app,
 * baseline, app, …, baseline, and each app run is compared with the mean of the two baseline runs
 * around it, so that drifting machine noise affects both sides alike.
 *
 * Env: BENCH_SECONDS (default 5) and BENCH_WARMUP_SECONDS (default 1) per measurement;
 * DATABASE_URL adds PostgreSQL: a scratch database `mlpath_bench_<pid>` is created on that server
 * and dropped at the end, whatever happens.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import pg from 'pg';
import { openPostgres, wrapPglite } from '../src/db/client.js';
import { projectRoot } from '../src/paths.js';
import { benchAnalyzer, printAnalyzerBench } from './analyzer.js';
import { benchPlanner, printPlannerBench } from './planner.js';
import {
  type AppTarget,
  BASELINE_BODY,
  BASELINE_PATH,
  type BenchDatabase,
  type DriverMessage,
  type ServerMessage,
  type ServerRole,
} from './protocol.js';
import { benchRepoCheck, printRepoCheckBench } from './repo-check.js';
import { benchNextDue, printSrsBench } from './srs.js';

const HOST = '127.0.0.1';
// The dashboard goal is stated at 50 connections; every target, the baseline too, gets the same.
const CONNECTIONS = 50;
const ROUTES = ['/api/me', '/api/profile', '/api/dashboard'] as const;
type Route = (typeof ROUTES)[number];

const startedAt = Date.now();

function secondsFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new Error(`${name} must be a number of seconds between 0 and ${max}, got "${raw}"`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Cleanup: runs once, on success, failure, a signal or the watchdog.

const cleanups: (() => Promise<void>)[] = [];
let cleanedUp: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleanedUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('bench: cleanup step failed:', error);
        process.exitCode = 1;
      }
    }
  })();
  return cleanedUp;
}

async function abort(reason: string, code: number): Promise<never> {
  console.error(`\nbench: ${reason}`);
  await cleanup();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void abort(`interrupted by ${signal}`, 130));
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL scratch database.

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createScratchDatabase(serverUrl: string): Promise<string> {
  const name = `mlpath_bench_${process.pid}`;
  try {
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') {
      throw new Error(
        `database ${name} already exists (left by an earlier run?); drop it with ` +
          `DROP DATABASE ${name} WITH (FORCE)`,
      );
    }
    throw error;
  }
  cleanups.push(async () => {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.log(`dropped scratch database ${name}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// The server processes.

interface Server {
  role: ServerRole;
  pid: number;
  port: number;
  app: AppTarget | null;
}

function startServer(role: ServerRole, databaseUrl?: string): Promise<Server> {
  const script = fileURLToPath(new URL('./server.js', import.meta.url));
  const env = { ...process.env };
  if (databaseUrl) env.BENCH_DATABASE_URL = databaseUrl;
  else delete env.BENCH_DATABASE_URL;
  const child: ChildProcess = fork(script, [role], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  cleanups.push(async () => {
    if (exited) return;
    if (child.connected) child.send({ type: 'stop' } satisfies DriverMessage);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${role} server not ready after 60 s`)),
      60_000,
    );
    child.once('message', (message: ServerMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve({ role, ...message });
      else reject(new Error(`${role} server failed to start:\n${message.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${role} server exited early (code ${code}, signal ${signal})`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Targets and their pre-flight check.

interface Target {
  label: string;
  database: BenchDatabase | null;
  route: string;
  url: string;
  headers: Record<string, string>;
  /** The exact body every response must carry, taken from the checked pre-flight response. */
  expectBody: string;
}

async function checkedTarget(
  label: string,
  database: BenchDatabase | null,
  port: number,
  route: string,
  headers: Record<string, string>,
  expected: unknown,
): Promise<Target> {
  const url = `http://${HOST}:${port}${route}`;
  const response = await fetch(url, { headers });
  const text = await response.text();
  if (response.status !== 200 || !isDeepStrictEqual(JSON.parse(text), expected)) {
    throw new Error(`pre-flight ${label} (${database ?? 'no db'}): ${response.status} ${text}`);
  }
  return { label, database, route, url, headers, expectBody: text };
}

async function appTargets(app: AppTarget): Promise<Record<Route, Target>> {
  // The cookie must matter: without it the same route is refused.
  const anonymous = await fetch(`http://${HOST}:${app.port}/api/me`);
  await anonymous.arrayBuffer();
  if (anonymous.status !== 401) {
    throw new Error(`pre-flight: /api/me without a session gave ${anonymous.status}, not 401`);
  }
  const headers = { cookie: app.cookie };
  return {
    '/api/me': await checkedTarget(
      'GET /api/me',
      app.database,
      app.port,
      '/api/me',
      headers,
      app.account,
    ),
    '/api/profile': await checkedTarget(
      'GET /api/profile',
      app.database,
      app.port,
      '/api/profile',
      headers,
      app.profile,
    ),
    '/api/dashboard': await dashboardTarget(app, headers),
  };
}

/** The dashboard's body depends on today, so the pre-flight checks its figures, not a constant. */
async function dashboardTarget(app: AppTarget, headers: Record<string, string>): Promise<Target> {
  const url = `http://${HOST}:${app.port}/api/dashboard`;
  const response = await fetch(url, { headers });
  const body = (await response.json()) as { totals?: { entries?: number; networking?: number } };
  if (
    response.status !== 200 ||
    body.totals?.entries !== app.history.timeEntries ||
    body.totals?.networking !== app.history.networking
  ) {
    throw new Error(`pre-flight GET /api/dashboard (${app.database}): ${response.status}`);
  }
  return checkedTarget(
    'GET /api/dashboard',
    app.database,
    app.port,
    '/api/dashboard',
    headers,
    body,
  );
}

/**
 * The next due interview card for a user with 5,000 cards and 50,000 reviews, timed inside this
 * process against a fresh in-memory PGlite and, with DATABASE_URL, the scratch PostgreSQL database.
 */
async function benchSrs(scratchUrl: string | undefined) {
  const results: Record<string, Awaited<ReturnType<typeof benchNextDue>>> = {};
  const embedded = wrapPglite(new PGlite());
  try {
    await embedded.migrate();
    results.embedded = await benchNextDue(embedded);
    console.log('\nnext due card (embedded):');
    printSrsBench(results.embedded);
  } finally {
    await embedded.close();
  }
  if (scratchUrl) {
    const postgres = openPostgres(scratchUrl, 4);
    try {
      results.postgres = await benchNextDue(postgres);
      console.log('next due card (postgres):');
      printSrsBench(results.postgres);
    } finally {
      await postgres.close();
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Measuring.

interface Measurement {
  /** Position in the run, from 1. */
  run: number;
  role: 'baseline' | 'app';
  target: string;
  database: BenchDatabase | null;
  url: string;
  startedAt: string;
  durationSeconds: number;
  /** autocannon's mean of its per-second request counts. */
  reqPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  requests: { completed: number; sent: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

function cannon(
  target: Target,
  seconds: number,
  onLatency?: (ms: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections: CONNECTIONS,
        pipelining: 1,
        duration: seconds,
        headers: target.headers,
        expectBody: target.expectBody,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon's own histogram has whole-millisecond resolution, too coarse on loopback, so the
    // exact response times of 2xx responses are kept here (autocannon likewise drops the others).
    if (onLatency) {
      instance.on('response', (_client, status, _bytes, ms) => {
        if (status >= 200 && status < 300) onLatency(ms);
      });
    }
  });
}

async function measure(
  run: number,
  role: Measurement['role'],
  target: Target,
  seconds: number,
  warmupSeconds: number,
): Promise<Measurement> {
  if (warmupSeconds > 0) await cannon(target, warmupSeconds);
  const latencies: number[] = [];
  const start = new Date();
  const result = await cannon(target, seconds, (ms) => latencies.push(ms));
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((total, ms) => total + ms, 0);
  return {
    run,
    role,
    target: target.label,
    database: target.database,
    url: target.url,
    startedAt: start.toISOString(),
    durationSeconds: result.duration,
    reqPerSec: round(result.requests.average, 1),
    latencyMs: {
      p50: round(percentile(sorted, 50), 3),
      p90: round(percentile(sorted, 90), 3),
      p99: round(percentile(sorted, 99), 3),
      mean: round(sorted.length ? sum / sorted.length : Number.NaN, 3),
      max: round(sorted.at(-1) ?? Number.NaN, 3),
    },
    requests: { completed: result.requests.total, sent: result.requests.sent },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}

/** An app measurement against the mean of the baseline runs just before and just after it. */
interface Comparison {
  run: number;
  target: string;
  database: BenchDatabase | null;
  baselineRuns: [number, number];
  reqPerSec: number;
  baselineReqPerSec: number;
  /** App req/s ÷ baseline req/s. */
  reqPerSecRatio: number;
  p99Ms: number;
  baselineP99Ms: number;
  /** App p99 ÷ baseline p99. */
  p99Ratio: number;
}

function compare(app: Measurement, before: Measurement, after: Measurement): Comparison {
  const baselineReqPerSec = round((before.reqPerSec + after.reqPerSec) / 2, 1);
  const baselineP99Ms = round((before.latencyMs.p99 + after.latencyMs.p99) / 2, 3);
  return {
    run: app.run,
    target: app.target,
    database: app.database,
    baselineRuns: [before.run, after.run],
    reqPerSec: app.reqPerSec,
    baselineReqPerSec,
    reqPerSecRatio: round(app.reqPerSec / baselineReqPerSec, 4),
    p99Ms: app.latencyMs.p99,
    baselineP99Ms,
    p99Ratio: round(app.latencyMs.p99 / baselineP99Ms, 2),
  };
}

const problems = (m: Measurement): number => m.errors + m.timeouts + m.non2xx + m.mismatches;

// ---------------------------------------------------------------------------------------------
// Output.

function table(rows: string[][], rightAligned: Set<number>): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const width = widths?.[column] ?? 0;
          return rightAligned.has(column) ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const fmt = (value: number, digits: number): string =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
    : '-';

function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const seconds = secondsFromEnv('BENCH_SECONDS', 5, 60);
  const warmupSeconds = secondsFromEnv('BENCH_WARMUP_SECONDS', 1, 10);
  if (seconds === 0) throw new Error('BENCH_SECONDS must be greater than 0');
  const serverUrl = process.env.DATABASE_URL || undefined;
  const databases: BenchDatabase[] = serverUrl ? ['embedded', 'postgres'] : ['embedded'];
  // Baseline, app, baseline, app, …, baseline: every app run sits between two baseline runs.
  const runCount = 2 * databases.length * ROUTES.length + 1;
  const plannedSeconds = runCount * (seconds + warmupSeconds);

  // The run stops by itself even if a server or the database hangs.
  const limitSeconds = plannedSeconds + 60;
  setTimeout(
    () => void abort(`watchdog: still running after ${limitSeconds} s, giving up`, 1),
    limitSeconds * 1000,
  ).unref();

  const cpuList = cpus();
  console.log(
    `mlpath bench: Node ${process.version}, ${cpuList.length} CPU(s) (${cpuList[0]?.model.trim() ?? '?'})`,
  );
  console.log(
    `${seconds} s per measurement after a ${warmupSeconds} s warm-up, ${CONNECTIONS} connections, ` +
      `HTTP on ${HOST} only; ${runCount} measurements, about ${Math.round(plannedSeconds)} s`,
  );

  const scratchUrl = serverUrl ? await createScratchDatabase(serverUrl) : undefined;
  if (serverUrl && scratchUrl) {
    console.log(
      `postgres: scratch database ${new URL(scratchUrl).pathname.slice(1)} on ${describeServer(serverUrl)}`,
    );
  }

  const [baselineServer, ...appServers] = await Promise.all([
    startServer('baseline'),
    ...databases.map((database) => startServer(database, scratchUrl)),
  ]);
  if (!baselineServer) throw new Error('the baseline server did not start');
  const serverNote =
    'one child process per server, each on its own port: ' +
    [baselineServer, ...appServers]
      .map((server) => `${server.role} (pid ${server.pid}, :${server.port})`)
      .join(', ') +
    `; autocannon in the parent process (pid ${process.pid})`;
  console.log(serverNote);

  const baseline = await checkedTarget(
    'baseline {"ok":true}',
    null,
    baselineServer.port,
    BASELINE_PATH,
    {},
    BASELINE_BODY,
  );
  const sequence: { role: Measurement['role']; target: Target }[] = [
    { role: 'baseline', target: baseline },
  ];
  for (const server of appServers) {
    if (!server.app) throw new Error(`the ${server.role} server did not report its app`);
    const targets = await appTargets(server.app);
    for (const route of ROUTES) {
      sequence.push(
        { role: 'app', target: targets[route] },
        { role: 'baseline', target: baseline },
      );
    }
  }

  const measurements: Measurement[] = [];
  for (const [index, { role, target }] of sequence.entries()) {
    const run = index + 1;
    const label = `${target.label}${target.database ? ` (${target.database})` : ''}`;
    process.stdout.write(`  [${run}/${sequence.length}] ${label}…`);
    const m = await measure(run, role, target, seconds, warmupSeconds);
    measurements.push(m);
    process.stdout.write(
      ` ${fmt(m.reqPerSec, 0)} req/s, p99 ${fmt(m.latencyMs.p99, 2)} ms` +
        `${problems(m) ? ' FAILED' : ''}\n`,
    );
  }
  const comparisons = measurements.flatMap((m, index) => {
    const before = measurements[index - 1];
    const after = measurements[index + 1];
    return m.role === 'app' && before && after ? [compare(m, before, after)] : [];
  });

  const failures = measurements
    .filter((m) => problems(m) > 0)
    .map(
      (m) =>
        `run ${m.run}, ${m.target} (${m.database ?? 'no db'}): ${m.errors} errors, ` +
        `${m.timeouts} timeouts, ${m.non2xx} non-2xx, ${m.mismatches} unexpected bodies`,
    );

  const header = [
    'run',
    'target',
    'database',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    'bad body',
    'req/s ÷ base',
    'p99 ÷ base',
  ];
  const rows = measurements.map((m) => {
    const comparison = comparisons.find((c) => c.run === m.run);
    const ratios = comparison
      ? [fmt(comparison.reqPerSecRatio, 3), fmt(comparison.p99Ratio, 2)]
      : ['', ''];
    return [
      String(m.run),
      m.target,
      m.database ?? '-',
      fmt(m.reqPerSec, 0),
      fmt(m.latencyMs.p50, 2),
      fmt(m.latencyMs.p99, 2),
      String(m.errors + m.timeouts),
      String(m.non2xx),
      String(m.mismatches),
      ...ratios,
    ];
  });
  const baselines = measurements.filter((m) => m.role === 'baseline');
  const baseRates = baselines.map((m) => m.reqPerSec);
  const baselineSummary = {
    measurements: baselines.length,
    meanReqPerSec: round(baseRates.reduce((a, b) => a + b, 0) / baseRates.length, 1),
    minReqPerSec: Math.min(...baseRates),
    maxReqPerSec: Math.max(...baseRates),
    meanP99Ms: round(baselines.reduce((a, m) => a + m.latencyMs.p99, 0) / baselines.length, 3),
  };

  console.log('');
  console.log(table([header, ...rows], new Set([0, 3, 4, 5, 6, 7, 8, 9, 10])));
  console.log('');
  console.log(
    `baseline over ${baselines.length} runs: ${fmt(baselineSummary.meanReqPerSec, 0)} req/s mean ` +
      `(${fmt(baselineSummary.minReqPerSec, 0)}–${fmt(baselineSummary.maxReqPerSec, 0)}), ` +
      `p99 ${fmt(baselineSummary.meanP99Ms, 2)} ms mean.`,
  );
  console.log(
    'Ratios: app ÷ mean of the baseline runs just before and after it. ' +
      'errors = connection errors + timeouts; bad body = a response other than the checked one.',
  );

  const dashboardGoals = appServers.flatMap((server) => {
    const app = server.app;
    const of = (label: string) =>
      measurements.find((m) => m.target === label && m.database === app?.database);
    const me = of('GET /api/me');
    const dashboard = of('GET /api/dashboard');
    if (!app || !me || !dashboard) return [];
    return [
      {
        database: app.database,
        history: app.history,
        dashboardReqPerSec: dashboard.reqPerSec,
        meReqPerSec: me.reqPerSec,
        /** Goal: at least 0.5. */
        throughputVsMe: round(dashboard.reqPerSec / me.reqPerSec, 3),
        dashboardP99Ms: dashboard.latencyMs.p99,
        /** Goal on PostgreSQL: under 50 ms. */
        p99Goal: app.database === 'postgres' ? 50 : null,
        coldMedianMs: app.dashboardColdMedianMs,
      },
    ];
  });
  console.log('');
  for (const goal of dashboardGoals) {
    const { history } = goal;
    console.log(
      `dashboard (${goal.database}; ${history.timeEntries} time entries, ${history.skillStates} skills, ` +
        `${history.projectStates} projects, ${history.networking} networking): ` +
        `${fmt(goal.dashboardReqPerSec, 0)} req/s = ${fmt(goal.throughputVsMe, 2)} × GET /api/me ` +
        `(goal ≥ 0.50), p99 ${fmt(goal.dashboardP99Ms, 1)} ms` +
        `${goal.p99Goal ? ` (goal < ${goal.p99Goal} ms)` : ''}; ` +
        `uncached build ${fmt(goal.coldMedianMs, 1)} ms median (first read after a write)`,
    );
  }

  // Needs the scratch PostgreSQL database, so it runs before the cleanup drops it.
  const srs = await benchSrs(scratchUrl);
  await cleanup();

  const wallSeconds = round((Date.now() - startedAt) / 1000, 1);
  const report = {
    ok: failures.length === 0,
    failures,
    date: new Date(startedAt).toISOString(),
    wallSeconds,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? null,
    settings: {
      secondsPerMeasurement: seconds,
      warmupSeconds,
      connections: CONNECTIONS,
      pipelining: 1,
      host: HOST,
      processes: serverNote,
      order: 'baseline, app, baseline, app, …, baseline; ratios use the two neighbouring baselines',
      embedded: 'PGlite, in memory, inside its server process',
      postgres: serverUrl ? `${describeServer(serverUrl)}, pool of 10, scratch database` : null,
      latency: 'exact per-response times of 2xx responses, in ms, nearest-rank percentiles',
      reqPerSec: "autocannon's mean of per-second request counts",
    },
    baseline: baselineSummary,
    comparisons,
    dashboard: dashboardGoals,
    measurements,
  };
  const planner = benchPlanner();
  printPlannerBench(planner);
  const analyzer = benchAnalyzer();
  printAnalyzerBench(analyzer);
  const repoCheck = await benchRepoCheck();
  printRepoCheckBench(repoCheck);
  Object.assign(report, { planner, analyzer, repoCheck, srs });
  const resultsDir = join(projectRoot(), 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const output = join(resultsDir, 'latest.json');
  writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${output} (wall time ${wallSeconds} s)`);

  if (failures.length > 0) {
    console.error(`\nbench FAILED: requests went wrong:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  await abort(error instanceof Error ? (error.stack ?? error.message) : String(error), 1);
}
// Anything still holding the event loop open (it should not) must not keep the run alive.
setTimeout(() => process.exit(), 5_000).unref();
