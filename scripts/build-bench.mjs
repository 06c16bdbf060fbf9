// Bundles the benchmark driver and its server process into dist/bench/, with the CLI's options.
import { build } from 'esbuild';
import { cliBuildOptions } from './build-cli.mjs';

await build({
  ...cliBuildOptions('dist/bench'),
  entryPoints: { run: 'bench/run.ts', server: 'bench/server.ts' },
  splitting: false,
});
