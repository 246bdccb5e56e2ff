import { describe, expect, it } from 'vitest';
import { packagesJson } from '../../src/lib/api.ts';
import { badgeSvg, entryBadges, textWidth } from '../../src/lib/badge.ts';
import { parseCollection } from '../../src/lib/content/parse.ts';
import { checkReferences } from '../../src/lib/content/references.ts';
import { normalizeName, pypiUrl } from '../../src/lib/deps/names.ts';
import { entryView, outsideLinks } from '../../src/lib/entry-view.ts';
import { badgeMarkdown } from '../../src/lib/share.ts';
import { file, goodEntry, minimalSet } from './content-fixture.ts';

const entry = (extra: string, base = goodEntry) => `${base}\n${extra}`;
const problemsOf = (frontmatter: string) =>
  parseCollection('entries', [file('entries/fastapi.mdx', frontmatter)]).problems.map(
    (p) => `${p.field}: ${p.message}`,
  );
const hold = goodEntry
  .replace('ring: trial', 'ring: hold')
  .replace('basis: [production-use]', 'basis: [better-option]')
  .replace('title: FastAPI', 'title: Old Framework');

describe('package names', () => {
  it('normalise as PEP 503 does', () => {
    expect(normalizeName('Django_Filter')).toBe('django-filter');
    expect(normalizeName('zope.interface')).toBe('zope-interface');
    expect(normalizeName('a-_.b')).toBe('a-b');
    expect(pypiUrl('Flask_SQLAlchemy')).toBe('https://pypi.org/project/flask-sqlalchemy/');
  });

  it('must be written normalised, and the message shows how', () => {
    expect(problemsOf(entry('packages: [Django_Filter]'))).toEqual([
      'packages[0]: "Django_Filter" is not a normalised PyPI name: write it as PEP 503 does, e.g. "django-filter"',
    ]);
    expect(problemsOf(entry('packages: [fastapi, fastapi]'))).toEqual([
      'packages: lists a package twice (value: ["fastapi","fastapi"])',
    ]);
    expect(problemsOf(entry('packages: [fastapi]'))).toEqual([]);
  });

  it('belong to one entry only', () => {
    const problems = checkReferences(
      minimalSet({
        fastapi: entry('packages: [fastapi, starlette]'),
        starlette: entry('packages: [starlette]').replace('title: FastAPI', 'title: Starlette'),
      }),
    );
    expect(problems).toEqual([
      {
        file: 'content/entries/starlette.mdx',
        field: 'packages[0]',
        message: '"starlette" is already listed by content/entries/fastapi.mdx',
      },
    ]);
  });
});

describe('outside links', () => {
  it('take https URLs under docs, repo and home only', () => {
    expect(problemsOf(entry('links:\n  docs: http://example.org/'))).toEqual([
      'links.docs: "http://example.org/" is not an https:// URL',
    ]);
    expect(problemsOf(entry('links:\n  docs: javascript:alert(1)'))).toEqual([
      'links.docs: "javascript:alert(1)" is not an https:// URL',
    ]);
    expect(problemsOf(entry('links:\n  pypi: https://pypi.org/project/fastapi/'))).toEqual([
      'links: allowed keys are home, docs and repo (value: {"pypi":"https://pypi.org/project/fastapi/"})',
    ]);
  });

  it('list docs, source, home, then each PyPI page', () => {
    expect(
      outsideLinks({ home: 'https://h.example/', repo: 'https://r.example/', docs: 'https://d.example/' }, ['a', 'b']),
    ).toEqual([
      { label: 'Documentation', href: 'https://d.example/' },
      { label: 'Source code', href: 'https://r.example/' },
      { label: 'Home page', href: 'https://h.example/' },
      { label: 'a on PyPI', href: 'https://pypi.org/project/a/' },
      { label: 'b on PyPI', href: 'https://pypi.org/project/b/' },
    ]);
  });
});

