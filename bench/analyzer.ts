import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../src/catalog/index.js';
import { analyzePosting } from '../src/core/jobs/analyze.js';
import { htmlToText } from '../src/core/jobs/html.js';
import { projectRoot } from '../src/paths.js';

const TODAY = '2026-06-01';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The labelled corpus as plain text (HTML postings extracted), the bench's realistic input. */
function corpusTexts(): string[] {
  const folder = join(projectRoot(), 'src', 'core', 'jobs', 'corpus');
  return readdirSync(folder)
    .filter((name) => /\.(?:txt|md|html)$/.test(name))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(folder, name), 'utf8');
      return name.endsWith('.html') ? htmlToText(raw) : raw;
    });
}

export interface AnalyzerBench {
  /** Median time to analyze one 50 KB posting (ms). */
  medianMs50KB: number;
  /** Size of that posting in bytes and the number of runs behind the median. */
  postingBytes: number;
  runs: number;
  /** Median time for one ordinary corpus posting (ms). */
  medianMsTypical: number;
  /** Time to analyze 1,000 postings in a row (ms), and the rate. */
  batch1000Ms: number;
  postingsPerSecond: number;
  /** First analysis in a fresh process includes compiling the catalog's term matcher (ms). */
  firstCallMs: number;
  goals: Record<string, { value: number; goal: number; met: boolean }>;
}

/**
 * The posting analyzer in this process: the first call (term regex compiled for the catalog),
 * a 50 KB posting (the corpus glued together, about ten times a long real posting) as a median
 * over repeated runs, an ordinary posting, and a batch of 1,000 postings — corpus postings, each
 * with a line of its own so none is a repeat of another.
 */
export function benchAnalyzer(): AnalyzerBench {
  const catalog = loadCatalog();
  const texts = corpusTexts();
  const analyze = (text: string) => analyzePosting(text, { catalog, today: TODAY });

  const firstStarted = performance.now();
  analyze(texts[0] ?? '');
  const firstCallMs = performance.now() - firstStarted;

  let big = '';
  for (let index = 0; big.length < 50 * 1024; index++) {
    big += `${texts[index % texts.length]}\n\n`;
  }
  big = big.slice(0, 50 * 1024);
  const time = (text: string, runs: number) => {
    for (let warm = 0; warm < 3; warm++) analyze(text);
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      analyze(text);
      samples.push(performance.now() - started);
    }
    return median(samples);
  };
  const runs = 31;
  const medianMs50KB = time(big, runs);
  const medianMsTypical = time(texts[0] ?? '', 101);

  const batch = Array.from(
    { length: 1000 },
    (_, index) => `${texts[index % texts.length]}\nReference ${index}: Python and SQL.`,
  );
  const batchStarted = performance.now();
  for (const text of batch) analyze(text);
  const batch1000Ms = performance.now() - batchStarted;

  const goals = {
    'one ordinary posting (ms)': { value: medianMsTypical, goal: 5 },
    'one 50 KB posting (ms)': { value: medianMs50KB, goal: 50 },
    '1,000 postings (ms)': { value: batch1000Ms, goal: 5000 },
  };
  return {
    medianMs50KB,
    postingBytes: new TextEncoder().encode(big).length,
    runs,
    medianMsTypical,
    batch1000Ms,
    postingsPerSecond: 1000 / (batch1000Ms / 1000),
    firstCallMs,
    goals: Object.fromEntries(
      Object.entries(goals).map(([name, { value, goal }]) => [
        name,
        { value, goal, met: value <= goal },
      ]),
    ),
  };
}

export function printAnalyzerBench(result: AnalyzerBench): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  console.log('\nposting analyzer (in this process):');
  console.log(`  first call (compiles the term matcher): ${ms(result.firstCallMs)} ms`);
  console.log(`  ordinary posting: ${ms(result.medianMsTypical)} ms (median)`);
  console.log(
    `  ${Math.round(result.postingBytes / 1024)} KB posting: ${ms(result.medianMs50KB)} ms (median of ${result.runs})`,
  );
  console.log(
    `  1,000 postings: ${ms(result.batch1000Ms)} ms → ${Math.round(result.postingsPerSecond)} postings/s`,
  );
  for (const [name, goal] of Object.entries(result.goals)) {
    console.log(`  ${goal.met ? 'met ' : 'MISS'} ${name}: ${ms(goal.value)} (goal ≤ ${goal.goal})`);
  }
}
