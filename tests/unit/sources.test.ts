import { describe, expect, it } from 'vitest';
import { readOnline, shortTitle, sourcesByKind, SOURCE_KIND_LABELS } from '../../src/lib/sources.ts';
import { SOURCE_KINDS } from '../../src/schemas/source.ts';
import type { ContentSet } from '../../src/lib/content/types.ts';

const source = (id: string, kind: string, title: string) => ({
  id,
  file: `content/sources/${id}.mdx`,
  body: '',
  data: { kind, title },
});
const set = {
  sources: [
    source('pep-0750', 'pep', 'PEP 750 – Template Strings'),
    source('ruff', 'changelog', 'Ruff Changelog'),
    source('aiohttp', 'changelog', 'aiohttp changelog'),
    source('pep-0011', 'pep', 'PEP 11 – CPython platform support'),
    source('notes', 'practitioner-notes', 'Notes'),
  ],
} as unknown as ContentSet;

describe('sources grouped by kind', () => {
  it('keeps the schema order of kinds, sorts titles without regard to case, and leaves out what was not asked for', () => {
    const groups = sourcesByKind(set, ['pep-0750', 'ruff', 'aiohttp', 'pep-0011']);
    expect(groups.map((g) => [g.label, g.sources.map((s) => s.id)])).toEqual([
      ['Python Enhancement Proposals', ['pep-0011', 'pep-0750']],
      ['Changelogs and release notes', ['aiohttp', 'ruff']],
    ]);
  });
  it('has a label for every kind the schema allows', () => {
    expect(Object.keys(SOURCE_KIND_LABELS).sort()).toEqual([...SOURCE_KINDS].sort());
  });
});

describe('a short title', () => {
  it('keeps a title of 60 characters or fewer, and cuts a longer one at a word with an ellipsis', () => {
    expect(shortTitle('PEP 750 – Template Strings')).toBe('PEP 750 – Template Strings');
    const long = 'PEP 751 – A file format to record Python dependencies for installation reproducibility';
    const short = shortTitle(long);
    expect(short).toBe('PEP 751 – A file format to record Python dependencies for…');
    expect(short.length).toBeLessThanOrEqual(60);
    expect(shortTitle('x'.repeat(80))).toBe(`${'x'.repeat(59)}…`);
  });
});

describe('a source read online', () => {
  it('has an address and is not an imported radar', () => {
    const item = (data: object) => ({ id: 'x', file: 'content/sources/x.mdx', body: '', data }) as never;
    expect(readOnline(item({ kind: 'pep', url: 'https://peps.python.org/pep-0750/' }))).toBe(true);
    expect(readOnline(item({ kind: 'report', seed: '002' }))).toBe(false);
    expect(readOnline(item({ kind: 'radar', url: 'https://radar.example/' }))).toBe(false);
  });
});
