import { z } from 'zod';

export const LANGS = ['vi', 'id', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** A detected language: one of ours, or `und` when the text is too short or unknown. */
export const DetectedLang = z.enum([...LANGS, 'und']);
export type DetectedLang = z.infer<typeof DetectedLang>;
