import { z } from 'astro/zod';
import { summary } from './common.ts';

/** A category of the competency profile (file name is its slug). */
export const categorySchema = z.object({
  /** Display name, e.g. "Python core". */
  title: z.string().min(1),
  /** The profile's order, from 1. */
  order: z.number().int().min(1),
  /** The category in one sentence. */
  summary,
});
export type Category = z.infer<typeof categorySchema>;
