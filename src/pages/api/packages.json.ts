import type { APIRoute } from 'astro';
import { content } from '../../data/content.ts';
import { packagesJson } from '../../lib/api.ts';

export const GET: APIRoute = async ({ site }) =>
  Response.json(packagesJson(await content(), import.meta.env.BASE_URL, String(site)));
