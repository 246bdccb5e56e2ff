import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { intentEntries, intentMatches, intentWords, tagMeans, type IntentEntry } from '../../src/lib/search-intent.ts';
import { searchNames } from '../../src/lib/search-hints.ts';

const { set } = loadContent(join(process.cwd(), 'content'));
// The entries as the search page has them: entry names carry their tags and ring order.
const entries: IntentEntry[] = intentEntries(searchNames(set, '/'));
const titles = (query: string) => intentMatches(query, entries).map((e) => e.title);

describe('descriptive queries', () => {
  it('read the words of a kind, whatever their order, plurals and filler', () => {
    expect(intentWords('Async web frameworks')).toEqual(['async', 'web', 'framework']);
    expect(intentWords('a framework for async web')).toEqual(['framework', 'async', 'web']);
    expect(intentWords('class')).toEqual(['class']);
  });

  it('match a tag, a part of a hyphenated tag, or the end of a compound', () => {
    expect(tagMeans('framework', 'framework')).toBe(true);
    expect(tagMeans('microframework', 'framework')).toBe(true);
    expect(tagMeans('static-analysis', 'analysis')).toBe(true);
    expect(tagMeans('asgi', 'wsgi')).toBe(false);
    // Short words do not match the end of a longer tag: "sql" is not a "nosql".
    expect(tagMeans('nosql', 'sql')).toBe(false);
  });

  it('list the async web frameworks for "async web framework", and nothing that is not one', () => {
    const found = titles('async web framework');
    for (const name of ['FastAPI', 'Starlette', 'Sanic', 'Quart', 'Tornado', 'aiohttp']) expect(found).toContain(name);
    for (const name of ['asyncio', 'Flask', 'Django', 'Twisted', 'websockets']) expect(found).not.toContain(name);
    expect(titles('web framework async')).toEqual(found);
  });

  it('put better-placed entries first', () => {
    const found = intentMatches('async web framework', entries);
    expect(found.map((e) => e.ringOrder)).toEqual([...found.map((e) => e.ringOrder)].sort((a, b) => a - b));
  });

  it('leave names, single words and sentences to the full-text ranking', () => {
    expect(titles('FastAPI')).toEqual([]);
    expect(titles('async')).toEqual([]);
    expect(titles('which web framework should I use')).toEqual([]);
    expect(titles('fastapi vs flask')).toEqual([]);
  });
});
