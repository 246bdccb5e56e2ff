import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind after the build, from its Node API.
 * Pages mark what is indexed with data-pagefind-body; header, footer and nav stay out.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pyradar:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // "+" and "#" keep "N+1" and "C#"-style terms whole.
        const { index, errors } = await createIndex({ includeCharacters: '+#', forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await close();
      },
    },
  };
}
