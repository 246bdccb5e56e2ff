import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBackstage, parseBackstage } from '../../src/lib/interop/backstage.ts';
import type { PortableRadar } from '../../src/lib/interop/model.ts';
import { importError } from './interop-helpers.ts';

const sample = readFileSync('tests/fixtures/interop/backstage/sample.json', 'utf8');

const byId = (radar: PortableRadar) => new Map(radar.entries.map((entry) => [entry.id, entry]));

/** A minimal valid file, with overrides for one part. */
function file(entries: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    quadrants: [
      { id: 'q0', name: 'Q0' },
      { id: 'q1', name: 'Q1' },
      { id: 'q2', name: 'Q2' },
      { id: 'q3', name: 'Q3' },
    ],
    rings: [
      { id: 'adopt', name: 'Adopt', color: '#0a0' },
      { id: 'hold', name: 'Hold', color: 'red' },
    ],
    entries,
    ...extra,
  });
}
const entry = (extra: Record<string, unknown> = {}) => ({
  key: 'a',
  id: 'a',
  title: 'A',
  quadrant: 'q0',
  timeline: [{ ringId: 'adopt', date: '2024-01-02' }],
  ...extra,
});

describe('parseBackstage: the plugin sample', () => {
  const { radar, skipped } = parseBackstage(sample, 'sample.json');

  it('keeps the rings in order with their colours and descriptions', () => {
    expect(radar.rings).toEqual([
      {
        id: 'adopt',
        title: 'ADOPT',
        color: '#5ba300',
        description: 'Commodi accusantium culpa sed itaque excepturi rem eum nulla possimus.',
      },
      { id: 'trial', title: 'TRIAL', color: '#009eb0', description: 'Recusandae possimus ipsum dolores.' },
      {
        id: 'assess',
        title: 'ASSESS',
        color: '#c7ba00',
        description: 'In asperiores repellat error recusandae et adipisci laborum porro.',
      },
      { id: 'hold', title: 'HOLD', color: '#e09b96', description: 'Esse mollitia in.' },
    ]);
  });

  it('places the quadrants where the plugin draws them', () => {
    // Plugin: 0 Infrastructure bottom right, 1 Frameworks bottom left, 2 Languages top left, 3 Process top right.
    expect(radar.segments.map((s) => s.id)).toEqual(['process', 'infrastructure', 'frameworks', 'languages']);
    expect(radar.title).toBe('Tech Radar');
  });

  it('makes an edition of each distinct timeline date and a history per entry, oldest first', () => {
    expect(radar.editions).toEqual([
      { id: '2020-07-05', date: '2020-07-05' },
      { id: '2020-08-06', date: '2020-08-06' },
    ]);
    expect(radar.entries).toHaveLength(9);
    const entries = byId(radar);
    expect(entries.get('github-actions')).toEqual({
      id: 'github-actions',
      title: 'GitHub Actions',
      segment: 'infrastructure',
      tags: [],
      links: { home: 'https://github.com' },
      history: [
        { edition: '2020-07-05', ring: 'trial', note: 'long description' },
        { edition: '2020-08-06', ring: 'adopt', note: 'long description' },
      ],
    });
    expect(entries.get('force-push')).toMatchObject({
      segment: 'process',
      history: [{ edition: '2020-08-06', ring: 'hold' }],
    });
    expect(entries.get('mob-programming')!.history).toEqual([{ edition: '2020-08-06', ring: 'assess' }]);
    expect(entries.get('javascript')).toMatchObject({
      segment: 'languages',
      links: { home: 'https://www.javascript.com/' },
      description: expect.stringContaining('Excepteur **sint** occaecat *cupidatat*'),
      history: [{ ring: 'adopt', note: expect.stringMatching(/^Lorem ipsum/) }],
    });
  });

  it('reports what it cannot carry: a second home link, link titles, a moved the history does not show', () => {
    expect(skipped).toHaveLength(7);
    expect(skipped).toContainEqual({
      where: 'sample.json, entries[0] (JavaScript), links[1]',
      what: 'link https://www.typescriptlang.org/',
      reason: 'PyRadar keeps one home link and has one',
    });
    expect(skipped).toContainEqual(
      expect.objectContaining({ where: 'sample.json, entries[1] (TypeScript), timeline[0]', what: 'moved -1' }),
    );
    expect(skipped).toContainEqual(
      expect.objectContaining({ where: 'sample.json, entries[2] (Webpack), timeline[0]', what: 'moved 1' }),
    );
    expect(skipped.filter((s) => s.what === 'link title "Learn more"')).toHaveLength(4);
  });
});

