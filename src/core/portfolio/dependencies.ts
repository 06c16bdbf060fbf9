/**
 * Are the project's dependencies pinned to exact versions, so that the code runs next year the
 * way it runs today? Reads requirements files, conda environments, pyproject.toml, Pipfile and
 * package.json; a committed lock file settles the question on its own.
 */
import {
  isCondaEnvironment,
  isLockFile,
  isManifest,
  isRequirementsFile,
  listSome,
} from './files.js';
import type { TextFile } from './snapshot.js';

/** What one manifest declares: the packages without an exact version, out of how many. */
export interface ManifestPins {
  path: string;
  total: number;
  unpinned: string[];
}

export interface PinningResult {
  pass: boolean;
  detail: string;
  /** The file the user should fix, when the check fails. */
  file: string | null;
}

/** A line without its `#` comment (one starting the line or after a blank), trimmed. */
function withoutComment(line: string): string {
  const comment = /(^|\s)#/.exec(line);
  return (comment ? line.slice(0, comment.index) : line).trim();
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?/;
const EXACT = /^===?\s*[^\s,;*=<>!~]+$/;
const HASH = /@[0-9a-f]{7,40}\b/i;

/**
 * One requirement in pip's syntax: null when the line declares no package (an option, an include,
 * a local path), else whether it names an exact version: `==`/`===` without wildcard, or a direct
 * reference fixed by a commit hash or an archive URL.
 */
export function requirementPin(line: string): { name: string; pinned: boolean } | null {
  const requirement = withoutComment(line);
  if (requirement === '') return null;
  if (requirement.startsWith('-e ') || requirement.startsWith('--editable')) {
    const target = requirement.replace(/^(-e|--editable)[\s=]+/, '');
    if (!/^(git|hg|svn|bzr)\+|:\/\//.test(target)) return null;
    return { name: target, pinned: HASH.test(target) };
  }
  if (requirement.startsWith('-') || /^(\.|\/|file:)/.test(requirement)) return null;
  const spec = requirement.split(';')[0]?.trim() ?? '';
  if (/^(git|hg|svn|bzr)\+/.test(spec)) return { name: spec, pinned: HASH.test(spec) };
  const name = NAME.exec(spec)?.[0];
  if (!name) return null;
  const rest = spec
    .slice(name.length)
    .replace(/\s--hash=\S+/g, '')
    .trim();
  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim();
    const pinned = /^(git|hg|svn|bzr)\+/.test(url)
      ? HASH.test(url)
      : /\.(whl|tar\.gz|zip|tgz)(#.*)?$/i.test(url);
    return { name: name.replace(/\[.*$/, ''), pinned };
  }
  return { name: name.replace(/\[.*$/, ''), pinned: EXACT.test(rest) };
}

function requirementsPins(file: TextFile): ManifestPins {
  const unpinned: string[] = [];
  let total = 0;
  for (const line of file.text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const pin = requirementPin(line);
    if (!pin) continue;
    total++;
    if (!pin.pinned) unpinned.push(pin.name);
  }
  return { path: file.path, total, unpinned };
}

/**
 * A conda environment: conda entries pin with `name=1.2.3` or `name==1.2.3` (a build string may
 * follow), and the `pip:` list uses pip's syntax. `python` and `pip` themselves are not counted.
 */
function condaPins(file: TextFile): ManifestPins {
  const unpinned: string[] = [];
  let total = 0;
  let inDependencies = false;
  let pipIndent: number | null = null;
  for (const line of file.text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inDependencies = /^dependencies\s*:/.test(line);
      pipIndent = null;
      continue;
    }
    if (!inDependencies) continue;
    const item = /^(\s*)-\s+(.+)$/.exec(line.trimEnd());
    if (!item) continue;
    const indent = item[1]?.length ?? 0;
    const value = withoutComment(item[2] ?? '').replace(/^["']|["']$/g, '');
    if (/^pip\s*:/.test(value)) {
      pipIndent = indent;
      continue;
    }
    if (pipIndent !== null && indent > pipIndent) {
      const pin = requirementPin(value);
      if (!pin) continue;
      total++;
      if (!pin.pinned) unpinned.push(pin.name);
      continue;
    }
    pipIndent = null;
    const name = value.replace(/^[\w.-]+::/, '').split(/[=<>!~\s]/)[0] ?? '';
    if (name === '' || /^(python|pip)$/i.test(name)) continue;
    total++;
    const version = value
      .replace(/^[\w.-]+::/, '')
      .slice(name.length)
      .trim();
    if (!/^={1,2}\s*[^\s,*=<>!~]+(=[\w.]+)?$/.test(version)) unpinned.push(name);
  }
  return { path: file.path, total, unpinned };
}

/** Quoted strings of a TOML array that starts at `key = [`, possibly over several lines. */
function tomlArray(text: string, key: string): string[] {
  const start = new RegExp(`^\\s*${key}\\s*=\\s*\\[`, 'm').exec(text);
  if (!start) return [];
  const rest = text.slice(start.index + start[0].length);
  let depth = 1;
  let end = 0;
  for (; end < rest.length && depth > 0; end++) {
    const char = rest[end];
    if (char === '"' || char === "'") {
      end = rest.indexOf(char, end + 1);
      if (end < 0) return [];
    } else if (char === '[') depth++;
    else if (char === ']') depth--;
  }
  return [...rest.slice(0, end).matchAll(/"([^"]*)"|'([^']*)'/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

/** The `key = value` lines of one TOML table, up to the next table header. */
function tomlTable(text: string, header: string): [string, string][] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `[${header}]`);
  if (start < 0) return [];
  const entries: [string, string][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*\[/.test(line)) break;
    const match = /^\s*["']?([\w.-]+)["']?\s*=\s*(.+)$/.exec(line.trimEnd());
    if (match?.[1] && match[2]) entries.push([match[1], match[2]]);
  }
  return entries;
}

/** A Poetry or Pipfile version: exact when it is a bare version or `==version`. */
function tableVersionPinned(value: string): boolean {
  const version =
    /^\{.*\bversion\s*=\s*["']([^"']*)["']/.exec(value)?.[1] ??
    /^["']([^"']*)["']$/.exec(value)?.[1];
  if (version === undefined) return /\b(rev|tag)\s*=/.test(value);
  return /^(==)?\s*\d[\w.+-]*$/.test(version.trim());
}

/** pyproject.toml: PEP 621 `dependencies` and Poetry's `[tool.poetry.dependencies]`. */
function pyprojectPins(file: TextFile): ManifestPins {
  const unpinned: string[] = [];
  let total = 0;
  const projectTable = file.text.split(/^\[/m).find((section) => section.startsWith('project]'));
  for (const requirement of projectTable ? tomlArray(projectTable, 'dependencies') : []) {
    const pin = requirementPin(requirement);
    if (!pin) continue;
    total++;
    if (!pin.pinned) unpinned.push(pin.name);
  }
  for (const [name, value] of tomlTable(file.text, 'tool.poetry.dependencies')) {
    if (name === 'python') continue;
    total++;
    if (!tableVersionPinned(value)) unpinned.push(name);
  }
  return { path: file.path, total, unpinned };
}

function pipfilePins(file: TextFile): ManifestPins {
  const unpinned: string[] = [];
  let total = 0;
  for (const [name, value] of tomlTable(file.text, 'packages')) {
    total++;
    if (!tableVersionPinned(value)) unpinned.push(name);
  }
  return { path: file.path, total, unpinned };
}

function packageJsonPins(file: TextFile): ManifestPins {
  const unpinned: string[] = [];
  let total = 0;
  try {
    const manifest = JSON.parse(file.text) as { dependencies?: Record<string, unknown> };
    for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
      total++;
      if (typeof version !== 'string' || !/^\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(version)) {
        unpinned.push(name);
      }
    }
  } catch {
    // Not valid JSON: nothing can be said about its pins.
  }
  return { path: file.path, total, unpinned };
}

/** What a manifest pins, by its kind; null for files the check does not read. */
export function manifestPins(file: TextFile): ManifestPins | null {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
  if (isRequirementsFile(file.path)) return requirementsPins(file);
  if (isCondaEnvironment(file.path)) return condaPins(file);
  if (name === 'pyproject.toml') return pyprojectPins(file);
  if (name === 'pipfile') return pipfilePins(file);
  if (name === 'package.json') return packageJsonPins(file);
  return null;
}

const describe = (pins: ManifestPins): string =>
  `${pins.path}: ${pins.unpinned.length} of ${pins.total} ${pins.total === 1 ? 'package has' : 'packages have'} no exact version (${listSome(pins.unpinned)})`;

/**
 * The rule: a committed lock file passes. Otherwise every requirements file and conda environment
 * must pin every package exactly (== in pip, = or == in conda). Without those, a pyproject.toml,
 * Pipfile or package.json passes only when it pins every dependency itself. No dependency file at
 * all fails: nobody can tell what to install.
 */
export function checkPinning(
  files: readonly string[],
  manifests: readonly TextFile[],
): PinningResult {
  const locks = files.filter(isLockFile);
  if (locks.length > 0) {
    return { pass: true, detail: `lock file ${listSome(locks)} fixes every version`, file: null };
  }
  const read = manifests.map(manifestPins).filter((pins): pins is ManifestPins => pins !== null);
  const pinFiles = read.filter(
    (pins) => isRequirementsFile(pins.path) || isCondaEnvironment(pins.path),
  );
  const withPackages = (list: ManifestPins[]) => list.filter((pins) => pins.total > 0);
  const considered =
    withPackages(pinFiles).length > 0 ? withPackages(pinFiles) : withPackages(read);
  if (considered.length === 0) {
    const declared = files.filter(
      (path) => isManifest(path) || isRequirementsFile(path) || isCondaEnvironment(path),
    );
    return declared.length > 0
      ? {
          pass: false,
          detail: `${listSome(declared)}: no exact versions found, and no lock file`,
          file: declared[0] ?? null,
        }
      : {
          pass: false,
          detail: 'no dependency file (requirements.txt, pyproject.toml, …)',
          file: null,
        };
  }
  const loose = considered.find((pins) => pins.unpinned.length > 0);
  if (loose) return { pass: false, detail: describe(loose), file: loose.path };
  const total = considered.reduce((sum, pins) => sum + pins.total, 0);
  return {
    pass: true,
    detail: `${listSome(considered.map((pins) => pins.path))}: all ${total} packages pinned to exact versions`,
    file: null,
  };
}
