import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, firstDifference, formatDifference, hashTree, isReproducible } from '../lib/reproducible.ts';
import { normaliseBase, pageType, representatives, siteInfo, urlPathOf } from '../lib/site.ts';

describe('site', () => {
  it('normalises base paths', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('pyradar')).toBe('/pyradar/');
    expect(normaliseBase('/pyradar/')).toBe('/pyradar/');
  });
  it('reads origin and base from the home canonical URL, with SITE and BASE_PATH winning', () => {
    expect(siteInfo('https://me.github.io/pyradar/')).toEqual({ origin: 'https://me.github.io', base: '/pyradar/' });
    expect(siteInfo(undefined)).toEqual({ origin: 'https://pyradar.example', base: '/' });
    expect(siteInfo('https://me.github.io/pyradar/', { BASE_PATH: '/other', SITE: 'https://x.example/' })).toEqual({
      origin: 'https://x.example',
      base: '/other/',
    });
  });
  it('maps built files to the URLs they are served at', () => {
    expect(urlPathOf('index.html', '/')).toBe('/');
    expect(urlPathOf('radar/fastapi/index.html', '/pyradar/')).toBe('/pyradar/radar/fastapi/');
    expect(urlPathOf('404.html', '/')).toBe('/404.html');
  });
  it('classifies pages by route', () => {
    const cases: Record<string, string> = {
      'index.html': 'home',
      'radar/index.html': 'radar',
      'radar/fastapi/index.html': 'entry',
      'radar/rings/adopt/index.html': 'other',
      'topics/gil/index.html': 'topic',
      'topics/index.html': 'other',
      'survey/hot-topic/index.html': 'chart',
      'survey/sections/tools/index.html': 'other',
      'search/index.html': 'search',
      'check/index.html': 'check',
      'editions/index.html': 'editions',
      'editions/2024/index.html': 'editions',
      'editions/2024/fastapi/index.html': 'edition-entry',
      'compare/fastapi/flask/index.html': 'compare',
      'compare/index.html': 'other',
      'embed/survey/package-managers/index.html': 'embed',
      'embed/radar/index.html': 'embed',
      'embed/index.html': 'other',
      '404.html': 'other',
    };
    for (const [file, type] of Object.entries(cases)) expect(pageType(file), file).toBe(type);
  });
  it('picks the largest page of each type, skipping other pages', () => {
    const chosen = representatives([
      { file: 'radar/a/index.html', size: 10 },
      { file: 'radar/b/index.html', size: 30 },
      { file: 'radar/old/index.html', size: 1 },
      { file: '404.html', size: 99 },
      { file: 'index.html', size: 5 },
    ]);
    expect([...chosen]).toEqual([
      ['home', 'index.html'],
      ['entry', 'radar/b/index.html'],
    ]);
  });
});

describe('reproducibility', () => {
  it('finds changed, added and removed files between two folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-repro-'));
    try {
      for (const [side, files] of Object.entries({
        a: { 'same.txt': 'x', 'x/changed.html': 'built at 10:00', 'gone.txt': '' },
        b: { 'same.txt': 'x', 'x/changed.html': 'built at 10:01', 'new.txt': '' },
      })) {
        for (const [file, text] of Object.entries(files)) {
          mkdirSync(join(dir, side, file, '..'), { recursive: true });
          writeFileSync(join(dir, side, file), text);
        }
      }
      const difference = compareTrees(hashTree(join(dir, 'a')), hashTree(join(dir, 'b')));
      expect(difference).toEqual({ onlyInA: ['gone.txt'], onlyInB: ['new.txt'], differ: ['x/changed.html'], same: 1 });
      expect(isReproducible(difference)).toBe(false);
      expect(formatDifference(difference)).toContain('differs: x/changed.html');
      expect(isReproducible(compareTrees(hashTree(join(dir, 'a')), hashTree(join(dir, 'a'))))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('shows where two files first differ', () => {
    expect(firstDifference(Buffer.from('built at 10:00'), Buffer.from('built at 10:01'), 3)).toBe(
      'byte 13: "0:00" vs "0:01"',
    );
    expect(firstDifference(Buffer.from('same'), Buffer.from('same'))).toBe('identical');
  });
});
