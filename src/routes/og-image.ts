import type { APIRoute, GetStaticPaths } from 'astro';
import { content } from '../data/content.ts';
import { ogCards } from '../lib/og/pages.ts';
import { renderCard } from '../lib/og/render.ts';
import type { CardInput } from '../lib/og/card.ts';

// One 1200×630 preview image per content page, plus one for the site, drawn on request by `astro dev` only: a build
// renders them all at once in worker threads (src/integrations/images.ts).
export const getStaticPaths = (async () => {
  const cards = ogCards(await content());
  return [...cards].map(([path, input]) => ({ params: { path }, props: { input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { input: CardInput }).input);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
