/**
 * A portable radar as PyRadar content files: rings, segments (the quadrants folder), editions, entries, and one source
 * record naming the imported radar, which every placement cites. Pure: returns paths and texts, writes nothing.
 */
import { stringify } from 'yaml';
import type { PortableRadar, Skipped } from './model.ts';

/** What the imported radar was, for its source record. */
export interface ImportOrigin {
  /** The format's name as the reader knows it, e.g. "AOE technology radar". */
  format: string;
  /** The file or folder imported, as the reader named it. */
  file: string;
}

/** Slugs that name the radar's own views: an entry cannot take /radar/rings/ or /radar/quadrants/. */
const RESERVED = new Set(['rings', 'quadrants']);
const LIMITS = { title: 60, note: 600, summary: 160 };

/** The radar's source id: the one source every imported placement rests on. */
export const IMPORTED_SOURCE = 'imported-radar';

/**
 * Markdown made safe to sit in an MDX body: outside code, `{`, `}` and `<` would start an expression or a JSX tag, so
 * they are escaped; code spans and fenced blocks keep their text as written.
 */
export function mdxSafe(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      out.push(line);
      continue;
    }
    if (fenced) {
      out.push(line);
      continue;
    }
    // Odd pieces of a split on backticks are code spans.
    out.push(
      line
        .split('`')
        .map((piece, i) => (i % 2 ? piece : piece.replace(/[{}<]/g, (c) => `\\${c}`)))
        .join('`'),
    );
  }
  return out.join('\n').trim();
}

/**
 * Links within the old tool's site (`/languages/kotlin.html`, `../kotlin/`) point at pages this site does not have:
 * one whose last part names an entry goes to that entry's page; any other keeps its text, loses its target, and is
 * reported.
 */
export function relink(markdown: string, ids: ReadonlySet<string>, where: string, skipped: Skipped[]): string {
  return markdown.replace(
    /(!?)\[([^\]]*)\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]*)(\s+"[^"]*")?\)/gi,
    (all, bang, text, target) => {
      if (bang) return all;
      const last = String(target)
        .split(/[?#]/)[0]!
        .replace(/\/+$/, '')
        .split('/')
        .at(-1)!
        .replace(/\.html?$/, '');
      if (ids.has(last)) return `[${text}](/radar/${last}/)`;
      skipped.push({
        where,
        what: `link to "${target}"`,
        reason: 'a page of the old site with no page here; its text is kept',
      });
      return text;
    },
  );
}

