import type { ScannedPage, Tag } from './html.ts';
import { urlPathOf, type SiteInfo } from './site.ts';

/** A URL found in a page, with where it was found. */
export interface Reference {
  tag: string;
  attr: string;
  url: string;
}

/** A link whose target file or fragment is missing. */
export interface BrokenLink extends Reference {
  /** The page it is on, relative to the output folder. */
  page: string;
  problem: string;
}

/** Attributes that name a URL, per element; srcset holds a list. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Meta tags whose content is a URL of this site: social previews point at real pages and images. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

/** The URLs in a srcset: each candidate is a URL then an optional descriptor. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The URL of `<meta http-equiv="refresh" content="0;url=…">`, the form of Astro's redirect pages. */
export function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d+(?:\.\d+)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"]+)['"]?\s*$/i.exec(content);
  return match?.[1]?.trim();
}

/** Every URL a tag refers to. */
export function tagReferences(tag: Tag): Reference[] {
  const out: Reference[] = [];
  for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
    const value = tag.attrs.get(attr);
    if (value === undefined) continue;
    if (attr === 'srcset') out.push(...srcsetUrls(value).map((url) => ({ tag: tag.name, attr, url })));
    else out.push({ tag: tag.name, attr, url: value.trim() });
  }
  if (tag.name === 'meta') {
    const content = tag.attrs.get('content') ?? '';
    const key = (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '').toLowerCase();
    if (URL_METAS.has(key)) out.push({ tag: 'meta', attr: key, url: content.trim() });
    if ((tag.attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
      const url = refreshUrl(content);
      if (url) out.push({ tag: 'meta', attr: 'http-equiv=refresh', url });
    }
  }
  return out;
}

export type Resolved =
  | { kind: 'external' }
  | { kind: 'broken'; problem: string }
  | { kind: 'internal'; file: string; fragment: string; alternative?: string };

/**
 * Resolves a URL found on `page` to a file in the output folder. Schemes other than http(s) and other hosts
 * are external (not checked here); same-origin URLs outside the base path are broken, since the site
 * is served only under its base.
 */
export function resolveReference(url: string, page: string, site: SiteInfo): Resolved {
  if (/^(mailto|tel|javascript|data|blob|about):/i.test(url)) return { kind: 'external' };
  let target: URL;
  const pageUrl = new URL(urlPathOf(page, site.base), site.origin);
  try {
    target = new URL(url, pageUrl);
  } catch {
    return { kind: 'broken', problem: 'is not a valid URL' };
  }
  if (!/^https?:$/.test(target.protocol) || target.origin !== site.origin) return { kind: 'external' };
  if (!target.pathname.startsWith(site.base))
    return { kind: 'broken', problem: `is outside the base path ${site.base} (resolves to ${target.pathname})` };
  let path: string;
  try {
    path = decodeURIComponent(target.pathname.slice(site.base.length));
  } catch {
    return { kind: 'broken', problem: 'has invalid percent-encoding' };
  }
  let fragment = '';
  try {
    fragment = decodeURIComponent(target.hash.slice(1));
  } catch {
    return { kind: 'broken', problem: 'has an invalid percent-encoded fragment' };
  }
  if (path === '' || path.endsWith('/')) return { kind: 'internal', file: `${path}index.html`, fragment };
  return { kind: 'internal', file: path, fragment, alternative: `${path}/index.html` };
}

/** Fragments every page has: empty (#) and #top scroll to the top without an element. */
function fragmentOk(fragment: string, anchors: Set<string> | undefined): boolean {
  if (fragment === '' || fragment.toLowerCase() === 'top') return true;
  return anchors?.has(fragment) ?? true;
}

/**
 * Checks every internal reference on every page: the target file must exist, and a fragment must name an id
 * (or an <a name>) in the target page. `pages` maps HTML files to their scans; `files` is every file built.
 */
export function checkLinks(pages: Map<string, ScannedPage>, files: Set<string>, site: SiteInfo): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, scan] of pages) {
    for (const tag of scan.tags) {
      for (const ref of tagReferences(tag)) {
        const resolved = resolveReference(ref.url, page, site);
        if (resolved.kind === 'external') continue;
        if (resolved.kind === 'broken') {
          broken.push({ page, ...ref, problem: resolved.problem });
          continue;
        }
        if (!files.has(resolved.file)) {
          const problem =
            resolved.alternative && files.has(resolved.alternative)
              ? `has no trailing slash: ${resolved.file} is a folder (the site uses trailingSlash: 'always')`
              : `goes to no file (${resolved.file} does not exist)`;
          broken.push({ page, ...ref, problem });
          continue;
        }
        if (!resolved.file.endsWith('.html')) continue;
        const targetAnchors = pages.get(resolved.file)?.anchors;
        if (!fragmentOk(resolved.fragment, targetAnchors))
          broken.push({ page, ...ref, problem: `#${resolved.fragment} names no id in ${resolved.file}` });
      }
    }
  }
  return broken;
}

/** One line per broken link: page, element and attribute, URL, what is wrong. */
export function formatBroken(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page}: <${b.tag} ${b.attr}="${b.url}"> ${b.problem}`).join('\n');
}
