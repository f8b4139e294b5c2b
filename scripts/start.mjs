// `npm start`: build what is missing or stale (API with tsc, web app with Vite), then run the
// compiled server in this process (the same entry as `npm run serve`). Several instances started
// at once build one at a time: the first takes a lock folder, the others wait for it and then
// find the build fresh.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const lock = path.join(root, '.build-lock');

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
function stale() {
  const newestSource = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  return !existsSync(stamp) || statSync(stamp).mtimeMs < newestSource || !existsSync(path.join(root, 'web/dist/index.html'));
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** Takes the build lock (a folder: creating it is atomic), clearing one left by a dead builder. */
async function takeLock() {
  let told = false;
  while (true) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      // The owner has not written its pid yet.
    }
    if (Number.isInteger(owner) && !alive(owner)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!told) console.log('Another start is building; waiting for it…');
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

if (stale()) {
  await takeLock();
  try {
    if (stale()) {
      console.log('Building the API and the web app (first start, or sources changed)…');
      const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) {
        console.error('Build failed; see the messages above.');
        process.exit(build.status ?? 1);
      }
      writeFileSync(stamp, new Date().toISOString());
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// `node scripts/start.mjs --build-only`: build when stale, then stop (tests, deploy scripts).
if (process.argv.includes('--build-only')) process.exit(0);
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
