// CI: the committed schema and generated web types must match what the code produces now.
import { execSync } from 'node:child_process';

const tracked = ['schema/schema.graphql', 'web/src/lib/graphql/generated'];
execSync('npm run schema --silent', { stdio: 'inherit' });
execSync('npm run codegen --silent', { stdio: 'inherit' });
const diff = execSync(`git status --porcelain -- ${tracked.join(' ')}`).toString().trim();
if (diff) {
  console.error(`These generated files differ from what is committed:\n${diff}\n` +
    'Run "npm run schema && npm run codegen" and commit the result.');
  execSync(`git --no-pager diff --stat -- ${tracked.join(' ')}`, { stdio: 'inherit' });
  process.exit(1);
}
console.log('schema/schema.graphql and the generated web types are up to date.');
