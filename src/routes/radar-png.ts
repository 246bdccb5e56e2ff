import type { APIRoute } from 'astro';
import { content, url } from '../data/content.ts';
import { currentRadarSvg } from '../lib/downloads/charts.ts';
import { renderPng } from '../lib/downloads/render.ts';
import { paths } from '../lib/urls.ts';

// `/downloads/radar.png` for `astro dev`: the radar's standalone SVG at twice its size (cached by the SVG). A build
// renders it in a worker thread instead (src/integrations/images.ts).
export const GET: APIRoute = async ({ site }) => {
  const chart = currentRadarSvg(await content(), new URL(url(paths.radar()), site).href);
  return new Response(renderPng(chart.svg, chart.width) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
