/**
 * Regenerates the committed generated code (Strapi content types, GraphQL client types) and fails
 * when it differs from what is committed: generated code is produced by a command, never by hand.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generateCmsSecrets } from '../packages/launcher/src/secrets.ts';

const root = join(import.meta.dirname, '..');
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env });

// Type generation loads the app, which refuses to start without secrets: give it throwaway ones.
run('pnpm', ['--filter', 'cms', 'types'], { ...process.env, ...generateCmsSecrets() });
run('pnpm', ['--filter', '@mdle/api-client', 'codegen']);

const paths = ['cms/types/generated', 'packages/api-client/src/generated'];
try {
  run('git', ['diff', '--exit-code', '--stat', '--', ...paths]);
} catch {
  console.error(
    `Generated code is out of date in ${paths.join(', ')}: run "./mdle check:generated" and commit the result.`,
  );
  process.exit(1);
}
console.info('Generated code is up to date.');
