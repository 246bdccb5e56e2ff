import { join } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { guardBody, isAllowedUrl } from '../../src/lib/content/mdx-guard.ts';
import { checkReferences } from '../../src/lib/content/references.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { externalLinksPlugin, externalRel, isExternal } from '../../src/lib/external-links.ts';

const FILE = 'content/entries/hostile.mdx';
const context = { questions: new Set(['package-managers', 'type-hints-usage']), questionsAllowed: 'one of …' };
const ALLOWED = 'allowed: Markdown and <SurveyChart id="…" />';
const URLS = 'allowed: http, https or mailto URLs, or a site path starting with /';
const TAKES = 'SurveyChart takes exactly one attribute: id="<survey question id>", a string';

/**
 * A content file whose frontmatter takes lines 1 to 4, so the body starts on line 5; the construct under
 * test sits on the body's third line, line 7 of the file.
 */
function hostile(line: string): string {
  return `---\ntitle: Hostile\nquadrant: tools\n---\nSome prose first.\n\n${line}\n\nMore prose after.\n`;
}
function guard(text: string) {
  const { body, bodyLine } = splitFrontmatter(text);
  return guardBody({ file: FILE, body, bodyLine }, context);
}
const at7 = (message: string) => ({ file: FILE, field: '(body) line 7', message });

