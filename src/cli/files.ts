import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

/** Reads a JSON file (or stdin for `-`), turning every failure into a one-line UsageError. */
export function readJsonFile(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new UsageError(`${label}: ${path}: ${reason}`);
  }
  if (text.trim() === '') throw new UsageError(`${label}: ${path} is empty`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${label}: ${path} is not valid JSON (${(error as Error).message.split('\n')[0]})`,
    );
  }
}
