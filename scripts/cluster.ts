/**
 * `./mdle cluster [replicas]`: the production topology on loopback, to try or to measure by hand.
 * nginx (deploy/nginx) in front of N CMS and N site replicas (2 by default) on this machine's
 * PostgreSQL (a throwaway database) and Redis (a prefix of its own), with s3rver as the object
 * store. Everything is removed on Ctrl-C.
 */
import { startCluster } from '../packages/test-utils/src/cluster.ts';

const replicas = Number(process.argv[2] ?? 2);
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 8) {
  console.error('Usage: ./mdle cluster [replicas: 1 to 8]');
  process.exit(2);
}
try {
  const cluster = await startCluster({
    replicas,
    postgresUrl: process.env.CLUSTER_POSTGRES_URL,
    redisUrl: process.env.CLUSTER_REDIS_URL,
  });
  const stop = async () => {
    console.info('[mdle cluster] stopping (database dropped, bucket folder removed)');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  const ports = (app: 'cms' | 'web') => cluster[app].map((replica) => replica.port).join(', ');
  console.info(`
[mdle cluster] ${replicas} replica(s) of each app behind nginx
  Site            ${cluster.siteUrl}/      (replicas on ports ${ports('web')})
  CMS admin       ${cluster.cmsUrl}/admin  (login: ${cluster.admin.email} / ${cluster.admin.password})
  GraphQL API     ${cluster.cmsUrl}/graphql (replicas on ports ${ports('cms')})
  PostgreSQL      ${cluster.databaseUrl}
  S3 (s3rver)     ${cluster.s3.url}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`[mdle cluster] ${(error as Error).message}`);
  process.exit(1);
}
