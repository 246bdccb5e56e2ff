import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  describeImport,
  emptyProgress,
  exportFileName,
  formatCounts,
  mergeProgress,
  parseProgress,
  serialiseProgress,
  setStatus,
  statusOf,
  summarise,
  type Progress,
} from '../../src/lib/progress.ts';

const known = new Set(['gil', 'n-plus-one', 'decorators', 'tdd']);
const p = (topics: Progress['topics']): Progress => ({ version: 1, topics });

describe('parseProgress', () => {
  it('reads a valid string and a valid object', () => {
    const text = '{"version":1,"topics":{"gil":"known","n-plus-one":"learning"}}';
    expect(parseProgress(text, known)).toEqual({
      ok: true,
      progress: p({ gil: 'known', 'n-plus-one': 'learning' }),
      ignored: 0,
    });
    expect(parseProgress(JSON.parse(text), known)).toEqual(parseProgress(text, known));
  });

  it('ignores unknown topic slugs and says how many', () => {
    const result = parseProgress(
      { version: 1, topics: { gil: 'known', 'no-such-topic': 'known', other: 'bogus' } },
      known,
    );
    expect(result).toEqual({ ok: true, progress: p({ gil: 'known' }), ignored: 2 });
  });

  it('without a topic list keeps any well-formed slug and ignores malformed keys', () => {
    const result = parseProgress({
      version: 1,
      topics: { 'anything-new': 'learning', 'Not A Slug': 'known', __proto__x: 'known' },
    });
    expect(result).toEqual({ ok: true, progress: p({ 'anything-new': 'learning' }), ignored: 2 });
  });

  it('treats "not-started" as no entry', () => {
    expect(parseProgress({ version: 1, topics: { gil: 'not-started' } }, known)).toEqual({
      ok: true,
      progress: p({}),
      ignored: 0,
    });
  });

  it('tolerates extra top-level fields', () => {
    expect(parseProgress({ version: 1, topics: { tdd: 'known' }, exportedAt: '2024-01-01' }, known)).toMatchObject({
      ok: true,
      progress: p({ tdd: 'known' }),
    });
  });

  it('does not let a "__proto__" key touch the prototype', () => {
    const result = parseProgress('{"version":1,"topics":{"__proto__":"known","gil":"known"}}', known);
    expect(result).toEqual({ ok: true, progress: p({ gil: 'known' }), ignored: 1 });
    expect(Object.getPrototypeOf(result.ok && result.progress.topics)).toBe(Object.prototype);
  });

  it.each([
    ['not JSON', '{version: 1', 'The file is not valid JSON.'],
    ['empty text', '', 'The file is not valid JSON.'],
    ['a list', '[]', 'Expected an object with "version" and "topics", found a list.'],
    ['null', 'null', 'Expected an object with "version" and "topics", found null.'],
    ['a number', '3', 'Expected an object with "version" and "topics", found number.'],
    ['no version', '{"topics":{}}', 'The "version" field is missing; this is not a PyRadar progress file.'],
    ['a future version', '{"version":2,"topics":{}}', 'Unsupported version number; this site reads version 1.'],
    ['a string version', '{"version":"1","topics":{}}', 'Unsupported version "1"; this site reads version 1.'],
    [
      'no topics',
      '{"version":1}',
      '"topics" must be an object of topic slugs to "known" or "learning", found undefined.',
    ],
    [
      'topics as a list',
      '{"version":1,"topics":["gil"]}',
      '"topics" must be an object of topic slugs to "known" or "learning", found a list.',
    ],
    [
      'a bad status',
      '{"version":1,"topics":{"gil":"done"}}',
      'Topic "gil" has status "done"; expected "known", "learning" or "not-started".',
    ],
    [
      'a non-string status',
      '{"version":1,"topics":{"gil":true}}',
      'Topic "gil" has status boolean; expected "known", "learning" or "not-started".',
    ],
  ])('rejects %s with a clear message', (_name, text, error) => {
    expect(parseProgress(text, known)).toEqual({ ok: false, error });
  });
});

