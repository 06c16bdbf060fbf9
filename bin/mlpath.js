#!/usr/bin/env node
// Plain JavaScript entry: the CLI is bundled to dist/ by `npm run prepare` (run by `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/mlpath.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'mlpath: the CLI is not built yet; run `npm ci` or `npm run prepare` first\n',
  );
  process.exit(1);
}
await import(bundle);
