import { describe, expect, it } from 'vitest';
import { aliasRedirects } from '../../src/lib/aliases.ts';
import { ogCards } from '../../src/lib/og/pages.ts';
import { editionSnapshots } from '../../src/lib/radar/model.ts';
import { goodEntry, minimalSet } from './content-fixture.ts';

// fastapi (alias fast-api) is placed in 2023 and carried into 2024; litestar (alias starlite) is new in 2024.
const litestar = goodEntry
  .replace('title: FastAPI', 'title: Litestar')
  .replace('edition: "2023"', 'edition: "2024"')
  .replace(/notes-2023/g, 'notes-2024');
const set = minimalSet({
  fastapi: goodEntry.replace('tags: [web]', 'tags: [web]\naliases: [fast-api]'),
  litestar: litestar.replace('tags: [web]', 'tags: [web]\naliases: [starlite]'),
});

describe('aliasRedirects', () => {
  const redirects = aliasRedirects(set).map(({ from, to }): [string, string] => [from, to]);
  it('redirects the old entry URL to the new one', () => {
    expect(redirects).toContainEqual(['/radar/fast-api/', '/radar/fastapi/']);
    expect(redirects).toContainEqual(['/radar/starlite/', '/radar/litestar/']);
  });
  it('redirects the old URL of every edition snapshot the entry has, and no other', () => {
    expect(redirects).toContainEqual(['/editions/2023/fast-api/', '/editions/2023/fastapi/']);
    expect(redirects).toContainEqual(['/editions/2024/fast-api/', '/editions/2024/fastapi/']);
    expect(redirects).toContainEqual(['/editions/2024/starlite/', '/editions/2024/litestar/']);
    expect(redirects.filter(([from]) => from.startsWith('/editions/2023/'))).toEqual([
      ['/editions/2023/fast-api/', '/editions/2023/fastapi/'],
    ]);
  });
  it('follows the snapshot pages the site builds', () => {
    const snapshots = editionSnapshots(set).map((s) => `${s.edition}/${s.entry.id}`);
    expect(snapshots.sort()).toEqual(['2023/fastapi', '2024/fastapi', '2024/litestar']);
    const fromSnapshots = redirects.filter(([from]) => from.startsWith('/editions/'));
    expect(fromSnapshots).toHaveLength(snapshots.length);
  });
  it('names the declaring file and field, for messages', () => {
    expect(aliasRedirects(set).find((r) => r.from === '/editions/2024/starlite/')).toMatchObject({
      file: 'content/entries/litestar.mdx',
      field: 'aliases[0]',
      edition: '2024',
    });
  });
});

describe('preview images of renamed entries', () => {
  it('are published at the old path too, with the same card', () => {
    const cards = ogCards(set);
    expect(cards.get('radar/fast-api')).toEqual(cards.get('radar/fastapi'));
    expect(cards.get('radar/starlite')).toEqual(cards.get('radar/litestar'));
    expect(cards.get('radar/fast-api')?.title).toBe('FastAPI');
  });
});
