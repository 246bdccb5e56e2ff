import { gzipSync } from 'node:zlib';
import { isExecutableScript, relTokens, type ScannedPage } from './html.ts';
import { resolveReference, tagReferences } from './links.ts';
import type { SiteInfo } from './site.ts';

/** Bytes a browser downloads, gzip-compressed at zlib's default level, as a static host sends them. */
export function gzipSize(data: string | Uint8Array): number {
  return data.length === 0 ? 0 : gzipSync(data).length;
}

/** What a page loads as it opens: external files (relative to the output folder) and inline code. */
export interface PageAssets {
  /** JavaScript files from script src and modulepreload, without repeats. */
  scripts: string[];
  inlineScripts: string[];
  stylesheets: string[];
  inlineStyles: string[];
  /** Things that load Pagefind at page load, which must happen only on demand. */
  pagefindAtLoad: string[];
  /** Resources requested from another host. */
  foreign: string[];
}

const PAGEFIND = /(^|\/)pagefind\//;
/** Elements whose src/href the browser fetches by itself: another host there is a third-party request. */
const RESOURCE_TAGS = new Set([
  'script',
  'link',
  'img',
  'iframe',
  'source',
  'video',
  'audio',
  'track',
  'embed',
  'object',
]);

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in (minified) JavaScript; dynamic import() is not one. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) if (match[2]) found.push(match[2]);
  return found;
}

/** Reads the parts of a scanned page that decide what it costs to load. */
export function pageAssets(page: string, scan: ScannedPage, site: SiteInfo): PageAssets {
  const assets: PageAssets = {
    scripts: [],
    inlineScripts: [],
    stylesheets: [],
    inlineStyles: [],
    pagefindAtLoad: [],
    foreign: [],
  };
  const local = (url: string): string | undefined => {
    const resolved = resolveReference(url, page, site);
    return resolved.kind === 'internal' ? resolved.file : undefined;
  };
  for (const tag of scan.tags) {
    if (RESOURCE_TAGS.has(tag.name))
      for (const ref of tagReferences(tag)) {
        if (
          tag.name === 'link' &&
          relTokens(tag).some((rel) => ['canonical', 'alternate', 'author', 'license', 'me'].includes(rel))
        )
          continue;
        if (!/^(https?:)?\/\//i.test(ref.url)) continue;
        const url = new URL(ref.url, site.origin);
        if (url.origin !== site.origin) assets.foreign.push(`<${tag.name} ${ref.attr}="${ref.url}">`);
      }
    if (tag.name === 'script') {
      const src = tag.attrs.get('src');
      if (src !== undefined) {
        if (PAGEFIND.test(src)) assets.pagefindAtLoad.push(`<script src="${src}">`);
        const file = local(src);
        if (file && isExecutableScript(tag) && !PAGEFIND.test(src)) assets.scripts.push(file);
      } else if (isExecutableScript(tag) && tag.text.trim()) {
        assets.inlineScripts.push(tag.text);
        for (const spec of staticImports(tag.text)) {
          if (PAGEFIND.test(spec)) assets.pagefindAtLoad.push(`inline script imports "${spec}" statically`);
          else if (/^\.{0,2}\//.test(spec) && local(spec)) assets.scripts.push(local(spec)!);
        }
      }
    } else if (tag.name === 'link') {
      const href = tag.attrs.get('href') ?? '';
      const rels = relTokens(tag);
      if (PAGEFIND.test(href) && !rels.includes('canonical'))
        assets.pagefindAtLoad.push(`<link rel="${rels.join(' ')}" href="${href}">`);
      const file = local(href);
      if (!file || PAGEFIND.test(href)) continue;
      if (rels.includes('modulepreload') || (rels.includes('preload') && tag.attrs.get('as') === 'script'))
        assets.scripts.push(file);
      if (rels.includes('stylesheet')) assets.stylesheets.push(file);
    } else if (tag.name === 'style') {
      assets.inlineStyles.push(tag.text);
    }
  }
  assets.scripts = [...new Set(assets.scripts)];
  assets.stylesheets = [...new Set(assets.stylesheets)];
  return assets;
}

/** Gzipped bytes a page loads at start, by kind, and the files behind them. */
export interface PageWeight {
  js: number;
  css: number;
  html: number;
  jsFiles: string[];
  cssFiles: string[];
  /** Files referenced but not found, and Pagefind loaded statically. */
  problems: string[];
}

/**
 * Weighs a page: each external file gzipped on its own (as served), inline code gzipped together,
 * and module scripts followed through their static imports, which load before the page's code runs.
 */
export function weighPage(
  html: string,
  assets: PageAssets,
  read: (file: string) => Uint8Array | undefined,
  base = '/',
): PageWeight {
  const problems = [...assets.pagefindAtLoad];
  const jsFiles: string[] = [];
  const queue = [...assets.scripts];
  while (queue.length) {
    const file = queue.shift()!;
    if (jsFiles.includes(file)) continue;
    const code = read(file);
    if (!code) {
      problems.push(`script ${file} is missing`);
      continue;
    }
    jsFiles.push(file);
    for (const spec of staticImports(Buffer.from(code).toString('utf8'))) {
      if (PAGEFIND.test(spec)) problems.push(`${file} imports "${spec}" statically`);
      else if (spec.startsWith(base)) queue.push(spec.slice(base.length));
      else if (/^\.\.?\//.test(spec)) queue.push(new URL(spec, `file:///${file}`).pathname.slice(1));
    }
  }
  const sizeOf = (files: string[]) =>
    files.reduce((total, file) => total + gzipSize(read(file) ?? new Uint8Array()), 0);
  const cssFiles = assets.stylesheets.filter((file) => {
    if (read(file)) return true;
    problems.push(`stylesheet ${file} is missing`);
    return false;
  });
  // Inline code travels inside the HTML; gzipped together it costs about what it adds to the page.
  return {
    js: sizeOf(jsFiles) + gzipSize(assets.inlineScripts.join('\n')),
    css: sizeOf(cssFiles) + gzipSize(assets.inlineStyles.join('\n')),
    html: gzipSize(html),
    jsFiles,
    cssFiles,
    problems,
  };
}
