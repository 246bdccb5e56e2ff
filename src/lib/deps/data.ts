import type { PackagesJson } from '../api.ts';
import { clip } from './requirement.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isWebUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);

const RECORD_STRINGS = ['slug', 'title', 'ring', 'quadrant', 'quadrantTitle', 'lastReviewed'] as const;

/**
 * Why a value is not `/api/packages.json` data, or undefined when it is. Data may come from a URL, so links are held to
 * http(s) before a report puts them in Markdown.
 */
export function packagesDataProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not a JSON object';
  if (typeof value['asOf'] !== 'string') return '"asOf" is missing or not a string';
  if (!isWebUrl(value['site'])) return '"site" is missing or not an http(s) URL';
  const rings = value['rings'];
  if (!Array.isArray(rings) || !rings.length) return '"rings" is missing or empty';
  for (const [i, ring] of rings.entries())
    if (
      !isObject(ring) ||
      typeof ring['id'] !== 'string' ||
      typeof ring['title'] !== 'string' ||
      typeof ring['order'] !== 'number'
    )
      return `rings[${i}] needs a string "id" and "title" and a number "order"`;
  const packages = value['packages'];
  if (!isObject(packages)) return '"packages" is missing or not an object';
  for (const [name, record] of Object.entries(packages)) {
    const where = `packages[${clip(name, 30)}]`;
    if (!isObject(record)) return `${where} is not an object`;
    for (const field of RECORD_STRINGS)
      if (typeof record[field] !== 'string') return `${where}.${field} is missing or not a string`;
    if (!isWebUrl(record['url'])) return `${where}.url is missing or not an http(s) URL`;
    if (typeof record['retired'] !== 'boolean') return `${where}.retired is missing or not true/false`;
    const alternatives = record['alternatives'];
    if (
      !Array.isArray(alternatives) ||
      !alternatives.every((slug) => typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug))
    )
      return `${where}.alternatives is not a list of entry slugs`;
  }
  const entries = value['entries'];
  if (entries !== undefined) {
    if (!isObject(entries)) return '"entries" is not an object';
    for (const [slug, entry] of Object.entries(entries))
      if (!isObject(entry) || typeof entry['title'] !== 'string' || !isWebUrl(entry['url']))
        return `entries[${clip(slug, 30)}] needs a string "title" and an http(s) "url"`;
  }
  return undefined;
}

/** The value as packages data, or an error naming what is wrong with it. */
export function asPackagesData(value: unknown): PackagesJson {
  const problem = packagesDataProblem(value);
  if (problem) throw new Error(`not PyRadar packages data (/api/packages.json): ${problem}`);
  return value as PackagesJson;
}
