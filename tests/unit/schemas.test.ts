import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/lib/content/parse.ts';
import { checkReferences } from '../../src/lib/content/references.ts';
import type { ContentSet } from '../../src/lib/content/types.ts';

const file = (name: string, frontmatter: string, body = '') => ({
  file: `content/${name}`,
  text: `---\n${frontmatter}\n---\n${body}`,
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const goodEntry = `title: FastAPI
quadrant: languages-frameworks
summary: An async web framework built on type hints, and our default for new APIs.
tags: [web]
history:
  - edition: "2024"
    ring: adopt
    basis: [production-use]
    sources: [fullstack-notes-2024]
    note: The 2024 notes name it the preferred framework for new projects.
sources:
  - source: fullstack-notes-2024`;

const goodQuestion = `title: Type hints
question: Do you use Python type hints in newly started projects?
section: tools
order: 5
kind: single
labels: table
options:
  - label: "Yes"
    percent: 79
  - label: Sometimes
    percent: 19.6
  - label: "No"
    percent: 2.9`;

function messages(name: 'entries' | 'survey', frontmatter: string) {
  return parseCollection(name, [file(`${name}/x.mdx`, frontmatter)]).problems.map((p) => `${p.field}: ${p.message}`);
}

describe('entry schema', () => {
  it('accepts a valid entry and fills defaults', () => {
    const { items, problems } = parseCollection('entries', [file('entries/fastapi.mdx', goodEntry)]);
    expect(problems).toEqual([]);
    expect(items[0]?.id).toBe('fastapi');
    expect(items[0]?.data.related).toEqual([]);
  });
  it('requires at least one source and one history item, naming the field', () => {
    const noSources = goodEntry.replace(/^sources:[\s\S]*$/m, 'sources: []');
    expect(messages('entries', noSources)).toEqual([
      expect.stringMatching(/^sources: sources needs at least one citation/),
    ]);
    const noHistory = goodEntry.replace(/history:[\s\S]*?\nsources:/, 'history: []\nsources:');
    expect(messages('entries', noHistory)).toEqual([
      expect.stringMatching(/^history: history needs at least one placement/),
    ]);
  });
  it('rejects an unquoted numeric edition with a hint to quote it', () => {
    expect(messages('entries', goodEntry.replace('edition: "2024"', 'edition: 2024'))).toEqual([
      expect.stringMatching(/^history\[0\]\.edition: .*in quotes if it is a number/),
    ]);
  });
  it('rejects a summary too long for a link preview', () => {
    expect(messages('entries', goodEntry.replace(/summary: .*/, `summary: ${'x'.repeat(200)}`))).toEqual([
      expect.stringMatching(/^summary: summary is 200 characters; at most 160/),
    ]);
  });
  it('names a file whose name is not a slug', () => {
    const { problems } = parseCollection('entries', [file('entries/Fast API.mdx', goodEntry)]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/"Fast API" is not a slug/)]);
  });
  it('reports broken YAML without stopping', () => {
    const { problems } = parseCollection('entries', [
      file('entries/a.mdx', 'title: [unclosed'),
      file('entries/fastapi.mdx', goodEntry),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/entries/a.mdx', field: '(frontmatter)' });
  });
});

describe('survey question schema', () => {
  it('accepts a complete single-choice question within rounding', () => {
    expect(messages('survey', goodQuestion)).toEqual([]);
  });
  it('rejects a percentage outside 0 to 100', () => {
    expect(messages('survey', goodQuestion.replace('percent: 79', 'percent: 179'))).toContainEqual(
      expect.stringMatching(/^options\[0\]\.percent: percent must be 0 to 100 \(value: 179\)/),
    );
  });
  it('rejects duplicate options', () => {
    expect(messages('survey', goodQuestion.replace('label: Sometimes', 'label: "yes"'))).toContainEqual(
      'options[1].label: duplicate option "yes"',
    );
  });
  it('rejects a complete single-choice question that does not sum to 100 within 2 points', () => {
    expect(messages('survey', goodQuestion.replace('percent: 19.6', 'percent: 9.6'))).toContainEqual(
      expect.stringMatching(/^options: percentages sum to 91.5; a complete single-choice question must sum to 100 ± 2/),
    );
  });
  it('allows a partial single-choice question below 100 but requires naming what is missing', () => {
    const partial = `${goodQuestion.replace('percent: 19.6', 'percent: 9.6')}\npartial: true`;
    expect(messages('survey', partial)).toEqual([
      'unpublished: a partial question must say which options were not published (value: missing)',
    ]);
    expect(messages('survey', `${partial}\nunpublished: The other answers were shown only as an image.`)).toEqual([]);
  });
  it('rejects a multiple-choice question whose sum exceeds its maximum times 100', () => {
    const multiple = goodQuestion
      .replace('kind: single', 'kind: multiple\nmaxAnswers: 2')
      .replace('percent: 79', 'percent: 99')
      .replace('percent: 19.6', 'percent: 99')
      .replace('percent: 2.9', 'percent: 3');
    expect(messages('survey', multiple)).toContainEqual(
      expect.stringMatching(/^options: percentages sum to 201, past 200/),
    );
    expect(messages('survey', goodQuestion.replace('kind: single', 'kind: multiple'))).toContainEqual(
      expect.stringMatching(/^maxAnswers: a multiple-choice question needs maxAnswers/),
    );
  });
});

describe('cross-references', () => {
  function minimalSet(entryText: string): ContentSet {
    const rings = parseCollection(
      'rings',
      ['adopt', 'trial', 'assess', 'hold'].map((id, i) =>
        file(
          `rings/${id}.mdx`,
          `title: ${id}\norder: ${i + 1}\ncolor: "#112233"\nsummary: What to do with an entry in this ring.`,
        ),
      ),
    ).items;
    const quadrants = parseCollection('quadrants', [
      file(
        'quadrants/languages-frameworks.mdx',
        'title: L&F\norder: 1\nsummary: Languages and frameworks of all kinds.',
      ),
    ]).items;
    const editions = parseCollection('editions', [
      file(
        'editions/2024.mdx',
        'title: PyRadar 2024\ndate: "2024-02-18"\nsources: [fullstack-notes-2024]\nsummary: The 2024 edition of the radar.',
      ),
    ]).items;
    const sources = parseCollection('sources', [
      file(
        'sources/fullstack-notes-2024.mdx',
        'title: Notes\nauthor: A developer\ndate: "2024"\nkind: practitioner-notes\nsummary: A developer describing their Python stack.\nseed: "004"',
      ),
    ]).items;
    const entries = parseCollection('entries', [file('entries/fastapi.mdx', entryText, words(200))]).items;
    return {
      rings,
      quadrants,
      editions,
      sources,
      entries,
      categories: [],
      topics: [],
      'survey-sections': [],
      survey: [],
    };
  }
  it('passes a consistent set', () => {
    expect(checkReferences(minimalSet(goodEntry))).toEqual([]);
  });
  it('names the file, field, bad value and allowed rings for a misspelt ring', () => {
    expect(checkReferences(minimalSet(goodEntry.replace('ring: adopt', 'ring: adpot')))).toEqual([
      {
        file: 'content/entries/fastapi.mdx',
        field: 'history[0].ring',
        message: '"adpot" is not a known ring; did you mean `adopt`? allowed: one of adopt, assess, hold, trial',
      },
    ]);
  });
  it('reports every unknown reference in one run', () => {
    const bad = goodEntry
      .replace('quadrant: languages-frameworks', 'quadrant: tooling')
      .replace('tags: [web]', 'tags: [web]\nrelated: [nope]\ntopics: [gil]\nsurvey: [hot-topic]');
    const fields = checkReferences(minimalSet(bad)).map((p) => p.field);
    expect(fields).toEqual(['quadrant', 'related[0]', 'topics[0]', 'survey[0]']);
  });
  it('checks the write-up length and links in the body', () => {
    const set = minimalSet(goodEntry);
    set.entries[0]!.body = `${words(100)} [Missing](/radar/missing/)`;
    expect(checkReferences(set).map((p) => p.message)).toEqual([
      expect.stringMatching(/write-up has 101 words; allowed: 150 to 400/),
      expect.stringMatching(/link to "\/radar\/missing\/" goes to no page/),
    ]);
  });
  it("refuses an alias that claims another page's URL, naming the alias", () => {
    const set = minimalSet(goodEntry.replace('tags: [web]', 'tags: [web]\naliases: [flask]'));
    set.entries.push({
      ...set.entries[0]!,
      id: 'flask',
      file: 'content/entries/flask.mdx',
      data: { ...set.entries[0]!.data, aliases: [] },
    });
    expect(checkReferences(set)).toContainEqual({
      file: 'content/entries/fastapi.mdx',
      field: 'aliases[0]',
      message: 'URL /radar/flask/ is already claimed by content/entries/flask.mdx',
    });
  });
  it('refuses an entry slug that collides with a radar view URL', () => {
    const set = minimalSet(goodEntry);
    set.entries[0]!.id = 'rings';
    expect(checkReferences(set).map((p) => p.message)).toContainEqual(
      "URL /radar/rings/ is already claimed by the radar's rings views",
    );
  });
});

describe('embedded survey charts', () => {
  it('fail the check when they name a missing question', async () => {
    const { checkReferences: check } = await import('../../src/lib/content/references.ts');
    const { parseCollection: parse } = await import('../../src/lib/content/parse.ts');
    const entries = parse('entries', [
      file('entries/fastapi.mdx', goodEntry, `${words(160)}\n\n<SurveyChart id="no-such-question" />\n`),
    ]).items;
    const set: ContentSet = {
      rings: [],
      quadrants: [],
      editions: [],
      sources: [],
      entries,
      categories: [],
      topics: [],
      'survey-sections': [],
      survey: [],
    };
    expect(check(set).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^<SurveyChart id="no-such-question" \/> names no survey question/),
    );
  });
});
