import { RateLimiter } from './rate-limit';

/** The report form's route, under the content API's `/api` (routes/content-api.ts declares it). */
export const REPORT_SUBMIT_PATH = '/reports/submit';

/** The largest PDF accepted, in MB (SUBMISSION_MAX_MB, 20 by default). */
export const maxFileMegabytes = (): number => Number(process.env.SUBMISSION_MAX_MB || 20);

/** Shared reports per visitor per hour (SUBMISSION_PER_IP). */
export const submissionsPerIp = new RateLimiter(
  'report-ip',
  () => Number(process.env.SUBMISSION_PER_IP || 5),
  60 * 60_000,
);

/** The form's text fields; anything else is refused before it is read. */
export const SUBMISSION_FIELDS = ['name', 'email', 'title', 'note', 'website'] as const;

/**
 * What the multipart parser of POST /api/reports/submit accepts: a file of at most the PDF
 * limit (one: see intake.ts), the form's few fields, and a few KB of text. Formidable stops reading as soon as one is
 * exceeded, so an anonymous request never writes more than this to disk.
 */
export const submissionParserLimits = () => ({
  maxFileSize: maxFileMegabytes() * 1024 * 1024,
  maxTotalFileSize: maxFileMegabytes() * 1024 * 1024,
  maxFields: SUBMISSION_FIELDS.length,
  maxFieldsSize: 16 * 1024,
});

/** Why the intake refused a request before the controller saw it (set on ctx.state). */
export type IntakeRefusal =
  | { reason: 'tooMany'; retryAfter: number }
  | { reason: 'fileTooLarge' }
  | { reason: 'tooManyParts' }
  | { reason: 'malformed' };
