import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  EMBED_PATHS,
  embedHeaderPolicy,
  headerPolicy,
  headersFile,
  policyProblems,
  cspDirectives,
  scriptSources,
  styleSources,
} from '../../src/lib/csp.ts';
import { embedHeight, embedSnippet, radarCaption, surveySample } from '../../src/lib/embed.ts';
import { renderPng } from '../../src/lib/downloads/render.ts';
import { escapeXml, mix, PALETTE, radarSvg, surveySvg } from '../../src/lib/downloads/svg.ts';
import { woffToSfnt } from '../../src/lib/downloads/woff.ts';
import type { RadarItem } from '../../src/lib/radar/model.ts';
import { layoutItems } from '../../src/lib/radar/layout.ts';
import { RADIUS } from '../../src/lib/radar/view.ts';

/** Fails on a tag that closes out of order or is left open: the file must be well-formed XML. */
function expectWellFormed(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const [, close, name, selfClosing] of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    if (close) expect(stack.pop(), `</${name}> closes the last open tag`).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(stack, 'tags left open').toEqual([]);
  // Text and attributes carry no raw "&" or "<" outside markup.
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)|</);
}

/** What a standalone file must not hold: anything fetched from elsewhere, or CSS resvg cannot read. */
function expectStandalone(svg: string): void {
  expect(svg).not.toMatch(/\bhref=|xlink:|url\(|@import|@font-face|var\(--|color-mix/);
}

const sizeOf = (svg: string) => {
  const [, width, height, viewBox] = svg.match(/<svg [^>]*width="([\d.]+)" height="([\d.]+)" viewBox="([^"]+)"/) ?? [];
  return { width: Number(width), height: Number(height), viewBox: viewBox?.split(' ').map(Number) };
};

describe('the embed snippet and captions', () => {
  it('words the sample as the chart page does', () => {
    expect(surveySample({ kind: 'single', respondents: 104, respondentsApproximate: false })).toBe(
      'Single choice · 104 respondents',
    );
    expect(surveySample({ kind: 'multiple', maxAnswers: 3, respondents: 100, respondentsApproximate: true })).toBe(
      'Up to 3 answers each; bars can sum past 100% · over 100 respondents',
    );
    expect(radarCaption(141, '2024-03')).toBe('141 entries · placements as of 2024-03');
  });

  it('is an iframe of the absolute embed URL, its title escaped', () => {
    const snippet = embedSnippet({
      src: 'https://pyradar.example/embed/survey/x/',
      title: 'Tests & "types" <2023>',
      height: 400,
      maxWidth: 512,
    });
    expect(snippet).toBe(
      '<iframe src="https://pyradar.example/embed/survey/x/" title="Tests &amp; &quot;types&quot; &lt;2023&gt;" width="100%" height="400" style="border: 0; max-width: 512px" loading="lazy"></iframe>',
    );
  });

  it('refuses a relative src: the snippet is pasted on another site', () => {
    expect(() => embedSnippet({ src: '/embed/radar/', title: 't', height: 1, maxWidth: 1 })).toThrow(
      /absolute http\(s\) URL, got "\/embed\/radar\/"/,
    );
  });

  it('sizes the frame for the chart at its widest plus its title and caption', () => {
    expect(embedHeight({ width: 400, height: 200 }, 512)).toBe(256 + 150);
    expect(embedHeight({ width: 820, height: 868 }, 768)).toBe(Math.ceil((868 * 768) / 820) + 150);
  });
});

describe('the frame headers', () => {
  it('let any site frame /embed/* and nothing else, keeping the rest of the policy', () => {
    expect(embedHeaderPolicy).toBe(headerPolicy.replace("frame-ancestors 'none'", 'frame-ancestors *'));
    expect(embedHeaderPolicy).not.toBe(headerPolicy);
    expect(
      policyProblems({ directives: cspDirectives, scriptSources, styleSources, header: embedHeaderPolicy }),
    ).toEqual([]);
  });

  it('detach the site-wide policy under /embed/* before setting the embed one, after the site-wide rule', () => {
    const file = headersFile();
    const site = file.indexOf('/*\n');
    const embed = file.indexOf(`${EMBED_PATHS}\n`);
    expect(site).toBeGreaterThan(-1);
    expect(embed).toBeGreaterThan(site);
    expect(file.slice(embed)).toBe(
      `${EMBED_PATHS}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${embedHeaderPolicy}\n`,
    );
    expect(readFileSync('public/_headers', 'utf8')).toBe(file);
  });
});

describe('escapeXml and mix', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
  });
  it('mixes like color-mix(in srgb)', () => {
    expect(mix('#1b7f4b', 100, '#ffffff')).toBe('#1b7f4b');
    expect(mix('#1b7f4b', 0, '#ffffff')).toBe('#ffffff');
    expect(mix('#000000', 50, '#ffffff')).toBe('#808080');
  });
});

const options = [
  { label: 'pip & friends', percent: 80 },
  { label: 'Poetry, with a label long enough to wrap onto a second line of the chart', percent: 35 },
  { label: 'conda', percent: 12 },
];

