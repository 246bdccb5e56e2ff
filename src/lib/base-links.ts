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

/** The URL a root-relative content link gets under `base`; other URLs are left alone. */
export function prefixBase(url: string, base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  if (!trimmed || !url.startsWith('/') || url.startsWith('//') || url.startsWith(`${trimmed}/`)) return url;
  return `${trimmed}${url}`;
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
