import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KEPT_NOTICE,
  QUOTE_LIMIT,
  applyImport,
  asideAction,
  describeImport,
  describeSave,
  describeTooLarge,
  describeUnreadable,
  emptyProgress,
  exportFileName,
  formatCounts,
  formatSize,
  mergeProgress,
  parseImport,
  parseProgress,
  quote,
  readStoredProgress,
  serialiseProgress,
  setStatus,
  sniffVersion,
  statusOf,
  summarise,
  unreadableFileName,
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
    // Deliberately changed: the message names the file's version as well as the one the site reads.
    ['a future version', '{"version":2,"topics":{}}', 'This file is version 2; this site reads version 1.'],
    ['a string version', '{"version":"1","topics":{}}', 'This file is version "1"; this site reads version 1.'],
    ['a null version', '{"version":null,"topics":{}}', 'This file has a "version" of null; this site reads version 1.'],
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

describe('short messages', () => {
  it('quotes a value whole up to the limit and cuts a longer one to the limit with "…"', () => {
    expect(quote('gil')).toBe('"gil"');
    expect(quote('x'.repeat(QUOTE_LIMIT))).toBe(`"${'x'.repeat(QUOTE_LIMIT)}"`);
    expect(quote('x'.repeat(QUOTE_LIMIT + 1))).toBe(`"${'x'.repeat(QUOTE_LIMIT - 1)}…"`);
    expect(quote('x'.repeat(5_000_000))).toHaveLength(QUOTE_LIMIT + 2);
    // A cut never splits an emoji (a surrogate pair), and newlines do not break the message.
    expect(quote('😀'.repeat(50))).toBe(`"${'😀'.repeat(QUOTE_LIMIT - 1)}…"`);
    expect(quote('a\n\n  b')).toBe('"a b"');
  });

  it('never echoes a huge value in an import error', () => {
    const huge = 'z'.repeat(200_000);
    for (const text of [
      JSON.stringify({ version: huge, topics: {} }),
      JSON.stringify({ version: 1, topics: { gil: huge } }),
      JSON.stringify({ version: 1, topics: { [`a${'b'.repeat(100_000)}`]: 'done' } }),
      JSON.stringify({ version: 2, topics: { gil: huge } }),
    ]) {
      const result = parseProgress(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.length).toBeLessThan(150);
    }
    expect(parseProgress(JSON.stringify({ version: huge, topics: {} }))).toEqual({
      ok: false,
      error: `This file is version "${'z'.repeat(QUOTE_LIMIT - 1)}…"; this site reads version 1.`,
    });
  });

  it('names both versions for a file too large to parse, reading only its start', () => {
    expect(sniffVersion('{\n  "version": 2,\n  "topics": {')).toBe(2);
    expect(sniffVersion('{"version":"2.0","topics":')).toBe('2.0');
    expect(sniffVersion('{"topics":{"gil":"known"')).toBeUndefined();
    expect(sniffVersion('{"version":"unterminated')).toBeUndefined();
    expect(describeTooLarge('big.json', 3_400_000, '{"version":2,"topics":{"a":')).toBe(
      'Import failed: "big.json" is 3.4 MB, too large for a progress file (a few kB). This file is version 2; this site reads version 1.',
    );
    // Version 1, or none found: the size alone; a long file name is cut short.
    expect(describeTooLarge(`${'n'.repeat(300)}.json`, 600_000, '{"version":1')).toBe(
      `Import failed: "${'n'.repeat(QUOTE_LIMIT - 1)}…" is 600.0 kB, too large for a progress file (a few kB).`,
    );
    expect(formatSize(812)).toBe('812 B');
  });
});

describe('importing "not-started"', () => {
  it('lists the topics a file sets back to not started, apart from those it sets', () => {
    expect(
      parseImport({ version: 1, topics: { gil: 'not-started', tdd: 'known', gone: 'not-started' } }, known),
    ).toEqual({ ok: true, progress: p({ tdd: 'known' }), cleared: ['gil'], ignored: 1 });
    expect(parseImport('{"version":1,"topics":{"gil":"done"}}', known)).toEqual({
      ok: false,
      error: 'Topic "gil" has status "done"; expected "known", "learning" or "not-started".',
    });
  });

  it('clears those topics, counting one that had no status as already set', () => {
    const file = parseImport(
      { version: 1, topics: { gil: 'not-started', tdd: 'not-started', decorators: 'known' } },
      known,
    );
    if (!file.ok) throw new Error(file.error);
    const result = applyImport(p({ gil: 'known', 'n-plus-one': 'learning' }), file);
    expect(result).toEqual({
      progress: p({ 'n-plus-one': 'learning', decorators: 'known' }),
      added: 1,
      changed: 0,
      unchanged: 1,
      cleared: 1,
    });
    expect(describeImport(result, 0)).toBe(
      'Imported 3 topics: 1 new, 0 changed, 1 already set, 1 set back to not started.',
    );
  });
});

