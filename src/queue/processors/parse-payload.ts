import type { z } from 'zod';
import { NewsfactsError } from '../../core/index.js';

/** A malformed payload never gets better on retry. */
export function parsePayload<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new NewsfactsError('payload', what, `invalid job data at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}
