// Bundles the CLI and server into dist/cli/mlpath.js. Dependencies stay external (node_modules).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli/mlpath.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
