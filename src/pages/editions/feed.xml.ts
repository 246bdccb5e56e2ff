import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { content, url } from '../../data/content.ts';
import { editionsOldestFirst, radarAt } from '../../lib/radar/model.ts';
import { paths } from '../../lib/urls.ts';

// Announces each edition, newest first. Dates as precise as the sources (a year becomes 1 January).
export const GET: APIRoute = async ({ site }) => {
  const set = await content();
  const editions = editionsOldestFirst(set).reverse();
  return rss({
    title: 'PyRadar editions',
    description: 'New editions of the Python radar: what is new, what moved, and why.',
    site: site ?? 'https://pyradar.example',
    items: editions.map((e) => {
      const changed = radarAt(set, e.id).items.filter(
        (i) => !i.standing.carried && i.standing.movement !== 'unchanged',
      ).length;
      return {
        title: e.data.title,
        link: url(paths.edition(e.id)),
        pubDate: new Date(
          `${e.data.date}${e.data.date.length === 4 ? '-01-01' : e.data.date.length === 7 ? '-01' : ''}T00:00:00Z`,
        ),
        description: `${e.data.summary} ${changed} entries new or moved.`,
      };
    }),
  });
};
