/**
 * What the repository check reads: plain data gathered by `src/repo` (git and the file system),
 * so every judgement in this folder stays pure and testable with hand-written snapshots.
 */

/** A text file of the repository, read up to a size cap. */
export interface TextFile {
  /** Repository-relative path with forward slashes, as git lists it. */
  path: string;
  text: string;
  /** True when the file was longer than the cap and `text` holds only its beginning. */
  truncated: boolean;
}

/** One commit reachable from HEAD. */
export interface CommitInfo {
  /** Author time, seconds since the Unix epoch. */
  time: number;
  /** The author's calendar day in the author's own time zone, YYYY-MM-DD. */
  day: string;
  /** The author's email, lowercased (after .mailmap); used to count people and skip bots. */
  author: string;
}

export interface RepoSnapshot {
  /** Tracked files (committed or staged), repository-relative, sorted. */
  files: string[];
  /** The README GitHub would show (see `findReadme`), or null. */
  readme: TextFile | null;
  /** The beginning of the license file (see `findLicense`), or null. */
  license: TextFile | null;
  /** Dependency manifests whose content decides pinning (requirements, pyproject, …). */
  manifests: TextFile[];
  /** The beginning of the first test files (see `testsToRead`), to tell tests from placeholders. */
  testSources: TextFile[];
  /** Commits reachable from HEAD, newest first; empty before the first commit. */
  commits: CommitInfo[];
  /** True for a shallow clone: older commits exist but are not in this copy. */
  shallow: boolean;
}