describe('alternatives', () => {
  it('must name other entries that exist', () => {
    const problems = checkReferences(minimalSet({ fastapi: entry('alternatives: [fastapi, flsk]') }));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'alternatives[1]: "flsk" is not a known radar entry; allowed: one of fastapi',
      'alternatives: an entry cannot be its own alternative',
    ]);
  });

  it('lead the page of an entry in the outer rings, and sit in the sidebar otherwise', () => {
    const set = minimalSet({ old: entry('alternatives: [fastapi]', hold), fastapi: entry('alternatives: [old]') });
    const held = entryView(set, 'old');
    expect(held.useInsteadFirst).toBe(true);
    expect(held.alternatives).toEqual([{ id: 'fastapi', title: 'FastAPI', ring: 'trial' }]);
    expect(entryView(set, 'fastapi').useInsteadFirst).toBe(false);
  });
});

describe('/api/packages.json', () => {
  it('maps each package to its entry and current standing, with absolute URLs under the base', () => {
    const set = minimalSet({
      old: entry('packages: [old-framework]\nalternatives: [fastapi]', hold),
      fastapi: entry('packages: [fastapi]'),
    });
    const data = packagesJson(set, '/pyradar/', 'https://radar.example');
    expect(data.site).toBe('https://radar.example/pyradar/');
    expect(data.asOf).toBe('2024-02-18');
    expect(data.rings.map((r) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold']);
    expect(Object.keys(data.packages)).toEqual(['fastapi', 'old-framework']);
    expect(data.packages['old-framework']).toEqual({
      slug: 'old',
      title: 'Old Framework',
      ring: 'hold',
      quadrant: 'languages-frameworks',
      quadrantTitle: 'L&F',
      url: 'https://radar.example/pyradar/radar/old/',
      lastReviewed: '2023',
      retired: false,
      alternatives: ['fastapi'],
    });
    expect(data.entries).toEqual({
      fastapi: { title: 'FastAPI', ring: 'trial', url: 'https://radar.example/pyradar/radar/fastapi/' },
    });
  });
});

describe('badges', () => {
  it('name the entry and its ring for screen readers, sized to their text', () => {
    const svg = badgeSvg({ label: 'PyRadar', value: 'Adopt', color: '#1b7f4b', title: 'FastAPI on PyRadar: Adopt' });
    expect(svg).toContain('role="img" aria-label="FastAPI on PyRadar: Adopt"');
    expect(svg).toContain('<title>FastAPI on PyRadar: Adopt</title>');
    expect(svg).toContain('fill="#1b7f4b"');
    const width = Number(svg.match(/width="(\d+)"/)![1]);
    expect(width).toBe(textWidth('PyRadar') + textWidth('Adopt') + 24);
    expect(textWidth('Assess')).toBeGreaterThan(textWidth('Hold'));
  });

  it('escape what they print', () => {
    const svg = badgeSvg({ label: 'A&B', value: '<x>', color: '#000000', title: '"q"' });
    expect(svg).not.toMatch(/<x>|A&B|"q"/);
    expect(svg).toContain('A&amp;B');
  });

  it('exist for every entry and each of its old slugs, with the current ring', () => {
    const set = minimalSet({ fastapi: entry('aliases: [fast-api]') });
    const badges = entryBadges(set);
    expect([...badges.keys()]).toEqual(['fastapi', 'fast-api']);
    expect(badges.get('fast-api')).toBe(badges.get('fastapi'));
    expect(badges.get('fastapi')).toContain('>trial</text>');
    expect(badges.get('fastapi')).toContain('FastAPI on PyRadar: trial, as of PyRadar 2024');
  });

  it('come with Markdown that links the image to the entry', () => {
    expect(badgeMarkdown('A [b]', 'https://x.example/badge/a.svg', 'https://x.example/radar/a/')).toBe(
      '[![A \\[b\\]](https://x.example/badge/a.svg)](https://x.example/radar/a/)',
    );
  });
});
