import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { slotComponents, splitRendered } from '../../src/lib/content/body.ts';

const render = (markdown: string) => markdownToHtml(markdown).html;

describe('bodies rendered as Markdown, charts drawn in their slots', () => {
  it('cuts the rendered body around each chart, in order, keeping every other character', () => {
    const body =
      'Intro with \\{braces\\} and *marks*.\n\n<SurveyChart id="tools" />\n\n## After\n\nMore.\n\n<SurveyChart id="ides" />\n';
    const { markdown, components } = slotComponents(body);
    expect(components).toEqual([
      { component: 'SurveyChart', props: { id: 'tools' } },
      { component: 'SurveyChart', props: { id: 'ides' } },
    ]);
    const segments = splitRendered(render(markdown), components);
    expect(segments.map((s) => ('html' in s ? 'html' : s.props['id']))).toEqual(['html', 'tools', 'html', 'ides']);
    const html = segments.flatMap((s) => ('html' in s ? [s.html] : [])).join('');
    expect(html).toContain('Intro with {braces} and <em>marks</em>.');
    expect(html).toContain('<h2>After</h2>');
    expect(html).not.toContain('PYRADARSLOT');
  });

  it('leaves a body without components as it is', () => {
    expect(slotComponents('Just *prose*.\n')).toEqual({ markdown: 'Just *prose*.\n', components: [] });
    expect(splitRendered('<p>x</p>\n', [])).toEqual([{ html: '<p>x</p>\n' }]);
  });

  it('refuses a slot it cannot place', () => {
    expect(() => splitRendered('<p>PYRADARSLOT3X</p>', [])).toThrow(/slot 3 with no component/);
    expect(() => splitRendered('<p>see PYRADARSLOT0X here</p>', [{ component: 'SurveyChart', props: {} }])).toThrow(
      /inside other text/,
    );
  });
});
