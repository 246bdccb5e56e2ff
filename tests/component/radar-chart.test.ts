import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RadarChart from '../../src/components/RadarChart.astro';
import type { RadarItem } from '../../src/lib/radar/model.ts';

// Fixed content: the chart must render these to the same SVG every time.
const rings = ['adopt', 'trial', 'assess', 'hold'].map((id) => ({ id, title: id[0]!.toUpperCase() + id.slice(1) }));
const quadrants = [
  { id: 'languages-frameworks', title: 'Languages & Frameworks' },
  { id: 'tools', title: 'Tools' },
  { id: 'platforms', title: 'Platforms & Infrastructure' },
  { id: 'techniques', title: 'Techniques' },
];
const fixtures: [string, string, string, RadarItem['standing']['movement']][] = [
  ['fastapi', 'languages-frameworks', 'adopt', 'in'],
  ['flask', 'languages-frameworks', 'trial', 'out'],
  ['ruff', 'tools', 'adopt', 'new'],
  ['pylint', 'tools', 'hold', 'unchanged'],
  ['pypy', 'platforms', 'trial', 'unchanged'],
  ['app-engine', 'platforms', 'hold', 'unchanged'],
  ['graphql', 'techniques', 'assess', 'unchanged'],
  ['mvp', 'techniques', 'adopt', 'new'],
];
const items: RadarItem[] = fixtures.map(([slug, quadrant, ring, movement], i) => ({
  slug,
  title: slug,
  quadrant,
  tags: [],
  number: i + 1,
  standing: { ring, note: '', movement, reviewedIn: '2024', carried: false },
}));

async function render(list: RadarItem[]): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(RadarChart, {
    props: { items: list, rings, quadrants, label: 'Fixture radar' },
  });
  return /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
}

describe('RadarChart', () => {
  it('renders fixed content to the same SVG as the committed snapshot', async () => {
    await expect(await render(items)).toMatchFileSnapshot('__snapshots__/radar-chart.svg');
  });

  it('renders byte-identical SVG whatever the order of its input', async () => {
    const a = await render(items);
    const b = await render([...items].reverse());
    // Order of <a> elements follows the input; positions must not.
    const positions = (svg: string) =>
      [...svg.matchAll(/data-entry="([^"]+)"[\s\S]*?translate\(([^)]+)\)/g)].map((m) => `${m[1]}@${m[2]}`).sort();
    expect(positions(b)).toEqual(positions(a));
    expect(await render(items)).toBe(a);
  });

  it('draws one linked blip per entry with its data attributes and accessible name', async () => {
    const svg = await render(items);
    expect(svg.match(/<a [^>]*class="blip/g)).toHaveLength(items.length);
    expect(svg).toMatch(
      /<a href="\/radar\/fastapi\/" class="blip ring-adopt move-in" data-entry="fastapi" data-ring="adopt" data-quadrant="languages-frameworks"/,
    );
    expect(svg).toMatch(/aria-label="1\. fastapi: Adopt, Languages &amp; Frameworks, moved in"/);
  });
});
