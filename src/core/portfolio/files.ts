import type { TextFile } from './snapshot.js';

/**
 * Classifies repository paths: which file is the README, the license, a dependency manifest, a
 * CI configuration, a test, a notebook, a source module. Paths are repository-relative with
 * forward slashes, as `git ls-files` prints them.
 */

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const dirName = (path: string): string => path.slice(0, Math.max(path.lastIndexOf('/'), 0));
const extension = (path: string): string => {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/**
 * Folders that hold someone else's code or a build: they say nothing about the author's work, so
 * they never count as source, tests or notebooks.
 */
const VENDORED =
  /(^|\/)(node_modules|\.venv|venv|site-packages|vendor|third_party|\.ipynb_checkpoints|__pycache__)\/|^(env|dist|build)\//;
export const isVendored = (path: string): boolean => VENDORED.test(path);

// --- README and license --------------------------------------------------------------------

const README_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'rst', 'txt', 'adoc', 'org', ''];
/** GitHub looks in .github/ first, then the top level, then docs/. */
const README_FOLDERS = ['.github', '', 'docs'];

/**
 * The README a visitor of the repository's GitHub page sees: a file named README (any case, any
 * of the usual text extensions) in `.github/`, the top level or `docs/`, in that order of
 * precedence, Markdown before the other formats.
 */
export function findReadme(files: readonly string[]): string | null {
  let best: { path: string; rank: number } | null = null;
  for (const path of files) {
    const folder = dirName(path);
    const folderRank = README_FOLDERS.indexOf(folder);
    if (folderRank < 0) continue;
    const match = /^readme(?:\.([a-z]+))?$/i.exec(baseName(path));
    if (!match) continue;
    const extensionRank = README_EXTENSIONS.indexOf((match[1] ?? '').toLowerCase());
    if (extensionRank < 0) continue;
    const rank = folderRank * 100 + extensionRank;
    if (!best || rank < best.rank) best = { path, rank };
  }
  return best?.path ?? null;
}

/** The license file at the top level (LICENSE, LICENCE, COPYING, UNLICENSE; any extension). */
export function findLicense(files: readonly string[]): string | null {
  const candidates = files.filter(
    (path) => !path.includes('/') && /^(licen[cs]e|copying|unlicense)([.-][\w.-]+)?$/i.test(path),
  );
  // Prefer the plain name (LICENSE) over variants such as LICENSE-THIRD-PARTY.
  candidates.sort((a, b) => a.length - b.length || a.localeCompare(b));
  return candidates[0] ?? null;
}

