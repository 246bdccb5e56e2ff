import type { APIRoute } from 'astro';
import { content } from '../../data/content.ts';
import { surveyJson } from '../../lib/api.ts';

export const GET: APIRoute = async () => Response.json(surveyJson(await content(), import.meta.env.BASE_URL));
