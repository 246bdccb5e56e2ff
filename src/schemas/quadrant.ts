import { z } from 'astro/zod';
import { summary } from './common.ts';
import { MAX_SEGMENTS } from '../lib/radar/geometry.ts';

/** A segment of the radar, a quadrant when there are four (file name is its id). */
export const quadrantSchema = z.object({
  /** Display name, e.g. "Languages & Frameworks". */
  title: z.string().min(1),
  /** Position clockwise from 12 o'clock, 1 to 6 (with four segments, 1 is the top right). */
  order: z
    .number()
    .int()
    .min(1)
    .max(MAX_SEGMENTS, { error: `order: a radar has at most ${MAX_SEGMENTS} segments` }),
  /** What belongs in this quadrant, in one sentence. */
  summary,
});
export type Quadrant = z.infer<typeof quadrantSchema>;