/** A short name for the license text, or null when it is not one of the common ones. */
export function licenseKind(text: string): string | null {
  const head = text.slice(0, 4000).replace(/\s+/g, ' ');
  const kinds: [RegExp, string][] = [
    [/Apache License,? Version 2\.0/i, 'Apache-2.0'],
    [/\bMIT License\b|Permission is hereby granted, free of charge/i, 'MIT'],
    [/GNU AFFERO GENERAL PUBLIC LICENSE/i, 'AGPL-3.0'],
    [/GNU LESSER GENERAL PUBLIC LICENSE/i, 'LGPL'],
    [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0'],
    [/GNU GENERAL PUBLIC LICENSE\s+Version 2/i, 'GPL-2.0'],
    [/Mozilla Public License,? (version )?2\.0/i, 'MPL-2.0'],
    [/BSD 3-Clause|Neither the name of/i, 'BSD-3-Clause'],
    [/BSD 2-Clause|Redistribution and use in source and binary forms/i, 'BSD-2-Clause'],
    [/free and unencumbered software released into the public domain/i, 'Unlicense'],
    [/Creative Commons/i, 'Creative Commons'],
    [/ISC License|Permission to use, copy, modify, and\/or distribute/i, 'ISC'],
  ];
  return kinds.find(([pattern]) => pattern.test(head))?.[1] ?? null;
}

// --- Dependencies --------------------------------------------------------------------------

/** Lock files: each one records the exact version of every package, so its presence is enough. */
const LOCK_FILES = new Set([
  'poetry.lock',
  'uv.lock',
  'pipfile.lock',
  'pdm.lock',
  'pixi.lock',
  'conda-lock.yml',
  'conda-lock.yaml',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
  'cargo.lock',
  'go.sum',
  'renv.lock',
  'manifest.toml',
]);

export const isLockFile = (path: string): boolean =>
  !isVendored(path) &&
  (LOCK_FILES.has(baseName(path).toLowerCase()) || /^conda-.*\.lock$/i.test(baseName(path)));

/** requirements.txt, requirements-dev.txt, requirements/base.txt, … */
export const isRequirementsFile = (path: string): boolean =>
  !isVendored(path) &&
  (/^requirements[\w.-]*\.txt$/i.test(baseName(path)) ||
    /(^|\/)requirements\/[\w.-]+\.txt$/i.test(path));

export const isCondaEnvironment = (path: string): boolean =>
  !isVendored(path) && /^environment[\w.-]*\.ya?ml$/i.test(baseName(path));

/** Manifests that declare dependencies without necessarily fixing their versions. */
const MANIFESTS = new Set([
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'pipfile',
  'package.json',
  'cargo.toml',
  'go.mod',
  'description',
]);
export const isManifest = (path: string): boolean =>
  !isVendored(path) && MANIFESTS.has(baseName(path).toLowerCase());

/** At most this many manifests are read, the shallowest first; deeper ones are rarely the app. */
export const MAX_MANIFESTS = 20;

/**
 * The dependency files whose content the pinning check reads: requirements files, conda
 * environments, pyproject.toml, Pipfile and package.json. Lock files are judged by their presence
 * and never read.
 */
export function manifestsToRead(files: readonly string[]): string[] {
  return files
    .filter(
      (path) =>
        isRequirementsFile(path) ||
        isCondaEnvironment(path) ||
        /^(pyproject\.toml|pipfile|package\.json)$/i.test(baseName(path)),
    )
    .filter((path) => !isVendored(path))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .slice(0, MAX_MANIFESTS);
}

// --- CI, containers ------------------------------------------------------------------------

/** CI configuration files of the common services. */
export const isCiConfig = (path: string): boolean =>
  /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) ||
  /^\.gitlab-ci\.ya?ml$/i.test(path) ||
  /^\.circleci\/config\.ya?ml$/i.test(path) ||
  /^azure-pipelines[\w.-]*\.ya?ml$/i.test(path) ||
  /^\.azure-pipelines\/[^/]+\.ya?ml$/i.test(path) ||
  /^jenkinsfile$/i.test(path) ||
  /^\.travis\.ya?ml$/i.test(path) ||
  /^bitbucket-pipelines\.ya?ml$/i.test(path) ||
  /^\.buildkite\/[^/]+\.ya?ml$/i.test(path) ||
  /^\.drone\.ya?ml$/i.test(path) ||
  /^\.?appveyor\.ya?ml$/i.test(path) ||
  /^\.woodpecker(\.ya?ml|\/[^/]+\.ya?ml)$/i.test(path);

/** Dockerfile, Dockerfile.api, api.Dockerfile, Containerfile, anywhere outside vendored code. */
export const isDockerfile = (path: string): boolean =>
  !isVendored(path) &&
  /^(dockerfile|containerfile)([.-][\w.-]+)?$|\.dockerfile$/i.test(baseName(path));

export const isComposeFile = (path: string): boolean =>
  !isVendored(path) && /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i.test(baseName(path));

// --- Code ----------------------------------------------------------------------------------

const CODE_EXTENSIONS = new Set([
  'py',
  'ts',
  'tsx',
  'js',
  'jsx',
  'mjs',
  'cjs',
  'r',
  'jl',
  'go',
  'rs',
  'java',
  'kt',
  'scala',
  'c',
  'cc',
  'cpp',
  'h',
  'hpp',
  'cs',
  'swift',
  'rb',
  'sql',
]);

export const isCodeFile = (path: string): boolean =>
  CODE_EXTENSIONS.has(extension(path)) && !/\.(d\.ts|min\.js)$/i.test(path) && !isVendored(path);

export const isNotebook = (path: string): boolean =>
  extension(path) === 'ipynb' && !isVendored(path);

