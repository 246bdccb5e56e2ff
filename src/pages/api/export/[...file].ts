import type { APIRoute, GetStaticPaths } from 'astro';
import { content } from '../../../data/content.ts';
import { exportFiles, siteRadar } from '../../../lib/interop/site.ts';

// The radar in other tools' formats (src/lib/interop/site.ts): /api/export/byor.csv, /api/export/aoe/config.json, …
export const getStaticPaths = (async () => {
  const origin = new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href.replace(/\/$/, '');
  const { files, skipped } = exportFiles(siteRadar(await content(), origin));
  // A shape a tool cannot draw (BYOR and Zalando take exactly four segments) is said in the build log, not hidden.
  for (const s of skipped) console.log(`[pyradar:export] no ${s.format} export: ${s.reason}`);
  return [...files].map(([file, text]) => ({ params: { file }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['text'] as string);
