import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where a built site is served from: the public origin and the base path every internal URL starts with. */
export interface SiteInfo {
  /** e.g. https://pyradar.example */
  origin: string;
  /** e.g. / or /pyradar/ (always with both slashes). */
  base: string;
}

export const DEFAULT_SITE = 'https://pyradar.example';

/** `/pyradar` or `pyradar/` → `/pyradar/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The origin and base of a build. SITE and BASE_PATH (as given to the build) win; otherwise they are read
 * from the home page's canonical URL, which Astro writes as site + base; otherwise the defaults.
 */
export function siteInfo(homeCanonical: string | undefined, env: Record<string, string | undefined> = {}): SiteInfo {
  let fromPage: URL | undefined;
  try {
    fromPage = homeCanonical ? new URL(homeCanonical) : undefined;
  } catch {
    fromPage = undefined;
  }
  const origin = env['SITE'] ? new URL(env['SITE']).origin : (fromPage?.origin ?? DEFAULT_SITE);
  const base = normaliseBase(env['BASE_PATH'] ?? fromPage?.pathname ?? '/');
  return { origin, base };
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Total size in bytes of the files under `dir` (0 when it does not exist). */
export function folderSize(dir: string): number {
  try {
    return listFiles(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
  } catch {
    return 0;
  }
}

/** The URL path a built file is served at: `radar/index.html` → `/pyradar/radar/`, `404.html` → `/pyradar/404.html`. */
export function urlPathOf(file: string, base: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${normaliseBase(base)}${path}`;
}

/** The kinds of page the budgets, validation and audit look at, each with a representative page. */
export const PAGE_TYPES = [
  'home',
  'radar',
  'entry',
  'topic',
  'chart',
  'search',
  'check',
  'editions',
  'edition-entry',
  'compare',
  'embed',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Classifies a built HTML file (path relative to the output folder) by the route that made it. */
export function pageType(file: string): PageType {
  if (file === 'index.html') return 'home';
  if (file === 'radar/index.html') return 'radar';
  if (file === 'search/index.html') return 'search';
  if (file === 'check/index.html') return 'check';
  if (/^radar\/(?!quadrants\/|rings\/)[^/]+\/index\.html$/.test(file)) return 'entry';
  if (/^topics\/[^/]+\/index\.html$/.test(file)) return 'topic';
  if (/^survey\/(?!sections\/)[^/]+\/index\.html$/.test(file)) return 'chart';
  if (/^editions\/([^/]+\/)?index\.html$/.test(file)) return 'editions';
  if (/^editions\/[^/]+\/[^/]+\/index\.html$/.test(file)) return 'edition-entry';
  if (/^compare\/[^/]+\/[^/]+\/index\.html$/.test(file)) return 'compare';
  if (/^embed\/(survey\/[^/]+\/|radar\/)index\.html$/.test(file)) return 'embed';
  return 'other';
}

/**
 * One page per type (other pages excluded): the largest HTML file of the type, so checks that look at
 * one page see the fullest one. Redirect stubs for old slugs are tiny and so never chosen.
 */
export function representatives(files: { file: string; size: number }[]): Map<PageType, string> {
  const best = new Map<PageType, { file: string; size: number }>();
  for (const candidate of files) {
    if (!candidate.file.endsWith('.html')) continue;
    const type = pageType(candidate.file);
    if (type === 'other') continue;
    const current = best.get(type);
    if (!current || candidate.size > current.size || (candidate.size === current.size && candidate.file < current.file))
      best.set(type, candidate);
  }
  return new Map(PAGE_TYPES.filter((type) => best.has(type)).map((type) => [type, best.get(type)!.file]));
}
