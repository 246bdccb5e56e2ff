import type { AstroIntegration } from 'astro';
import { type CodeThemes, codeThemeCss } from '../lib/code-classes.ts';

const ID = 'virtual:pyradar/code.css';
// The "\0" keeps other plugins off the id; the ".css" ending makes Vite treat it as a stylesheet.
const RESOLVED = `\0${ID}`;

/**
 * Serves the stylesheet for code-block classes (src/lib/code-classes.ts) as `virtual:pyradar/code.css`. Base.astro
 * imports it beside global.css, so it ships in the site's one cached stylesheet and the Content-Security-Policy
 * needs no 'unsafe-inline' for highlighted code.
 */
export function codeStyles(themes: CodeThemes): AstroIntegration {
  return {
    name: 'pyradar:code-styles',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pyradar:code-styles',
                resolveId: (id) => (id === ID ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? codeThemeCss(themes) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
