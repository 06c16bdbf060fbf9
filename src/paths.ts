import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this module. It works both from `src/` under a
 * TypeScript runner and from the bundled `dist/cli/mlpath.js`.
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('mlpath: cannot find the project root (package.json)');
    dir = parent;
  }
  return dir;
}

export const migrationsFolder = (): string => join(projectRoot(), 'drizzle');
export const webDistFolder = (): string => join(projectRoot(), 'dist', 'web');
