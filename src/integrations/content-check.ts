import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblems } from '../lib/content/references.ts';
import type { Problem } from '../lib/content/types.ts';

/**
 * Fails `astro build` and `astro dev` on any content problem, listing all of them:
 * the schemas alone cannot check cross-references, word ranges or links in bodies.
 * Takes the problems astro.config.mjs found when it loaded the content, so content is read once.
 * The list goes to the logger, as `npm run check:content` prints it; the error that stops the build stays short.
 */
export function contentCheck(problems: Problem[]): AstroIntegration {
  return {
    name: 'pyradar:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (!problems.length) {
          logger.info('content checked: no problems');
          return;
        }
        const count = `${problems.length} content ${problems.length === 1 ? 'problem' : 'problems'}`;
        logger.error(`${count}:\n${formatProblems(problems)}`);
        const error = new AstroError(`${count} (listed above): fix them, or run \`npm run check:content\``);
        // The writer's content is at fault, not this hook: a stack trace would only bury the list.
        error.stack = '';
        throw error;
      },
    },
  };
}
