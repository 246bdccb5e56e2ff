import GithubSlugger from 'github-slugger';

/**
 * A Sätteri hast plugin: every h2 and h3 in content gets an id (the same slug Astro would give it)
 * and a visible "#" link, so readers can paste a link to a section into a review.
 */
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
}
interface Context {
  textContent(node: HastElement): string;
  setProperty(node: HastElement, key: string, value: unknown): void;
  appendChild(node: HastElement, child: unknown): void;
}

export function headingAnchorsPlugin() {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'pyradar-heading-anchors',
      element: {
        filter: ['h2', 'h3'],
        visit(node: HastElement, ctx: Context) {
          const text = ctx.textContent(node);
          const existing = node.properties?.['id'];
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          ctx.setProperty(node, 'id', id);
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            // Kept out of the search index so result headings read cleanly.
            properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to the section “${text}”`, dataPagefindIgnore: '' },
            children: [{ type: 'text', value: '#' }],
          });
        },
      },
    };
  };
}
