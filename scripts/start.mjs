// `npm start`: build what is missing or stale (API with tsc, web app with Vite), then run the
// compiled server in this process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const sources = ['api/src', 'seeds', 'web/src', 'web/index.html', 'web/vite.config.ts', 'package.json', 'tsconfig.json'];
const newestSource = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (!existsSync(stamp) || statSync(stamp).mtimeMs < newestSource || !existsSync(path.join(root, 'web/dist/index.html'))) {
  console.log('Building the API and the web app (first start, or sources changed)…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
  spawnSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(stamp)}, new Date().toISOString())`]);
}

process.chdir(root);
try {
  await import(pathToFileURL(path.join(root, 'dist/api/src/main.js')).href);
} catch (error) {
  // main.js reports its own start-up failures; this is for what escapes it. Errors can quote SQL
  // with its values, so they are described without the statement.
  const { describeSafely } = await import(pathToFileURL(path.join(root, 'dist/api/src/core/logging/safe-error.js')).href)
    .catch(() => ({ describeSafely: (e) => `${e?.name ?? 'error'} (details withheld)` }));
  console.error(`Yuepu Hub could not start: ${describeSafely(error)}`);
  process.exit(1);
}
