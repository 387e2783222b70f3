import type { S3ClientConfig } from '@aws-sdk/client-s3';

/** Where the CMS keeps files when S3 settings are given (any S3-compatible store). */
export interface ObjectStorage {
  client: S3ClientConfig;
  /** Editors' media: public, served to visitors at `publicUrl`. */
  mediaBucket: string;
  /** Base of the media URLs visitors get (a CDN, or the store's own path-style address). */
  publicUrl: string;
  /** Reports shared through the site: private, read only by the CMS with its credentials. */
  submissionsBucket: string;
}

/** Any of these set means "use object storage" (a region alone does not). */
const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_SUBMISSIONS_BUCKET',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_PUBLIC_URL',
] as const;

/**
 * The object storage the S3_* variables describe, or null when none is set: then media stay in
 * `public/uploads` and shared reports in SUBMISSIONS_DIR, as in the embedded default. Half a
 * configuration fails the start with one message naming what is missing, rather than putting
 * files on a replica's local disk where the other replicas never see them.
 */
export function objectStorage(env: NodeJS.ProcessEnv = process.env): ObjectStorage | null {
  const given = S3_VARIABLES.filter((name) => env[name]?.trim());
  if (given.length === 0) return null;
  const missing = ['S3_BUCKET', 'S3_SUBMISSIONS_BUCKET'].filter((name) => !env[name]?.trim());
  const hasKey = Boolean(env.S3_ACCESS_KEY_ID?.trim());
  if (hasKey !== Boolean(env.S3_SECRET_ACCESS_KEY?.trim())) {
    missing.push(hasKey ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID');
  }
  const problems = missing.map((name) => `${name} is missing`);
  const mediaBucket = env.S3_BUCKET?.trim() ?? '';
  const submissionsBucket = env.S3_SUBMISSIONS_BUCKET?.trim() ?? '';
  // The media bucket is readable by anyone: shared reports must never land in it.
  if (mediaBucket && mediaBucket === submissionsBucket) {
    problems.push('S3_SUBMISSIONS_BUCKET must be a private bucket, not the media bucket');
  }
  const endpoint = env.S3_ENDPOINT?.trim().replace(/\/+$/, '');
  const region = env.S3_REGION?.trim() || 'us-east-1';
  const publicUrl =
    env.S3_PUBLIC_URL?.trim().replace(/\/+$/, '') ||
    (endpoint ? `${endpoint}/${mediaBucket}` : `https://${mediaBucket}.s3.${region}.amazonaws.com`);
  if (!/^https?:\/\//.test(publicUrl)) problems.push('S3_PUBLIC_URL must be an http(s) URL');
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start: object storage is half configured (${given.join(', ')} set): ` +
        `${problems.join('; ')}. Set all of them, or none for local files (see .env.example).`,
    );
  }
  return {
    client: {
      region,
      ...(endpoint ? { endpoint } : {}),
      // Path-style addresses (endpoint/bucket/key) work with every S3-compatible store.
      forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
      ...(hasKey
        ? {
            credentials: {
              accessKeyId: env.S3_ACCESS_KEY_ID!.trim(),
              secretAccessKey: env.S3_SECRET_ACCESS_KEY!.trim(),
            },
          }
        : {}),
      // Checksums only where S3 requires them: several S3-compatible stores refuse the SDK's
      // default trailing checksums on uploads.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
    mediaBucket,
    publicUrl,
    submissionsBucket,
  };
}
