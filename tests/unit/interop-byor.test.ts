import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byorEnvironment, exportByor, htmlToMarkdown, parseByor, parseCsv } from '../../src/lib/interop/byor.ts';
import type { PortableRadar } from '../../src/lib/interop/model.ts';
import { importError } from './interop-helpers.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/interop/byor/${name}`, 'utf8');
const csv = fixture('radar.csv');
const json = fixture('radar.json');
const date = '2024-05-01';

const byId = (radar: PortableRadar) => new Map(radar.entries.map((entry) => [entry.id, entry]));

describe('parseByor: the CSV sample', () => {
  const { radar, skipped } = parseByor(csv, 'fixtures/radar.csv', { date });

  it('makes one edition of the given date, titled after the file as BYOR does', () => {
    expect(radar.title).toBe('radar');
    expect(radar.editions).toEqual([{ id: date, date }]);
  });

  it("uses BYOR's default rings and places its default quadrants as BYOR draws them", () => {
    expect(radar.rings.map((r) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold']);
    // BYOR: Techniques top left, Platforms bottom left, Tools top right, Languages & Frameworks bottom right.
    expect(radar.segments).toEqual([
      { id: 'tools', title: 'Tools' },
      { id: 'languages-and-frameworks', title: 'Languages & Frameworks' },
      { id: 'platforms', title: 'Platforms' },
      { id: 'techniques', title: 'Techniques' },
    ]);
  });

  it('reads every blip with its ring, quadrant and description as Markdown', () => {
    expect(radar.entries).toHaveLength(16);
    const entries = byId(radar);
    expect(entries.get('uv')).toMatchObject({
      title: 'uv',
      segment: 'tools',
      history: [{ edition: date, ring: 'trial' }],
    });
    expect(entries.get('uv')!.description).toContain('-   resolves and locks dependencies,');
    expect(entries.get('asyncio-taskgroup')).toMatchObject({
      title: 'asyncio.TaskGroup',
      segment: 'languages-and-frameworks',
    });
    expect(entries.get('python-2-7')!.history).toEqual([{ edition: date, ring: 'hold' }]);
    expect(entries.get('free-threaded-cpython')!.description).toBe(
      'CPython 3.13 ships an optional build without the global interpreter lock ' +
        '([PEP 703](https://peps.python.org/pep-0703/)).\n\n' +
        'Try it for CPU-bound threads, but check that every extension module you use declares support first.',
    );
    expect(entries.get('setup-py-install')!.description).toContain('Build with **build** and install with **pip**');
  });

  it('reports isNew and status of every row as skipped, and nothing else', () => {
    expect(skipped).toHaveLength(32);
    expect(skipped.filter((s) => s.what.startsWith('isNew'))).toHaveLength(16);
    expect(skipped).toContainEqual({
      where: 'fixtures/radar.csv, row 11, line 12 (uv)',
      what: 'status "New"',
      reason: expect.stringContaining('earlier edition'),
    });
    expect(skipped).toContainEqual(
      expect.objectContaining({ where: 'fixtures/radar.csv, row 9, line 10 (Python 2.7)', what: 'status "Moved Out"' }),
    );
  });
});

describe('parseByor: the JSON sample', () => {
  const { radar, skipped } = parseByor(json, 'radar.json', { date: '2024' });

  it("matches BYOR's quadrant and ring names case-insensitively, with 'and' for '&'", () => {
    expect(radar.segments.map((s) => s.title)).toEqual(['Tools', 'Languages & Frameworks', 'Platforms', 'Techniques']);
    expect(byId(radar).get('fastapi')).toMatchObject({
      segment: 'languages-and-frameworks',
      history: [{ ring: 'adopt' }],
    });
    expect(byId(radar).get('setup-py-install')).toMatchObject({ segment: 'techniques', history: [{ ring: 'hold' }] });
    expect(radar.entries.map((e) => e.id)).toEqual(['fastapi', 'pyodide', 'ruff', 'setup-py-install', 'uv']);
  });

  it('reports isNew as skipped', () => {
    expect(skipped.map((s) => s.what)).toEqual([
      'isNew "FALSE"',
      'isNew "TRUE"',
      'isNew "TRUE"',
      'isNew "FALSE"',
      'isNew "FALSE"',
    ]);
    expect(skipped[0]!.where).toBe('radar.json, [0] (Ruff)');
  });

  it('is chosen by the first character when the name says nothing', () => {
    expect(parseByor(json, 'upload', { date }).radar.entries).toHaveLength(5);
    expect(parseByor(csv, 'upload', { date }).radar.entries).toHaveLength(16);
  });
});

describe('parseByor: quadrant and ring order', () => {
  const header = 'name,ring,quadrant,isNew,description\n';
  const custom = `${header}A,Use,Q1,TRUE,\nB,Try,Q2,TRUE,\nC,Use,Q3,TRUE,\nD,Stop,Q4,TRUE,\n`;

  it('takes names not in BYOR defaults in order of first appearance, placed by position', () => {
    const { radar } = parseByor(custom, 'r.csv', { date });
    expect(radar.rings.map((r) => r.title)).toEqual(['Use', 'Try', 'Stop']);
    // First (Q1) top left → segment 3, second bottom left → 2, third top right → 0, fourth bottom right → 1.
    expect(radar.segments.map((s) => s.title)).toEqual(['Q3', 'Q4', 'Q2', 'Q1']);
    expect(byId(radar).get('a')!.segment).toBe('q1');
  });

  it("follows the deployment's lists when given", () => {
    const { radar } = parseByor(custom, 'r.csv', {
      date,
      quadrants: ['Q4', 'Q3', 'Q2', 'Q1'],
      rings: ['Use', 'Try', 'Wait', 'Stop'],
    });
    expect(radar.segments.map((s) => s.title)).toEqual(['Q2', 'Q1', 'Q3', 'Q4']);
    expect(radar.rings.map((r) => r.id)).toEqual(['use', 'try', 'wait', 'stop']);
  });

  it('rejects a name outside the given lists, naming the row and column', () => {
    const error = importError(() => parseByor(custom, 'r.csv', { date, quadrants: ['Q1', 'Q2', 'Q3', 'Q5'] }));
    expect(error.position).toBe('row 5, column quadrant');
    expect(error.reason).toContain('unknown quadrant "Q4"');
    const ring = importError(() => parseByor(custom, 'r.csv', { date, rings: ['Use', 'Try'] }));
    expect(ring.position).toBe('row 5, column ring');
    expect(ring.reason).toContain('unknown ring "Stop"');
  });

  it('rejects a fifth quadrant or ring, and fewer than four quadrants', () => {
    expect(importError(() => parseByor(`${custom}E,Use,Q5,TRUE,\n`, 'r.csv', { date })).position).toBe(
      'row 6, column quadrant',
    );
    const rings = `${header}A,R1,Q1,TRUE,\nB,R2,Q2,TRUE,\nC,R3,Q3,TRUE,\nD,R4,Q4,TRUE,\nE,R5,Q4,TRUE,\n`;
    expect(importError(() => parseByor(rings, 'r.csv', { date })).position).toBe('row 6, column ring');
    expect(importError(() => parseByor(`${header}A,Use,Q1,TRUE,\n`, 'r.csv', { date })).reason).toContain(
      'exactly 4 quadrants',
    );
  });
});

describe('parseByor: malformed files', () => {
  const header = 'name,ring,quadrant,isNew,description\n';

  it('needs a date', () => {
    const error = importError(() => parseByor(csv, 'radar.csv'));
    expect(error.file).toBe('radar.csv');
    expect(error.reason).toContain('--date YYYY-MM-DD');
    expect(importError(() => parseByor(csv, 'radar.csv', { date: '1 May 2024' })).reason).toContain('YYYY-MM-DD');
  });

  it('names the line of an unclosed quote or of text after a closing quote', () => {
    expect(importError(() => parseByor(`${header}A,Adopt,Tools,TRUE,"<p>x\n\n`, 'r.csv', { date })).position).toBe(
      'line 2',
    );
    expect(importError(() => parseByor(`${header}A,Adopt,Tools,TRUE,"x"y\n`, 'r.csv', { date })).position).toBe(
      'line 2',
    );
  });

  it('names the row with the wrong number of cells, an empty name, a duplicate', () => {
    expect(importError(() => parseByor(`${header}A,Adopt,Tools\n`, 'r.csv', { date })).position).toBe('row 2');
    expect(importError(() => parseByor(`${header} ,Adopt,Tools,TRUE,\n`, 'r.csv', { date })).position).toBe(
      'row 2, column name',
    );
    const duplicate = importError(() =>
      parseByor(`${header}Ruff,Adopt,Tools,TRUE,\nruff,Hold,Tools,TRUE,\n`, 'r.csv', { date }),
    );
    expect(duplicate.position).toBe('row 3, column name');
    expect(duplicate.reason).toContain('row 2');
  });

  it('names a missing column in the header', () => {
    expect(
      importError(() => parseByor('name,ring,isNew,description\nA,Adopt,TRUE,\n', 'r.csv', { date })),
    ).toMatchObject({ position: 'row 1', reason: 'missing "quadrant"' });
    expect(
      importError(() => parseByor('name,ring,quadrant,description\nA,Adopt,Tools,\n', 'r.csv', { date })).reason,
    ).toContain('isNew');
  });

  it('gives the line and column of bad JSON, and the path of a bad value', () => {
    const error = importError(() => parseByor('[\n  {"name": "A",}\n]', 'r.json', { date }));
    expect(error.position).toBe('line 2, column 16');
    expect(error.reason).toMatch(/^invalid JSON/);
    const blip = { name: 'A', ring: 'Adopt', quadrant: 'Tools', isNew: true, description: '' };
    expect(importError(() => parseByor(JSON.stringify([blip]), 'r.json', { date })).position).toBe('[0].isNew');
    const { ring: _ring, ...noRing } = { ...blip, isNew: 'TRUE' };
    expect(importError(() => parseByor(JSON.stringify([noRing]), 'r.json', { date }))).toMatchObject({
      position: '[0]',
      reason: 'missing "ring"',
    });
    expect(importError(() => parseByor('{"name": "A"}', 'r.json', { date })).reason).toContain('array');
  });
});

describe('parseByor: content', () => {
  it('sanitises HTML descriptions: no scripts, styles, frames, event handlers or script links', () => {
    const html =
      '<p onclick="steal()">Use <a href="javascript:alert(1)">this</a> and <a href="https://ok.example/">that</a>.' +
      '<script>alert(1)</script><style>p { color: red }</style><iframe src="https://evil.example/"></iframe>' +
      '<img src="javascript:alert(2)" alt="x"></p>';
    const markdown = htmlToMarkdown(html);
    expect(markdown).toBe('Use this and [that](https://ok.example/).');
  });

  it('reports a column PyRadar does not keep, for each row that fills it', () => {
    const text =
      'name,ring,quadrant,status,topic,description\nA,Adopt,Tools,New,Packaging,\nB,Hold,Tools,No Change,,\n';
    const { skipped } = parseByor(text, 'r.csv', { date });
    expect(skipped).toEqual([
      { where: 'r.csv, row 2 (A)', what: 'status "New"', reason: expect.any(String) },
      { where: 'r.csv, row 2 (A)', what: 'topic', reason: 'not a field PyRadar keeps' },
      { where: 'r.csv, row 3 (B)', what: 'status "No Change"', reason: expect.any(String) },
    ]);
  });
});

describe('parseCsv', () => {
  it('reads RFC 4180: quoted commas, doubled quotes, line breaks in cells, CRLF, blank lines', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n\r\n"x\r\ny",,z\n', 'f.csv')).toEqual([
      { fields: ['a', 'b,c', 'say "hi"'], line: 1 },
      { fields: ['x\r\ny', '', 'z'], line: 3 },
    ]);
  });
});

