/**
 * The site's radar as a portable radar, and the export files the build writes from it under /api/export/: the same
 * data in the formats of AOE, Zalando, Build-Your-Own-Radar and Backstage, so a team can show it in those tools.
 */
import type { ContentSet } from '../content/types.ts';
import { editionsOldestFirst } from '../radar/model.ts';
import { exportAoe } from './aoe.ts';
import { exportBackstage } from './backstage.ts';
import { exportByor } from './byor.ts';
import type { PortableEntry, PortableRadar } from './model.ts';
import { exportZalando } from './zalando.ts';

/**
 * An entry's write-up as Markdown another tool can show: components (a survey chart) are left out, and links to this
 * site's pages become absolute, since the other tool lives elsewhere.
 */
export function portableMarkdown(body: string, origin: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\s*<[A-Z][\w.]*\b[^>]*\/>\s*$/.test(line))
    .join('\n')
    .replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${origin}${path})`)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The radar this content defines, for export: rings, segments, editions, and every entry still on the radar with its
 * history (retired entries have left it; the formats have no place for them). `origin` is the site's URL with its base,
 * without a trailing slash.
 */
export function siteRadar(set: ContentSet, origin: string): PortableRadar {
  const imported = set.sources.find((s) => s.data.kind === 'radar');
  return {
    title: imported?.data.title ?? 'PyRadar',
    rings: [...set.rings]
      .sort((a, b) => a.data.order - b.data.order)
      .map((r) => ({
        id: r.id,
        title: r.data.title,
        ...(r.data.color ? { color: r.data.color } : {}),
        description: r.data.summary,
      })),
    segments: [...set.quadrants]
      .sort((a, b) => a.data.order - b.data.order)
      .map((q) => ({ id: q.id, title: q.data.title, description: q.data.summary })),
    editions: editionsOldestFirst(set).map((e) => ({ id: e.id, date: e.data.date, title: e.data.title })),
    entries: [...set.entries]
      .filter((e) => !e.data.retired)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e): PortableEntry => {
        const description = portableMarkdown(e.body, origin);
        return {
          id: e.id,
          title: e.data.title,
          segment: e.data.quadrant,
          tags: e.data.tags,
          ...(description ? { description } : {}),
          links: Object.fromEntries(Object.entries(e.data.links).filter(([, v]) => v)) as PortableEntry['links'],
          history: e.data.history.map((h) => ({
            edition: h.edition,
            ring: h.ring,
            ...(h.quadrant ? { segment: h.quadrant } : {}),
            note: h.note,
          })),
        };
      }),
  };
}

/** The formats' shapes: each tool draws only some radars (BYOR and Zalando exactly four segments, for instance). */
export interface ExportResult {
  /** Path under /api/export/ → file text. */
  files: Map<string, string>;
  /** Formats this radar's shape does not fit, with the tool's reason. */
  skipped: { format: string; reason: string }[];
}

/** Every export file of the radar; a format whose tool cannot draw this radar's shape is skipped with its reason. */
export function exportFiles(radar: PortableRadar): ExportResult {
  const files = new Map<string, string>();
  const skipped: ExportResult['skipped'] = [];
  const attempt = (format: string, write: () => void) => {
    try {
      write();
    } catch (error) {
      skipped.push({ format, reason: error instanceof Error ? error.message : String(error) });
    }
  };
  attempt('aoe', () => {
    const aoe = exportAoe(radar);
    for (const [path, text] of aoe) files.set(`aoe/${path}`, text);
    // A folder cannot be listed over HTTP: the index names every file, for a script that fetches them all.
    files.set('aoe/index.json', `${JSON.stringify({ files: [...aoe.keys()].sort() }, null, 2)}\n`);
  });
  attempt('zalando', () => files.set('zalando.json', exportZalando(radar)));
  attempt('byor', () => {
    files.set('byor.csv', exportByor(radar, 'csv'));
    files.set('byor.json', exportByor(radar, 'json'));
  });
  attempt('backstage', () => files.set('backstage.json', exportBackstage(radar)));
  return { files, skipped };
}
