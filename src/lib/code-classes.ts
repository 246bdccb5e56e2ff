import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import type { Element, Root, RootContent } from 'hast';
import { createHighlighter, type ShikiTransformer } from 'shiki';

/**
 * Code blocks without style attributes. Shiki writes every token's colours into `style="…"`, which a
 * Content-Security-Policy can only allow with 'unsafe-inline'. Here each declaration becomes a class named after it
 * (`color:#CF222E` → `shk-c-cf222e`), and codeCss() writes one rule per declaration the two themes can produce, so
 * the bundled stylesheet draws exactly what the style attributes did.
 */

/** The two Shiki themes: light is the default, dark comes through the --shiki-dark variables (global.css). */
export interface CodeThemes {
  light: string;
  dark: string;
}

/** Both GitHub "default" themes keep comments above 4.5:1 contrast; the dark one follows the system setting. */
export const CODE_THEMES: CodeThemes = { light: 'github-light-default', dark: 'github-dark-default' };

/** What Shiki's resolved theme (highlighter.getTheme) tells us: its default colours and token settings. */
export interface ThemePalette {
  fg: string;
  bg: string;
  settings: readonly { settings?: { foreground?: string | undefined; background?: string | undefined } }[];
}

export type Declaration = readonly [property: string, value: string];

/** Every property Shiki or Astro's code wrapper writes, and the short name its classes carry. */
const PROPERTIES: Record<string, string> = {
  color: 'c',
  'background-color': 'b',
  'font-style': 'fs',
  'font-weight': 'fw',
  'text-decoration': 'td',
  '--shiki-dark': 'dc',
  '--shiki-dark-bg': 'db',
  // Shiki writes font styles as variables for both themes (only colours get plain properties).
  '--shiki-light-font-style': 'lfs',
  '--shiki-light-font-weight': 'lfw',
  '--shiki-light-text-decoration': 'ltd',
  '--shiki-dark-font-style': 'dfs',
  '--shiki-dark-font-weight': 'dfw',
  '--shiki-dark-text-decoration': 'dtd',
  // Astro's wrapper: scrolling or wrapped lines, and the +/- markers of diff blocks.
  'overflow-x': 'ox',
  'white-space': 'ws',
  'word-wrap': 'ww',
  'user-select': 'us',
};

/** The fixed values Shiki gives font styles and Astro gives its wrapper; "inherit" where one theme sets none. */
const FIXED_VALUES: Record<string, readonly string[]> = {
  'font-style': ['italic', 'inherit'],
  'font-weight': ['bold', 'inherit'],
  'text-decoration': ['underline', 'line-through', 'underline line-through', 'inherit'],
  'overflow-x': ['auto'],
  'white-space': ['pre-wrap'],
  'word-wrap': ['break-word'],
  'user-select': ['none'],
};

export const CODE_CLASS_PREFIX = 'shk';

