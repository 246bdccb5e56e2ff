import type { APIRoute } from 'astro';
import { content } from '../../data/content.ts';
import { topicsJson } from '../../lib/api.ts';

export const GET: APIRoute = async () => Response.json(topicsJson(await content(), import.meta.env.BASE_URL));