/** A radar across three editions: one entry moves in, one moves out, one stays, one is new, one is hidden. */
function handMade(): PortableRadar {
  return {
    title: 'Hand made',
    rings: [
      { id: 'adopt', title: 'Adopt', color: '#5ba300', description: 'Use it.' },
      { id: 'trial', title: 'Trial' },
      { id: 'assess', title: 'Assess' },
      { id: 'hold', title: 'Hold' },
    ],
    segments: [
      { id: 'tools', title: 'Tools', description: 'Things you run.' },
      { id: 'languages-and-frameworks', title: 'Languages & Frameworks' },
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
        description: 'A linter with **rules** from [Flake8](https://flake8.pycqa.org/).',
        links: { repo: 'https://github.com/astral-sh/ruff' },
        history: [
          { edition: '2023', ring: 'trial', note: 'Young.' },
          { edition: '2024-02-01', ring: 'adopt' },
        ],
      },
      {
        id: 'pipenv',
        title: 'Pipenv',
        segment: 'tools',
        tags: [],
        links: {},
        history: [
          { edition: '2023', ring: 'trial' },
          { edition: '2024-02-01', ring: 'hold' },
        ],
      },
      {
        id: 'flask',
        title: 'Flask',
        segment: 'languages-and-frameworks',
        tags: [],
        links: {},
        history: [{ edition: '2023', ring: 'adopt' }],
      },
      {
        id: 'pyodide',
        title: 'Pyodide',
        segment: 'platforms',
        tags: [],
        links: {},
        history: [{ edition: '2024-02-01', ring: 'assess' }],
      },
      {
        id: 'equals',
        title: '=SUM(A1)',
        segment: 'techniques',
        tags: [],
        links: {},
        history: [{ edition: '2024-02-01', ring: 'hold' }],
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

describe('exportByor', () => {
  const radar = handMade();
  const text = exportByor(radar, 'csv');
  const rows = parseCsv(text, 'out.csv').map((r) => r.fields);

  it('writes the header BYOR validates and one row per drawn entry, in BYOR quadrant order', () => {
    expect(rows[0]).toEqual(['name', 'ring', 'quadrant', 'isNew', 'status', 'description']);
    // Techniques (top left) first, then Platforms, Tools (by ring), Languages & Frameworks; Hidden is left out.
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=SUM(A1)", 'Pyodide', 'Ruff', 'Pipenv', 'Flask']);
  });

  it('derives isNew and status from the history, as of the newest edition', () => {
    const of = (name: string) => rows.find((r) => r[0] === name)!;
    expect(of('Ruff').slice(1, 5)).toEqual(['Adopt', 'Tools', 'FALSE', 'Moved In']);
    expect(of('Pipenv').slice(1, 5)).toEqual(['Hold', 'Tools', 'FALSE', 'Moved Out']);
    expect(of('Flask').slice(1, 5)).toEqual(['Adopt', 'Languages & Frameworks', 'FALSE', 'No Change']);
    expect(of('Pyodide').slice(1, 5)).toEqual(['Assess', 'Platforms', 'TRUE', 'New']);
  });

  it('renders descriptions to HTML and neutralises formula cells', () => {
    expect(rows.find((r) => r[0] === 'Ruff')![5]).toBe(
      '<p>A linter with <strong>rules</strong> from <a href="https://flake8.pycqa.org/">Flake8</a>.</p>',
    );
    expect(text).toContain("\r\n'=SUM(A1),Hold,Techniques,TRUE,New,\r\n");
  });

  it('writes JSON as an array of string fields', () => {
    const blips = JSON.parse(exportByor(radar, 'json')) as Record<string, string>[];
    expect(blips).toHaveLength(5);
    expect(blips[2]).toEqual({
      name: 'Ruff',
      ring: 'Adopt',
      quadrant: 'Tools',
      isNew: 'FALSE',
      status: 'Moved In',
      description: rows[3]![5],
    });
  });

  it('refuses a radar BYOR cannot draw', () => {
    expect(() => exportByor({ ...radar, segments: radar.segments.slice(0, 3) }, 'csv')).toThrow(/four quadrants/);
    const six = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `r${n}`, title: `R${n}` }));
    expect(() => exportByor({ ...radar, rings: six }, 'csv')).toThrow(/at most four rings/);
  });

  it('gives the RINGS and QUADRANTS to run BYOR with', () => {
    expect(byorEnvironment(radar)).toEqual({
      QUADRANTS: '["Techniques","Platforms","Tools","Languages & Frameworks"]',
      RINGS: '["Adopt","Trial","Assess","Hold"]',
    });
  });
});

