import { Parser, StaticConfigLoader } from 'html-validate';

/** One element of a built page: its name, its attributes (entities decoded) and, for script and style, its text. */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Raw text content of <script> and <style>; empty for other elements. */
  text: string;
}

/** What the quality checks need from a page: every element in document order, and the fragment targets. */
export interface ScannedPage {
  tags: Tag[];
  /** Every id, and every name of an <a>: what a #fragment may point at. */
  anchors: Set<string>;
}

export type Scanner = (html: string, filename?: string) => ScannedPage;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that can appear in attribute values of generated HTML. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * A scanner backed by html-validate's parser (a maintained HTML5 tokenizer, already a devDependency):
 * it knows raw-text elements, unquoted attributes and comments, which regexes get wrong.
 */
export async function createScanner(): Promise<Scanner> {
  const config = await new StaticConfigLoader({ elements: ['html5'] }).getConfigFor('page.html');
  return (html, filename = 'page.html') => {
    const root = new Parser(config).parseHtml({ data: html, filename, line: 1, column: 1, offset: 0 });
    const tags: Tag[] = [];
    const anchors = new Set<string>();
    for (const element of root.querySelectorAll('*')) {
      const attrs = new Map<string, string>();
      for (const attr of element.attributes) {
        const value = typeof attr.value === 'string' ? decodeEntities(attr.value) : '';
        attrs.set(attr.key.toLowerCase(), value);
      }
      const name = element.tagName.toLowerCase();
      const id = attrs.get('id');
      if (id) anchors.add(id);
      const anchorName = attrs.get('name');
      if (name === 'a' && anchorName) anchors.add(anchorName);
      tags.push({ name, attrs, text: name === 'script' || name === 'style' ? element.textContent : '' });
    }
    return { tags, anchors };
  };
}

/** The rel tokens of a <link>, lower-cased. */
export function relTokens(tag: Tag): string[] {
  return (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Script types that browsers execute; anything else (JSON-LD, importmap data, templates) is data. */
export function isExecutableScript(tag: Tag): boolean {
  const type = (tag.attrs.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
