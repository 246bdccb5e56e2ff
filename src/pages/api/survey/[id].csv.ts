import type { APIRoute, GetStaticPaths } from 'astro';
import { content, byId, collectionOf } from '../../../data/content.ts';
import { questionCsv } from '../../../lib/api.ts';

export const getStaticPaths = (async () =>
  (await collectionOf('survey')).map((q) => ({ params: { id: q.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const question = byId((await content()).survey, params.id ?? '', 'survey question');
  return new Response(questionCsv(question), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
