// Makes a fresh clone runnable with nothing but Node and npm: installs the pinned pnpm if it is
// missing, then the workspace's dependencies. Called by `npm run demo` (npm runs "predemo").
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync('package.json', 'utf8')).packageManager.split('@')[1];
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
let current = '';
try {
  current = execSync('pnpm --version', { encoding: 'utf8' }).trim();
} catch {
  // not installed
}
if (current !== wanted) {
  console.log(`Installing pnpm ${wanted} (found ${current || 'none'})…`);
  run(`npm install --global --no-audit --no-fund pnpm@${wanted}`);
}
if (!existsSync('node_modules/.pnpm')) run('pnpm install --frozen-lockfile');
