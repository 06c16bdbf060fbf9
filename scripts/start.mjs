// `npm start`: rebuild what is stale (CLI bundle always, web app when its sources changed), then serve.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ['scripts/build-cli.mjs']);

const builtIndex = join(root, 'dist/web/index.html');
const sources = [
  join(root, 'src/web'),
  join(root, 'vite.config.ts'),
  join(root, 'package-lock.json'),
];
const webIsStale =
  !existsSync(builtIndex) ||
  Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(builtIndex).mtimeMs;
if (webIsStale) {
  console.log('Building the web app (first start, or its sources changed)…');
  run(process.execPath, [
    join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--logLevel',
    'warn',
  ]);
}

const cli = join(root, 'dist/cli/mlpath.js');
process.argv = [process.argv[0], cli, 'serve', ...process.argv.slice(2)];
await import(cli);
