import { z } from 'astro/zod';
import { summary } from './common.ts';

/** A section of the survey report (file name is its id). */
export const sectionSchema = z.object({
  /** Display name, e.g. "Python now". */
  title: z.string().min(1),
  /** The report's order, from 1. */
  order: z.number().int().min(1),
  /** The section in one sentence. */
  summary,
});
export type Section = z.infer<typeof sectionSchema>;
