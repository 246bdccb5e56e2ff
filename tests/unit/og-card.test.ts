import { describe, expect, it } from 'vitest';
import { CARD_BARS, card, type El } from '../../src/lib/og/card.ts';

/** Every text in the element tree, in order. */
const texts = (node: El | string): string[] =>
  typeof node === 'string'
    ? [node]
    : ([] as (El | string)[]).concat(node.props.children ?? []).flatMap((child) => texts(child));

/** Widths of the filled bars, found by their colour. */
const fills = (node: El | string): number[] =>
  typeof node === 'string'
    ? []
    : [
        ...(node.props.style?.['background'] === '#1f5fa8' && node.props.style['height'] === 26
          ? [Number(node.props.style['width'])]
          : []),
        ...([] as (El | string)[]).concat(node.props.children ?? []).flatMap((child) => fills(child)),
      ];

describe('a survey link preview', () => {
  it('draws the figures as bars on a 0–100 scale instead of the question', () => {
    const tree = card({
      kicker: 'Survey',
      title: 'Python versions in use',
      subtitle: 'Which Python version do you use?',
      bars: [
        { label: 'Python 3.9', percent: 52 },
        { label: 'Python 3.8', percent: 50 },
      ],
    });
    expect(texts(tree)).toEqual(expect.arrayContaining(['Python 3.9', '52%', 'Python 3.8', '50%']));
    expect(texts(tree)).not.toContain('Which Python version do you use?');
    expect(fills(tree)).toEqual([364, 350]);
  });

  it('shows at most four bars, one fewer under a long title, and says how many it leaves out', () => {
    const bars = Array.from({ length: CARD_BARS + 2 }, (_, i) => ({ label: `Option ${i}`, percent: 10 }));
    const short = card({ kicker: 'Survey', title: 'Many options', bars });
    expect(fills(short)).toHaveLength(CARD_BARS);
    expect(texts(short)).toContain('and 2 more');
    const long = card({ kicker: 'Survey', title: 'Architecture for greenfield projects', bars });
    expect(fills(long)).toHaveLength(CARD_BARS - 1);
    expect(texts(long)).toContain('and 3 more');
  });

  it('keeps the subtitle for pages without figures', () => {
    expect(texts(card({ kicker: 'Topic', title: 'GIL', subtitle: 'One lock for the interpreter.' }))).toContain(
      'One lock for the interpreter.',
    );
  });
});
