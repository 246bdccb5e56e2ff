import type { APIRoute, GetStaticPaths } from 'astro';
import { content, byId, collectionOf } from '../../../data/content.ts';
import { questionJson } from '../../../lib/api.ts';

export const getStaticPaths = (async () =>
  (await collectionOf('survey')).map((q) => ({ params: { id: q.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  Response.json(
    questionJson(byId((await content()).survey, params.id ?? '', 'survey question'), import.meta.env.BASE_URL),
  );
