// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { buildWarnings } from './src/integrations/warnings.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/base-links.ts';
import { headingAnchorsPlugin } from './src/lib/heading-anchors.ts';
import { externalLinksPlugin } from './src/lib/external-links.ts';
import { loadContent } from './src/lib/content/load.ts';
import { aliasRedirects } from './src/lib/aliases.ts';
import { cspDirectives, cspHash, scriptSources, styleSources } from './src/lib/csp.ts';
import { REDIRECT_SCRIPT } from './src/lib/redirect.ts';
import { CODE_THEMES, codeHighlightPlugin } from './src/lib/code-classes.ts';
import { codeStyles } from './src/integrations/code-styles.ts';
import { ringStyles } from './src/integrations/ring-styles.ts';
import { images } from './src/integrations/images.ts';
import { imageJobs } from './src/lib/og/images.ts';

// BASE_PATH deploys under a sub-path (e.g. /pyradar/ for a GitHub Pages project site);
// SITE is the public origin, used for canonical URLs and feeds.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE ?? 'https://pyradar.example';
// Content is read and checked once here: the check fails the build, the aliases shape the sitemap.
const root = fileURLToPath(new URL('.', import.meta.url));
const content = loadContent(`${root}content`, root);
// Redirect pages for renamed content stay out of the sitemap: search engines should index the new URL.
const aliasPaths = new Set(aliasRedirects(content.set).map((r) => r.from));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      mdastPlugins: [baseLinksPlugin(base)],
      hastPlugins: [codeHighlightPlugin(CODE_THEMES), headingAnchorsPlugin(), externalLinksPlugin()],
    }),
    // Code is highlighted by codeHighlightPlugin, with classes instead of the style attributes CSP would refuse.
    syntaxHighlight: false,
  },
  integrations: [
    contentCheck(content.problems),
    codeStyles(CODE_THEMES),
    // Ring colours by each ring's place or own colour, for whatever rings the content defines.
    ringStyles(
      [...content.set.rings]
        .sort((a, b) => a.data.order - b.data.order)
        .map((r) => ({ id: r.id, color: r.data.color })),
    ),
    mdx(),
    // Preview images and chart PNGs, rendered in worker threads beside the build.
    images(() => imageJobs(content.set, site, base)),
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname.replace(base.replace(/\/$/, ''), '');
        // An edition's snapshot of an entry names the entry page as its canonical: the sitemap lists canonical pages.
        return (
          !/^\/(og|api|embed|downloads)\//.test(path) &&
          !/^\/editions\/[^/]+\/[^/]+\/$/.test(path) &&
          !aliasPaths.has(path)
        );
      },
    }),
    pagefind(),
  ],
  // Every page gets a CSP meta: the directives in src/lib/csp.ts plus hashes of the inline scripts and styles.
  security: {
    csp: {
      directives: [...cspDirectives],
      // The redirect pages' is:inline script is the same text everywhere: one hash allows it.
      scriptDirective: { resources: scriptSources, hashes: [cspHash(REDIRECT_SCRIPT)] },
      styleDirective: { resources: styleSources },
    },
  },
  devToolbar: { enabled: false },
  // Known upstream warnings are dropped at their source; a new kind fails the build (src/integrations/warnings.ts).
  vite: { plugins: [buildWarnings()] },
});
