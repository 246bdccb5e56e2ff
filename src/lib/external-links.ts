import { defineHastPlugin } from 'satteri';

/**
 * A Sätteri hast plugin: a link in content that leaves the site gets `rel="noopener noreferrer"`, so the
 * page it opens cannot reach back through `window.opener` and is not told which page linked to it.
 */

const REL = ['noopener', 'noreferrer'];

/** True for a URL on another site: absolute http(s), or protocol-relative `//host`. */
export function isExternal(href: string): boolean {
  const url = URL.parse(href, 'https://site.invalid/');
  return url !== null && ['http:', 'https:'].includes(url.protocol) && url.host !== 'site.invalid';
}

/** The rel tokens a link ends up with: any it had, plus noopener and noreferrer. */
export function externalRel(existing: unknown): string[] {
  const tokens = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(/\s+/).filter(Boolean)
      : [];
  return [...tokens, ...REL.filter((token) => !tokens.includes(token))];
}

export function externalLinksPlugin() {
  return defineHastPlugin({
    name: 'pyradar-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && isExternal(href))
          ctx.setProperty(node, 'rel', externalRel(node.properties['rel']));
      },
    },
  });
}
