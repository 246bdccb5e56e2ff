import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { content, url } from '../../data/content.ts';
import { editionFeedItems } from '../../lib/feed.ts';

// Announces each edition, newest first (items built and tested in src/lib/feed.ts).
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'PyRadar editions',
    description: 'New editions of the Python radar: what is new, what moved, and why.',
    site: site ?? 'https://pyradar.example',
    items: editionFeedItems(await content(), url),
  });