describe('reading stored progress', () => {
  it('reads nothing saved and a valid value as they are', () => {
    expect(readStoredProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
    expect(readStoredProgress('{"version":1,"topics":{"gil":"known","other-page":"learning"}}')).toEqual({
      ok: true,
      progress: p({ gil: 'known', 'other-page': 'learning' }),
    });
  });

  it('keeps the topics with a valid status and counts the ones it drops', () => {
    expect(readStoredProgress('{"version":1,"topics":{"gil":"known","x":"bogus"}}')).toEqual({
      ok: false,
      progress: p({ gil: 'known' }),
      problem: { kind: 'dropped', count: 1 },
    });
    // A bad status, a non-string status and a malformed slug are each dropped; "not-started" is valid.
    expect(
      readStoredProgress(
        '{"version":1,"topics":{"tdd":"learning","a":true,"Bad Slug":"known","b":"not-started","c":"done"}}',
      ),
    ).toEqual({ ok: false, progress: p({ tdd: 'learning' }), problem: { kind: 'dropped', count: 3 } });
  });

  it.each([
    ['not JSON', 'not json', { kind: 'json' }],
    ['an older or newer version', '{"version":0,"topics":{"gil":"known"}}', { kind: 'version', found: 0 }],
    ['no version', '{"topics":{"gil":"known"}}', { kind: 'no-version' }],
    ['a list', '["gil"]', { kind: 'shape', found: ['gil'] }],
    ['topics as a list', '{"version":1,"topics":["gil"]}', { kind: 'topics', found: ['gil'] }],
  ])('reads %s as unreadable, with nothing to show', (_name, raw, problem) => {
    expect(readStoredProgress(raw)).toEqual({ ok: false, progress: emptyProgress(), problem });
  });

  it('keeps an unreadable value aside once, and never writes over a different kept value', () => {
    const bad = 'not json';
    expect(asideAction(null, null)).toBe('none');
    expect(asideAction('{"version":1,"topics":{}}', 'anything')).toBe('none');
    expect(asideAction(bad, null)).toBe('write');
    expect(asideAction(bad, bad)).toBe('kept');
    expect(asideAction(bad, '{"version":7}')).toBe('occupied');
    expect(asideAction('{"version":1,"topics":{"x":"bogus"}}', null)).toBe('write');
  });

  it('tells the reader what happened, what is shown and where the value is', () => {
    expect(describeUnreadable({ kind: 'dropped', count: 1 }, 'kept')).toBe(
      'Part of your saved progress could not be read: 1 topic with a status or name this site does not know is left out; the rest is shown. It is kept aside unchanged, and your changes will not overwrite it. Download it to keep a copy.',
    );
    expect(describeUnreadable({ kind: 'dropped', count: 2 }, 'kept')).toContain('2 topics with a status');
    expect(describeUnreadable({ kind: 'json' }, 'kept')).toMatch(
      /^Your saved progress could not be read: it is not valid JSON\. It is kept aside unchanged/,
    );
    expect(describeUnreadable({ kind: 'version', found: 2 }, 'kept')).toMatch(
      /^Your saved progress could not be read: it is version 2; this site reads version 1\. /,
    );
    expect(describeUnreadable({ kind: 'version', found: 'x'.repeat(1000) }, 'kept').length).toBeLessThan(250);
    expect(describeUnreadable({ kind: 'no-version' }, 'kept')).toMatch(
      /^Your saved progress could not be read: the "version" field is missing/,
    );
    expect(describeUnreadable({ kind: 'json' }, 'occupied')).toContain('changes here are not saved');
    expect(describeUnreadable({ kind: 'json' }, 'failed')).toContain('would not store a copy aside');
    expect(KEPT_NOTICE).toMatch(/kept aside/);
  });

  it('names the download of an unreadable value .json when it parses and .txt when not', () => {
    const date = new Date('2024-02-18T12:00:00Z');
    expect(unreadableFileName(date, '{"version":1,"topics":{"x":"bogus"}}')).toBe(
      'pyradar-progress-unreadable-2024-02-18.json',
    );
    expect(unreadableFileName(date, 'not json')).toBe('pyradar-progress-unreadable-2024-02-18.txt');
  });
});

describe('saves the browser refuses', () => {
  it('says nothing when saved, and what happened and how long changes last when not', () => {
    expect(describeSave('saved')).toBeUndefined();
    expect(describeSave('refused')).toBe(
      'Not saved: this browser would not store your progress (storage full or turned off). Changes on this page last until you leave it.',
    );
    expect(describeSave('refused', true)).toMatch(/last until you leave it; export them to keep them\.$/);
    expect(describeSave('blocked')).toMatch(/^Not saved: your saved progress could not be read or kept aside/);
  });
});
