import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { mdxSafe, radarContent, relink } from '../../src/lib/interop/content.ts';
import type { PortableRadar, Skipped } from '../../src/lib/interop/model.ts';
import { portableMarkdown } from '../../src/lib/interop/site.ts';
import { portable3x6 } from '../fixtures/interop/portable-3x6.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const origin = { format: 'test radar', file: 'radar.json' };

/** The content files written to a folder, and what the content check says of them. */
function check(files: Map<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'pyradar-interop-'));
  dirs.push(dir);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return loadContent(dir, dir).problems;
}

describe('radarContent', () => {
  it('writes a radar of three rings and six segments as content that passes the check', () => {
    const { files, skipped } = radarContent(portable3x6, origin);
    expect(check(files)).toEqual([]);
    expect(skipped).toEqual([]);
    expect([...files.keys()].filter((p) => p.startsWith('quadrants/'))).toHaveLength(6);
    const ring = splitFrontmatter(files.get('rings/try.mdx')!).data;
    expect(ring).toMatchObject({ title: 'Try', order: 2, color: '#7a3e9d' });
    expect(splitFrontmatter(files.get('rings/use.mdx')!).data['color']).toBeUndefined();
  });

  it("records an entry's move: its first segment and the edition it moved in", () => {
    const duckdb = splitFrontmatter(radarContent(portable3x6, origin).files.get('entries/duckdb.mdx')!).data as {
      quadrant: string;
      history: { quadrant?: string; ring: string }[];
    };
    expect(duckdb.quadrant).toBe('tools');
    expect(duckdb.history.map((h) => [h.ring, h.quadrant])).toEqual([
      ['try', 'data'],
      ['use', 'tools'],
    ]);
  });

  it('reports what it changes or cannot carry, and still writes content that passes', () => {
    const radar: PortableRadar = {
      ...portable3x6,
      entries: [
        { ...portable3x6.entries[0]!, id: 'rings', title: 'R'.repeat(70), featured: false },
        ...portable3x6.entries.slice(1),
      ],
    };
    const { files, skipped } = radarContent(radar, origin);
    expect(skipped.map((s) => s.what)).toEqual(['id', 'title', 'featured: false']);
    expect(files.has('entries/rings-entry.mdx')).toBe(true);
    expect(splitFrontmatter(files.get('entries/rings-entry.mdx')!).data['title']).toHaveLength(60);
    expect(check(files)).toEqual([]);
  });
});

describe('mdxSafe', () => {
  it('escapes what MDX would run or parse as a tag, outside code only', () => {
    expect(mdxSafe('Use {x} and <b>bold</b>, but `a<b` and {y}')).toBe(
      'Use \\{x\\} and \\<b>bold\\</b>, but `a<b` and \\{y\\}',
    );
    expect(mdxSafe('```\n{kept}\n```\n{escaped}')).toBe('```\n{kept}\n```\n\\{escaped\\}');
  });
});

describe('relink', () => {
  it("points links to the old site's item pages at the entries, and drops the rest with a report", () => {
    const skipped: Skipped[] = [];
    const out = relink(
      'See [Kotlin](/languages/kotlin.html), [Go](../go/), [gone](/about/) and [docs](https://kotlinlang.org/).',
      new Set(['kotlin', 'go']),
      'entry x',
      skipped,
    );
    expect(out).toBe('See [Kotlin](/radar/kotlin/), [Go](/radar/go/), gone and [docs](https://kotlinlang.org/).');
    expect(skipped).toEqual([
      {
        where: 'entry x',
        what: 'link to "/about/"',
        reason: 'a page of the old site with no page here; its text is kept',
      },
    ]);
  });
});

describe('portableMarkdown', () => {
  it('drops components and makes site links absolute, for a tool that lives elsewhere', () => {
    const body =
      'Read [the survey](/survey/tools/).\n\n<SurveyChart id="tools" />\n\nMore on [PEP 8](https://peps.python.org/pep-0008/).';
    expect(portableMarkdown(body, 'https://radar.example/sub')).toBe(
      'Read [the survey](https://radar.example/sub/survey/tools/).\n\nMore on [PEP 8](https://peps.python.org/pep-0008/).',
    );
  });
});
