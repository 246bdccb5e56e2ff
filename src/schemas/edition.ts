import { z } from 'astro/zod';
import { isoDate, slugList, summary } from './common.ts';

/** A dated edition of the radar (file name is its id, e.g. 2023). */
export const editionSchema = z.object({
  /** Display name, e.g. "PyRadar 2023". */
  title: z.string().min(1),
  /** The date of the newest source it draws on, only as precise as that source (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: isoDate,
  /** Source ids whose statements place entries in this edition. */
  sources: slugList.refine((list) => list.length > 0, { error: 'an edition needs at least one source' }),
  /** The edition in one sentence, for previews. */
  summary,
});
export type Edition = z.infer<typeof editionSchema>;