/** Plain text of a Markdown snippet, for one-line fields (summary, note): links keep their text, marks go. */
function plain(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text, cut at a word boundary to `max` characters with an ellipsis when longer. */
function firstSentence(text: string, max: number): string {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function file(data: Record<string, unknown>, body: string): string {
  const front = stringify(data, { lineWidth: 0 }).trimEnd();
  return `---\n${front}\n---\n${body ? `${body}\n` : ''}`;
}

/**
 * The content files of a portable radar, by path under the content folder, and what could not be carried (added to
 * `skipped`, which the import prints). The placements cite the radar itself: they are its owners' decisions, so the
 * placement policy's evidence rules do not apply to them (see policyBreaches).
 */
export function radarContent(
  radar: PortableRadar,
  origin: ImportOrigin,
  skipped: Skipped[] = [],
): { files: Map<string, string>; skipped: Skipped[] } {
  const files = new Map<string, string>();
  const out = [...skipped];
  const editions = new Map(radar.editions.map((e) => [e.id, e]));
  const rings = new Map(radar.rings.map((r) => [r.id, r]));
  const segments = new Map(radar.segments.map((s) => [s.id, s]));
  const newest = radar.editions.at(-1)!;
  const ids = new Set(radar.entries.map((e) => e.id));

  files.set(
    `sources/${IMPORTED_SOURCE}.mdx`,
    file(
      {
        title: radar.title,
        author: "The radar's owners",
        date: newest.date,
        kind: 'radar',
        summary: firstSentence(`The ${origin.format} this radar was imported from (${origin.file}).`, LIMITS.summary),
      },
      mdxSafe(
        `Imported with \`npm run import\` from the ${origin.format} at \`${origin.file}\`: ${radar.rings.length} rings, ${radar.segments.length} segments, ${radar.editions.length} editions and ${radar.entries.length} entries. Every placement on this radar is its owners' decision, recorded here as they made it.`,
      ),
    ),
  );
  radar.rings.forEach((ring, i) => {
    const summary = ring.description
      ? firstSentence(plain(ring.description), LIMITS.summary)
      : `Entries the radar's owners placed in ${ring.title}.`;
    files.set(
      `rings/${ring.id}.mdx`,
      file(
        {
          title: ring.title,
          order: i + 1,
          ...(ring.color ? { color: ring.color.toLowerCase() } : {}),
          summary: pad(summary, ring.title),
        },
        mdxSafe(ring.description ?? ''),
      ),
    );
  });
  radar.segments.forEach((segment, i) => {
    const summary = segment.description
      ? firstSentence(plain(segment.description), LIMITS.summary)
      : `Entries the radar's owners put in ${segment.title}.`;
    files.set(
      `quadrants/${segment.id}.mdx`,
      file(
        { title: segment.title, order: i + 1, summary: pad(summary, segment.title) },
        mdxSafe(segment.description ?? ''),
      ),
    );
  });
  for (const edition of radar.editions) {
    const placed = radar.entries.filter((e) => e.history.some((h) => h.edition === edition.id)).length;
    files.set(
      `editions/${edition.id}.mdx`,
      file(
        {
          title: edition.title ?? `${radar.title} ${edition.date}`,
          date: edition.date,
          sources: [IMPORTED_SOURCE],
          summary: `${placed} ${placed === 1 ? 'entry' : 'entries'} placed in this edition of the imported radar.`,
        },
        '',
      ),
    );
  }

  for (const entry of radar.entries) {
    const where = `entry ${entry.id} (${entry.title})`;
    let id = entry.id;
    if (RESERVED.has(id)) {
      id = `${id}-entry`;
      out.push({ where, what: 'id', reason: `"${entry.id}" names a page of the radar itself; written as "${id}"` });
    }
    let title = entry.title;
    if (title.length > LIMITS.title) {
      title = `${title.slice(0, LIMITS.title - 1).trimEnd()}…`;
      out.push({ where, what: 'title', reason: `longer than ${LIMITS.title} characters; shortened to "${title}"` });
    }
    if (entry.featured === false)
      out.push({ where, what: 'featured: false', reason: 'PyRadar draws every entry it lists; this one is drawn too' });
    const description = entry.description ? plain(entry.description) : '';
    const last = entry.history.at(-1)!;
    const ringTitle = (ringId: string) => rings.get(ringId)?.title ?? ringId;
    const summary = description
      ? firstSentence(description, LIMITS.summary)
      : `${title}: ${ringTitle(last.ring)} in ${segments.get(entry.segment)?.title ?? entry.segment}, on ${radar.title}.`;
    // Where each placement puts the entry: what it names, else where the one before left it (the first, where it names
    // none, is where the entry is now).
    const at: string[] = [];
    for (const [i, h] of entry.history.entries()) at.push(h.segment ?? (i ? at[i - 1]! : entry.segment));
    const moved = new Set(at).size > 1;
    const history = entry.history.map((h, i) => {
      const editionTitle = editions.get(h.edition)?.title ?? h.edition;
      let note = h.note ? plain(h.note) : '';
      if (note.length > LIMITS.note) {
        note = firstSentence(note, LIMITS.note);
        out.push({ where, what: `note of ${h.edition}`, reason: `longer than ${LIMITS.note} characters; shortened` });
      }
      if (note.length < 20)
        note = `Placed in ${ringTitle(h.ring)} in ${editionTitle} of the imported radar.${note ? ` ${note}` : ''}`;
      const item: Record<string, unknown> = {
        edition: h.edition,
        ring: h.ring,
        note,
        basis: ['expert-recommendation'],
        sources: [IMPORTED_SOURCE],
      };
      // An entry that moves names its first segment and each move, so earlier editions draw it where it was.
      if (moved && (i === 0 || at[i] !== at[i - 1])) item['quadrant'] = at[i];
      return item;
    });
    // The current segment is the last one history records, when it records any.
    const recorded = history.filter((h) => h['quadrant']).at(-1)?.['quadrant'] as string | undefined;
    const links: Record<string, string> = {};
    for (const key of ['home', 'docs', 'repo'] as const) {
      const url = entry.links[key];
      if (url && url.length <= 200) links[key] = url;
      else if (url) out.push({ where, what: `links.${key}`, reason: 'longer than 200 characters' });
    }
    const tags = entry.tags.filter((t) => t.length <= 40);
    for (const t of entry.tags.filter((t) => t.length > 40))
      out.push({ where, what: `tag "${t}"`, reason: 'longer than 40 characters' });
    files.set(
      `entries/${id}.mdx`,
      file(
        {
          title,
          quadrant: recorded ?? entry.segment,
          summary: pad(summary, title),
          tags: [...new Set(tags)],
          history,
          sources: [{ source: IMPORTED_SOURCE }],
          ...(Object.keys(links).length ? { links } : {}),
        },
        mdxSafe(relink(entry.description ?? '', ids, where, out)),
      ),
    );
  }
  return { files, skipped: out };
}

/** A summary too short for the schema's 20 characters gets a plain tail naming what it is. */
function pad(summary: string, name: string): string {
  return summary.length >= 20 ? summary : `${summary} (${name}, on the imported radar)`.slice(0, 160);
}
