import { z } from 'astro/zod';
import { summary } from './common.ts';

/** A quadrant of the radar (file name is its id). */
export const quadrantSchema = z.object({
  /** Display name, e.g. "Languages & Frameworks". */
  title: z.string().min(1),
  /** Position clockwise from the top right, 1 to 4. */
  order: z.number().int().min(1).max(4),
  /** What belongs in this quadrant, in one sentence. */
  summary,
});
export type Quadrant = z.infer<typeof quadrantSchema>;
