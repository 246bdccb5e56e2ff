import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import {
  comparePairs,
  comparePartners,
  compareTitle,
  compareView,
  figureIntervals,
  pairKey,
  pairOrder,
  pairsByQuadrant,
  SHARED_TAGS,
  TITLE_ROOM,
} from '../../src/lib/compare.ts';
import { wilson } from '../../src/lib/survey/wilson.ts';
import { paths } from '../../src/lib/urls.ts';
import { goodEntry, minimalSet } from './content-fixture.ts';

const { set } = loadContent(join(process.cwd(), 'content'));
const pairs = comparePairs(set);
const has = (x: string, y: string) => pairs.some((p) => pairKey(p.a, p.b) === pairKey(x, y));

/** An entry of the fixture's one quadrant with these tags and alternatives. */
const entry = (title: string, tags: string[], alternatives: string[] = []) =>
  goodEntry
    .replace('title: FastAPI', `title: ${title}`)
    .replace('tags: [web]', `tags: [${tags.join(', ')}]\nalternatives: [${alternatives.join(', ')}]`);

describe('compare pairs', () => {
  it('pair each entry with the alternatives it names, once per pair, slugs in alphabetical order', () => {
    const fixture = minimalSet({
      zeta: entry('Zeta', ['x'], ['alpha']),
      alpha: entry('Alpha', ['y'], ['zeta']),
      beta: entry('Beta', ['z']),
    });
    expect(comparePairs(fixture)).toEqual([
      { a: 'alpha', b: 'zeta', alternative: true, sharedTags: [], quadrant: 'languages-frameworks' },
    ]);
  });

  it(`pair entries of one quadrant sharing ${SHARED_TAGS} tags, and not those sharing fewer`, () => {
    const fixture = minimalSet({
      one: entry('One', ['a', 'b', 'c', 'd']),
      two: entry('Two', ['d', 'c', 'b']),
      three: entry('Three', ['a', 'b', 'x']),
    });
    expect(comparePairs(fixture).map((p) => [p.a, p.b, p.alternative, p.sharedTags])).toEqual([
      ['one', 'two', false, ['b', 'c', 'd']],
    ]);
  });

  it('ignore an alternative that names no entry, and an entry naming itself', () => {
    const fixture = minimalSet({ solo: entry('Solo', ['a'], ['solo', 'missing']) });
    expect(comparePairs(fixture)).toEqual([]);
  });

  it('cover every alternatives pair of the content, and the pairs readers weigh up', () => {
    for (const e of set.entries)
      for (const alt of e.data.alternatives) expect(has(e.id, alt), `${e.id}/${alt}`).toBe(true);
    expect(has('fastapi', 'flask')).toBe(true);
    expect(has('poetry', 'uv')).toBe(true);
    expect(has('aws', 'azure')).toBe(true);
    // Sharing one broad tag ("web") is not enough.
    expect(has('django', 'flask')).toBe(false);
    for (const p of pairs) expect(p.a < p.b, `${p.a}/${p.b}`).toBe(true);
    expect(new Set(pairs.map((p) => pairKey(p.a, p.b))).size).toBe(pairs.length);
    expect(pairs.length).toBeGreaterThan(38);
    expect(pairs.length).toBeLessThanOrEqual(120);
  });

  it('give one URL per pair, whichever order the slugs come in', () => {
    expect(pairOrder('uv', 'poetry')).toEqual(['poetry', 'uv']);
    expect(pairKey('uv', 'poetry')).toBe(pairKey('poetry', 'uv'));
    expect(paths.compare('uv', 'poetry')).toBe('/compare/poetry/uv/');
    expect(paths.compare('poetry', 'uv')).toBe('/compare/poetry/uv/');
  });

  it('list an entry’s partners, alternatives first', () => {
    const partners = comparePartners(set, 'flask', pairs);
    expect(partners[0]).toMatchObject({ id: 'fastapi', alternative: true });
    const firstOther = partners.findIndex((p) => !p.alternative);
    if (firstOther >= 0) expect(partners.slice(firstOther).every((p) => !p.alternative)).toBe(true);
    expect(partners.map((p) => p.id)).not.toContain('flask');
  });

  it('group every pair under one quadrant', () => {
    const groups = pairsByQuadrant(set, pairs);
    expect(groups.flatMap((g) => g.pairs).length).toBe(pairs.length);
    const tools = groups.find((g) => g.id === 'tools');
    expect(tools?.pairs.some((p) => p.a === 'poetry' && p.b === 'uv' && p.titles[0] === 'Poetry')).toBe(true);
  });
});

