import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAoe, parseAoe } from '../../src/lib/interop/aoe.ts';
import type { PortableRadar } from '../../src/lib/interop/model.ts';
import { importError } from './interop-helpers.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/interop/aoe');

/** A radar folder as parseAoe takes it: paths relative to the folder. */
function load(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const item of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, item.name);
      if (item.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const v4 = load(join(FIXTURES, 'v4'));
const v5 = load(join(FIXTURES, 'v5'));

const RINGS = `"rings": [
  { "id": "adopt", "title": "Adopt", "color": "#588157" },
  { "id": "trial", "title": "Trial" },
  { "id": "hold", "title": "Hold" }
]`;
const QUADRANTS = `"quadrants": [
  { "id": "languages", "title": "Languages" },
  { "id": "methods", "title": "Methods" },
  { "id": "platforms", "title": "Platforms" },
  { "id": "tools", "title": "Tools" }
]`;
const CONFIG = `{\n${QUADRANTS},\n${RINGS}\n}\n`;

function folder(items: Record<string, string>, config = CONFIG): Map<string, string> {
  return new Map([['config.json', config], ...Object.entries(items)]);
}

function item(fields: string, body = ''): string {
  return `---\n${fields}\n---\n\n${body}`;
}

describe('parseAoe on AOE 4 demo data', () => {
  const { radar, skipped } = parseAoe(v4);

  it('reads the title, rings and release folders', () => {
    expect(radar.title).toBe('Technology Radar');
    expect(radar.rings.map((r) => [r.id, r.title, r.color])).toEqual([
      ['adopt', 'Adopt', '#588157'],
      ['trial', 'Trial', '#457b9d'],
      ['assess', 'Assess', '#bc6c25'],
      ['hold', 'Hold', '#d62828'],
    ]);
    expect(radar.editions).toEqual([
      { id: '2017-03-01', date: '2017-03-01' },
      { id: '2024-03-01', date: '2024-03-01' },
    ]);
  });

  it('orders the quadrants as AOE 4 draws them: top right first, clockwise', () => {
    // config order languages (top left), methods (top right), platforms (bottom left), tools (bottom right)
    expect(radar.segments.map((s) => s.id)).toEqual([
      'methods-and-patterns',
      'tools',
      'platforms-and-operations',
      'languages-and-frameworks',
    ]);
    expect(radar.segments[0]!.title).toBe('Methods & Patterns');
    expect(radar.segments[0]!.description).toMatch(/^Key software development methods/);
  });

  it('merges each item over its release folders', () => {
    expect(radar.entries.map((e) => e.id)).toEqual(['demo-1', 'demo-2', 'demo-3', 'demo-4']);
    const demo2 = radar.entries.find((e) => e.id === 'demo-2')!;
    expect(demo2.segment).toBe('platforms-and-operations');
    expect(demo2.tags).toEqual(['coding', 'backend']);
    expect(demo2.history.map((h) => [h.edition, h.ring])).toEqual([
      ['2017-03-01', 'trial'],
      ['2024-03-01', 'adopt'],
    ]);
    // The newest body is the item's text; the 2017 body is what that release said.
    expect(demo2.description).toBe('This is a revision of the 2nd demo item. It moved from trail to adopt.');
    expect(demo2.history[0]!.note).toMatch(/^This is a demo entry\./);
    expect(demo2.history[1]!.note).toBeUndefined();
    const demo3 = radar.entries.find((e) => e.id === 'demo-3')!;
    expect([demo3.segment, demo3.history, demo3.tags]).toEqual([
      'tools',
      [{ edition: '2017-03-01', ring: 'hold' }],
      ['coding', 'frontend'],
    ]);
    expect(radar.entries.find((e) => e.id === 'demo-1')!.description).toContain('console.log(var)');
    expect(radar.entries.find((e) => e.id === 'demo-4')!.history).toEqual([{ edition: '2024-03-01', ring: 'trial' }]);
  });

  it('reports the site settings, quadrant colours and ring geometry it does not carry', () => {
    const what = skipped.map((s) => s.what);
    expect(what.filter((w) => w === 'color')).toHaveLength(4);
    expect(what.filter((w) => w === 'radius' || w === 'strokeWidth')).toHaveLength(8);
    expect(what).toEqual(expect.arrayContaining(['basePath', 'colors', 'toggles', 'social', 'chart']));
    expect(skipped.find((s) => s.what.startsWith('labels'))!.what).toContain('imprint');
    // Fields it carries are not reported.
    expect(what).not.toContain('quadrants');
    expect(what).not.toContain('title');
    expect(skipped).toHaveLength(26);
  });
});

describe('parseAoe on AOE 5 demo data', () => {
  const { radar, skipped } = parseAoe(v5);

  it('reads `segments` in array order, which lands where AOE 4 drew the same quadrants', () => {
    expect(radar.segments).toEqual(parseAoe(v4).radar.segments);
  });

  it('reads `segment`, and `quadrant` from older files', () => {
    expect(radar.editions.map((e) => e.id)).toEqual(['2017-03-01', '2024-03-01', '2025-03-01']);
    const demo5 = radar.entries.find((e) => e.id === 'demo-5')!;
    expect([demo5.segment, demo5.tags, demo5.history]).toEqual([
      'languages-and-frameworks',
      ['coding', 'segment'],
      [{ edition: '2025-03-01', ring: 'trial' }],
    ]);
    const demo6 = radar.entries.find((e) => e.id === 'demo-6')!;
    expect([demo6.title, demo6.tags, demo6.description]).toEqual(['Demo 6', [], 'This is a new demo entry.']);
    expect(radar.entries.find((e) => e.id === 'demo-1')!.segment).toBe('methods-and-patterns');
  });

  it('reports the segment labels AOE 5 adds', () => {
    expect(skipped.filter((s) => s.what === 'label').map((s) => s.where)).toEqual([
      'config.json, segments[0] (methods-and-patterns)',
      'config.json, segments[1] (tools)',
      'config.json, segments[2] (platforms-and-operations)',
      'config.json, segments[3] (languages-and-frameworks)',
    ]);
  });
});

describe('exportAoe', () => {
  it('writes the demo back as the same files: first appearances and changes only', () => {
    const files = exportAoe(parseAoe(v4).radar);
    expect([...files.keys()]).toEqual([...v4.keys()].sort((a, b) => (a === 'config.json' ? -1 : a.localeCompare(b))));
    const config = JSON.parse(files.get('config.json')!);
    // AOE 4's own quadrant order comes back.
    expect(config.quadrants.map((q: { id: string }) => q.id)).toEqual([
      'languages-and-frameworks',
      'methods-and-patterns',
      'platforms-and-operations',
      'tools',
    ]);
    expect(config.rings.map((r: { radius: number }) => r.radius)).toEqual([0.5, 0.69, 0.85, 1]);
    expect(files.get('radar/2024-03-01/demo-2.md')).toBe(
      '---\ntitle: Demo 2\nring: adopt\nquadrant: platforms-and-operations\ntags:\n  - coding\n  - backend\n---\n\n' +
        'This is a revision of the 2nd demo item. It moved from trail to adopt.\n',
    );
  });

  it('round-trips both demos, as AOE 4 and as AOE 5', () => {
    for (const sample of [v4, v5]) {
      const { radar } = parseAoe(sample);
      expect(parseAoe(exportAoe(radar)).radar).toEqual(radar);
      const five = exportAoe(radar, { version: 5 });
      expect(JSON.parse(five.get('config.json')!).segments).toHaveLength(4);
      expect(five.get('radar/2017-03-01/demo-3.md')).toContain('segment: tools\n');
      expect(parseAoe(five).radar).toEqual(radar);
    }
  });

  const handMade: PortableRadar = {
    title: 'Hand-made',
    rings: [
      { id: 'adopt', title: 'Adopt', color: '#112233', description: 'Use it.' },
      { id: 'trial', title: 'Trial' },
      { id: 'hold', title: 'Hold' },
    ],
    segments: [
      { id: 'languages', title: 'Languages', description: 'Words.' },
      { id: 'tools', title: 'Tools' },
      { id: 'platforms', title: 'Platforms' },
    ],
    editions: [
      { id: '2021', date: '2021', title: 'First' },
      { id: '2023', date: '2023' },
      { id: '2024', date: '2024-06-01' },
    ],
    entries: [
      {
        id: 'mypy',
        title: 'mypy',
        segment: 'tools',
        tags: ['typing'],
        description: 'A type checker.',
        links: {},
        history: [
          { edition: '2021', ring: 'trial', segment: 'languages', note: 'Tried it.' },
          { edition: '2023', ring: 'trial' },
          { edition: '2024', ring: 'adopt', segment: 'tools' },
        ],
      },
      {
        id: 'c-plus-plus',
        title: 'C++',
        segment: 'platforms',
        tags: [],
        links: {},
        history: [{ edition: '2023', ring: 'hold', note: 'Not here.' }],
        featured: false,
      },
    ],
  };

  it('round-trips a hand-made radar with three segments as AOE 5, losing what AOE cannot hold', () => {
    const files = exportAoe(handMade);
    expect(JSON.parse(files.get('config.json')!).segments.map((s: { id: string }) => s.id)).toEqual([
      'languages',
      'tools',
      'platforms',
    ]);
    // 2023 repeats mypy's ring and segment with no note: AOE has no file for it.
    expect([...files.keys()]).toEqual([
      'config.json',
      'radar/2021/mypy.md',
      'radar/2023/c-plus-plus.md',
      'radar/2024-06-01/mypy.md',
    ]);
    expect(files.get('radar/2023/c-plus-plus.md')).toContain('featured: false');
    const back = parseAoe(files).radar;
    const expected: PortableRadar = structuredClone(handMade);
    // Lost: edition titles, edition ids that differ from their date (the release folder is the date), the unchanged
    // 2023 placement, and a note on an entry's newest file (the body there is the description; C++ has none, so its
    // note becomes its description). Rings without a colour get AOE's default colours, which AOE needs.
    expected.rings[1]!.color = '#457b9d';
    expected.rings[2]!.color = '#bc6c25';
    expected.editions = [
      { id: '2021', date: '2021' },
      { id: '2023', date: '2023' },
      { id: '2024-06-01', date: '2024-06-01' },
    ];
    expected.entries = [
      {
        ...handMade.entries[1]!,
        description: 'Not here.',
        history: [{ edition: '2023', ring: 'hold' }],
      },
      {
        ...handMade.entries[0]!,
        history: [
          { edition: '2021', ring: 'trial', segment: 'languages', note: 'Tried it.' },
          { edition: '2024-06-01', ring: 'adopt', segment: 'tools' },
        ],
      },
    ];
    expect(back).toEqual(expected);
  });

  it('refuses AOE 4 for a radar that is not four segments', () => {
    expect(() => exportAoe(handMade, { version: 4 })).toThrow(/exactly four quadrants/);
  });
});

describe('parseAoe merging and reporting', () => {
  it('keeps a field a later file leaves out, and follows a move to another quadrant', () => {
    const { radar } = parseAoe(
      folder({
        'radar/2020-01-01/vue.md': item('title: Vue\nring: trial\nquadrant: languages\ntags: [frontend]', 'First.'),
        'radar/2021-01-01/vue.md': item('ring: adopt'),
        'radar/2022-01-01/vue.md': item('segment: tools', 'Moved.'),
      }),
    );
    expect(radar.entries).toEqual([
      {
        id: 'vue',
        title: 'Vue',
        segment: 'tools',
        tags: ['frontend'],
        description: 'Moved.',
        links: {},
        history: [
          { edition: '2020-01-01', ring: 'trial', segment: 'languages', note: 'First.' },
          { edition: '2021-01-01', ring: 'adopt' },
          { edition: '2022-01-01', ring: 'adopt', segment: 'tools' },
        ],
      },
    ]);
  });

  it('reports unknown fields, files that are not items and items the tags filter hides', () => {
    const config = `{\n${QUADRANTS},\n${RINGS},\n"tags": ["python"]\n}`;
    const { radar, skipped } = parseAoe(
      folder(
        {
          'about.md': '# About',
          'radar/2020-01-01/a.md': item('ring: adopt\nquadrant: tools\ntags: [python]\ninfo: extra\nfeatured: "no"'),
          'radar/2020-01-01/b.md': item('ring: adopt\nquadrant: tools\ntags: [java]'),
        },
        config,
      ),
    );
    expect(radar.entries.map((e) => e.id)).toEqual(['a']);
    expect(skipped.map((s) => [s.where, s.what])).toEqual([
      ['about.md', 'file'],
      ['radar/2020-01-01/a.md', 'info'],
      ['radar/2020-01-01/a.md', 'featured'],
      ['radar/2020-01-01/b.md', 'item'],
    ]);
  });

  it('drops scripts, event handlers and javascript: links from bodies', () => {
    const body =
      'Safe **text** <img src="x.png" onerror="alert(1)"> <script>alert(2)</script>\n' +
      '<iframe src="https://evil.example"></iframe> [click](javascript:alert(3)) <a href="javascript:alert(4)">a</a>';
    const { radar, skipped } = parseAoe(folder({ 'radar/2020-01-01/x.md': item('ring: hold\nquadrant: tools', body) }));
    expect(radar.entries[0]!.description).toBe('Safe **text** <img src="x.png"> \n click <a>a</a>');
    expect(skipped).toEqual([]);
  });

  it('makes slugs of ids and tags that are not slugs', () => {
    const { radar } = parseAoe(
      folder({ 'radar/2020-01-01/Node JS.md': item('ring: hold\nquadrant: tools\ntags: [Machine Learning, C++]') }),
    );
    expect([radar.entries[0]!.id, radar.entries[0]!.title, radar.entries[0]!.tags]).toEqual([
      'node-js',
      'Node JS',
      ['machine-learning', 'c-plus-plus'],
    ]);
  });
});

describe('parseAoe errors', () => {
  const ok = { 'radar/2020-01-01/a.md': item('ring: adopt\nquadrant: tools') };

  it('names the line and column of broken config.json', () => {
    const error = importError(() => parseAoe(folder(ok, '{\n  "rings": [],\n  "quadrants": [}\n')));
    expect([error.file, error.position]).toEqual(['config.json', 'line 3, column 17']);
  });

  it('needs config.json with quadrants and rings', () => {
    expect(importError(() => parseAoe(new Map(Object.entries(ok)))).file).toBe('config.json');
    expect(importError(() => parseAoe(folder(ok, `{${RINGS}}`))).position).toBe('quadrants');
    expect(importError(() => parseAoe(folder(ok, `{${QUADRANTS}}`))).position).toBe('rings');
    const untitled = CONFIG.replace('{ "id": "methods", "title": "Methods" }', '{ "id": "methods" }');
    expect(importError(() => parseAoe(folder(ok, untitled))).position).toBe('quadrants[1].title');
  });

  it('refuses duplicate ring ids and duplicate item ids', () => {
    const duplicate = CONFIG.replace('"id": "hold"', '"id": "trial"');
    expect(importError(() => parseAoe(folder(ok, duplicate))).position).toBe('rings[2].id');
    const error = importError(() =>
      parseAoe(folder({ ...ok, 'radar/2020-01-01/A.md': item('ring: adopt\nquadrant: tools') })),
    );
    expect(error.reason).toMatch(/duplicate id "a"/);
  });

  it('refuses an unknown ring or quadrant, naming the file and field', () => {
    const ring = importError(() => parseAoe(folder({ 'radar/2020-01-01/a.md': item('ring: later\nquadrant: tools') })));
    expect([ring.file, ring.position, ring.reason]).toEqual([
      'radar/2020-01-01/a.md',
      'ring',
      'unknown ring "later"; config.json has adopt, trial, hold',
    ]);
    const quadrant = importError(() => parseAoe(folder({ 'radar/2020-01-01/a.md': item('ring: hold\nsegment: x') })));
    expect([quadrant.position, quadrant.reason]).toEqual(['segment', expect.stringMatching(/^unknown segment "x"/)]);
  });

  it('refuses an item with no ring or no quadrant', () => {
    const ring = importError(() => parseAoe(folder({ 'radar/2020-01-01/a.md': item('quadrant: tools') })));
    expect([ring.file, ring.position, ring.reason]).toEqual(['radar/2020-01-01/a.md', 'ring', 'missing']);
    const quadrant = importError(() => parseAoe(folder({ 'radar/2020-01-01/a.md': item('ring: adopt') })));
    expect(quadrant.position).toBe('quadrant');
  });

  it('names the line of broken frontmatter and refuses a release folder that is not a date', () => {
    const yaml = importError(() =>
      parseAoe(folder({ 'radar/2020-01-01/a.md': '---\nring: adopt\nquadrant: [tools\n---\nBody' })),
    );
    expect(yaml.file).toBe('radar/2020-01-01/a.md');
    expect(yaml.position).toMatch(/^line [34], column \d+$/);
    const release = importError(() => parseAoe(folder({ 'radar/latest/a.md': item('ring: adopt\nquadrant: tools') })));
    expect([release.file, release.reason]).toEqual(['radar/latest/a.md', expect.stringMatching(/not a date/)]);
  });
});
