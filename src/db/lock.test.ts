import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from './lock.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlpath-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('lets one holder in, refuses a second while a live process holds it, and frees on release', () => {
    const dir = freshDir();
    const holder = join(dir, 'mlpath.lock');
    // A live process other than this one: the parent of the test worker.
    writeFileSync(holder, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dir)).toThrow(
      `in use by another mlpath process (pid ${process.ppid})`,
    );
    rmSync(holder);
    const release = lockDataDir(dir);
    expect(readFileSync(holder, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(holder)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'mlpath.lock'), '2147483646');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'mlpath.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