describe('parseBackstage: details', () => {
  it('turns a date-time into its UTC day and reports the time', () => {
    const { radar, skipped } = parseBackstage(
      file([entry({ timeline: [{ ringId: 'adopt', date: '2024-01-02T15:00:00Z' }] })]),
    );
    expect(radar.editions).toEqual([{ id: '2024-01-02', date: '2024-01-02' }]);
    expect(skipped).toContainEqual(
      expect.objectContaining({ what: 'time of day', where: 'backstage.json, entries[0] (A), timeline[0]' }),
    );
  });

  it('keeps the snapshot listed first when two fall on one day, and reports the other', () => {
    const timeline = [
      { ringId: 'adopt', date: '2024-01-02', description: 'later' },
      { ringId: 'hold', date: '2024-01-02', description: 'earlier' },
    ];
    const { radar, skipped } = parseBackstage(file([entry({ timeline })]));
    expect(radar.entries[0]!.history).toEqual([{ edition: '2024-01-02', ring: 'adopt', note: 'later' }]);
    expect(skipped).toContainEqual(
      expect.objectContaining({ what: 'snapshot', where: 'backstage.json, entries[0] (A), timeline[1]' }),
    );
  });

  it('carries a moved the history shows, and reports one it contradicts', () => {
    const timeline = [
      { ringId: 'adopt', date: '2024-02-01', moved: 1 },
      { ringId: 'hold', date: '2024-01-01' },
    ];
    expect(parseBackstage(file([entry({ timeline })])).skipped.filter((s) => s.what.startsWith('moved'))).toEqual([]);
    timeline[0]!.moved = -1;
    expect(parseBackstage(file([entry({ timeline })])).skipped).toContainEqual(
      expect.objectContaining({ what: 'moved -1', where: 'backstage.json, entries[0] (A), timeline[0]' }),
    );
  });

  it('classifies links, reports non-https ones and a key that differs from the id, ignores url "#"', () => {
    const { radar, skipped } = parseBackstage(
      file([
        entry({
          key: 'other',
          url: '#',
          links: [
            { url: 'https://github.com/astral-sh/ruff', title: 'Source' },
            { url: 'https://docs.astral.sh/ruff/', title: 'Read' },
            { url: 'http://insecure.example/', title: 'Old' },
            { url: 'https://astral.sh/', title: 'Website' },
          ],
        }),
      ]),
    );
    expect(radar.entries[0]!.links).toEqual({
      repo: 'https://github.com/astral-sh/ruff',
      docs: 'https://docs.astral.sh/ruff/',
      home: 'https://astral.sh/',
    });
    expect(skipped.map((s) => s.what)).toEqual([
      'color "red"',
      'key "other"',
      'link title "Source"',
      'link title "Read"',
      'link http://insecure.example/',
    ]);
  });

  it('expands #rgb colours, slugifies ids that are not slugs, reports unknown fields', () => {
    const { radar, skipped } = parseBackstage(
      file([entry({ id: 'My Tool', key: 'My Tool', extra: 1 })], { title: 'Ours' }),
    );
    expect(radar.rings[0]!.color).toBe('#00aa00');
    expect(radar.rings[1]!.color).toBeUndefined();
    expect(radar.entries[0]!.id).toBe('my-tool');
    expect(skipped).toContainEqual({
      where: 'backstage.json',
      what: 'title',
      reason: 'not a field of the tech-radar plugin',
    });
    expect(skipped).toContainEqual(expect.objectContaining({ where: 'backstage.json, entries[0] (A)', what: 'extra' }));
  });

  it('keeps the order of fewer than four quadrants and reports the empty quarters', () => {
    const text = JSON.stringify({
      quadrants: [
        { id: 'b', name: 'B' },
        { id: 'a', name: 'A' },
      ],
      rings: [{ id: 'adopt', name: 'Adopt', color: '#00aa00' }],
      entries: [entry({ quadrant: 'a' })],
    });
    const { radar, skipped } = parseBackstage(text);
    expect(radar.segments.map((s) => s.id)).toEqual(['b', 'a']);
    expect(skipped).toContainEqual(expect.objectContaining({ what: 'empty quarters' }));
  });
});

