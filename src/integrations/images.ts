import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderImages, type ImageJob } from '../lib/og/pool.ts';

/** The routes `astro dev` draws images through on request; a build renders them all here instead. */
const DEV_ROUTES = [
  { pattern: '/og/[...path].png', entrypoint: './src/routes/og-image.ts' },
  { pattern: '/downloads/survey/[id].png', entrypoint: './src/routes/survey-png.ts' },
  { pattern: '/downloads/radar.png', entrypoint: './src/routes/radar-png.ts' },
];

/**
 * The build's PNGs: link-preview images (/og/) and the charts' PNG downloads (/downloads/). A build renders them in
 * worker threads, one per core, from the moment it starts, beside Vite's bundling and Astro's page rendering on the
 * main thread, and writes them out when the pages are done: rendered one at a time inside the page build, they were
 * most of a large radar's build time. `images` names each file by its path under the site root.
 */
export function images(images: () => ReadonlyMap<string, ImageJob>): AstroIntegration {
  let rendering: Promise<Map<string, string>> | undefined;
  return {
    name: 'pyradar:images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') for (const route of DEV_ROUTES) injectRoute(route);
      },
      'astro:build:start': () => {
        rendering = renderImages(images());
        // Awaited in build:done, where a failure fails the build; not an unhandled rejection meanwhile.
        rendering.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!rendering) return;
        const done = await rendering;
        const root = fileURLToPath(dir);
        for (const [path, file] of done) {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          copyFileSync(file, join(root, path));
        }
        logger.info(`${done.size} images`);
      },
    },
  };
}