describe('the standalone survey chart', () => {
  const chart = surveySvg({
    title: 'Package <managers>',
    options,
    respondents: 104,
    caption: 'Single choice · 104 respondents · Source: Python Tech Radar 2023',
    link: 'https://pyradar.example/survey/package-managers/',
  });

  it('is a well-formed, self-contained SVG file with its size and viewBox', () => {
    expect(chart.svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /,
    );
    expectWellFormed(chart.svg);
    expectStandalone(chart.svg);
    expect(sizeOf(chart.svg)).toEqual({
      width: chart.width,
      height: chart.height,
      viewBox: [0, 0, chart.width, chart.height],
    });
    expect(chart.svg).toContain(`<style>`);
    expect(chart.svg).toMatch(/font-family: [^;]*sans-serif;/);
  });

  it('draws every bar with its value, in order, and names the figures in its title', () => {
    expect(chart.svg.match(/<g class="bar">/g)).toHaveLength(3);
    expect([...chart.svg.matchAll(/class="value"[^>]*>(\d+)%</g)].map((m) => Number(m[1]))).toEqual([80, 35, 12]);
    expect(chart.svg).toContain('<title id="title">Package &lt;managers&gt;: pip &amp; friends 80%;');
    expect(chart.svg).toContain('https://pyradar.example/survey/package-managers/');
    // A bar's width is its share of the 340-unit plot.
    expect(chart.svg).toMatch(/<rect class="fill" x="0" y="[\d.]+" width="272"/);
  });

  it('wraps a long label over lines instead of cutting it', () => {
    expect(chart.svg).toMatch(/<tspan x="0" dy="0">Poetry, with [^<]*<\/tspan><tspan x="0" dy="17">/);
  });
});

const item = (slug: string, number: number, quadrant: string, ring: string): RadarItem => ({
  slug,
  title: `${slug} & co`,
  quadrant,
  tags: [],
  number,
  standing: { ring, note: '', movement: number === 2 ? 'new' : 'unchanged', reviewedIn: '2024', carried: false },
});
const rings = ['adopt', 'trial', 'assess', 'hold'].map((id) => ({ id, title: id[0]!.toUpperCase() + id.slice(1) }));
const quadrants = ['languages', 'tools', 'platforms', 'techniques'].map((id) => ({ id, title: id }));

describe('the standalone radar', () => {
  const items = [
    item('fastapi', 1, 'languages', 'adopt'),
    item('uv', 2, 'tools', 'trial'),
    item('celery', 3, 'platforms', 'hold'),
  ];
  const radar = radarSvg({
    title: 'PyRadar · 2024',
    items,
    rings,
    quadrants,
    caption: 'c',
    link: 'https://x.example/radar/',
  });

  it('is a well-formed, self-contained SVG file with its size and viewBox', () => {
    expectWellFormed(radar.svg);
    expectStandalone(radar.svg);
    const size = sizeOf(radar.svg);
    expect([size.width, size.height]).toEqual([radar.width, radar.height]);
    expect(size.viewBox?.slice(2)).toEqual([radar.width, radar.height]);
  });

  it('places every blip where the radar page does, numbered and named', () => {
    const layout = layoutItems(items, rings, quadrants, RADIUS);
    for (const b of layout.blips)
      expect(radar.svg).toContain(`data-entry="${b.id}" transform="translate(${b.x} ${b.y})"`);
    expect(radar.svg.match(/<g class="blip /g)).toHaveLength(3);
    expect(radar.svg).toContain('<title>1. fastapi &amp; co: Adopt, languages</title>');
    expect(radar.svg.match(/<path class="segment /g)).toHaveLength(16);
  });

  it('colours blips and segments in the light palette, the tints mixed in advance', () => {
    expect(radar.svg).toContain(`.blip.ring-hold path { fill: ${PALETTE.hold}; }`);
    expect(radar.svg).toContain(`.segment.ring-adopt { fill: ${mix(PALETTE.adopt, 9, PALETTE.bg)}; }`);
  });
});

describe('fonts and PNG rendering', () => {
  const require = createRequire(import.meta.url);
  const woff = readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'));

  it('unpacks the self-hosted WOFF into a TrueType/OpenType font with the same tables', () => {
    const font = woffToSfnt(woff);
    const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
    expect([0x00010000, 0x4f54544f]).toContain(view.getUint32(0));
    expect(view.getUint16(4)).toBe(woff.readUInt16BE(12));
    // The head table's magic number sits 12 bytes into the table.
    const tables = Array.from({ length: view.getUint16(4) }, (_, i) => 12 + i * 16);
    const head = tables.find((at) => view.getUint32(at) === 0x68656164)!;
    expect(view.getUint32(view.getUint32(head + 8) + 12)).toBe(0x5f0f3cf5);
  });

  it('refuses a font that is not WOFF 1.0, naming what it found', () => {
    const woff2 = readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff2'));
    expect(() => woffToSfnt(woff2)).toThrow(/not a WOFF 1.0 font \(signature 0x774f4632/);
  });

  /** The PNG's size from its IHDR, and whether any pixel is not fully transparent. */
  const readPng = (png: Uint8Array) => {
    const buf = Buffer.from(png);
    const idat: Buffer[] = [];
    for (let at = 8; at < buf.length; ) {
      const length = buf.readUInt32BE(at);
      if (buf.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const pixels = inflateSync(Buffer.concat(idat));
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), inked: pixels.some((b) => b !== 0) };
  };

  it('renders at twice the size, and draws text: the fonts reached resvg', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30" viewBox="0 0 120 30"><text x="4" y="22" style="font-family: system-ui, sans-serif; font-size: 20px">Hello</text></svg>';
    expect(readPng(renderPng(svg, 120))).toEqual({ width: 240, height: 60, inked: true });
  });
});
