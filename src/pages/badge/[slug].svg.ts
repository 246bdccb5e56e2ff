import type { APIRoute, GetStaticPaths } from 'astro';
import { content } from '../../data/content.ts';
import { entryBadges } from '../../lib/badge.ts';

// `/badge/<slug>.svg`: a ring badge for READMEs and review comments, one per entry and per old slug.
export const getStaticPaths = (async () =>
  [...entryBadges(await content())].map(([slug, svg]) => ({
    params: { slug },
    props: { svg },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
