import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every id and URL slug. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id naming another content file, e.g. `fastapi` or `2023`. */
export const slug = z
  .string({ error: 'must be a slug (lower-case letters, digits and hyphens), in quotes if it is a number' })
  .regex(SLUG, {
    error: (issue) => `"${String(issue.input)}" is not a slug: use lower-case letters, digits and hyphens`,
  });

/** A list of slugs with no repeats. */
export const slugList = z
  .array(slug)
  .default([])
  .refine((list) => new Set(list).size === list.length, { error: 'lists an id twice' });

/** One sentence for link previews and search results. */
export const summary = z
  .string()
  .min(20, { error: 'summary: write a full sentence of at least 20 characters' })
  .max(160, {
    error: (issue) => `summary is ${String((issue.input as string).length)} characters; at most 160 fit a link preview`,
  });

/** `what is N characters; at most max…`: the one form of every length message. */
export const tooLong =
  (what: string, max: number, why = '') =>
  (issue: { input?: unknown }) =>
    `${what} is ${String(issue.input).length} characters; at most ${max}${why}`;

/** The display name of an entry, topic or survey question: it must fit the preview card and the radar tooltip. */
export const title = z
  .string()
  .min(1, { error: 'title: write the name readers know it by' })
  .max(60, { error: tooLong('title', 60, ' fit the preview card and the radar tooltip') });

/** Other names and abbreviations that search should match, such as `GIL`. */
export const synonyms = z
  .array(
    z
      .string()
      .min(1)
      .max(40, { error: tooLong('synonym', 40) }),
  )
  .default([]);

/** Lower-case keywords for filtering: short enough for a filter button. */
export const tags = z
  .array(slug.max(40, { error: tooLong('tag', 40) }))
  .default([])
  .refine((list) => new Set(list).size === list.length, { error: 'lists a tag twice' });

/** Old slugs of a renamed page; each becomes a redirect to the current URL. */
export const aliases = slugList;

/** A date only as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. Such strings sort in time order. */
export const isoDate = z
  .string({ error: 'date must be a quoted string: YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'date must be YYYY, YYYY-MM or YYYY-MM-DD' });
