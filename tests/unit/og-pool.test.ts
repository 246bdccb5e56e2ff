import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveySvg } from '../../src/lib/downloads/svg.ts';
import type { CardInput } from '../../src/lib/og/card.ts';
import { renderImages } from '../../src/lib/og/pool.ts';

// A cache of its own, so the test renders instead of reading what an earlier build left.
let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'pyradar-pool-'));
  process.env['PYRADAR_CACHE_DIR'] = cache;
});
afterAll(() => {
  delete process.env['PYRADAR_CACHE_DIR'];
  rmSync(cache, { recursive: true, force: true });
});

const png = (file: string) => {
  const view = readFileSync(file);
  return {
    signature: view.subarray(1, 4).toString('ascii'),
    width: view.readUInt32BE(16),
    height: view.readUInt32BE(20),
  };
};

describe('renderImages', () => {
  it('renders cards and charts across threads, once per distinct input, each at its size', async () => {
    const fastapi: CardInput = { kicker: 'Radar entry', title: 'FastAPI', ring: { label: 'Adopt', color: '#1b7f4b' } };
    const chart = surveySvg({
      title: 'Type hints',
      options: [
        { label: 'Yes', percent: 70 },
        { label: 'No', percent: 30 },
      ],
      respondents: 100,
      caption: 'Test',
      link: 'https://example.com/',
    });
    const out = await renderImages(
      new Map([
        ['og/radar/fastapi.png', { kind: 'card', input: fastapi }],
        // An old slug of a renamed entry: the same card, published at a second path.
        ['og/radar/fast-api.png', { kind: 'card', input: fastapi }],
        ['og/site.png', { kind: 'card', input: { kicker: 'Site', title: 'PyRadar' } }],
        ['downloads/survey/type-hints.png', { kind: 'png', svg: chart.svg, width: chart.width }],
      ]),
      2,
    );
    expect([...out.keys()].sort()).toEqual([
      'downloads/survey/type-hints.png',
      'og/radar/fast-api.png',
      'og/radar/fastapi.png',
      'og/site.png',
    ]);
    expect(png(out.get('og/site.png')!)).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    expect(out.get('og/radar/fast-api.png')).toBe(out.get('og/radar/fastapi.png'));
    expect(
      Buffer.compare(Buffer.from(out.get('og/site.png')!), Buffer.from(out.get('og/radar/fastapi.png')!)),
    ).not.toBe(0);
    expect(png(out.get('downloads/survey/type-hints.png')!).width).toBe(Math.round(chart.width * 2));
  });

  it('fails with the path of an image that cannot render', async () => {
    await expect(
      renderImages(new Map([['downloads/broken.png', { kind: 'png', svg: '<svg', width: 10 }]]), 1),
    ).rejects.toThrow(/downloads\/broken\.png failed to render/);
  });
});
