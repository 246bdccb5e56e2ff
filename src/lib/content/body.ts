/**
 * Content bodies rendered as Markdown, with the few components a body may hold (mdx-guard.ts) drawn by the page:
 * each component becomes a placeholder paragraph before rendering and a slot after it. Compiling every body as an
 * MDX module made a large radar's build bundle thousands of modules; a body is data, so it renders as Markdown once,
 * when the content is loaded.
 */
import { mdxToMdast } from 'satteri';
import { COMPONENTS } from './mdx-guard.ts';

export type ComponentName = (typeof COMPONENTS)[number];

/** One piece of a rendered body: HTML, or a component the page draws with these props. */
export type BodySegment = { html: string } | { component: ComponentName; props: Record<string, string> };

const slot = (n: number) => `PYRADARSLOT${n}X`;
const SLOT_PARAGRAPH = /<p>PYRADARSLOT(\d+)X<\/p>\n?/;

interface Node {
  type: string;
  name?: string | null;
  position?: { start: { offset?: number }; end: { offset?: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** The body as Markdown with each component replaced by a placeholder paragraph, and the components in order. */
export function slotComponents(body: string): {
  markdown: string;
  components: { component: ComponentName; props: Record<string, string> }[];
} {
  if (!COMPONENTS.some((name) => body.includes(`<${name}`))) return { markdown: body, components: [] };
  const found: { start: number; end: number; component: ComponentName; props: Record<string, string> }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'mdxJsxFlowElement' && (COMPONENTS as readonly string[]).includes(node.name ?? '')) {
      const props: Record<string, string> = {};
      // The guard allows string props only; anything else never reaches a build.
      for (const a of node.attributes ?? [])
        if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') props[a.name] = a.value;
      found.push({
        start: node.position!.start.offset!,
        end: node.position!.end.offset!,
        component: node.name as ComponentName,
        props,
      });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(body) as Node);
  let markdown = '';
  let from = 0;
  found.forEach((c, i) => {
    markdown += `${body.slice(from, c.start)}${slot(i)}`;
    from = c.end;
  });
  markdown += body.slice(from);
  return { markdown, components: found.map(({ component, props }) => ({ component, props })) };
}

/** The rendered HTML cut at each placeholder paragraph, with its component in the slot. */
export function splitRendered(
  html: string,
  components: { component: ComponentName; props: Record<string, string> }[],
): BodySegment[] {
  const segments: BodySegment[] = [];
  let rest = html;
  for (;;) {
    const match = SLOT_PARAGRAPH.exec(rest);
    if (!match) break;
    if (match.index > 0) segments.push({ html: rest.slice(0, match.index) });
    const component = components[Number(match[1])];
    if (!component) throw new Error(`rendered body has a slot ${match[1]} with no component`);
    segments.push(component);
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest.includes('PYRADARSLOT')) throw new Error('rendered body has a component slot inside other text');
  if (rest) segments.push({ html: rest });
  return segments;
}
