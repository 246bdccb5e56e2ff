import type { AstroIntegration } from 'astro';
import { ringCss } from '../lib/radar/rings.ts';

const ID = 'virtual:pyradar/rings.css';
const RESOLVED = `\0${ID}`;

/**
 * Serves the ring colours of this radar's rings (src/lib/radar/rings.ts) as `virtual:pyradar/rings.css`, read from the
 * content the config loads. Base.astro and Embed.astro import it, so the colours ship in the site's one stylesheet,
 * whatever rings the content defines, and no inline style needs a CSP hash.
 */
export function ringStyles(rings: readonly { id: string; color?: string | undefined }[]): AstroIntegration {
  return {
    name: 'pyradar:ring-styles',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pyradar:ring-styles',
                resolveId: (id) => (id === ID ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? ringCss(rings) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
