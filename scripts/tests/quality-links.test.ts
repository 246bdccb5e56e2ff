import { beforeAll, describe, expect, it } from 'vitest';
import { createScanner, decodeEntities, type ScannedPage, type Scanner } from '../lib/html.ts';
import { checkLinks, refreshUrl, resolveReference, srcsetUrls } from '../lib/links.ts';

let scan: Scanner;
beforeAll(async () => {
  scan = await createScanner();
});

const ROOT = { origin: 'https://pyradar.example', base: '/' };
const SUB = { origin: 'https://pyradar.example', base: '/pyradar/' };

describe('scanner', () => {
  it('decodes character references in attribute values', () => {
    expect(decodeEntities('/a/?x=1&amp;y=2&#35;&#x41;&nope;')).toBe('/a/?x=1&y=2#A&nope;');
  });
  it('reads unquoted attributes and keeps script text out of the element list', () => {
    const page = scan(
      `<!DOCTYPE html><html><head><script>const s = "<a href='/in-script/'>";</script></head><body><img src=/x.png alt=""><a href="/a/?q=1&amp;r=2">a</a><textarea><a href="/in-textarea/"></textarea></body></html>`,
    );
    const hrefs = page.tags.flatMap((t) => [t.attrs.get('href'), t.attrs.get('src')]).filter(Boolean);
    expect(hrefs).toEqual(['/x.png', '/a/?q=1&r=2']);
    expect(page.tags.find((t) => t.name === 'script')?.text).toContain('in-script');
  });
  it('collects ids and <a name> as fragment targets, but not form field names', () => {
    const page = scan('<p id="one">x</p><a name="two">y</a><input name="q">');
    expect([...page.anchors].sort()).toEqual(['one', 'two']);
  });
});

describe('URL helpers', () => {
  it('splits srcset candidates', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x,/c.png 300w')).toEqual(['/a.png', '/b.png', '/c.png']);
  });
  it('reads the target of a meta refresh', () => {
    expect(refreshUrl('0;url=/radar/new/')).toBe('/radar/new/');
    expect(refreshUrl("0; URL='/x/'")).toBe('/x/');
    expect(refreshUrl('nonsense')).toBeUndefined();
  });
});

describe('resolveReference', () => {
  it('maps folder URLs to index.html, relative to the page', () => {
    expect(resolveReference('/radar/', 'index.html', ROOT)).toEqual({
      kind: 'internal',
      file: 'radar/index.html',
      fragment: '',
    });
    expect(resolveReference('../flask/#why', 'radar/fastapi/index.html', ROOT)).toEqual({
      kind: 'internal',
      file: 'radar/flask/index.html',
      fragment: 'why',
    });
    expect(resolveReference('#top', '404.html', ROOT)).toMatchObject({ file: '404.html', fragment: 'top' });
  });
  it('takes files such as .json and .csv directly, and offers the folder when there is no slash', () => {
    expect(resolveReference('/api/radar.json', 'index.html', ROOT)).toMatchObject({ file: 'api/radar.json' });
    expect(resolveReference('/radar', 'index.html', ROOT)).toMatchObject({
      file: 'radar',
      alternative: 'radar/index.html',
    });
  });
  it('strips the base path, and calls URLs outside it broken', () => {
    expect(resolveReference('/pyradar/radar/', 'index.html', SUB)).toMatchObject({
      kind: 'internal',
      file: 'radar/index.html',
    });
    expect(resolveReference('/radar/', 'topics/index.html', SUB)).toMatchObject({ kind: 'broken' });
    expect(resolveReference('https://pyradar.example/pyradar/', 'index.html', SUB)).toMatchObject({
      kind: 'internal',
      file: 'index.html',
    });
  });
  it('leaves other hosts and schemes alone', () => {
    for (const url of ['https://example.org/', '//cdn.example/x.js', 'mailto:a@b.c', 'data:image/png;base64,AA=='])
      expect(resolveReference(url, 'index.html', ROOT)).toEqual({ kind: 'external' });
  });
  it('decodes percent-encoding in paths and fragments', () => {
    expect(resolveReference('/caf%C3%A9/#r%C3%A9sum%C3%A9', 'index.html', ROOT)).toMatchObject({
      file: 'café/index.html',
      fragment: 'résumé',
    });
  });
});

describe('checkLinks', () => {
  const site = (pages: Record<string, string>, extra: string[] = []) => {
    const scanned = new Map<string, ScannedPage>(Object.entries(pages).map(([file, html]) => [file, scan(html)]));
    return { scanned, files: new Set([...Object.keys(pages), ...extra]) };
  };

  it('passes a site whose links, files and fragments all exist', () => {
    const { scanned, files } = site(
      {
        'index.html':
          '<a href="/radar/#list">r</a><a href="#">t</a><link rel="stylesheet" href="/_astro/a.css"><img src="/og/site.png" alt=""><a href="mailto:x@y.z">m</a>',
        'radar/index.html': '<h2 id="list">List</h2><a href="../">home</a><a href="/api/radar.json">json</a>',
      },
      ['_astro/a.css', 'og/site.png', 'api/radar.json'],
    );
    expect(checkLinks(scanned, files, ROOT)).toEqual([]);
  });

  it('reports a missing page, a missing fragment and a missing trailing slash, naming the page', () => {
    const { scanned, files } = site({
      'index.html':
        '<a href="/nowhere/">x</a><a href="/radar/#nope">y</a><a href="/radar">z</a><meta http-equiv="refresh" content="0;url=/gone/">',
      'radar/index.html': '<h2 id="list">List</h2>',
    });
    const broken = checkLinks(scanned, files, ROOT);
    expect(broken.map((b) => [b.page, b.url])).toEqual([
      ['index.html', '/nowhere/'],
      ['index.html', '/radar/#nope'],
      ['index.html', '/radar'],
      ['index.html', '/gone/'],
    ]);
    expect(broken[1]!.problem).toContain('#nope names no id in radar/index.html');
    expect(broken[2]!.problem).toContain('trailing slash');
  });

  it('under a base path, accepts based links and rejects root links that escape it', () => {
    const { scanned, files } = site({
      'index.html':
        '<a href="/pyradar/radar/">ok</a><a href="/radar/">escapes</a><link rel="canonical" href="https://pyradar.example/pyradar/">',
      'radar/index.html': '<p>r</p>',
    });
    const broken = checkLinks(scanned, files, SUB);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ page: 'index.html', url: '/radar/' });
    expect(broken[0]!.problem).toContain('outside the base path /pyradar/');
  });

  it('checks same-origin canonical and og: URLs, which must name a real page', () => {
    const { scanned, files } = site({
      '404.html':
        '<link rel="canonical" href="https://pyradar.example/404/"><meta property="og:url" content="https://pyradar.example/404/">',
    });
    expect(checkLinks(scanned, files, ROOT).map((b) => b.attr)).toEqual(['href', 'og:url']);
  });
});
