import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import {
  canonicalFacet,
  comparePages,
  facetValues,
  MAX_QUERY,
  searchHints,
  searchNames,
} from '../../src/lib/search-hints.ts';

const { set } = loadContent(join(process.cwd(), 'content'));
const names = searchNames(set, '/');

describe('search hints', () => {
  it('offer the page a misspelt name meant', () => {
    expect(searchHints('djnago', names).didYouMean?.url).toBe('/radar/django/');
    expect(searchHints('pydnatic', names).didYouMean?.url).toBe('/radar/pydantic/');
    expect(searchHints('Pydantc', names).didYouMean?.url).toBe('/radar/pydantic/');
  });

  it('offer nothing for a name spelt right, or for words that are not near any name', () => {
    expect(searchHints('django', names)).toEqual({});
    expect(searchHints('FastAPI', names)).toEqual({});
    expect(searchHints('how do I deploy', names)).toEqual({});
    expect(searchHints('', names)).toEqual({});
  });

  it('find both sides of a comparison, by title, PyPI name or typo', () => {
    const urls = (q: string) => searchHints(q, names).compare?.map((n) => n.url);
    expect(urls('poetry vs uv')).toEqual(['/radar/poetry/', '/radar/uv/']);
    expect(urls('FastAPI versus Flask')).toEqual(['/radar/fastapi/', '/radar/flask/']);
    expect(urls('djangorestframework or fastapi')).toEqual(['/radar/django-rest-framework/', '/radar/fastapi/']);
    expect(urls('pipenv vs. poetyr')).toEqual(['/radar/pipenv/', '/radar/poetry/']);
    expect(searchHints('poetry vs nothing-like-it', names).compare).toBeUndefined();
  });

  it('name entries with their ring and leave retired ones out', () => {
    const poetry = names.find((n) => n.url === '/radar/poetry/')!;
    expect(poetry.kind).toMatch(/^Entry · (Adopt|Trial|Assess|Hold)$/);
    const retired = set.entries.filter((e) => e.data.retired).map((e) => `/radar/${e.id}/`);
    expect(names.filter((n) => retired.includes(n.url))).toEqual([]);
  });

  it('cut a query longer than the search takes', () => {
    const long = `${'x'.repeat(MAX_QUERY)} djnago`;
    expect(searchHints(long, names)).toEqual({});
  });
});

describe('facet values from a URL', () => {
  const facets = facetValues(set);
  it('match the spelling of the index in any case, and drop values the facet does not have', () => {
    expect(canonicalFacet(facets['ring']!, 'hold')).toBe('Hold');
    expect(canonicalFacet(facets['type']!, 'SURVEY QUESTION')).toBe('Survey question');
    expect(canonicalFacet(facets['ring']!, 'nonsense')).toBeUndefined();
  });
});

describe('comparison hints', () => {
  const pages = comparePages(set, '/');
  it('offer the compare page of two entries that have one, whichever order they are named in', () => {
    expect(searchHints('poetry vs uv', names, pages).comparePage).toBe('/compare/poetry/uv/');
    expect(searchHints('uv or poetry', names, pages).comparePage).toBe('/compare/poetry/uv/');
    expect(searchHints('Flask versus FastAPI', names, pages).comparePage).toBe('/compare/fastapi/flask/');
  });
  it('offer no compare page for a pair without one, a topic, or without the pages list', () => {
    expect(searchHints('django vs flask', names, pages).compare).toBeDefined();
    expect(searchHints('django vs flask', names, pages).comparePage).toBeUndefined();
    expect(searchHints('poetry vs packaging', names, pages).comparePage).toBeUndefined();
    expect(searchHints('poetry vs uv', names).comparePage).toBeUndefined();
  });
  it('put the deployment base in the compare page URLs', () => {
    expect(comparePages(set, '/pyradar/')['poetry/uv']).toBe('/pyradar/compare/poetry/uv/');
  });
});