describe('parseBackstage: malformed files', () => {
  it('gives the line and column of bad JSON', () => {
    const error = importError(() => parseBackstage('{\n  "quadrants": [,]\n}', 'radar.json'));
    expect(error).toMatchObject({ file: 'radar.json', position: 'line 2, column 17' });
  });

  it('names the JSON path of a missing or wrong field', () => {
    expect(importError(() => parseBackstage('{"rings": [], "entries": []}')).position).toBe('quadrants');
    expect(importError(() => parseBackstage(file([entry({ title: undefined })]))).position).toBe('entries[0].title');
    expect(importError(() => parseBackstage(file([entry({ title: 3 })]))).reason).toBe('must be a string');
    expect(importError(() => parseBackstage(file([entry({ timeline: [] })]))).position).toBe('entries[0].timeline');
    const noColor = JSON.stringify({
      quadrants: [{ id: 'q', name: 'Q' }],
      rings: [{ id: 'r', name: 'R' }],
      entries: [],
    });
    expect(importError(() => parseBackstage(noColor)).position).toBe('rings[0].color');
  });

  it('rejects unknown quadrants and rings, duplicate ids, bad dates and moved values', () => {
    expect(importError(() => parseBackstage(file([entry({ quadrant: 'nope' })])))).toMatchObject({
      position: 'entries[0].quadrant',
      reason: 'unknown quadrant "nope"',
    });
    expect(
      importError(() => parseBackstage(file([entry({ timeline: [{ ringId: 'trial', date: '2024-01-01' }] })]))),
    ).toMatchObject({ position: 'entries[0].timeline[0].ringId', reason: 'unknown ring "trial"' });
    expect(importError(() => parseBackstage(file([entry(), entry({ title: 'B' })])))).toMatchObject({
      position: 'entries[1].id',
      reason: 'duplicate entry id "a"',
    });
    expect(
      importError(() => parseBackstage(file([entry({ timeline: [{ ringId: 'adopt', date: 'soon' }] })]))).position,
    ).toBe('entries[0].timeline[0].date');
    expect(
      importError(() => parseBackstage(file([entry({ timeline: [{ ringId: 'adopt', date: '2024-02-30' }] })])))
        .position,
    ).toBe('entries[0].timeline[0].date');
    expect(
      importError(() =>
        parseBackstage(file([entry({ timeline: [{ ringId: 'adopt', date: '2024-01-01', moved: 2 }] })])),
      ).position,
    ).toBe('entries[0].timeline[0].moved');
  });

  it('rejects more than four quadrants', () => {
    const quadrants = [1, 2, 3, 4, 5].map((n) => ({ id: `q${n}`, name: `Q${n}` }));
    expect(importError(() => parseBackstage(file([], { quadrants }))).position).toBe('quadrants');
  });
});

