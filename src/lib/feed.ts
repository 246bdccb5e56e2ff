import type { ContentSet } from './content/types.ts';
import { editionsOldestFirst, radarAt } from './radar/model.ts';
import { paths } from './urls.ts';

/** One item of the editions feed, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  /** HTML, as RSS readers read it: the plain-text summary, escaped. */
  description: string;
}

/** Escapes text for HTML, so a reader shows it as written and runs no markup. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The editions feed, newest first. Readers render an RSS description as HTML, so frontmatter text (plain text)
 * is escaped here; the XML writer escapes it once more for the XML itself.
 * Dates are as precise as the sources: a year becomes 1 January, a month its first day.
 */
export function editionFeedItems(set: ContentSet, link: (path: string) => string): FeedItem[] {
  return editionsOldestFirst(set)
    .reverse()
    .map((e) => {
      const changed = radarAt(set, e.id).items.filter(
        (i) => !i.standing.carried && i.standing.movement !== 'unchanged',
      ).length;
      const date = e.data.date;
      return {
        title: e.data.title,
        link: link(paths.edition(e.id)),
        pubDate: new Date(`${date}${date.length === 4 ? '-01-01' : date.length === 7 ? '-01' : ''}T00:00:00Z`),
        description: escapeHtml(`${e.data.summary} ${changed} entries new or moved.`),
      };
    });
}
