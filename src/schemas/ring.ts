import { z } from 'astro/zod';
import { summary } from './common.ts';

/** A ring of the radar (file name is its id: adopt, trial, assess, hold). */
export const ringSchema = z.object({
  /** Display name, e.g. "Adopt". */
  title: z.string().min(1),
  /** Position from the centre outwards, starting at 1. */
  order: z.number().int().min(1),
  /** Colour of the ring's badge and blips, as #rrggbb, chosen for contrast on light and dark. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'color must be #rrggbb' }),
  /** What a reader should do with an entry in this ring, in one sentence. */
  summary,
});
export type Ring = z.infer<typeof ringSchema>;
