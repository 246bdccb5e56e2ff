import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblems } from '../../src/lib/content/references.ts';
import { radarJson, surveyJson, topicsJson, questionCsv } from '../../src/lib/api.ts';
import { currentEdition, orderedQuadrants, quadrantsInReadingOrder, radarAt } from '../../src/lib/radar/model.ts';

const { set, problems } = loadContent(join(process.cwd(), 'content'));

describe('the content in content/', () => {
  it('has no problems: schemas, cross-references, word ranges and links', () => {
    expect(formatProblems(problems)).toBe('');
  });
  it('has 100+ entries over three editions, at least 15 per quadrant, every ring used', () => {
    expect(set.entries.length).toBeGreaterThanOrEqual(100);
    expect(set.editions.length).toBeGreaterThanOrEqual(3);
    for (const q of set.quadrants)
      expect(set.entries.filter((e) => e.data.quadrant === q.id).length, q.id).toBeGreaterThanOrEqual(15);
    const current = radarAt(set, currentEdition(set).id).items;
    for (const r of set.rings)
      expect(
        current.some((i) => i.standing.ring === r.id),
        r.id,
      ).toBe(true);
  });
  it('numbers blips in the order the legend lists them: quadrants as they sit on the chart, then rings', () => {
    const { items } = radarAt(set, currentEdition(set).id);
    const legendQuadrants = quadrantsInReadingOrder(orderedQuadrants(set)).map((q) => q.id);
    // Top left is the fourth quadrant clockwise from the top right.
    expect(legendQuadrants[0]).toBe(orderedQuadrants(set)[3]!.id);
    expect(items.map((i) => i.number)).toEqual(items.map((_, n) => n + 1));
    const quadrantRuns = items.map((i) => i.quadrant).filter((q, n, all) => q !== all[n - 1]);
    expect(quadrantRuns).toEqual(legendQuadrants.filter((q) => items.some((i) => i.quadrant === q)));
  });
  it('links every entry that is software to its home, and names the PyPI package of each one installed from PyPI', () => {
    // Techniques are practices, not software; every other entry is a product, a library, a service or a language.
    const software = set.entries.filter((e) => e.data.quadrant !== 'techniques');
    const unlinked = software.filter((e) => !e.data.links.docs && !e.data.links.home).map((e) => e.id);
    expect(unlinked).toEqual([]);
    const packaged = set.entries.filter((e) => e.data.packages.length > 0);
    expect(packaged.length).toBeGreaterThanOrEqual(60);
    // Spot checks against PyPI's own names: a wrong mapping would mislabel a reviewer's dependency.
    const owner = (name: string) => set.entries.find((e) => e.data.packages.includes(name))?.id;
    expect(owner('djangorestframework')).toBe('django-rest-framework');
    expect(owner('torch')).toBe('pytorch');
    expect(owner('apache-airflow')).toBe('airflow');
    expect(owner('databases')).toBe('encode-databases');
  });
  it('has every profile category with at least three topics', () => {
    expect(set.categories).toHaveLength(10);
    for (const c of set.categories)
      expect(set.topics.filter((t) => t.data.category === c.id).length, c.id).toBeGreaterThanOrEqual(3);
  });
  it('places an entry in an edition only from that edition’s sources', () => {
    const editionSources = new Map(set.editions.map((e) => [e.id, new Set(e.data.sources)]));
    for (const e of set.entries)
      for (const h of e.data.history) {
        const cited = e.data.sources.map((c) => c.source);
        expect(
          cited.some((s) => editionSources.get(h.edition)?.has(s)),
          `${e.id} in ${h.edition} cites none of that edition's sources`,
        ).toBe(true);
      }
  });
});

describe('the JSON API', () => {
  const radar = radarJson(set, '/pyradar/');
  it('publishes the radar contract with base-aware URLs', () => {
    expect(Object.keys(radar)).toEqual(expect.arrayContaining(['editions', 'quadrants', 'rings', 'entries']));
    const fastapi = radar.entries.find((e) => e.slug === 'fastapi')!;
    expect(fastapi).toMatchObject({
      slug: 'fastapi',
      title: 'FastAPI',
      quadrant: 'languages-frameworks',
      url: '/pyradar/radar/fastapi/',
    });
    for (const e of radar.entries) {
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'slug',
          'title',
          'quadrant',
          'ring',
          'movement',
          'retired',
          'url',
          'tags',
          'history',
          'sources',
          'topics',
          'survey',
        ]),
      );
      expect(['new', 'in', 'out', 'unchanged']).toContain(e.movement);
      expect(radar.rings.map((r) => r.id)).toContain(e.ring);
    }
  });
  it('publishes every cited source, with the address and date of those read online', () => {
    const byId = new Map(radar.sources.map((s) => [s.id, s]));
    for (const e of radar.entries)
      for (const id of [...e.sources, ...e.history.flatMap((h) => h.sources)]) expect(byId.has(id), id).toBe(true);
    for (const s of radar.sources) {
      expect(s.url).toBe(`/pyradar/sources/${s.id}/`);
      if ('href' in s) expect(s.date, `${s.id} is read online and needs its date`).toMatch(/^\d{4}/);
    }
    // The 2026 edition rests on public documents: each of its placements cites one a reader can open.
    const online = new Set(radar.sources.filter((s) => 'href' in s).map((s) => s.id));
    for (const e of radar.entries)
      for (const h of e.history.filter((x) => x.edition === '2026'))
        expect(
          h.sources.some((id) => online.has(id)),
          `${e.slug} ${h.edition}`,
        ).toBe(true);
  });
  it('publishes topics with backlinks from entries', () => {
    const topics = topicsJson(set, '/');
    const gil = topics.topics.find((t) => t.slug === 'gil');
    expect(gil?.url).toBe('/topics/gil/');
    for (const e of set.entries)
      for (const t of e.data.topics) expect(topics.topics.find((x) => x.slug === t)?.entries).toContain(e.id);
  });
  it('publishes every survey figure exactly as in the MDX source', () => {
    const survey = surveyJson(set, '/');
    expect(survey.questions).toHaveLength(set.survey.length);
    for (const q of set.survey) {
      const published = survey.questions.find((x) => x.id === q.id)!;
      expect(published.options).toEqual(q.data.options.map((o) => ({ label: o.label, percent: o.percent })));
      expect(['single', 'multiple']).toContain(published.kind);
    }
  });
  it('writes CSV with quoting where a label needs it', () => {
    const q = {
      ...set.survey[0]!,
      data: { ...set.survey[0]!.data, options: [{ label: 'Yes, "always", sure', percent: 50 }] },
    };
    expect(questionCsv(q)).toBe('option,percent\r\n"Yes, ""always"", sure",50\r\n');
  });
});
