import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { questionCsv } from '../../src/lib/api.ts';
import type { ContentSet } from '../../src/lib/content/types.ts';
import { editionFeedItems } from '../../src/lib/feed.ts';
import { minimalSet } from './content-fixture.ts';

const question = (options: { label: string; percent: number }[]) =>
  ({ id: 'q', file: 'content/survey/q.mdx', body: '', data: { options } }) as unknown as ContentSet['survey'][number];

describe('CSV downloads', () => {
  it('neutralise cells a spreadsheet would run as a formula', () => {
    const csv = questionCsv(
      question([
        { label: '=HYPERLINK("http://evil.example","click")', percent: 10 },
        { label: '+1+1', percent: 20 },
        { label: '-2+3', percent: 30 },
        { label: '@SUM(A1:A2)', percent: 40 },
        { label: '\t=1', percent: 50 },
        { label: '\r=1', percent: 60 },
        { label: 'Plain, with a comma', percent: 70 },
      ]),
    );
    expect(csv.split('\r\n')).toEqual([
      'option,percent',
      `"'=HYPERLINK(""http://evil.example"",""click"")",10`,
      "'+1+1,20",
      "'-2+3,30",
      "'@SUM(A1:A2),40",
      "'\t=1,50",
      `"'\r=1",60`,
      '"Plain, with a comma",70',
      '',
    ]);
  });
  it('keep numbers as numbers, negative ones too', () => {
    expect(questionCsv(question([{ label: 'Yes', percent: -5 }]))).toBe('option,percent\r\nYes,-5\r\n');
  });
});

describe('the editions feed', () => {
  const set = minimalSet();
  set.editions[1]!.data.summary = 'Moves <img src=x onerror=alert(1)> & "quotes" &amp; <b>bold</b>';
  const items = editionFeedItems(set, (path) => `https://pyradar.example${path}`);
  it('lists editions newest first, with links and dates', () => {
    expect(items.map((i) => [i.title, i.link, i.pubDate.toISOString()])).toEqual([
      ['PyRadar 2024', 'https://pyradar.example/editions/2024/', '2024-02-18T00:00:00.000Z'],
      ['PyRadar 2023', 'https://pyradar.example/editions/2023/', '2023-02-18T00:00:00.000Z'],
    ]);
  });
  it('carries the summary as plain text, escaped so feed readers show it as written', () => {
    expect(items[0]!.description).toBe(
      'Moves &lt;img src=x onerror=alert(1)&gt; &amp; "quotes" &amp;amp; &lt;b&gt;bold&lt;/b&gt; 0 entries new or moved.',
    );
    expect(items[1]!.description).toBe('The 2023 edition of the radar. 1 entries new or moved.');
  });
  it('never puts markup into the XML a reader decodes', async () => {
    const xml = await getRssString({ title: 'T', description: 'D', site: 'https://pyradar.example', items });
    expect(xml).not.toMatch(/<img|&lt;img/);
    expect(xml).toContain('&amp;lt;img src=x onerror=alert(1)&amp;gt;');
  });
});
