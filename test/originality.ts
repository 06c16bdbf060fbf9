import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';

/**
 * The originality check of shipped content: no text shares a run of 8 or more words with a seed
 * article in ../shared/seeds.
 */
const SHINGLE = 8;
export const seedsFolder = join(projectRoot(), '..', 'shared', 'seeds');

/** Lowercased words: runs of letters, digits and apostrophes (curly quotes folded to '). */
const words = (text: string): string[] =>
  (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  )
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);

const shingles = (text: string): string[] => {
  const list = words(text);
  const result: string[] = [];
  for (let start = 0; start + SHINGLE <= list.length; start += 1) {
    result.push(list.slice(start, start + SHINGLE).join(' '));
  }
  return result;
};

/** Every text a value holds (values and record keys), with where it lives. */
function texts(
  value: unknown,
  path: string,
  skip: (path: string) => boolean,
  out: [string, string][],
): [string, string][] {
  if (typeof value === 'string') {
    if (!skip(path)) out.push([path, value]);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) texts(item, `${path}.${index}`, skip, out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([`${path}.${key} (key)`, key]);
      texts(item, `${path}.${key}`, skip, out);
    }
  }
  return out;
}

/** Every 8-word run of the seed articles, read once; undefined when the folder is absent. */
let seeds: { shingles: Set<string>; sample: string } | undefined;
export function loadSeeds(): typeof seeds {
  if (seeds || !existsSync(seedsFolder)) return seeds;
  const files = readdirSync(seedsFolder).filter((name) => name.endsWith('.txt'));
  if (files.length === 0) throw new Error(`no seed articles in ${seedsFolder}`);
  const all = files.map((name) => readFileSync(join(seedsFolder, name), 'utf8'));
  seeds = {
    shingles: new Set(all.flatMap(shingles)),
    sample: words(all[0] ?? '')
      .slice(40, 52)
      .join(' '),
  };
  return seeds;
}

/** `path: "shared words"` for every text under `root` that shares an 8-word run with a seed. */
export const copiedTexts = (
  value: unknown,
  root: string,
  seedShingles: Set<string>,
  skip: (path: string) => boolean = () => false,
): string[] =>
  texts(value, root, skip, [])
    .map(([path, text]) => [path, shingles(text).find((shingle) => seedShingles.has(shingle))])
    .filter(([, shared]) => shared !== undefined)
    .map(([path, shared]) => `${path}: "${shared}"`);
