import { z } from 'astro/zod';
import { aliases, slug, slugList, summary, synonyms, tags, title, tooLong } from './common.ts';
import { normalizeName } from '../lib/deps/names.ts';
import { EVIDENCE_KINDS } from './evidence.ts';

/** Where an entry's evidence comes from: a source, optionally the part of it and a survey figure. */
export const citationSchema = z.object({
  /** Id of a source document. */
  source: slug,
  /** The part of the document, e.g. the essay's title. */
  where: z.string().optional(),
  /** Id of the survey question whose figure is cited. */
  question: slug.optional(),
  /** The figure as published, e.g. "51% prefer Poetry". */
  figure: z.string().optional(),
});

/** The entry's placement in one edition. */
export const placementSchema = z.object({
  /** Id of the edition, quoted: "2023". */
  edition: slug,
  /** Id of the ring in that edition. */
  ring: slug,
  /** Why this ring in this edition, from that edition's sources: one to three sentences. */
  note: z
    .string()
    .min(20, { error: 'note: say in a sentence why this ring, from the sources' })
    .max(600, { error: tooLong('note', 600, ': one to three sentences, the rest belongs in the write-up') }),
  /** The kinds of evidence the ring rests on, from the placement policy's fixed list. */
  basis: z
    .array(
      z.enum(EVIDENCE_KINDS, {
        error: (issue) => `"${String(issue.input)}" is not an evidence kind; allowed: ${EVIDENCE_KINDS.join(', ')}`,
      }),
      {
        error: `basis is required: a list of the evidence kinds the ring rests on; allowed: ${EVIDENCE_KINDS.join(', ')}`,
      },
    )
    .min(1, { error: `basis: name at least one evidence kind; allowed: ${EVIDENCE_KINDS.join(', ')}` }),
  /** Ids of the sources this placement rests on; at least one must be a source of its edition. */
  sources: z
    .array(slug, {
      error: 'sources is required: the ids of the sources this placement rests on, e.g. [stx-radar-2023]',
    })
    .min(1, { error: 'sources: name at least one source id this placement rests on' }),
  /** Set when the entry moves to another quadrant in this edition: the quadrant from this edition on. */
  quadrant: slug.optional(),
  /**
   * A review that keeps the ring: this edition's sources address the entry but do not settle a move (a release, a vote
   * share, a passing mention), so the earlier placement carries over, recorded as reviewed. The ring must equal the
   * previous one; the basis names what the new sources show.
   */
  kept: z.boolean().optional(),
});

/** A PyPI distribution name as PEP 503 normalises it, so it matches however a dependency file spells it. */
const packageName = z
  .string()
  .max(100, { error: tooLong('package name', 100) })
  .refine((name) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name), {
    error: (issue) =>
      `"${String(issue.input)}" is not a normalised PyPI name: write it as PEP 503 does, e.g. "${normalizeName(String(issue.input)) || 'django-filter'}"`,
  });

/** An outside address: https only, so a link never downgrades the reader or runs script. */
const httpsUrl = z
  .url({ protocol: /^https$/, error: (issue) => `"${String(issue.input)}" is not an https:// URL` })
  .max(200, { error: tooLong('URL', 200) });

/** The entry's homes outside this site; the PyPI page follows from `packages`. */
export const linksSchema = z.strictObject(
  {
    /** The project's own home page, when it has one apart from its docs. */
    home: httpsUrl.optional(),
    /** The official documentation. */
    docs: httpsUrl.optional(),
    /** The source repository. */
    repo: httpsUrl.optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'allowed keys are home, docs and repo' : undefined) },
);

/** A radar entry (file name is its slug and URL). */
export const entrySchema = z.object({
  /** Display name, e.g. "FastAPI"; at most 60 characters. */
  title,
  /** Id of the current quadrant (where the last history item that names one puts it). */
  quadrant: slug,
  /** What it is and the verdict, in one sentence. */
  summary,
  /** Lower-case keywords for filtering; at most 40 characters each. */
  tags,
  /** Other names search should match, e.g. "DRF". */
  synonyms,
  /** Placements, oldest edition first; the last is the current one. */
  history: z.array(placementSchema).min(1, { error: 'history needs at least one placement' }),
  /** Evidence for the placements. */
  sources: z.array(citationSchema).min(1, { error: 'sources needs at least one citation' }),
  /** Slugs of related radar entries. */
  related: slugList,
  /** Slugs of related profile topics. */
  topics: slugList,
  /** Ids of related survey questions. */
  survey: slugList,
  /** Set when the entry is no longer tracked: from which edition, and why. */
  retired: z.object({ edition: slug, reason: z.string().min(10) }).optional(),
  /** Old slugs that redirect here. */
  aliases,
  /** The PyPI distributions this entry is, PEP 503-normalised: how a dependency file names it. */
  packages: z
    .array(packageName)
    .default([])
    .refine((list) => new Set(list).size === list.length, { error: 'lists a package twice' }),
  /** Official documentation, repository and home page. */
  links: linksSchema.default({}),
  /** Slugs of radar entries to use instead; Hold and Assess entries show them as "Use instead". */
  alternatives: slugList,
});
export type Entry = z.infer<typeof entrySchema>;
export type Placement = z.infer<typeof placementSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type EntryLinks = z.infer<typeof linksSchema>;