/**
 * A test: a code file named like one (test_x.py, x_test.py, x.test.ts, x.spec.js, x_test.go,
 * conftest.py) or any code file inside a tests/, test/, __tests__/ or spec/ folder.
 */
export const isTestFile = (path: string): boolean => {
  const name = baseName(path);
  if (!isCodeFile(path) || name === '__init__.py') return false;
  return (
    /^test_.+\.py$|_test\.(py|go)$|\.(test|spec)\.[cm]?[jt]sx?$|^conftest\.py$/i.test(name) ||
    /[a-z0-9]Tests?\.(java|kt|scala|cs)$/.test(name) ||
    /(^|\/)(tests?|__tests__|spec|testing)\//i.test(path)
  );
};

/** How many test files are read to tell real tests from placeholders. */
export const MAX_TEST_SOURCES = 20;

/** The test files whose content the tests check reads (conftest.py holds fixtures, not tests). */
export const testsToRead = (files: readonly string[]): string[] =>
  files
    .filter((path) => isTestFile(path) && baseName(path) !== 'conftest.py')
    .slice(0, MAX_TEST_SOURCES);

/**
 * Lines a placeholder test is made of: blanks, comments, imports, decorators, the test's own
 * definition and closing, and statements that check nothing (`assert True`, `pass`,
 * `expect(true).toBe(true)`).
 */
const PLACEHOLDER_LINE = new RegExp(
  [
    String.raw`^\s*$`,
    String.raw`^\s*(?:#|\/\/|\/\*|\*|"""|''')`,
    String.raw`^\s*(?:import|from)\s`,
    String.raw`^\s*@`,
    String.raw`^\s*(?:async\s+)?def\s+\w+\s*\([^)]*\)\s*(?:->\s*\w+\s*)?:\s*$`,
    String.raw`^\s*class\s+\w+(?:\([^)]*\))?\s*:\s*$`,
    String.raw`^\s*(?:assert\s+(?:True|1|not\s+False|1\s*==\s*1|True\s*==\s*True|True\s+is\s+True)|pass|\.\.\.|self\.assertTrue\(\s*True\s*\)|self\.assertEqual\(\s*1\s*,\s*1\s*\))\s*(?:#.*)?$`,
    String.raw`^\s*(?:describe|it|test)\(\s*['"${'`'}][^'"${'`'}]*['"${'`'}]\s*,\s*(?:async\s*)?(?:\(\)\s*=>|function\s*\(\))\s*\{\s*$`,
    String.raw`^\s*expect\(\s*(?:true|1)\s*\)\.(?:toBe|toEqual)\(\s*(?:true|1)\s*\);?\s*$`,
    String.raw`^\s*\}\)?;?\s*$`,
  ].join('|'),
);

/**
 * True for a test file that holds only placeholders: test definitions whose bodies check nothing,
 * as a template or a "make CI green" commit leaves them. Any other line counts as a real test, so
 * a short smoke test that only calls the code still passes.
 */
export const isPlaceholderTest = (source: TextFile): boolean =>
  !source.truncated &&
  /\b(?:def\s+test|it\(|test\()/.test(source.text) &&
  source.text.split('\n').every((line) => PLACEHOLDER_LINE.test(line));

/**
 * A module of the project's own code: a code file that is not a test, not packaging or tool
 * configuration, not an empty-by-convention `__init__.py` and not under docs/.
 */
export const isSourceModule = (path: string): boolean => {
  if (!isCodeFile(path) || isTestFile(path)) return false;
  const name = baseName(path).toLowerCase();
  if (/^(setup|__init__|conftest|noxfile)\.py$/.test(name)) return false;
  if (/\.config\.[cm]?[jt]s$|^\.?[\w-]+rc\.[cm]?js$/.test(name)) return false;
  return !/(^|\/)docs?\//i.test(path);
};

/** Up to `count` paths, then "…" when there are more: for short details. */
export function listSome(paths: readonly string[], count = 3): string {
  const shown = paths.slice(0, count).join(', ');
  return paths.length > count ? `${shown}, …` : shown;
}
