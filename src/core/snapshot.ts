import { z } from 'zod';

/** The raw bytes of one fetched page, as stored, plus what the fetch said about them. */
export const Snapshot = z.object({
  url: z.string().min(1),
  /** The URL after redirects, when it differs. */
  finalUrl: z.string().min(1).optional(),
  fetchedAt: z.iso.datetime({ offset: true }),
  status: z.number().int().optional(),
  headers: z.record(z.string(), z.string()).default({}),
  body: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: "body must be bytes (Uint8Array)" }),
});
export type Snapshot = z.infer<typeof Snapshot>;
export type SnapshotInput = z.input<typeof Snapshot>;