/** The class standing for one declaration; throws for a property this module does not know. */
export function declarationClass([property, value]: Declaration): string {
  const short = PROPERTIES[property];
  if (!short)
    throw new Error(
      `code block style: property "${property}" has no class (known: ${Object.keys(PROPERTIES).join(', ')}); add it to PROPERTIES in src/lib/code-classes.ts`,
    );
  const slug = value
    .trim()
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${CODE_CLASS_PREFIX}-${short}-${slug}`;
}

/** `a:b; c: d;` → [['a', 'b'], ['c', 'd']]; hex colours lower-cased so one colour is one class. */
export function parseStyle(style: string): Declaration[] {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon < 1) throw new Error(`code block style: "${part}" is not a property:value declaration`);
      const value = part.slice(colon + 1).trim();
      return [part.slice(0, colon).trim(), /^#[0-9a-f]+$/i.test(value) ? value.toLowerCase() : value] as const;
    });
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}

/** Moves every style attribute in a highlighted tree into classes, in place. */
export function stylesToClasses(node: Root | RootContent): void {
  if (node.type === 'element') {
    const element = node as Element;
    const style = element.properties['style'];
    if (typeof style === 'string') {
      const added = parseStyle(style).map(declarationClass);
      // Astro's wrapper writes `class` (astro-code), hast proper writes `className`: keep both, once.
      const own = [...classList(element.properties['className']), ...classList(element.properties['class'])];
      element.properties['className'] = [...new Set([...own, ...added])];
      delete element.properties['class'];
      delete element.properties['style'];
    }
  }
  if ('children' in node) for (const child of node.children) stylesToClasses(child);
}

/** A Shiki transformer that runs last (the root hook), after Astro's wrapper has added its own styles. */
export function stylesToClassesTransformer(): ShikiTransformer {
  return {
    name: 'pyradar:styles-to-classes',
    root(root) {
      stylesToClasses(root);
    },
  };
}

/**
 * A Sätteri hast plugin that highlights code blocks as Astro's built-in one does, with the two themes, and then
 * moves the styles into classes. Astro's own highlighter is switched off (`syntaxHighlight: false`): it would
 * leave style attributes and warn that Shiki and CSP do not mix.
 */
export function codeHighlightPlugin(themes: CodeThemes) {
  let highlighter: ReturnType<typeof satteriCreateHighlightFn> | undefined;
  return satteriHighlightPlugin(async (code, lang, meta) => {
    highlighter ??= satteriCreateHighlightFn('shiki', {
      themes: { ...themes },
      transformers: [stylesToClassesTransformer()],
      langs: [],
      langAlias: {},
      wrap: false,
    } as Parameters<typeof satteriCreateHighlightFn>[1]);
    const highlight = await highlighter;
    if (!highlight) throw new Error('code highlighting: Shiki did not start');
    return highlight(code, lang, meta);
  }, undefined);
}

function colours(palette: ThemePalette, key: 'foreground' | 'background'): string[] {
  const own = key === 'foreground' ? palette.fg : palette.bg;
  const fromSettings = palette.settings.map((s) => s.settings?.[key]).filter((c): c is string => Boolean(c));
  return [own, ...fromSettings, 'inherit'];
}

/** Every declaration a code block can carry with these two theme palettes (light as the default colour). */
export function themeDeclarations(light: ThemePalette, dark: ThemePalette): Declaration[] {
  const out: Declaration[] = [];
  const add = (property: string, values: readonly string[]) => {
    for (const value of values) out.push([property, /^#/.test(value) ? value.toLowerCase() : value]);
  };
  add('color', colours(light, 'foreground'));
  add('background-color', colours(light, 'background'));
  add('--shiki-dark', colours(dark, 'foreground'));
  add('--shiki-dark-bg', colours(dark, 'background'));
  for (const [property, values] of Object.entries(FIXED_VALUES)) {
    add(property, values);
    if (['font-style', 'font-weight', 'text-decoration'].includes(property))
      for (const theme of ['light', 'dark']) add(`--shiki-${theme}-${property}`, values);
  }
  return out;
}

/** One rule per declaration, each class setting exactly what its style attribute did; sorted and de-duplicated. */
export function codeCss(declarations: readonly Declaration[]): string {
  const rules = new Map<string, string>();
  for (const declaration of declarations)
    rules.set(declarationClass(declaration), `.${declarationClass(declaration)}{${declaration[0]}:${declaration[1]}}`);
  return `${[...rules.keys()]
    .sort()
    .map((k) => rules.get(k))
    .join('\n')}\n`;
}

/** The stylesheet for code blocks highlighted with these themes, from Shiki's own resolved palettes. */
export async function codeThemeCss(themes: CodeThemes): Promise<string> {
  const highlighter = await createHighlighter({ themes: [themes.light, themes.dark], langs: [] });
  try {
    return codeCss(themeDeclarations(highlighter.getTheme(themes.light), highlighter.getTheme(themes.dark)));
  } finally {
    highlighter.dispose();
  }
}
