import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PortableRadar } from '../../src/lib/interop/model.ts';
import { exportZalando, parseZalando } from '../../src/lib/interop/zalando.ts';
import { importError } from './interop-helpers.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/interop/zalando');
const sample = readFileSync(join(FIXTURES, 'radar.json'), 'utf8');
const configOnly = readFileSync(join(FIXTURES, 'config.json'), 'utf8');

const QUADRANTS = '"quadrants": [{"name": "Q0"}, {"name": "Q1"}, {"name": "Q2"}, {"name": "Q3"}]';
const RINGS =
  '"rings": [{"name": "Adopt", "color": "#5ba300"}, {"name": "Trial"}, {"name": "Assess"}, {"name": "Hold"}]';

function config(entries: string, extra = '"date": "2024.03"'): string {
  return `{${extra ? `${extra}, ` : ''}${QUADRANTS}, ${RINGS}, "entries": [${entries}]}`;
}

describe('parseZalando on the Zalando Tech Radar', () => {
  const { radar, skipped } = parseZalando(sample, 'radar.json');

  it('reads the title, date, rings and every entry', () => {
    expect(radar.title).toBe('Zalando Tech Radar');
    expect(radar.editions).toEqual([{ id: '2026-05', date: '2026-05' }]);
    expect(radar.rings).toEqual([
      { id: 'adopt', title: 'ADOPT', color: '#5ba300' },
      { id: 'trial', title: 'TRIAL', color: '#009eb0' },
      { id: 'assess', title: 'ASSESS', color: '#c7ba00' },
      { id: 'hold', title: 'HOLD', color: '#e09b96' },
    ]);
    expect(radar.entries).toHaveLength(81);
    expect(radar.entries.filter((e) => e.links.home)).toHaveLength(26);
  });

  it('turns the quadrants to start at the top right: radar.js draws quadrant 3 there', () => {
    // radar.js: 0 bottom right, 1 bottom left, 2 top left, 3 top right.
    expect(radar.segments.map((s) => s.title)).toEqual([
      'Data Management',
      'Languages',
      'Infrastructure',
      'Datastores',
    ]);
    const flink = radar.entries.find((e) => e.title === 'Flink')!;
    expect(flink).toEqual({
      id: 'flink',
      title: 'Flink',
      segment: 'data-management',
      tags: [],
      links: { home: 'https://engineering.zalando.com/tags/apache-flink.html' },
      history: [{ edition: '2026-05', ring: 'adopt' }],
    });
    const eks = radar.entries.find((e) => e.title === 'AWS EKS')!;
    expect([eks.id, eks.segment, eks.history[0]!.ring]).toEqual(['aws-eks', 'infrastructure', 'adopt']);
    const counts = new Map<string, number>();
    for (const e of radar.entries) counts.set(e.segment, (counts.get(e.segment) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      languages: 15,
      infrastructure: 23,
      datastores: 24,
      'data-management': 19,
    });
  });

  it('reports each movement marker, and nothing it carries', () => {
    expect(skipped.map((s) => [s.where, s.what])).toEqual([
      ['radar.json, entries[7] (Flink)', 'moved'],
      ['radar.json, entries[39] (AWS EKS)', 'moved'],
      ['radar.json, entries[45] (Agentgateway)', 'moved'],
      ['radar.json, entries[46] (Amazon Bedrock)', 'moved'],
      ['radar.json, entries[52] (LiteLLM)', 'moved'],
    ]);
    expect(skipped[2]!.reason).toMatch(/^"new"/);
  });

  it('refuses their config.json alone: the quadrants and rings live in index.html', () => {
    const error = importError(() => parseZalando(configOnly, 'config.json'));
    expect([error.file, error.position, error.reason]).toEqual(['config.json', 'quadrants', 'missing']);
  });
});

