import { mdxToMdast, type MdxJsxAttributeUnion } from 'satteri';
import type { Problem } from './types.ts';

/**
 * Content is data, not code. This guard parses each MDX body with Sätteri, the parser the build compiles
 * MDX with (through @astrojs/markdown-satteri), so it sees exactly the constructs the build would run:
 * ESM, JavaScript expressions, JSX elements and their attributes, links and images. Bodies may hold
 * Markdown and the components in COMPONENTS; everything else is one problem per finding.
 */

/** The only components a body may use; each is checked against its own props (today SurveyChart's `id`). */
export const COMPONENTS = ['SurveyChart'] as const;

/** What a body may contain, for messages. */
const ALLOWED = 'allowed: Markdown and <SurveyChart id="…" />';
const URLS = 'allowed: http, https or mailto URLs, or a site path starting with /';

/** The parts of an mdast node the guard reads; the tree is Sätteri's, with the MDX node types. */
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: MdxJsxAttributeUnion[];
}

/** What the guard needs of a content file. */
export interface GuardedBody {
  file: string;
  body: string;
  /** Line of the file on which the body starts (after the frontmatter); 1 when there is none. */
  bodyLine?: number;
}

/** What the guard needs to know of the rest of the content. */
export interface GuardContext {
  /** Survey question ids, which `<SurveyChart id>` must name. */
  questions: Set<string>;
  /** How the allowed ids read in a message. */
  questionsAllowed: string;
}

function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A URL as a message shows it: quoted, with hidden characters such as a tab escaped. */
function quoted(url: string, max = 60): string {
  return JSON.stringify(url.length > max ? `${url.slice(0, max - 1)}…` : url);
}

/**
 * True where a URL may appear in a link or image: an absolute http, https or mailto URL, or a site path.
 * The WHATWG URL parser decides, as a browser would, so `java\tscript:`, `//host` and `/\host` are caught.
 */
export function isAllowedUrl(url: string): boolean {
  const absolute = URL.parse(url);
  if (absolute) return ['http:', 'https:', 'mailto:'].includes(absolute.protocol);
  const base = 'https://site.invalid/';
  // A site path stays on the site: `//host` and `/\host` resolve to another host and are refused.
  return url.startsWith('/') && URL.parse(url, base)?.host === 'site.invalid';
}

/** The parser reports `line:column: message`; the line is the body's, the problem needs the file's. */
function syntaxProblem(file: string, message: string, bodyLine: number): Problem {
  const at = /^(\d+):(\d+):\s*/.exec(message);
  const line = at ? Number(at[1]) + bodyLine - 1 : bodyLine;
  const text = at ? message.slice(at[0].length) : message;
  return {
    file,
    field: `(body) line ${line}`,
    message: `MDX does not parse: ${text}; ${ALLOWED} (write a literal < or { as \\< or \\{, or inside \`code\`)`,
  };
}

/** Every construct in one body that is not Markdown or an allowed component, as problems. */
export function guardBody(item: GuardedBody, context: GuardContext): Problem[] {
  const bodyLine = item.bodyLine ?? 1;
  let tree: Node;
  try {
    // The build compiles the body without its frontmatter and with GFM on; parse it the same way.
    tree = mdxToMdast(item.body, { features: { gfm: true, frontmatter: false } }) as unknown as Node;
  } catch (error) {
    return [syntaxProblem(item.file, (error as Error).message, bodyLine)];
  }
  const problems: Problem[] = [];
  const report = (node: Node, message: string) =>
    problems.push({
      file: item.file,
      field: `(body) line ${(node.position?.start.line ?? 1) + bodyLine - 1}`,
      message,
    });

  const checkAttributes = (node: Node, tag: string, component: boolean) => {
    const takes = 'SurveyChart takes exactly one attribute: id="<survey question id>", a string';
    let ids = 0;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(
          node,
          `spread attribute {${shorten(attribute.value)}} on ${tag} is not allowed; ${component ? takes : ALLOWED}`,
        );
        continue;
      }
      const { name, value } = attribute;
      if (name.toLowerCase().startsWith('on')) {
        report(node, `event-handler attribute ${name} on ${tag} is not allowed anywhere; ${ALLOWED}`);
        continue;
      }
      if (name.toLowerCase() === 'target') {
        report(node, `target attribute on ${tag} is not allowed: links open where the reader chooses; ${ALLOWED}`);
        continue;
      }
      if (value !== null && value !== undefined && typeof value !== 'string') {
        const expression = `${name}={${shorten(value.value)}}`;
        report(node, `${expression} on ${tag} is a JavaScript expression, not allowed; ${component ? takes : ALLOWED}`);
        continue;
      }
      if (!component) {
        if (['href', 'src'].includes(name.toLowerCase()) && typeof value === 'string' && !isAllowedUrl(value))
          report(node, `${name}=${quoted(value)} on ${tag} is not allowed; ${URLS}`);
        continue;
      }
      if (name !== 'id') {
        report(node, `attribute ${name} on ${tag} is not allowed; ${takes}`);
        continue;
      }
      ids += 1;
      if (ids > 1) report(node, `${tag} has more than one id; ${takes}`);
      else if (typeof value !== 'string') report(node, `id on ${tag} has no value; ${takes}`);
      else if (!context.questions.has(value))
        report(node, `<SurveyChart id="${value}" /> names no survey question; allowed: ${context.questionsAllowed}`);
    }
    if (component && ids === 0) report(node, `${tag} has no id; ${takes}`);
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, `import/export is not allowed: "${shorten(String(node.value))}"; ${ALLOWED}`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          `JavaScript expression {${shorten(String(node.value))}} is not allowed; ${ALLOWED} (write a literal { as \\{)`,
        );
        return;
      case 'html':
        report(node, `raw HTML is not allowed; ${ALLOWED}`);
        return;
      case 'link':
      case 'definition':
        if (node.url !== undefined && !isAllowedUrl(node.url))
          report(node, `link to ${quoted(node.url)} is not allowed; ${URLS}`);
        break;
      case 'image':
        if (node.url !== undefined && !isAllowedUrl(node.url))
          report(node, `image source ${quoted(node.url)} is not allowed; ${URLS}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = node.name ? `<${node.name}>` : 'a fragment <>';
        const component = (COMPONENTS as readonly string[]).includes(node.name ?? '');
        if (!component) report(node, `element ${tag} is not allowed; ${ALLOWED}`);
        else if (node.children?.length) report(node, `${tag} takes no content; write it as <SurveyChart id="…" />`);
        // A chart is a block of its own: the page draws it between paragraphs (src/lib/content/body.ts).
        else if (node.type === 'mdxJsxTextElement')
          report(node, `${tag} goes on a line of its own, between paragraphs, not inside a sentence`);
        checkAttributes(node, tag, component);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
