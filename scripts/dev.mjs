// `npm run dev`: the API (rebuilt and restarted on every change under src/) plus Vite's dev
// server with hot reload for the web app, which proxies /api to the API.
import { spawn } from 'node:child_process';
import { context } from 'esbuild';
import { cliBuildOptions } from './build-cli.mjs';

const apiPort = process.env.PORT ?? '3000';
const children = [];

const bundler = await context(cliBuildOptions());
await bundler.rebuild();
await bundler.watch();

const start = (command, args, env = {}) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    if (code !== null && code !== 0) stop(code);
  });
};

start(
  process.execPath,
  ['--watch-path=dist/cli', '--enable-source-maps', 'dist/cli/mlpath.js', 'serve'],
  {
    PORT: apiPort,
  },
);
start(process.execPath, ['node_modules/vite/bin/vite.js'], { MLPATH_API_PORT: apiPort });

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  bundler.dispose().finally(() => process.exit(code));
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
