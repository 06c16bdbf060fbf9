import { checkRepository, type RepoReport } from '../../core/portfolio/repo-checks.js';
import { isRepoProblem, readRepository } from '../../repo/snapshot.js';
import { UsageError } from '../errors.js';
import { print, printJson } from '../output.js';

/**
 * `mlpath check-repo PATH`: pure; reads the repository with git (no writes, no network) and
 * prints the checks. Not a repository, or a missing path, is bad input: exit 2.
 */
export async function checkRepoCommand(path: string, options: { json?: boolean }): Promise<void> {
  const snapshot = await readRepository(path);
  if (isRepoProblem(snapshot)) throw new UsageError(snapshot.problem);
  // No `today`: the output depends on the repository alone, not on the day it is run.
  const report = checkRepository(snapshot);
  if (options.json) printJson(report);
  else print(repoReportSummary(path, report));
}

/** The human-readable report: one ✓/✗ line per check, the fix under each failure, the score. */
export function repoReportSummary(path: string, report: RepoReport): string {
  const width = Math.max(...report.checks.map((check) => check.id.length)) + 2;
  const lines = [`Portfolio check of ${path}`, ''];
  for (const check of report.checks) {
    const points = check.pass ? `+${check.weight}` : ` 0/${check.weight}`;
    lines.push(
      `${check.pass ? '✓' : '✗'} ${check.id.padEnd(width)}${points.padEnd(7)}${check.detail}`,
    );
    if (check.fix) lines.push(`  ${' '.repeat(width + 7)}→ ${check.fix}`);
  }
  const missing = report.checks
    .filter((check) => !check.pass)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((check) => check.id);
  lines.push('', `Score: ${report.score}/100`);
  if (missing.length > 0) lines.push(`Worth the most points next: ${missing.join(', ')}.`);
  lines.push('Use --json for the machine-readable result.');
  return lines.join('\n');
}