describe('round trip', () => {
  it('gives back the CSV and JSON samples', () => {
    const first = parseByor(csv, 'radar.csv', { date }).radar;
    for (const format of ['csv', 'json'] as const)
      expect(parseByor(exportByor(first, format), `radar.${format}`, { date }).radar).toEqual(first);
    const small = parseByor(json, 'radar.json', { date }).radar;
    expect(parseByor(exportByor(small, 'json'), 'radar.json', { date }).radar).toEqual(small);
  });

  it('keeps of a hand-made radar what BYOR can carry: current ring, quadrant, name, description', () => {
    const radar = handMade();
    const newest = radar.editions.at(-1)!;
    for (const format of ['csv', 'json'] as const) {
      const back = parseByor(exportByor(radar, format), `out.${format}`, {
        date: newest.date,
        title: radar.title,
        ...(() => {
          const env = byorEnvironment(radar);
          return { quadrants: JSON.parse(env.QUADRANTS) as string[], rings: JSON.parse(env.RINGS) as string[] };
        })(),
      }).radar;
      // Lost: earlier editions and rings, placement notes, tags, links, ring colours and descriptions, segment
      // descriptions, edition titles, the hidden entry; ids come from names.
      expect(back).toEqual({
        title: 'Hand made',
        rings: radar.rings.map(({ id, title }) => ({ id, title })),
        segments: radar.segments.map(({ id, title }) => ({ id, title })),
        editions: [{ id: '2024-02-01', date: '2024-02-01' }],
        entries: radar.entries
          .filter((e) => e.featured !== false)
          .map((e) => ({
            id: e.id === 'equals' ? 'sum-a1' : e.id,
            title: e.title,
            segment: e.segment,
            tags: [],
            links: {},
            history: [{ edition: '2024-02-01', ring: e.history.at(-1)!.ring }],
            ...(e.description ? { description: e.description } : {}),
          }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      });
    }
  });
});
