import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content/load.ts';
import { formatProblems } from '../lib/content/references.ts';

/**
 * Fails `astro build` and `astro dev` on any content problem, listing all of them:
 * the schemas alone cannot check cross-references, word ranges or links in bodies.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'pyradar:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = loadContent(`${root}content`, root);
        if (problems.length) throw new Error(`${problems.length} content problem(s):\n${formatProblems(problems)}`);
        logger.info('content checked: no problems');
      },
    },
  };
}
