// `npm start`: install if needed, build, and serve the production app on http://127.0.0.1:4173.
import { execSync, spawn } from 'node:child_process';
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
execSync('./node_modules/.bin/vite build', { stdio: 'inherit' });
console.log('\nTopup is served at http://127.0.0.1:4173 (Ctrl+C stops it).\n');
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'],
  { stdio: 'inherit' },
);
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
