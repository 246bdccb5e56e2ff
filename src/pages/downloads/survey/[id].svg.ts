import type { APIRoute, GetStaticPaths } from 'astro';
import { content, url, collectionOf } from '../../../data/content.ts';
import { questionSvg } from '../../../lib/downloads/charts.ts';
import { paths } from '../../../lib/urls.ts';

// `/downloads/survey/<id>.svg`: the chart as a standalone SVG file, made at build time.
export const getStaticPaths = (async () =>
  (await collectionOf('survey')).map((q) => ({ params: { id: q.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params['id'] ?? '';
  const chart = questionSvg(await content(), id, new URL(url(paths.question(id)), site).href);
  return new Response(chart.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
