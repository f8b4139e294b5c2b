// `npm run serve` / `npm run migrate`: run a built entry (dist/api/src/<name>.js) in this very
// process, never building. Process managers may equally run `node dist/api/src/main.js`, with
// the node options of `npm run serve` in package.json (heap sizes V8 reads only at start: README,
// Deployment, Memory).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2] ?? 'main';
const entry = path.join(root, 'dist', 'api', 'src', `${name}.js`);
if (!existsSync(entry)) {
  console.error(`No build at ${path.relative(root, entry)}: run "npm run build" first (or "npm start", which builds when needed).`);
  process.exit(1);
}
process.chdir(root);
await import(pathToFileURL(entry).href);
