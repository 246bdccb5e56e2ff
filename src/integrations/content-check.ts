import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content/references.ts';
import type { Problem } from '../lib/content/types.ts';

/**
 * Fails `astro build` and `astro dev` on any content problem, listing all of them:
 * the schemas alone cannot check cross-references, word ranges or links in bodies.
 * Takes the problems astro.config.mjs found when it loaded the content, so content is read once.
 */
export function contentCheck(problems: Problem[]): AstroIntegration {
  return {
    name: 'pyradar:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (problems.length) throw new Error(`${problems.length} content problem(s):\n${formatProblems(problems)}`);
        logger.info('content checked: no problems');
      },
    },
  };
}
