import type { APIRoute } from 'astro';
import { content } from '../../data/content.ts';
import { radarJson } from '../../lib/api.ts';

export const GET: APIRoute = async () => Response.json(radarJson(await content(), import.meta.env.BASE_URL));
