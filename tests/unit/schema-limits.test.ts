import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { parseCollection } from '../../src/lib/content/parse.ts';
import { file, goodEntry } from './content-fixture.ts';

const goodTopic = `title: ASGI
category: web
order: 1
level: core
summary: The async server gateway interface, and what it asks of a server.
synonyms: [Asynchronous Server Gateway Interface]`;
const goodQuestion = `title: Type hints
question: Do you use type hints?
section: tools
order: 1
kind: single
labels: table
options:
  - label: "Yes"
    percent: 100`;

function messages(collection: 'entries' | 'topics' | 'survey', frontmatter: string) {
  return parseCollection(collection, [file(`${collection}/x.mdx`, frontmatter)]).problems.map(
    (p) => `${p.field}: ${p.message}`,
  );
}
const titled = (text: string, length: number) => text.replace(/^title: .*$/m, `title: ${'T'.repeat(length)}`);

describe('length limits', () => {
  it('allow titles of up to 60 characters for entries, topics and survey questions', () => {
    for (const [collection, text] of [
      ['entries', goodEntry],
      ['topics', goodTopic],
      ['survey', goodQuestion],
    ] as const) {
      expect(messages(collection, titled(text, 60)), collection).toEqual([]);
      expect(messages(collection, titled(text, 61)), collection).toEqual([
        `title: title is 61 characters; at most 60 fit the preview card and the radar tooltip (value: "${'T'.repeat(61)}")`,
      ]);
    }
  });
  it('allow placement notes of up to 600 characters', () => {
    const note = (n: number) => goodEntry.replace(/note: .*/, `note: ${'n'.repeat(n)}`);
    expect(messages('entries', note(600))).toEqual([]);
    expect(messages('entries', note(601))).toEqual([
      expect.stringMatching(/^history\[0\]\.note: note is 601 characters; at most 600: one to three sentences/),
    ]);
  });
  it('allow synonyms and tags of up to 40 characters each', () => {
    const long = 'a'.repeat(41);
    expect(messages('entries', goodEntry.replace('tags: [web]', `tags: [web, ${'a'.repeat(40)}]`))).toEqual([]);
    expect(messages('entries', goodEntry.replace('tags: [web]', `tags: [web, ${long}]`))).toEqual([
      `tags[1]: tag is 41 characters; at most 40 (value: "${long}")`,
    ]);
    expect(messages('topics', goodTopic.replace(/synonyms: .*/, `synonyms: [GIL, ${long}]`))).toEqual([
      `synonyms[1]: synonym is 41 characters; at most 40 (value: "${long}")`,
    ]);
  });
  it('fit the real content', () => {
    const { set, problems } = loadContent(join(process.cwd(), 'content'));
    expect(problems.filter((p) => /characters; at most/.test(p.message))).toEqual([]);
    const titles = [...set.entries, ...set.topics, ...set.survey].map((i) => i.data.title.length);
    expect(Math.max(...titles)).toBeLessThanOrEqual(60);
  });
});
