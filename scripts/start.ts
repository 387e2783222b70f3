/**
 * Starts the built CMS and site together (after `./mdle start` has built them), prints where
 * they are, and stops both when either stops or on Ctrl-C.
 */
import { join } from 'node:path';
import { startBuiltCms, startBuiltWeb } from '../packages/launcher/src/apps.ts';
import type { RunningServer } from '../packages/launcher/src/process.ts';

process.loadEnvFile(join(import.meta.dirname, '..', '.env'));

const cmsPort = Number(process.env.PORT ?? 1337);
const webPort = Number(process.env.NITRO_PORT ?? 3000);
const started: RunningServer[] = [];

async function stopAll(code: number): Promise<never> {
  await Promise.all(started.map((server) => server.stop()));
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  const startedAt = Date.now();
  const cms = await startBuiltCms({ port: cmsPort, inheritOutput: true });
  started.push(cms);
  const web = await startBuiltWeb({
    port: webPort,
    cmsUrl: process.env.NUXT_CMS_URL || cms.url,
    inheritOutput: true,
  });
  started.push(web);
  for (const server of started) {
    server.process.once('exit', (code) => {
      console.error(`[mdle] ${server.name} stopped (exit ${code}); stopping everything`);
      void stopAll(code ?? 1);
    });
  }

  console.info(`
[mdle] ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s
  Site (English)  http://localhost:${webPort}/
  Site (French)   http://localhost:${webPort}/fr
  CMS admin       http://localhost:${cmsPort}/admin   (login: ${process.env.CMS_ADMIN_EMAIL ?? 'create one in the browser'}, password in .env)
  GraphQL API     http://localhost:${cmsPort}/graphql
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`[mdle] ${(error as Error).message}`);
  await stopAll(1);
}