describe('exportZalando', () => {
  it('round-trips the sample; its movement markers become 0, as a single edition has nothing to move from', () => {
    const { radar } = parseZalando(sample, 'radar.json');
    const text = exportZalando(radar);
    expect(parseZalando(text, 'export.json').radar).toEqual(radar);
    const out = JSON.parse(text);
    expect(out.date).toBe('2026.05');
    expect(out.quadrants.map((q: { name: string }) => q.name)).toEqual([
      'Languages',
      'Infrastructure',
      'Datastores',
      'Data Management',
    ]);
    expect(out.entries.find((e: { label: string }) => e.label === 'Flink')).toEqual({
      quadrant: 3,
      ring: 0,
      label: 'Flink',
      link: 'https://engineering.zalando.com/tags/apache-flink.html',
      active: true,
      moved: 0,
    });
    expect(new Set(out.entries.map((e: { moved: number }) => e.moved))).toEqual(new Set([0]));
    expect(exportZalando(radar)).toBe(text);
  });

  const handMade: PortableRadar = {
    title: 'Hand-made',
    rings: [
      { id: 'adopt', title: 'Adopt', description: 'Use it.' },
      { id: 'trial', title: 'Trial', color: '#123456' },
      { id: 'assess', title: 'Assess' },
      { id: 'hold', title: 'Hold' },
    ],
    segments: [
      { id: 'top-right', title: 'Top right', description: 'Lost.' },
      { id: 'bottom-right', title: 'Bottom right' },
      { id: 'bottom-left', title: 'Bottom left' },
      { id: 'top-left', title: 'Top left' },
    ],
    editions: [
      { id: '2023', date: '2023' },
      { id: '2024', date: '2024-03', title: 'Spring' },
    ],
    entries: [
      {
        id: 'new-one',
        title: 'New one',
        segment: 'top-right',
        tags: ['a'],
        links: { docs: 'https://docs.example/' },
        history: [{ edition: '2024', ring: 'assess', note: 'Fresh.' }],
      },
      {
        id: 'moved-in',
        title: 'Moved in',
        segment: 'bottom-right',
        tags: [],
        description: 'Lost too.',
        links: { home: 'https://home.example/', repo: 'https://repo.example/' },
        history: [
          { edition: '2023', ring: 'trial' },
          { edition: '2024', ring: 'adopt' },
        ],
      },
      {
        id: 'moved-out',
        title: 'Moved out',
        segment: 'bottom-left',
        tags: [],
        links: {},
        history: [
          { edition: '2023', ring: 'trial' },
          { edition: '2024', ring: 'hold' },
        ],
        featured: false,
      },
      {
        id: 'carried',
        title: 'Carried',
        segment: 'top-left',
        tags: [],
        links: {},
        history: [{ edition: '2023', ring: 'trial' }],
      },
    ],
  };

  it('works out moved from the previous edition and active from featured', () => {
    const out = JSON.parse(exportZalando(handMade));
    expect(out.date).toBe('2024.03');
    expect(out.rings).toEqual([
      { name: 'Adopt', color: '#5ba300', description: 'Use it.' },
      { name: 'Trial', color: '#123456' },
      { name: 'Assess', color: '#c7ba00' },
      { name: 'Hold', color: '#e09b96' },
    ]);
    expect(out.entries).toEqual([
      { quadrant: 2, ring: 1, label: 'Carried', active: true, moved: 0 },
      { quadrant: 0, ring: 0, label: 'Moved in', link: 'https://home.example/', active: true, moved: 1 },
      { quadrant: 1, ring: 3, label: 'Moved out', active: false, moved: -1 },
      { quadrant: 3, ring: 2, label: 'New one', link: 'https://docs.example/', active: true, moved: 2 },
    ]);
  });

  it('round-trips a hand-made radar, keeping only one snapshot', () => {
    const back = parseZalando(exportZalando(handMade), 'export.json').radar;
    const at = (ring: string) => [{ edition: '2024-03', ring }];
    // Lost: history (each entry keeps its latest ring, in the one edition), notes, descriptions, tags, segment
    // descriptions, edition ids and titles, links beyond the first. Rings without a colour get Zalando's colours.
    expect(back).toEqual({
      title: 'Hand-made',
      rings: [
        { id: 'adopt', title: 'Adopt', color: '#5ba300', description: 'Use it.' },
        { id: 'trial', title: 'Trial', color: '#123456' },
        { id: 'assess', title: 'Assess', color: '#c7ba00' },
        { id: 'hold', title: 'Hold', color: '#e09b96' },
      ],
      segments: handMade.segments.map(({ id, title }) => ({ id, title })),
      editions: [{ id: '2024-03', date: '2024-03' }],
      entries: [
        { id: 'carried', title: 'Carried', segment: 'top-left', tags: [], links: {}, history: at('trial') },
        {
          id: 'moved-in',
          title: 'Moved in',
          segment: 'bottom-right',
          tags: [],
          links: { home: 'https://home.example/' },
          history: at('adopt'),
        },
        {
          id: 'moved-out',
          title: 'Moved out',
          segment: 'bottom-left',
          tags: [],
          links: {},
          history: at('hold'),
          featured: false,
        },
        {
          id: 'new-one',
          title: 'New one',
          segment: 'top-right',
          tags: [],
          links: { home: 'https://docs.example/' },
          history: at('assess'),
        },
      ],
    });
  });

  it('refuses a radar radar.js cannot draw', () => {
    expect(() => exportZalando({ ...handMade, rings: handMade.rings.slice(0, 3) })).toThrow(/exactly 4 quadrants/);
  });
});

