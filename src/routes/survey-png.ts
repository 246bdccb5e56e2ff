import type { APIRoute, GetStaticPaths } from 'astro';
import { content, url, collectionOf } from '../data/content.ts';
import { questionSvg } from '../lib/downloads/charts.ts';
import { renderPng } from '../lib/downloads/render.ts';
import { paths } from '../lib/urls.ts';

// `/downloads/survey/<id>.png` for `astro dev`: the standalone SVG rendered at twice its size (cached by the SVG). A
// build renders these in worker threads instead (src/integrations/images.ts).
export const getStaticPaths = (async () =>
  (await collectionOf('survey')).map((q) => ({ params: { id: q.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params['id'] ?? '';
  const chart = questionSvg(await content(), id, new URL(url(paths.question(id)), site).href);
  return new Response(renderPng(chart.svg, chart.width) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
