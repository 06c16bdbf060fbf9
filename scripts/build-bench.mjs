// Bundles the benchmark driver and its server process into dist/bench/. Dependencies stay external.
import { build } from 'esbuild';

await build({
  entryPoints: { run: 'bench/run.ts', server: 'bench/server.ts' },
  outdir: 'dist/bench',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
