// Consumers type-check this file from their own projects: bring the declaration along (an ambient
// module declaration cannot be imported).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/s3rver.d.ts" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { getFreePort } from '@mdle/launcher';

/** s3rver's one account. */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface TestS3Server {
  url: string;
  /** The CMS environment that keeps its files here: media bucket and private reports bucket. */
  env: Record<string, string>;
  /** The keys stored in `bucket`. */
  keys(bucket: string): Promise<string[]>;
  /** An object's bytes, read with the store's credentials. */
  read(bucket: string, key: string): Promise<Buffer>;
  stop(): Promise<void>;
}

/**
 * A real S3-compatible server (s3rver) on loopback, with a public media bucket and a private
 * bucket for shared reports, its data in a temporary folder removed on stop.
 */
export async function startS3Server(
  buckets = { media: 'mdle-media', submissions: 'mdle-submissions' },
): Promise<TestS3Server> {
  const port = await getFreePort();
  const directory = mkdtempSync(join(tmpdir(), 'mdle-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: buckets.media }, { name: buckets.submissions }],
  });
  await server.run();
  const url = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint: url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
  });
  return {
    url,
    env: {
      S3_ENDPOINT: url,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_BUCKET: buckets.media,
      S3_SUBMISSIONS_BUCKET: buckets.submissions,
    },
    async keys(bucket) {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (listed.Contents ?? []).map((object) => object.Key!);
    },
    async read(bucket, key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    },
    async stop() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
