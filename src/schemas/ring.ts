import { z } from 'astro/zod';
import { summary } from './common.ts';
import { MAX_RINGS } from '../lib/radar/geometry.ts';

/** A ring of the radar (file name is its id; PyRadar's are adopt, trial, assess and hold). */
export const ringSchema = z.object({
  /** Display name, e.g. "Adopt". */
  title: z.string().min(1),
  /** Position from the centre outwards, 1 to 6. */
  order: z
    .number()
    .int()
    .min(1)
    .max(MAX_RINGS, { error: `order: a radar has at most ${MAX_RINGS} rings` }),
  /**
   * Colour of the ring's badges and blips, as #rrggbb, used in light and dark alike. Omit it to take the palette colour
   * of the ring's place, which has a light and a dark shade (src/lib/radar/rings.ts).
   */
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, { error: 'color must be #rrggbb' })
    .optional(),
  /** What a reader should do with an entry in this ring, in one sentence. */
  summary,
});
export type Ring = z.infer<typeof ringSchema>;
