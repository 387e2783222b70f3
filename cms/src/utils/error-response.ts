import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** One refused field, as Strapi's ValidationError lists it. */
export interface FieldError {
  path: string[];
  message: string;
}

const ERROR_NAMES: Record<number, string> = {
  400: 'ValidationError',
  413: 'PayloadTooLargeError',
  429: 'RateLimitError',
};

/**
 * Answers with Strapi's error shape (`{ data: null, error: { status, name, message, details } }`),
 * so that our own routes refuse the way Strapi's do: a message in the visitor's language and, for
 * forms, one message per field.
 */
export function sendError(
  ctx: Context,
  error: {
    status: number;
    message: string;
    name?: string;
    fieldErrors?: FieldError[];
    retryAfter?: number;
  },
): void {
  if (error.retryAfter) ctx.set('Retry-After', String(error.retryAfter));
  ctx.status = error.status;
  ctx.body = {
    data: null,
    error: {
      status: error.status,
      name: error.name ?? ERROR_NAMES[error.status] ?? 'ApplicationError',
      message: error.message,
      details: error.fieldErrors?.length ? { errors: error.fieldErrors } : {},
    },
  };
}

/** A write refused by a unique index (SQLite and PostgreSQL word it differently). */
export const isUniqueViolation = (error: unknown): boolean =>
  /unique|duplicate/i.test(String((error as { message?: string })?.message ?? error));
