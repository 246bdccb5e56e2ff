import { withBase } from './urls.ts';

/**
 * Content links are written root-relative (`/radar/fastapi/`); this Sätteri mdast plugin
 * prefixes the deployment base so the same MDX works at `/` and under a sub-path like `/pyradar/`.
 */
interface LinkNode {
  type: string;
  url: string;
}
interface Context {
  replaceNode(node: LinkNode, replacement: LinkNode): void;
}

/** The URL a root-relative content link gets under `base`; a link already under the base is left as it is. */
export function prefixBase(url: string, base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed && url.startsWith(`${trimmed}/`) ? url : withBase(url, base);
}

export function baseLinksPlugin(base: string) {
  return {
    name: 'pyradar-base-links',
    link(node: LinkNode, ctx: Context) {
      const url = prefixBase(node.url, base);
      if (url !== node.url) ctx.replaceNode(node, { ...node, url });
    },
  };
}
