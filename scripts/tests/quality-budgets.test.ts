import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSize, pageAssets, staticImports, weighPage } from '../lib/assets.ts';
import { BUDGETS, budgetTable, KB, overBudget, summarise, type Measured } from '../lib/budgets.ts';
import { createScanner, type Scanner } from '../lib/html.ts';

let scan: Scanner;
beforeAll(async () => {
  scan = await createScanner();
});

const SITE = { origin: 'https://pyradar.example', base: '/' };

describe('staticImports', () => {
  it('finds static imports and re-exports in minified code, not dynamic import()', () => {
    const code =
      'import{a as b}from"./chunk.js";import"./side.js";export{c}from"./re.js";const p=()=>import("/pagefind/pagefind.js");';
    expect(staticImports(code)).toEqual(['./chunk.js', './side.js', './re.js']);
  });
});

describe('pageAssets', () => {
  it('collects scripts, module preloads, stylesheets and inline code', () => {
    const page = scan(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/m.js"><script type="module" src="/_astro/m.js"></script><script type="application/ld+json">{"a":1}</script><script>let x=1</script><style>p{}</style>',
    );
    const assets = pageAssets('radar/index.html', page, SITE);
    expect(assets.scripts).toEqual(['_astro/m.js']);
    expect(assets.stylesheets).toEqual(['_astro/a.css']);
    expect(assets.inlineScripts).toEqual(['let x=1']);
    expect(assets.inlineStyles).toEqual(['p{}']);
    expect(assets.pagefindAtLoad).toEqual([]);
  });
  it('flags Pagefind loaded at start, but not a dynamic import of it', () => {
    const eager = scan(
      '<script src="/pagefind/pagefind-ui.js"></script><link rel="modulepreload" href="/pagefind/pagefind.js"><script type="module">import * as p from "/pagefind/pagefind.js"</script>',
    );
    expect(pageAssets('search/index.html', eager, SITE).pagefindAtLoad).toHaveLength(3);
    const lazy = scan(
      '<script type="module">button.onclick = async () => { const p = await import("/pagefind/pagefind.js"); }</script>',
    );
    expect(pageAssets('search/index.html', lazy, SITE).pagefindAtLoad).toEqual([]);
  });
  it('flags resources from other hosts, and allows the canonical URL on the site origin', () => {
    const page = scan(
      '<link rel="canonical" href="https://pyradar.example/radar/"><link rel="stylesheet" href="https://fonts.example.com/a.css"><img src="//cdn.example/x.png" alt=""><script src="https://pyradar.example/_astro/own.js"></script><a href="https://github.com/">a plain link is not a resource</a>',
    );
    expect(pageAssets('index.html', page, SITE).foreign).toEqual([
      '<link href="https://fonts.example.com/a.css">',
      '<img src="//cdn.example/x.png">',
    ]);
  });
});

describe('weighPage', () => {
  const big = 'x'.repeat(1000) + Math.random().toString(36).repeat(200);
  const files: Record<string, string> = {
    '_astro/m.js': 'import{a}from"./chunk.js";import"./chunk.js";const lazy=()=>import("./lazy.js");',
    '_astro/chunk.js': big,
    '_astro/lazy.js': big + big,
    '_astro/a.css': 'p{color:red}',
  };
  const read = (file: string) => (files[file] === undefined ? undefined : Buffer.from(files[file]!));

  it('follows static imports once each, skips lazy chunks, and sums gzipped sizes', () => {
    const page = scan(
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/m.js"></script><script>var i=1</script>',
    );
    const weight = weighPage('<html></html>', pageAssets('index.html', page, SITE), read);
    expect(weight.jsFiles).toEqual(['_astro/m.js', '_astro/chunk.js']);
    expect(weight.js).toBe(gzipSize(files['_astro/m.js']!) + gzipSize(big) + gzipSize('var i=1'));
    expect(weight.css).toBe(gzipSize(files['_astro/a.css']!));
    expect(weight.problems).toEqual([]);
  });
  it('reports a referenced file that is missing', () => {
    const page = scan('<script type="module" src="/_astro/gone.js"></script>');
    expect(weighPage('', pageAssets('index.html', page, SITE), read).problems).toEqual([
      'script _astro/gone.js is missing',
    ]);
  });
});

describe('budgets', () => {
  const weight = (js: number, css: number, html: number) => ({
    js,
    css,
    html,
    jsFiles: ['_astro/r.js'],
    cssFiles: ['_astro/a.css'],
    problems: [],
  });
  const pages: Measured[] = [
    { page: 'radar/index.html', type: 'radar', weight: weight(19 * KB, 3 * KB, 14 * KB) },
    { page: 'radar/fastapi/index.html', type: 'entry', weight: weight(7 * KB, 2 * KB, 31 * KB) },
    { page: 'radar/flask/index.html', type: 'entry', weight: weight(1 * KB, 16 * KB, 4 * KB) },
  ];
  it('uses the issue numbers', () => {
    expect(BUDGETS.radar.js).toBe(20_000);
    expect(BUDGETS.topic.js).toBe(6_000);
    expect(BUDGETS.home.css).toBe(15_000);
    expect(BUDGETS.entry.html).toBe(30_000);
  });
  it('names each page over a budget, the metric and the files', () => {
    const over = overBudget(pages);
    expect(over).toHaveLength(3);
    expect(over[0]).toMatch(
      /^radar\/fastapi\/index\.html: JS is 7\.0 kB gzipped, over the 6\.0 kB budget for entry pages \(_astro\/r\.js\)/,
    );
    expect(over[1]).toMatch(/^radar\/fastapi\/index\.html: HTML is 31\.0 kB/);
    expect(over[2]).toMatch(/^radar\/flask\/index\.html: CSS is 16\.0 kB/);
  });
  it('allows an embed page no JavaScript at all', () => {
    const embed = (js: number): Measured => ({
      page: 'embed/radar/index.html',
      type: 'embed',
      weight: weight(js, 2 * KB, 9 * KB),
    });
    expect(overBudget([embed(0)])).toEqual([]);
    expect(overBudget([embed(100)])).toEqual([
      'embed/radar/index.html: JS is 0.1 kB gzipped, over the 0.0 kB budget for embed pages (_astro/r.js)',
    ]);
  });
  it('summarises the heaviest page of each type in a table', () => {
    const summary = summarise(pages);
    expect(summary.map((s) => s.type)).toEqual(['radar', 'entry']);
    expect(summary[1]!.max.css).toEqual({ bytes: 16 * KB, page: 'radar/flask/index.html' });
    const table = budgetTable(summary);
    expect(table).toContain('19.0 kB / 20.0 kB');
    expect(table).toContain('7.0 kB / 6.0 kB ✗');
  });
});
