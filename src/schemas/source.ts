import { z } from 'astro/zod';
import { isoDate, summary } from './common.ts';

export const SOURCE_KINDS = ['report', 'practitioner-notes', 'forum-comment', 'competency-profile'] as const;

/** One source document the content is drawn from (file name is its id). */
export const sourceSchema = z.object({
  /** The document's title, or a plain description where it has none. */
  title: z.string().min(1),
  /** Who wrote it: a person, a pseudonym or an organisation. */
  author: z.string().min(1),
  /** The organisation that published it, if any. */
  organisation: z.string().optional(),
  /** When it was written or published, as precisely as the document says; omitted where it says nothing. */
  date: isoDate.optional(),
  /** How sure the date is, when the document does not state it. */
  dateNote: z.string().optional(),
  /** What kind of document it is. */
  kind: z.enum(SOURCE_KINDS),
  /** What it covers, in one sentence. */
  summary,
  /** The seed file's number prefix in shared/seeds, e.g. "002". */
  seed: z.string().regex(/^\d{3}$/, { error: 'seed must be the three-digit prefix of a file in shared/seeds' }),
});
export type Source = z.infer<typeof sourceSchema>;