describe('a comparison', () => {
  const view = compareView(set, 'uv', 'poetry', pairs);
  const [poetry, uv] = view.sides;

  it('puts the sides in URL order and refuses a pair without a page', () => {
    expect([poetry?.slug, uv?.slug]).toEqual(['poetry', 'uv']);
    expect(() => compareView(set, 'django', 'flask', pairs)).toThrow(/no compare page for "django" and "flask"/);
  });

  it('aligns both entries’ rings by edition, oldest first, with movement', () => {
    expect(view.editions.map((r) => r.id)).toEqual(['2021', '2023', '2024', '2026']);
    const row = (id: string) => view.editions.find((r) => r.id === id)!.cells;
    expect(row('2021')).toEqual([undefined, undefined]);
    expect(row('2023')[0]).toMatchObject({ ring: 'assess', movement: 'new', carried: false });
    expect(row('2023')[1]).toBeUndefined();
    expect(row('2024')[0]).toMatchObject({ ring: 'adopt', ringTitle: 'Adopt', movement: 'in', carried: false });
    expect(row('2024')[1]).toMatchObject({ ring: 'assess', movement: 'new' });
    // 2026 reviewed both and kept their rings.
    expect(row('2026')).toEqual([
      expect.objectContaining({ ring: 'adopt', movement: 'unchanged', carried: false }),
      expect.objectContaining({ ring: 'assess', movement: 'unchanged', carried: false }),
    ]);
  });

  it('marks a placement that carries over from an earlier edition', () => {
    const lastIn2023 = (id: string) => set.entries.find((e) => e.id === id)?.data.history.at(-1)?.edition === '2023';
    const p = pairs.find((x) => lastIn2023(x.a) || lastIn2023(x.b));
    expect(p, 'a pair with an entry last placed in 2023').toBeDefined();
    if (!p) return;
    const carried = { id: lastIn2023(p.a) ? p.a : p.b };
    const v = compareView(set, p.a, p.b, pairs);
    const side = v.sides[0].slug === carried.id ? 0 : 1;
    expect(v.editions.at(-1)!.cells[side]).toMatchObject({ carried: true, reviewedIn: '2023' });
  });

  it('gives each side its quadrant, packages, alternatives and the basis of its current ring from its history', () => {
    expect(poetry).toMatchObject({ quadrant: 'tools', ring: 'adopt', reviewedIn: '2026', movement: 'unchanged' });
    expect(poetry?.packages).toEqual([{ name: 'poetry', href: 'https://pypi.org/project/poetry/' }]);
    // 2026 kept the ring: its basis is still the 2024 placement that set it.
    const history = set.entries.find((e) => e.id === 'poetry')!.data.history;
    expect(history.at(-1)).toMatchObject({ edition: '2026', kept: true });
    const placed = history.find((h) => h.edition === '2024')!;
    expect(poetry?.basis.edition).toBe('2024');
    expect(poetry?.basis.note).toBe(placed.note);
    expect(poetry?.basis.kinds.map((k) => k.id)).toEqual(placed.basis);
    expect(poetry?.basis.kinds[0]?.label).toBe('Production use');
    expect(poetry?.summary).toBe(set.entries.find((e) => e.id === 'poetry')!.data.summary);
    const pipenv = compareView(set, 'pipenv', 'poetry', pairs);
    expect(pipenv.sides[0].alternatives).toEqual(
      set.entries.find((e) => e.id === 'pipenv')!.data.alternatives.map((id) => expect.objectContaining({ id })),
    );
  });

  it('gives each cited survey figure the intervals the survey pages show', () => {
    const figure = poetry?.figures.find((f) => f.figure === '51% prefer Poetry');
    expect(figure).toMatchObject({ question: 'package-managers', respondents: 100 });
    const [low, high] = wilson(51, 100);
    expect(figure?.intervals).toEqual([{ percent: 51, low, high }]);
    expect(view.sharedQuestions).toEqual(['package-managers']);
  });
});

describe('figure intervals', () => {
  const question = { respondents: 100, options: [{ percent: 51 }, { percent: 47.1 }] };
  it('give an interval to each published share a figure quotes, once', () => {
    expect(figureIntervals('Poetry 51%, pipenv 47.1%, Poetry again 51 %', question).map((i) => i.percent)).toEqual([
      51, 47.1,
    ]);
  });
  it('give none to numbers the question does not publish', () => {
    expect(figureIntervals('runs 32% faster; 10–15% startup', question)).toEqual([]);
    expect(figureIntervals('51 respondents', question)).toEqual([]);
  });
});

describe('compare titles', () => {
  it('say "compare" where the title has room, and drop it where not', () => {
    expect(compareTitle('Poetry', 'uv')).toBe('Poetry vs uv — compare');
    expect(compareTitle('Horizontal scaling with containers', 'Serverless functions')).toBe(
      'Horizontal scaling with containers vs Serverless functions',
    );
  });
  it('cut the longer name at a word when even "A vs B" is too long', () => {
    const title = compareTitle('Horizontal scaling with containers', 'Serverless functions and more');
    expect(title).toBe('Horizontal scaling with… vs Serverless functions and more');
    expect(title.length).toBeLessThanOrEqual(TITLE_ROOM);
  });
  it('fit every compare page of the content', () => {
    const title = (id: string) => set.entries.find((e) => e.id === id)!.data.title;
    for (const p of pairs)
      expect(compareTitle(title(p.a), title(p.b)).length, `${p.a}/${p.b}`).toBeLessThanOrEqual(TITLE_ROOM);
  });
});
