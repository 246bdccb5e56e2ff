import { readdirSync, readFileSync } from 'node:fs';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  CODE_THEMES,
  codeCss,
  codeThemeCss,
  declarationClass,
  parseStyle,
  stylesToClasses,
  stylesToClassesTransformer,
  themeDeclarations,
  type ThemePalette,
} from '../../src/lib/code-classes.ts';

const element = (properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children,
});

describe('declarations and classes', () => {
  it('names a class after its property and value, with one class per colour whatever its case', () => {
    expect(declarationClass(['color', '#CF222E'])).toBe('shk-c-cf222e');
    expect(declarationClass(['--shiki-dark', '#ff7b72'])).toBe('shk-dc-ff7b72');
    expect(declarationClass(['--shiki-dark-bg', '#0d1117'])).toBe('shk-db-0d1117');
    expect(declarationClass(['text-decoration', 'underline line-through'])).toBe('shk-td-underline-line-through');
    expect(declarationClass(['overflow-x', 'auto'])).toBe('shk-ox-auto');
  });

  it('fails on a property it has no class for, naming it and where to add it', () => {
    expect(() => declarationClass(['position', 'absolute'])).toThrow(
      /code block style: property "position" has no class .*add it to PROPERTIES in src\/lib\/code-classes.ts/,
    );
  });

  it("parses Shiki's styles and Astro's appended wrapper style alike", () => {
    expect(parseStyle('background-color:#FFFFFF;--shiki-dark-bg:#0d1117; overflow-x: auto;')).toEqual([
      ['background-color', '#ffffff'],
      ['--shiki-dark-bg', '#0d1117'],
      ['overflow-x', 'auto'],
    ]);
    expect(() => parseStyle('color')).toThrow('code block style: "color" is not a property:value declaration');
  });

  it('writes one rule per class, sorted, each setting what the style attribute did', () => {
    expect(
      codeCss([
        ['color', '#cf222e'],
        ['--shiki-dark', '#ff7b72'],
        ['color', '#cf222e'],
      ]),
    ).toBe('.shk-c-cf222e{color:#cf222e}\n.shk-dc-ff7b72{--shiki-dark:#ff7b72}\n');
  });

  it('lists the colours of both palettes, "inherit", and the fixed font and wrapper values', () => {
    const palette = (fg: string, bg: string, token: string): ThemePalette => ({
      fg,
      bg,
      settings: [{ settings: { foreground: token, background: '#EEEEEE' } }, {}],
    });
    const all = themeDeclarations(palette('#111111', '#FFFFFF', '#AA0000'), palette('#EEEEEE', '#000000', '#FF8888'));
    expect(all).toEqual(
      expect.arrayContaining([
        ['color', '#111111'],
        ['color', '#aa0000'],
        ['color', 'inherit'],
        ['background-color', '#ffffff'],
        ['background-color', '#eeeeee'],
        ['--shiki-dark', '#ff8888'],
        ['--shiki-dark-bg', '#000000'],
        ['font-style', 'italic'],
        ['--shiki-dark-font-style', 'inherit'],
        ['--shiki-dark-text-decoration', 'underline line-through'],
        ['overflow-x', 'auto'],
      ]),
    );
  });
});

describe('stylesToClasses', () => {
  it("moves every style into classes, keeping Astro's class and hast's className", () => {
    const span = element({ style: 'color:#CF222E;--shiki-dark:#FF7B72' });
    const pre = element({ class: 'astro-code github-light-default', className: ['x'], style: 'color:#1f2328' }, [
      element({ className: ['line'] }, [span]),
    ]);
    const root: Root = { type: 'root', children: [pre] };
    stylesToClasses(root);
    expect(pre.properties).toEqual({ className: ['x', 'astro-code', 'github-light-default', 'shk-c-1f2328'] });
    expect(span.properties).toEqual({ className: ['shk-c-cf222e', 'shk-dc-ff7b72'] });
  });

  it('leaves elements without a style alone', () => {
    const span = element({ className: ['line'], dataLine: '1' });
    stylesToClasses(span);
    expect(span.properties).toEqual({ className: ['line'], dataLine: '1' });
  });
});

/** Every code block in content/, with its language, as the build highlights them. */
function contentCodeBlocks(): { lang: string; code: string }[] {
  const blocks: { lang: string; code: string }[] = [];
  for (const dir of readdirSync('content', { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(`content/${dir.name}`).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(`content/${dir.name}/${file}`, 'utf8');
      for (const match of text.matchAll(/^```([\w+-]*)[^\n]*\n([\s\S]*?)^```/gm))
        blocks.push({ lang: match[1] || 'plaintext', code: match[2] ?? '' });
    }
  }
  return blocks;
}

/** Blocks that reach every kind of declaration: diff markers, Markdown italics, bold and strikethrough, invalid tokens. */
const EXTRA = [
  { lang: 'diff', code: '-old line\n+new line\n unchanged' },
  { lang: 'markdown', code: '# Title\n\n*italic* **bold** ~~struck~~ [link](https://example.com)' },
  { lang: 'python', code: 'def f(x: int) -> str:\n    """Doc."""\n    return f"{x!r}"  # comment\n' },
  { lang: 'json', code: '{ "a": [1, true, null], "b": bad }' },
];

function collect(node: Root | RootContent, styles: string[], classes: Set<string>): void {
  if (node.type === 'element') {
    if (node.properties['style'] !== undefined) styles.push(String(node.properties['style']));
    const names = node.properties['className'];
    if (Array.isArray(names)) for (const name of names) classes.add(String(name));
  }
  if ('children' in node) for (const child of node.children) collect(child, styles, classes);
}

describe('highlighting as the build does it', () => {
  it('leaves no style attribute in any code block, and the stylesheet has a rule for every class used', async () => {
    const highlight = await satteriCreateHighlightFn('shiki', {
      themes: { ...CODE_THEMES },
      transformers: [stylesToClassesTransformer()],
      langs: [],
      langAlias: {},
      wrap: false,
    } as Parameters<typeof satteriCreateHighlightFn>[1]);
    if (!highlight) throw new Error('no highlighter');
    const css = await codeThemeCss(CODE_THEMES);
    const blocks = [...contentCodeBlocks(), ...EXTRA];
    expect(blocks.length).toBeGreaterThan(50);
    const styles: string[] = [];
    const classes = new Set<string>();
    for (const { lang, code } of blocks)
      collect((await highlight(code, lang)) as unknown as RootContent, styles, classes);
    expect(styles).toEqual([]);
    expect(classes).toContain('astro-code');
    const used = [...classes].filter((c) => c.startsWith('shk-'));
    // Italic, a diff marker and a dark-theme colour at least, so the check reaches beyond plain colours.
    expect(used).toEqual(
      expect.arrayContaining(['shk-lfs-italic', 'shk-dfw-bold', 'shk-us-none', 'shk-dc-ff7b72', 'shk-ox-auto']),
    );
    const missing = used.filter((c) => !css.includes(`.${c}{`));
    expect(missing).toEqual([]);
  });
});