function handMade(): PortableRadar {
  return {
    title: 'Hand made',
    rings: [
      { id: 'adopt', title: 'Adopt', color: '#5ba300', description: 'Use it.' },
      { id: 'trial', title: 'Trial' },
      { id: 'hold', title: 'Hold', color: '#e09b96' },
    ],
    segments: [
      { id: 'tools', title: 'Tools', description: 'Things you run.' },
      { id: 'libraries', title: 'Libraries' },
      { id: 'platforms', title: 'Platforms' },
      { id: 'techniques', title: 'Techniques' },
    ],
    editions: [
      { id: '2023', date: '2023', title: 'First' },
      { id: '2024-02-01', date: '2024-02-01' },
    ],
    entries: [
      {
        id: 'ruff',
        title: 'Ruff',
        segment: 'tools',
        tags: ['lint'],
        description: 'A linter.',
        links: { home: 'https://astral.sh/ruff', repo: 'https://github.com/astral-sh/ruff' },
        history: [
          { edition: '2023', ring: 'trial', note: 'Young.' },
          { edition: '2024-02-01', ring: 'adopt', segment: 'tools' },
        ],
      },
      {
        id: 'pipenv',
        title: 'Pipenv',
        segment: 'tools',
        tags: [],
        links: { docs: 'https://pipenv.pypa.io/' },
        history: [
          { edition: '2023', ring: 'trial' },
          { edition: '2024-02-01', ring: 'hold', note: 'Slow.' },
        ],
      },
      {
        id: 'attrs',
        title: 'attrs',
        segment: 'libraries',
        tags: [],
        links: {},
        history: [{ edition: '2024-02-01', ring: 'adopt' }],
      },
      {
        id: 'hidden',
        title: 'Hidden',
        segment: 'techniques',
        tags: [],
        links: {},
        history: [{ edition: '2023', ring: 'hold' }],
        featured: false,
      },
    ],
  };
}

describe('exportBackstage', () => {
  const out = JSON.parse(exportBackstage(handMade()));

  it("writes quadrants in the plugin's positions and every ring with a colour", () => {
    expect(out.quadrants.map((q: { id: string }) => q.id)).toEqual(['libraries', 'platforms', 'techniques', 'tools']);
    expect(out.rings).toEqual([
      { id: 'adopt', name: 'Adopt', color: '#5ba300', description: 'Use it.' },
      { id: 'trial', name: 'Trial', color: '#009eb0' },
      { id: 'hold', name: 'Hold', color: '#e09b96' },
    ]);
  });

  it('writes timelines newest first with moved from the history, key = id, titled links, no hidden entry', () => {
    expect(out.entries.map((e: { id: string }) => e.id)).toEqual(['attrs', 'pipenv', 'ruff']);
    expect(out.entries[2]).toEqual({
      key: 'ruff',
      id: 'ruff',
      title: 'Ruff',
      quadrant: 'tools',
      description: 'A linter.',
      links: [
        { url: 'https://astral.sh/ruff', title: 'Website' },
        { url: 'https://github.com/astral-sh/ruff', title: 'Repository' },
      ],
      timeline: [
        { moved: 1, ringId: 'adopt', date: '2024-02-01' },
        { ringId: 'trial', date: '2023-01-01', description: 'Young.' },
      ],
    });
    expect(out.entries[1].timeline[0]).toEqual({ moved: -1, ringId: 'hold', date: '2024-02-01', description: 'Slow.' });
  });

  it('refuses more than four segments', () => {
    const radar = handMade();
    radar.segments.push({ id: 'fifth', title: 'Fifth' });
    expect(() => exportBackstage(radar)).toThrow(/at most four quadrants/);
  });
});

describe('round trip', () => {
  it('gives back the sample', () => {
    const first = parseBackstage(sample, 'sample.json').radar;
    expect(parseBackstage(exportBackstage(first)).radar).toEqual(first);
  });

  it('keeps of a hand-made radar all but what the plugin has no place for', () => {
    const radar = handMade();
    const back = parseBackstage(exportBackstage(radar)).radar;
    // Lost: the title (the plugin's page has its own), segment descriptions, edition titles and partial dates (2023
    // becomes 2023-01-01), tags, a placement's segment, the hidden entry; a ring without colour gets one.
    expect(back).toEqual({
      title: 'Tech Radar',
      rings: radar.rings.map((ring, i) => (i === 1 ? { ...ring, color: '#009eb0' } : ring)),
      segments: radar.segments.map(({ id, title }) => ({ id, title })),
      editions: [
        { id: '2023-01-01', date: '2023-01-01' },
        { id: '2024-02-01', date: '2024-02-01' },
      ],
      entries: radar.entries
        .filter((e) => e.featured !== false)
        .map((e) => ({
          ...e,
          tags: [],
          history: e.history.map(({ segment: _segment, ...p }) => ({
            ...p,
            edition: p.edition === '2023' ? '2023-01-01' : p.edition,
          })),
        }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    });
  });
});
