import type { z } from 'zod';

/**
 * Every error the project raises names the input and the problem and says whether a retry can help:
 * a queue worker retries only `retryable` errors, a batch records the reason and goes on.
 */
export class NewsfactsError extends Error {
  readonly input: string;
  readonly retryable: boolean;
  readonly code: string;

  constructor(code: string, input: string, message: string, opts: { retryable?: boolean; cause?: unknown } = {}) {
    super(`${input}: ${message}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'NewsfactsError';
    this.code = code;
    this.input = input;
    this.retryable = opts.retryable ?? false;
  }
}

/** A zod error as one line: each issue's path (or `whole` for the input itself) and message. */
export function zodReason(error: z.ZodError, whole = '(input)'): string {
  return error.issues.map((i) => `${i.path.join('.') || whole}: ${i.message}`).join('; ');
}

export function isRetryable(err: unknown): boolean {
  return err instanceof NewsfactsError ? err.retryable : true;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
