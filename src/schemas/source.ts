import { z } from 'astro/zod';
import { isoDate, summary, tooLong } from './common.ts';

/**
 * `radar` is a radar imported from another tool (npm run import): its placements are its owners' decisions, which the
 * placement policy's evidence rules and the write-up lengths do not apply to.
 */
export const SOURCE_KINDS = [
  'report',
  'practitioner-notes',
  'forum-comment',
  'competency-profile',
  'radar',
  // Public primary sources read online (the 2026 edition on): a PEP, a project's or Python's own documentation, a
  // changelog or release notes, an announcement by the project itself, a published survey report.
  'pep',
  'documentation',
  'changelog',
  'announcement',
  'survey-report',
] as const;

/** Kinds of public primary source read online: each needs its url and date. */
export const ONLINE_KINDS: readonly (typeof SOURCE_KINDS)[number][] = [
  'pep',
  'documentation',
  'changelog',
  'announcement',
  'survey-report',
];

/** One source document the content is drawn from (file name is its id). */
export const sourceSchema = z
  .object({
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
    /** The seed file's number prefix in shared/seeds, e.g. "002", for a document we hold. */
    seed: z
      .string()
      .regex(/^\d{3}$/, { error: 'seed must be the three-digit prefix of a file in shared/seeds' })
      .optional(),
    /** Where the document is published, for one read online. */
    url: z
      .url({ protocol: /^https$/, error: (issue) => `"${String(issue.input)}" is not an https:// URL` })
      .max(300, { error: tooLong('URL', 300) })
      .optional(),
  })
  .refine((source) => source.kind === 'radar' || source.seed !== undefined || source.url !== undefined, {
    error: 'a source needs a seed (a document in shared/seeds) or a url (where it is published)',
    path: ['seed'],
  })
  // Kinds that only exist online are cited by their address.
  .refine((source) => !ONLINE_KINDS.includes(source.kind) || source.url !== undefined, {
    error: (issue) =>
      `a source of kind "${String((issue.input as { kind?: string }).kind)}" is read online: give its url (https), where the version we read is published`,
    path: ['url'],
  })
  // A reader checks an online source against the version we read: its date says which one.
  .refine((source) => source.url === undefined || source.date !== undefined, {
    error: 'a source read online needs its date: when it was published or last updated, as precisely as it says',
    path: ['date'],
  });
export type Source = z.infer<typeof sourceSchema>;
