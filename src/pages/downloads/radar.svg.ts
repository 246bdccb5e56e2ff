import type { APIRoute } from 'astro';
import { content, url } from '../../data/content.ts';
import { currentRadarSvg } from '../../lib/downloads/charts.ts';
import { paths } from '../../lib/urls.ts';

// `/downloads/radar.svg`: the current edition's radar as a standalone SVG file, made at build time.
export const GET: APIRoute = async ({ site }) => {
  const chart = currentRadarSvg(await content(), new URL(url(paths.radar()), site).href);
  return new Response(chart.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