describe('parseZalando', () => {
  const entry = '{"label": "Go", "quadrant": 2, "ring": 0, "active": true, "moved": 0}';

  it('takes the date from the file, or else from the caller', () => {
    expect(parseZalando(config(entry)).radar.editions).toEqual([{ id: '2024-03', date: '2024-03' }]);
    const given = parseZalando(config(entry, ''), 'r.json', { date: '2024-05-02' });
    expect(given.radar.editions).toEqual([{ id: '2024-05-02', date: '2024-05-02' }]);
    const error = importError(() => parseZalando(config(entry, ''), 'r.json'));
    expect([error.file, error.position]).toEqual(['r.json', 'date']);
    const text = importError(() => parseZalando(config(entry, '"date": "spring"'), 'r.json'));
    expect(text.position).toBe('date');
    const replaced = parseZalando(config(entry, '"date": "spring"'), 'r.json', { date: '2024' });
    expect(replaced.radar.editions[0]!.date).toBe('2024');
    expect(replaced.skipped.map((s) => s.what)).toEqual(['date']);
  });

  it('reports non-https links, inactive entries as not featured, unknown fields and display settings', () => {
    const { radar, skipped } = parseZalando(
      config(
        '{"label": "Go", "quadrant": 2, "ring": 0, "link": "http://go.dev", "active": false, "x": 1}',
        '"date": "2024.03", "svg_id": "radar"',
      ),
      'r.json',
    );
    expect(radar.entries[0]).toEqual({
      id: 'go',
      title: 'Go',
      segment: 'q2',
      tags: [],
      links: {},
      history: [{ edition: '2024-03', ring: 'adopt' }],
      featured: false,
    });
    expect(skipped.map((s) => [s.where, s.what])).toEqual([
      ['r.json', 'svg_id'],
      ['r.json, entries[0] (Go)', 'x'],
      ['r.json, entries[0] (Go)', 'link'],
    ]);
  });

  it('names the line and column of broken JSON', () => {
    const missingComma = '{\n  "title": "x"\n  "entries": []\n}';
    expect(importError(() => parseZalando(missingComma, 'r.json')).position).toBe('line 3, column 3');
    const trailing = '{\n  "entries": [1, 2,],\n}';
    expect(importError(() => parseZalando(trailing, 'r.json')).position).toBe('line 2, column 20');
    const bare = '{"a": tru}';
    expect(importError(() => parseZalando(bare, 'r.json')).position).toBe('line 1, column 7');
    const cut = '{\n  "a": [1,';
    const error = importError(() => parseZalando(cut, 'r.json'));
    expect([error.position, error.reason]).toEqual(['line 2, column 11', 'invalid JSON: unexpected end of input']);
  });

  it('refuses unknown rings and quadrants, duplicate labels and missing fields, with their JSON path', () => {
    const ring = importError(() => parseZalando(config('{"label": "Go", "quadrant": 2, "ring": 4}'), 'r.json'));
    expect([ring.file, ring.position, ring.reason]).toEqual([
      'r.json',
      'entries[0].ring',
      'unknown ring 4; expected 0 to 3',
    ]);
    const quadrant = importError(() => parseZalando(config('{"label": "Go", "quadrant": -1, "ring": 0}')));
    expect(quadrant.position).toBe('entries[0].quadrant');
    const duplicate = importError(() => parseZalando(config(`${entry}, {"label": "go", "quadrant": 0, "ring": 1}`)));
    expect([duplicate.position, duplicate.reason]).toEqual([
      'entries[1].label',
      'duplicate label "go" (also entries[0])',
    ]);
    expect(importError(() => parseZalando(config('{"quadrant": 0, "ring": 1}'))).position).toBe('entries[0].label');
    expect(importError(() => parseZalando(config('{"label": "Go", "ring": 1}'))).position).toBe('entries[0].quadrant');
    const noName = config(entry).replace('{"name": "Q1"}', '{}');
    expect(importError(() => parseZalando(noName)).position).toBe('quadrants[1].name');
    const three = config(entry).replace(', {"name": "Q3"}', '');
    expect(importError(() => parseZalando(three)).reason).toMatch(/exactly 4 quadrants; this file has 3/);
    expect(importError(() => parseZalando(config(entry).replace('"moved": 0', '"moved": 3'))).position).toBe(
      'entries[0].moved',
    );
  });
});
