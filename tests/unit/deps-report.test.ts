import { describe, expect, it } from 'vitest';
import type { PackageRecord, PackagesJson } from '../../src/lib/api.ts';
import { asPackagesData, packagesDataProblem } from '../../src/lib/deps/data.ts';
import { parseDependencyFile } from '../../src/lib/deps/parse.ts';
import {
  checkDependencies,
  escapeMarkdown,
  reportJson,
  reportMarkdown,
  reportText,
} from '../../src/lib/deps/report.ts';
import type { Dependency } from '../../src/lib/deps/types.ts';

const SITE = 'https://radar.example/sub/';
const record = (slug: string, title: string, ring: string, extra: Partial<PackageRecord> = {}): PackageRecord => ({
  slug,
  title,
  ring,
  quadrant: 'languages-and-frameworks',
  quadrantTitle: 'Languages & Frameworks',
  url: `${SITE}radar/${slug}/`,
  lastReviewed: '2023',
  retired: false,
  alternatives: [],
  ...extra,
});

// Ring ids unlike the site's own, listed out of order: the check must rank by `order` alone.
const DATA: PackagesJson = {
  asOf: '2024-02-18',
  site: SITE,
  rings: [
    { id: 'watch', title: 'Watch', order: 3 },
    { id: 'core', title: 'Core', order: 1 },
    { id: 'avoid', title: 'Avoid', order: 4 },
    { id: 'try', title: 'Try', order: 2 },
  ],
  packages: {
    django: record('django', 'Django', 'core'),
    'django-stubs': record('django', 'Django', 'core'),
    nose: record('nose', 'nose', 'avoid', { alternatives: ['pytest', 'unlisted-entry'], lastReviewed: '2021' }),
    pytest: record('pytest', 'pytest', 'core'),
    trio: record('trio', 'Trio', 'watch', { alternatives: ['asyncio'] }),
    'old-lib': record('old-lib', 'Old | Lib *bold*', 'avoid', { retired: true }),
    fastapi: record('fastapi', 'FastAPI', 'try', { alternatives: ['django'] }),
  },
};

const deps = (text: string) => parseDependencyFile('requirements.txt', text).dependencies;

describe('checking dependencies against the radar', () => {
  const report = checkDependencies(
    deps(
      ['pytest', 'Django>=4.2', 'nose==1.3', 'requests', 'fastapi', 'trio', 'django[argon2]', 'attrs', 'old_lib'].join(
        '\n',
      ),
    ),
    DATA,
  );

  it('lists the outermost ring first, by the data ring order, then by name; one finding per package', () => {
    expect(report.onRadar.map((f) => `${f.ringTitle}:${f.name}`)).toEqual([
      'Avoid:nose',
      'Avoid:old-lib',
      'Watch:trio',
      'Try:fastapi',
      'Core:django',
      'Core:pytest',
    ]);
    expect(report.total).toBe(8);
    expect(report.asOf).toBe('2024-02-18');
  });

  it('gathers every occurrence of a package: specs, lines and groups', () => {
    const django = report.onRadar.find((f) => f.name === 'django')!;
    expect(django.specs).toEqual(['Django>=4.2', 'django[argon2]']);
    expect(django.lines).toEqual([2, 7]);
    expect(django.places).toEqual([{ line: 2 }, { line: 7 }]);
    const grouped = checkDependencies(
      [
        { name: 'pytest', spec: 'pytest', line: 3, group: 'dev' },
        { name: 'pytest', spec: 'pytest', line: 9, group: 'dev', file: 'b.txt' },
        { name: 'pytest', spec: 'pytest>=8', line: 4, group: 'test' },
      ],
      DATA,
    );
    expect(grouped.onRadar).toHaveLength(1);
    expect(grouped.onRadar[0]).toMatchObject({
      specs: ['pytest', 'pytest>=8'],
      lines: [3, 9, 4],
      groups: ['dev', 'test'],
      places: [{ line: 3 }, { file: 'b.txt', line: 9 }, { line: 4 }],
    });
  });

  it('lists what the radar does not cover by name, with lines', () => {
    expect(report.notCovered).toEqual([
      { name: 'attrs', lines: [8], places: [{ line: 8 }] },
      { name: 'requests', lines: [4], places: [{ line: 4 }] },
    ]);
  });

  it('resolves alternatives to titles and URLs under the site, the slug standing in for an unknown title', () => {
    const nose = report.onRadar.find((f) => f.name === 'nose')!;
    expect(nose.alternatives).toEqual([
      { slug: 'pytest', title: 'pytest', url: 'https://radar.example/sub/radar/pytest/' },
      { slug: 'unlisted-entry', title: 'unlisted-entry', url: 'https://radar.example/sub/radar/unlisted-entry/' },
    ]);
    expect(nose.outerRing).toBe(true);
    expect(report.onRadar.find((f) => f.name === 'trio')!.outerRing).toBe(true);
    expect(report.onRadar.find((f) => f.name === 'fastapi')!.outerRing).toBe(false);
  });

  it('never takes an inherited property for a package record', () => {
    const result = checkDependencies(
      deps(['constructor', 'toString', '__proto__', 'hasOwnProperty'].join('\n')).concat({
        name: '__proto__',
        spec: '__proto__',
        line: 9,
      }),
      DATA,
    );
    expect(result.onRadar).toEqual([]);
    expect(result.notCovered.map((item) => item.name)).toEqual([
      '__proto__',
      'constructor',
      'hasownproperty',
      'tostring',
    ]);
  });

  it('sorts a ring the data does not list after the listed ones', () => {
    const data = { ...DATA, packages: { ...DATA.packages, odd: record('odd', 'Odd', 'unlisted') } };
    const result = checkDependencies(deps('odd\npytest'), data);
    expect(result.onRadar.map((f) => [f.name, f.ringTitle])).toEqual([
      ['pytest', 'Core'],
      ['odd', 'unlisted'],
    ]);
  });
});