describe('the MDX guard refuses code in content bodies', () => {
  it('refuses an import, naming file, line and what is allowed', () => {
    expect(guard(hostile("import secret from '/etc/passwd?raw'"))).toEqual([
      at7(`import/export is not allowed: "import secret from '/etc/passwd?raw'"; ${ALLOWED}`),
    ]);
  });
  it('refuses an export', () => {
    expect(guard(hostile('export const x = 1'))).toEqual([
      at7(`import/export is not allowed: "export const x = 1"; ${ALLOWED}`),
    ]);
  });
  it('refuses an inline expression', () => {
    expect(guard(hostile('Your home is {process.env.HOME} today.'))).toEqual([
      at7(`JavaScript expression {process.env.HOME} is not allowed; ${ALLOWED} (write a literal { as \\{)`),
    ]);
  });
  it('refuses a flow expression, and an MDX comment, which is an expression too', () => {
    expect(guard(hostile('{new Date()}'))).toEqual([
      at7(`JavaScript expression {new Date()} is not allowed; ${ALLOWED} (write a literal { as \\{)`),
    ]);
    expect(guard(hostile('{/* note */}')).map((p) => p.message)).toEqual([
      expect.stringMatching(/^JavaScript expression \{\/\* note \*\/\} is not allowed/),
    ]);
  });
  it('refuses raw HTML with an event handler: the element and the handler, one problem each', () => {
    expect(guard(hostile('<div onclick="alert(1)">x</div>'))).toEqual([
      at7(`element <div> is not allowed; ${ALLOWED}`),
      at7(`event-handler attribute onclick on <div> is not allowed anywhere; ${ALLOWED}`),
    ]);
  });
  it('refuses <img src=x onerror=...>: unquoted attributes do not parse as MDX, which the build would fail on', () => {
    const source = hostile('<img src=x onerror=alert(1)>');
    expect(guard(source)).toEqual([
      at7(expect.stringMatching(/^MDX does not parse: Unexpected character .*; allowed: Markdown and <SurveyChart/)),
    ]);
    expect(() => mdxToJs(splitFrontmatter(source).body)).toThrow();
  });
  it('refuses a quoted <img onerror>, its handler and its source', () => {
    expect(guard(hostile('<img src="x" onerror="alert(1)" />'))).toEqual([
      at7(`element <img> is not allowed; ${ALLOWED}`),
      at7(`src="x" on <img> is not allowed; ${URLS}`),
      at7(`event-handler attribute onerror on <img> is not allowed anywhere; ${ALLOWED}`),
    ]);
  });
  it('refuses an event handler on an allowed component too', () => {
    expect(guard(hostile('<SurveyChart id="package-managers" onClick="steal()" />'))).toEqual([
      at7(`event-handler attribute onClick on <SurveyChart> is not allowed anywhere; ${ALLOWED}`),
    ]);
  });
  it('refuses a javascript: link', () => {
    expect(guard(hostile('[x](javascript:alert(1))'))).toEqual([
      at7(`link to "javascript:alert(1)" is not allowed; ${URLS}`),
    ]);
  });
  it('refuses data:, vbscript:, protocol-relative and disguised schemes in links, images and definitions', () => {
    const found = guard(
      hostile(
        '![i](data:image/svg+xml,x) [v](vbscript:msgbox) [p](//evil.example/) [t](java&#9;script:alert(1)) [r][ref]\n\n[ref]: javascript:alert(2)',
      ),
    );
    expect(found.map((p) => p.message)).toEqual([
      `image source "data:image/svg+xml,x" is not allowed; ${URLS}`,
      `link to "vbscript:msgbox" is not allowed; ${URLS}`,
      `link to "//evil.example/" is not allowed; ${URLS}`,
      `link to "java\\tscript:alert(1)" is not allowed; ${URLS}`,
      `link to "javascript:alert(2)" is not allowed; ${URLS}`,
    ]);
    expect(found.map((p) => p.field)).toEqual([
      '(body) line 7',
      '(body) line 7',
      '(body) line 7',
      '(body) line 7',
      '(body) line 9',
    ]);
  });
  it('refuses <a target="_blank">', () => {
    expect(guard(hostile('<a href="https://example.com/" target="_blank">x</a>'))).toEqual([
      at7(`element <a> is not allowed; ${ALLOWED}`),
      at7(`target attribute on <a> is not allowed: links open where the reader chooses; ${ALLOWED}`),
    ]);
  });
  it('refuses <SurveyChart id={x} />: the id must be a string literal', () => {
    expect(guard(hostile('<SurveyChart id={x} />'))).toEqual([
      at7(`id={x} on <SurveyChart> is a JavaScript expression, not allowed; ${TAKES}`),
      at7(`<SurveyChart> has no id; ${TAKES}`),
    ]);
  });
  it('refuses a spread attribute on a component', () => {
    expect(guard(hostile('<SurveyChart id="package-managers" {...props} />'))).toEqual([
      at7(`spread attribute {...props} on <SurveyChart> is not allowed; ${TAKES}`),
    ]);
  });
  it('refuses <SurveyChart id="nope" />, naming the questions allowed', () => {
    expect(guard(hostile('<SurveyChart id="nope" />'))).toEqual([
      at7('<SurveyChart id="nope" /> names no survey question; allowed: one of …'),
    ]);
  });
  it('refuses an extra attribute on SurveyChart', () => {
    expect(guard(hostile('<SurveyChart id="package-managers" extra="1" />'))).toEqual([
      at7(`attribute extra on <SurveyChart> is not allowed; ${TAKES}`),
    ]);
  });
  it('refuses a second id, a missing id and content inside SurveyChart', () => {
    expect(guard(hostile('<SurveyChart id="package-managers" id="type-hints-usage" />'))).toEqual([
      at7(`<SurveyChart> has more than one id; ${TAKES}`),
    ]);
    expect(guard(hostile('<SurveyChart />'))).toEqual([at7(`<SurveyChart> has no id; ${TAKES}`)]);
    expect(guard(hostile('<SurveyChart id="package-managers">**x**</SurveyChart>'))).toEqual([
      at7('<SurveyChart> takes no content; write it as <SurveyChart id="…" />'),
    ]);
  });
  it('refuses a fragment and inline HTML inside prose', () => {
    expect(guard(hostile('Text <b>bold</b> and <>x</>.')).map((p) => p.message)).toEqual([
      `element <b> is not allowed; ${ALLOWED}`,
      `element a fragment <> is not allowed; ${ALLOWED}`,
    ]);
  });
  it('reports a syntax error from a bare < in prose, with the file line, without throwing', () => {
    for (const prose of ['if a<b then', 'a <b', 'x <= y']) {
      const source = hostile(prose);
      expect(guard(source), prose).toEqual([
        at7(
          expect.stringMatching(
            /^MDX does not parse: Unexpected character after `<`.*; allowed: Markdown and <SurveyChart id="…" \/> \(write a literal < or \{ as \\< or \\\{, or inside `code`\)$/,
          ),
        ),
      ]);
      // The build compiles MDX with the same parser, so it fails on exactly these.
      expect(() => mdxToJs(splitFrontmatter(source).body), prose).toThrow();
    }
  });
  it('agrees with the build where < is followed by a space: Sätteri reads `a < b` as text', () => {
    const source = hostile('a < b');
    expect(guard(source)).toEqual([]);
    expect(() => mdxToJs(splitFrontmatter(source).body)).not.toThrow();
  });
  it('reports an unclosed expression as a syntax error on its line', () => {
    expect(guard(hostile('{oops')).map((p) => p.field)).toEqual(['(body) line 7']);
  });
});

describe('the MDX guard allows Markdown and the allow-listed components', () => {
  it('passes prose, code with < and { in it, escapes, allowed links and a valid SurveyChart', () => {
    const body = [
      '## A heading',
      '',
      'Use `a < b` and `{key: value}` in code; escaped \\< and \\{ and &lt; are text, and so is a < b.',
      '',
      '```python',
      'if a < b:',
      '    print({"k": 1}, f"{a}")',
      '<div onclick="x">',
      '```',
      '',
      '[site](/radar/fastapi/#why) [web](https://example.com/) [plain](http://example.com/) [mail](mailto:a@example.com) www.example.com',
      '',
      '![chart](/og/radar.png)',
      '',
      '<SurveyChart id="package-managers" />',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
    ].join('\n');
    expect(guardBody({ file: FILE, body, bodyLine: 5 }, context)).toEqual([]);
  });
  it('allows only http, https, mailto and site paths as URLs', () => {
    for (const url of [
      'https://a.example/',
      'http://a.example/x',
      'HTTPS://A.EXAMPLE/',
      'mailto:x@a.example',
      '/radar/',
    ])
      expect(isAllowedUrl(url), url).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example/',
      '/\\evil.example/',
      '/\t/evil.example/',
      'file:///etc/passwd',
      'relative/path',
      '#section',
      '',
    ])
      expect(isAllowedUrl(url), JSON.stringify(url)).toBe(false);
  });
});

