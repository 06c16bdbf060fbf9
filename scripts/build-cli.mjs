// Bundles the CLI and server into dist/cli/ (or `--outdir DIR`). Dependencies stay external
// (node_modules); code splitting keeps each command's imports in its own chunk, loaded only when
// the command runs.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

export const cliBuildOptions = (outdir = 'dist/cli') => ({
  entryPoints: { mlpath: 'src/cli/bin.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf('--outdir');
  const outdir = flag > 0 ? process.argv[flag + 1] : 'dist/cli';
  rmSync(outdir, { recursive: true, force: true });
  await build(cliBuildOptions(outdir));
}
