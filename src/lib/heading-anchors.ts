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
  replaceNode(node: HastElement, replacement: unknown): void;
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
          // The link sits beside the heading, not inside it, so the heading's accessible name stays its text.
          ctx.replaceNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrap'] },
            children: [
              { ...node, properties: { ...node.properties, id } },
              {
                type: 'element',
                tagName: 'a',
                // Kept out of the search index so result headings read cleanly.
                properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
                children: [
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { ariaHidden: 'true' },
                    children: [{ type: 'text', value: '#' }],
                  },
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['visually-hidden'] },
                    children: [{ type: 'text', value: `Section titled “${text}”` }],
                  },
                ],
              },
            ],
          });
        },
      },
    };
  };
}
