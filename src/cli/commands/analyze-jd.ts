import { readFileSync, statSync } from 'node:fs';
import { loadCatalog } from '../../catalog/index.js';
import { analyzePosting, type PostingAnalysis } from '../../core/jobs/analyze.js';
import { extractPostingText, MAX_FILE_BYTES } from '../../core/jobs/extract.js';
import { type Profile, parseProfile } from '../../core/profile.js';
import { UsageError } from '../errors.js';
import { readJsonFile } from '../files.js';
import { print, printJson } from '../output.js';

/** The posting's bytes from a file or stdin (`-`), refusing what is unreadable or far too big. */
function readPosting(file: string): Uint8Array {
  try {
    if (file !== '-') {
      const stats = statSync(file);
      if (stats.isFile() && stats.size > MAX_FILE_BYTES) {
        throw new UsageError(`posting: ${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      }
    }
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new UsageError(`posting: ${file}: ${reason}`);
  }
}

function readProfile(path: string): Profile {
  const result = parseProfile(readJsonFile(path, 'profile'));
  if (!result.ok) throw new UsageError(`${result.issues[0]?.path}: ${result.issues[0]?.message}`);
  return result.value;
}

/**
 * `mlpath analyze-jd FILE [--profile FILE] [--json]`: pure; reads a posting (text, Markdown,
 * HTML or PDF; `-` for stdin) and prints its analysis, writing nothing anywhere else.
 */
export async function analyzeJdCommand(
  file: string,
  options: { profile?: string; json?: boolean },
): Promise<void> {
  if (file === '-' && options.profile === '-') {
    throw new UsageError('the posting and the profile cannot both come from stdin');
  }
  const profile = options.profile ? readProfile(options.profile) : undefined;
  const bytes = readPosting(file);
  const extracted = await extractPostingText(bytes, file === '-' ? {} : { filename: file });
  if (!extracted.ok) {
    throw new UsageError(`posting: ${file === '-' ? 'stdin' : file} ${extracted.problem}`);
  }
  const analysis = analyzePosting(extracted.text, {
    catalog: loadCatalog(),
    ...(profile ? { profile } : {}),
  });
  if (options.json) printJson(analysis);
  else print(postingSummary(analysis));
}

const list = (ids: readonly string[]) => (ids.length > 0 ? ids.join(', ') : '—');

/** The human-readable summary: what the role is, what it asks, its flags and the gap. */
export function postingSummary(analysis: PostingAnalysis): string {
  const years =
    analysis.yearsRequired === null ? 'none stated' : `${analysis.yearsRequired}+ required`;
  const lines = [
    analysis.title || '(no title found)',
    `  kind        ${analysis.kind}`,
    `  level       ${analysis.level}`,
    `  years       ${years}`,
    `  PhD         ${analysis.phdRequired ? 'required' : 'not required'}`,
    '',
    `Required skills (${analysis.skills.required.length}): ${list(analysis.skills.required)}`,
    `Preferred skills (${analysis.skills.preferred.length}): ${list(analysis.skills.preferred)}`,
  ];
  for (const [heading, flags, mark] of [
    ['Red flags', analysis.redFlags, '!'],
    ['Green flags', analysis.greenFlags, '+'],
  ] as const) {
    if (flags.length === 0) continue;
    lines.push('', `${heading}:`);
    for (const flag of flags) lines.push(`  ${mark} ${flag.message}`, `      “${flag.evidence}”`);
  }
  if (analysis.gap) {
    lines.push(
      '',
      'Compared with your profile:',
      `  missing  ${list(analysis.gap.missing)}`,
      `  weak     ${list(analysis.gap.weak)}`,
      `  covered  ${list(analysis.gap.covered)}`,
    );
  }
  lines.push('', 'Use --json for the full analysis.');
  return lines.join('\n');
}