describe('the MDX guard in the content check', () => {
  const { set, problems } = loadContent(join(process.cwd(), 'content'));
  const bodyProblems = problems.filter((p) => p.field.startsWith('(body) line'));

  it('finds nothing to refuse in the real content', () => {
    expect(bodyProblems).toEqual([]);
    const items = Object.values(set).flat();
    expect(items.length).toBeGreaterThan(200);
    // Every file was parsed with its body line, and the SurveyCharts the entries embed all pass.
    for (const item of items) expect(item.bodyLine, item.file).toBeGreaterThan(1);
    expect(items.filter((item) => item.body.includes('<SurveyChart')).length).toBeGreaterThan(5);
  });
  it('runs inside checkReferences, so check:content and the build refuse a hostile body at its file line', () => {
    const entry = set.entries[0]!;
    const tampered = {
      ...set,
      entries: [{ ...entry, body: `${entry.body}\n\n[x](javascript:alert(1))\n` }, ...set.entries.slice(1)],
    };
    const line = (entry.bodyLine ?? 1) + entry.body.split('\n').length + 1;
    expect(checkReferences(tampered)).toContainEqual({
      file: entry.file,
      field: `(body) line ${line}`,
      message: `link to "javascript:alert(1)" is not allowed; ${URLS}`,
    });
  });
});

describe('external links in rendered Markdown', () => {
  const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [externalLinksPlugin()] }).html;

  it('get rel="noopener noreferrer"; site paths, anchors and mailto do not', () => {
    const html = render('[out](https://example.com/) [in](/radar/) [here](#top) [mail](mailto:a@example.com)');
    expect(html).toContain('<a href="https://example.com/" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="/radar/">in</a>');
    expect(html).toContain('<a href="#top">here</a>');
    expect(html).toContain('<a href="mailto:a@example.com">mail</a>');
  });
  it('apply in MDX compiled the way the build compiles it', () => {
    const code = mdxToJs('[out](http://example.com/)', {
      hastPlugins: [externalLinksPlugin()],
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    }).code;
    expect(code).toMatch(/rel: "noopener noreferrer"/);
  });
  it('treat absolute http(s) and protocol-relative URLs as external, and keep existing rel tokens', () => {
    expect(['https://a.example/', 'http://a.example/', '//a.example/'].map(isExternal)).toEqual([true, true, true]);
    expect(['/radar/', '#x', 'mailto:a@a.example', 'relative/'].map(isExternal)).toEqual([false, false, false, false]);
    expect(externalRel('nofollow')).toEqual(['nofollow', 'noopener', 'noreferrer']);
    expect(externalRel(['noopener'])).toEqual(['noopener', 'noreferrer']);
    expect(externalRel(undefined)).toEqual(['noopener', 'noreferrer']);
  });
});

describe('a chart inside a sentence', () => {
  it('is refused: the page draws charts between paragraphs', () => {
    expect(guard(hostile('See <SurveyChart id="package-managers" /> here.'))).toEqual([
      at7('<SurveyChart> goes on a line of its own, between paragraphs, not inside a sentence'),
    ]);
  });
});
