import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { objectStorage } from '../../../../../utils/object-storage';

/**
 * Where shared reports' PDFs are kept: never a public place. A folder outside `public/` in the
 * embedded default (SUBMISSIONS_DIR); a private bucket with S3_* settings, so that whichever
 * replica received a report, any replica can hand it to the network manager.
 */
export interface SubmissionStore {
  /** Keeps the file at `path` under the name `storedAs`. */
  save(storedAs: string, path: string): Promise<void>;
  /** The file's bytes, or null when it is not there. */
  open(storedAs: string): Promise<Readable | null>;
}

/** The folder of the embedded default. */
export const submissionsDir = (): string => {
  const dir = process.env.SUBMISSIONS_DIR || 'data/submissions';
  return isAbsolute(dir) ? dir : join(process.cwd(), dir);
};

const diskStore: SubmissionStore = {
  async save(storedAs, path) {
    await mkdir(submissionsDir(), { recursive: true, mode: 0o700 });
    await copyFile(path, join(submissionsDir(), storedAs));
  },
  async open(storedAs) {
    const file = join(submissionsDir(), storedAs);
    const found = await stat(file).catch(() => null);
    return found?.isFile() ? createReadStream(file) : null;
  },
};

function bucketStore(client: S3Client, bucket: string): SubmissionStore {
  return {
    async save(storedAs, path) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: storedAs,
          Body: await readFile(path),
          ContentType: 'application/pdf',
        }),
      );
    },
    async open(storedAs) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: storedAs }));
        return object.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
  };
}

let current: { settings: string; store: SubmissionStore } | undefined;

/**
 * The store the settings choose; its S3 client is made once per set of settings. `env` is another
 * install's settings for the move to object storage (scripts/move.ts).
 */
export function submissionStore(env: NodeJS.ProcessEnv = process.env): SubmissionStore {
  const storage = objectStorage(env);
  const settings = JSON.stringify(storage);
  if (current?.settings !== settings) {
    const store = storage
      ? bucketStore(new S3Client(storage.client), storage.submissionsBucket)
      : diskStore;
    current = { settings, store };
  }
  return current.store;
}