describe('setStatus and statusOf', () => {
  it('sets, changes and clears a topic without touching the original', () => {
    const start = emptyProgress();
    const learning = setStatus(start, 'gil', 'learning');
    const knownGil = setStatus(learning, 'gil', 'known');
    const cleared = setStatus(knownGil, 'gil', 'not-started');
    expect(statusOf(start, 'gil')).toBe('not-started');
    expect(statusOf(learning, 'gil')).toBe('learning');
    expect(statusOf(knownGil, 'gil')).toBe('known');
    expect(cleared).toEqual(emptyProgress());
    expect(learning.topics).toEqual({ gil: 'learning' });
  });

  it('does not read inherited properties as a status', () => {
    expect(statusOf(emptyProgress(), 'toString')).toBe('not-started');
  });
});

describe('mergeProgress', () => {
  it('keeps current-only topics, adds new ones and lets the import win on conflicts', () => {
    const current = p({ gil: 'known', tdd: 'learning', decorators: 'known' });
    const incoming = p({ tdd: 'known', decorators: 'known', 'n-plus-one': 'learning' });
    expect(mergeProgress(current, incoming)).toEqual({
      progress: p({ gil: 'known', tdd: 'known', decorators: 'known', 'n-plus-one': 'learning' }),
      added: 1,
      changed: 1,
      unchanged: 1,
    });
  });

  it('can move a topic back from known to learning', () => {
    expect(mergeProgress(p({ gil: 'known' }), p({ gil: 'learning' })).progress).toEqual(p({ gil: 'learning' }));
  });
});

describe('summarise', () => {
  const topics = [
    { slug: 'gil', category: 'python-core' },
    { slug: 'decorators', category: 'python-core' },
    { slug: 'tdd', category: 'testing' },
    { slug: 'n-plus-one', category: 'databases' },
  ];
  it('counts per category and overall, including empty categories', () => {
    const s = summarise(p({ gil: 'known', decorators: 'learning', tdd: 'known' }), topics);
    expect(s).toEqual({
      total: 4,
      known: 2,
      learning: 1,
      byCategory: {
        'python-core': { total: 2, known: 1, learning: 1 },
        testing: { total: 1, known: 1, learning: 0 },
        databases: { total: 1, known: 0, learning: 0 },
      },
    });
  });
  it('does not count stored topics the page does not list', () => {
    expect(summarise(p({ 'gone-topic': 'known' }), topics)).toMatchObject({ total: 4, known: 0, learning: 0 });
  });
  it('formats counts for people', () => {
    expect(formatCounts({ total: 92, known: 12, learning: 5 })).toBe('12 of 92 known, 5 learning');
  });
});

describe('export', () => {
  it('serialises with sorted keys and a trailing newline', () => {
    expect(serialiseProgress(p({ tdd: 'known', gil: 'learning' }))).toBe(
      '{\n  "version": 1,\n  "topics": {\n    "gil": "learning",\n    "tdd": "known"\n  }\n}\n',
    );
  });

  it('round-trips any progress through serialise and parse', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
    const status = fc.constantFrom('known' as const, 'learning' as const);
    fc.assert(
      fc.property(fc.dictionary(slug, status), (topics) => {
        const progress = p(topics);
        expect(parseProgress(serialiseProgress(progress))).toEqual({ ok: true, progress, ignored: 0 });
      }),
    );
  });

  it('names the file after the date', () => {
    expect(exportFileName(new Date('2024-02-18T23:30:00Z'))).toBe('pyradar-progress-2024-02-18.json');
  });

  it('describes an import', () => {
    const merge = mergeProgress(
      p({ gil: 'known', tdd: 'learning' }),
      p({ gil: 'known', tdd: 'known', decorators: 'learning' }),
    );
    expect(describeImport(merge, 2)).toBe(
      'Imported 3 topics: 1 new, 1 changed, 1 already set. 2 unknown topics ignored.',
    );
    expect(describeImport(mergeProgress(emptyProgress(), p({ gil: 'known' })), 1)).toBe(
      'Imported 1 topic: 1 new, 0 changed, 0 already set. 1 unknown topic ignored.',
    );
    expect(describeImport(mergeProgress(emptyProgress(), emptyProgress()), 0)).toBe(
      'The file named no topics; nothing changed.',
    );
  });
});