describe('the Markdown review comment', () => {
  const report = checkDependencies(
    deps(['nose', 'trio', 'pytest', 'old-lib', 'fastapi', 'left_pad', 'a_b'].join('\n')),
    DATA,
  );
  const markdown = reportMarkdown(report, { file: 'requirements_dev.txt' });

  it('has a heading, a table with linked entries, use-instead links for the outer rings, what is not covered and the date', () => {
    expect(markdown).toBe(
      [
        '### PyRadar check of requirements\\_dev.txt',
        '',
        '5 of 7 packages are on the radar.',
        '',
        '| Package | Entry | Ring | Last reviewed |',
        '| --- | --- | --- | --- |',
        '| nose | [nose](https://radar.example/sub/radar/nose/) | Avoid | 2021 |',
        '| old-lib | [Old \\| Lib \\*bold\\*](https://radar.example/sub/radar/old-lib/) | Avoid (retired) | 2023 |',
        '| trio | [Trio](https://radar.example/sub/radar/trio/) | Watch | 2023 |',
        '| fastapi | [FastAPI](https://radar.example/sub/radar/fastapi/) | Try | 2023 |',
        '| pytest | [pytest](https://radar.example/sub/radar/pytest/) | Core | 2023 |',
        '',
        'Use instead:',
        '',
        '- nose (Avoid): [pytest](https://radar.example/sub/radar/pytest/), [unlisted-entry](https://radar.example/sub/radar/unlisted-entry/)',
        '- trio (Watch): [asyncio](https://radar.example/sub/radar/asyncio/)',
        '',
        'Not on the radar (2): a-b, left-pad.',
        '',
        'Checked against [PyRadar](https://radar.example/sub/) as of 2024-02-18.',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing is on the radar, without an empty table', () => {
    const none = reportMarkdown(checkDependencies(deps('attrs'), DATA));
    expect(none).toContain('0 of 1 package is on the radar.');
    expect(none).not.toContain('| Package |');
    expect(none.split('\n')[0]).toBe('### PyRadar check');
  });

  it('escapes markup, pipes and line breaks in anything it quotes, and keeps links inside their parentheses', () => {
    expect(escapeMarkdown('a|b *c* _d_ [e](f) <g> `h` #i &j;\nk')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\#i &amp;j; k',
    );
    const hostile = {
      ...DATA,
      packages: {
        evil: record('evil', 'x](https://bad.example) <img src=x>\n| injected |', 'avoid', {
          url: 'https://radar.example/a)b(c d/',
          lastReviewed: '2021|x',
        }),
      },
    };
    const md = reportMarkdown(checkDependencies(deps('evil'), hostile), { file: 'x|y.txt' });
    const row = md.split('\n').find((line) => line.startsWith('| evil'))!;
    expect(row).toBe(
      '| evil | [x\\](https://bad.example) \\<img src=x\\> \\| injected \\|](https://radar.example/a%29b%28c%20d/) | Avoid | 2021\\|x |',
    );
    expect(md).toContain('### PyRadar check of x\\|y.txt');
  });
});

describe('the text and JSON reports', () => {
  const report = checkDependencies(
    [
      { name: 'nose', spec: 'nose', line: 3, file: 'requirements.txt' },
      { name: 'django', spec: 'Django', line: 12, file: 'pyproject.toml', group: 'optional:web' },
      { name: 'attrs', spec: 'attrs', line: 1, file: 'requirements.txt' },
      { name: 'nose', spec: 'nose', line: 7, file: 'dev.txt' },
      { name: 'nose', spec: 'nose', line: 9, file: 'requirements.txt' },
    ],
    DATA,
  );

  it('prints an aligned table with where each package is written', () => {
    const text = reportText(report);
    const lines = text.split('\n');
    expect(lines[0]).toBe('PyRadar check: 2 of 3 packages are on the radar (as of 2024-02-18)');
    expect(lines.slice(2, 5)).toEqual([
      'Package  Ring   Entry   Last reviewed  Where',
      'nose     Avoid  nose    2021           requirements.txt:3,9, dev.txt:7',
      'django   Core   Django  2023           pyproject.toml:12',
    ]);
    expect(text).toContain('Use instead:\n  nose: pytest <https://radar.example/sub/radar/pytest/>');
    expect(text).toContain('Not on the radar (1): attrs');
    // Read from one unnamed text (a paste): lines only.
    expect(reportText(checkDependencies(deps('nose\nattrs\nnose'), DATA))).toMatch(
      /\nnose +Avoid +nose +2021 +line 1,3\n/,
    );
  });

  it('keeps control characters from the data out of the terminal', () => {
    const hostile = { ...DATA, packages: { evil: record('evil', 'Evil\u001b[2J\u0007', 'core') } };
    const text = reportText(checkDependencies(deps('evil'), hostile));
    expect(text.includes('\u001b') || text.includes('\u0007')).toBe(false);
    expect(text).toContain('Evil?[2J?');
  });

  it('gives tools a plain object', () => {
    expect(JSON.parse(JSON.stringify(reportJson(report)))).toEqual({
      asOf: '2024-02-18',
      site: SITE,
      total: 3,
      onRadar: [
        {
          name: 'nose',
          slug: 'nose',
          title: 'nose',
          ring: 'avoid',
          ringTitle: 'Avoid',
          retired: false,
          url: 'https://radar.example/sub/radar/nose/',
          lastReviewed: '2021',
          specs: ['nose'],
          lines: [3, 7, 9],
          places: [
            { file: 'requirements.txt', line: 3 },
            { file: 'dev.txt', line: 7 },
            { file: 'requirements.txt', line: 9 },
          ],
          groups: [],
          alternatives: [
            { slug: 'pytest', title: 'pytest', url: 'https://radar.example/sub/radar/pytest/' },
            { slug: 'unlisted-entry', title: 'unlisted-entry', url: 'https://radar.example/sub/radar/unlisted-entry/' },
          ],
        },
        expect.objectContaining({ name: 'django', ring: 'core', groups: ['optional:web'], lines: [12] }),
      ],
      notCovered: [{ name: 'attrs', lines: [1], places: [{ file: 'requirements.txt', line: 1 }] }],
    });
  });
});

describe('packages data validation', () => {
  it('accepts packages data', () => {
    expect(packagesDataProblem(DATA)).toBeUndefined();
    expect(asPackagesData(JSON.parse(JSON.stringify(DATA)))).toEqual(DATA);
  });

  it("takes an alternative's title and URL from the data's entries, when the data lists them", () => {
    const withEntries: PackagesJson = {
      ...DATA,
      entries: { asyncio: { title: 'asyncio', ring: 'core', url: 'https://radar.example/base/radar/asyncio/' } },
    };
    const trio = checkDependencies(deps('trio'), withEntries).onRadar[0]!;
    expect(trio.alternatives).toEqual([
      { slug: 'asyncio', title: 'asyncio', url: 'https://radar.example/base/radar/asyncio/' },
    ]);
    expect(packagesDataProblem({ ...withEntries, entries: { asyncio: { title: 'x', url: 'javascript:x' } } })).toBe(
      'entries["asyncio"] needs a string "title" and an http(s) "url"',
    );
  });

  it('names what is wrong with data that is not packages data', () => {
    const broken = (change: (copy: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(DATA));
      change(copy);
      return packagesDataProblem(copy);
    };
    expect(packagesDataProblem([])).toBe('not a JSON object');
    expect(packagesDataProblem({ entries: [] })).toBe('"asOf" is missing or not a string');
    expect(broken((c) => (c['site'] = 'javascript:alert(1)'))).toBe('"site" is missing or not an http(s) URL');
    expect(broken((c) => (c['rings'] = []))).toBe('"rings" is missing or empty');
    expect(broken((c) => (c['rings'] = [{ id: 'a' }]))).toBe(
      'rings[0] needs a string "id" and "title" and a number "order"',
    );
    expect(broken((c) => (c['packages'] = []))).toBe('"packages" is missing or not an object');
    expect(
      broken((c) => ((c['packages'] as Record<string, Record<string, unknown>>)['nose']!['url'] = 'javascript:x')),
    ).toBe('packages["nose"].url is missing or not an http(s) URL');
    expect(broken((c) => delete (c['packages'] as Record<string, Record<string, unknown>>)['nose']!['ring'])).toBe(
      'packages["nose"].ring is missing or not a string',
    );
    expect(
      broken((c) => ((c['packages'] as Record<string, Record<string, unknown>>)['nose']!['alternatives'] = ['../x'])),
    ).toBe('packages["nose"].alternatives is not a list of entry slugs');
    expect(() => asPackagesData({})).toThrow(/^not PyRadar packages data \(\/api\/packages.json\): "asOf"/);
  });
});

describe('a real check', () => {
  it('reads, checks and reports a file end to end', () => {
    const parsed = parseDependencyFile(undefined, 'nose\n# done\npytest\n');
    const deps: Dependency[] = parsed.dependencies;
    expect(reportJson(checkDependencies(deps, DATA)).onRadar.map((f) => f.name)).toEqual(['nose', 'pytest']);
  });
});
