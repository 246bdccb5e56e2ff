import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/lib/content/parse.ts';
import { type PlacementFacts, policyBreaches, quadrantAt } from '../../src/lib/radar/policy.ts';

// Two editions, each with its own source, as the real content has them.
const editionSources = new Map([
  ['2021', ['hn-opinions-2021']],
  ['2024', ['fullstack-notes-2024']],
]);
const cited = ['hn-opinions-2021', 'fullstack-notes-2024'];
const place = (edition: string, ring: string, basis: PlacementFacts['basis'], extra: Partial<PlacementFacts> = {}) => ({
  edition,
  ring,
  basis,
  sources: [edition === '2021' ? 'hn-opinions-2021' : 'fullstack-notes-2024'],
  ...extra,
});
const breaches = (history: PlacementFacts[], quadrant = 'tools') =>
  policyBreaches(history, { quadrant, cited }, editionSources);

describe('the placement policy, as the content check enforces it', () => {
  it('accepts placements whose basis supports their ring', () => {
    expect(breaches([place('2021', 'assess', ['mention']), place('2024', 'adopt', ['production-use'])])).toEqual([]);
    expect(breaches([place('2024', 'hold', ['official-status'])])).toEqual([]);
    expect(breaches([place('2024', 'trial', ['expert-recommendation', 'survey-share'])])).toEqual([]);
  });

  it('refuses Adopt or Trial on a survey share or a passing mention alone', () => {
    expect(breaches([place('2024', 'adopt', ['survey-share'])])).toEqual([
      {
        field: 'history[0].basis',
        message:
          'a adopt placement needs a basis of production-use or expert-recommendation (the placement policy); this one rests on survey-share',
      },
    ]);
    expect(breaches([place('2024', 'trial', ['mention'])])[0]?.message).toMatch(
      /^a trial placement needs a basis of production-use or expert-recommendation/,
    );
  });

  it('refuses a Hold without deprecation, reported problems or a named better option (a low share is not a Hold)', () => {
    expect(breaches([place('2024', 'hold', ['survey-share'])])).toEqual([
      {
        field: 'history[0].basis',
        message:
          'a hold placement needs a basis of official-status or reported-problems or better-option (the placement policy); this one rests on survey-share',
      },
    ]);
    // One practitioner's unexplained use is not a Hold either.
    expect(breaches([place('2024', 'hold', ['production-use'])])).toHaveLength(1);
  });

  it("refuses a placement that rests on none of its own edition's sources", () => {
    expect(breaches([place('2024', 'assess', ['mention'], { sources: ['hn-opinions-2021'] })])).toEqual([
      {
        field: 'history[0].sources',
        message:
          'a placement in edition "2024" must rest on at least one of that edition\'s sources (fullstack-notes-2024); it cites hn-opinions-2021',
      },
    ]);
  });

  it("refuses a placement source the entry's citations do not list", () => {
    const result = policyBreaches(
      [place('2024', 'assess', ['mention'])],
      { quadrant: 'tools', cited: ['hn-opinions-2021'] },
      editionSources,
    );
    expect(result).toEqual([
      {
        field: 'history[0].sources[0]',
        message: '"fullstack-notes-2024" is not among the entry\'s sources: add a citation for it under sources',
      },
    ]);
  });

  it('refuses a later placement that rests only on a mention or a survey share', () => {
    expect(
      breaches([place('2021', 'trial', ['production-use']), place('2024', 'assess', ['mention', 'survey-share'])]),
    ).toEqual([
      {
        field: 'history[1].basis',
        message:
          'a later edition re-places an entry only on evidence stronger than mention or survey-share; mark the item kept: true (same ring) or drop it and let the earlier placement carry over',
      },
    ]);
  });

  it('lets a later review on weak evidence keep the ring, recorded as kept, and nothing more', () => {
    const adopted = place('2021', 'adopt', ['production-use']);
    // Kept: the ring rests on the 2021 placement, so a release or a vote share may record the review.
    expect(breaches([adopted, place('2024', 'adopt', ['official-status', 'survey-share'], { kept: true })])).toEqual(
      [],
    );
    expect(breaches([adopted, place('2024', 'assess', ['survey-share'], { kept: true })])).toEqual([
      {
        field: 'history[1].ring',
        message:
          'a kept review leaves the ring as it was ("adopt"); a move to "assess" is a placement: drop kept and give it the evidence the ring needs',
      },
    ]);
    expect(breaches([place('2024', 'adopt', ['mention'], { kept: true })]).map((b) => b.field)).toEqual([
      'history[0].kept',
      'history[0].basis',
    ]);
    expect(
      breaches([adopted, place('2024', 'adopt', ['mention'], { kept: true, quadrant: 'platforms' })], 'platforms').map(
        (b) => b.field,
      ),
    ).toContain('history[1].quadrant');
    // Kept still needs a source of its own edition.
    expect(
      breaches([
        adopted,
        { ...place('2024', 'adopt', ['mention'], { kept: true }), sources: ['hn-opinions-2021'] },
      ]).map((b) => b.field),
    ).toEqual(['history[1].sources']);
  });

  it('records quadrant moves in history: the first placement names the first quadrant, the last one the current', () => {
    expect(
      breaches(
        [place('2021', 'assess', ['mention']), place('2024', 'adopt', ['production-use'], { quadrant: 'platforms' })],
        'platforms',
      ),
    ).toEqual([
      {
        field: 'history[0].quadrant',
        message:
          'an entry that changes quadrant names its first quadrant on its first placement, so earlier editions draw it where it was',
      },
    ]);
    expect(
      breaches(
        [
          place('2021', 'assess', ['mention'], { quadrant: 'tools' }),
          place('2024', 'adopt', ['production-use'], { quadrant: 'platforms' }),
        ],
        'tools',
      ),
    ).toEqual([
      {
        field: 'quadrant',
        message:
          '"tools" differs from the last quadrant in history ("platforms"); the current quadrant is the last one history records',
      },
    ]);
  });

  it('draws an entry in each edition where it stood then', () => {
    const history = [
      place('2021', 'assess', ['mention'], { quadrant: 'tools' }),
      place('2024', 'adopt', ['production-use'], { quadrant: 'platforms' }),
    ];
    const order = ['2021', '2023', '2024'];
    expect(quadrantAt(history, 'platforms', order, '2021')).toBe('tools');
    expect(quadrantAt(history, 'platforms', order, '2023')).toBe('tools');
    expect(quadrantAt(history, 'platforms', order, '2024')).toBe('platforms');
    expect(quadrantAt([place('2021', 'assess', ['mention'])], 'tools', order, '2024')).toBe('tools');
  });
});

describe('the basis field', () => {
  const entry = (placement: string) =>
    `title: FastAPI\nquadrant: tools\nsummary: An async web framework built on type hints, for new APIs.\nhistory:\n  - edition: "2024"\n    ring: adopt\n${placement}    note: The 2024 notes name it the preferred framework for new projects.\nsources:\n  - source: fullstack-notes-2024`;
  const problems = (placement: string) =>
    parseCollection('entries', [
      { file: 'content/entries/fastapi.mdx', text: `---\n${entry(placement)}\n---\n` },
    ]).problems.map((p) => `${p.field}: ${p.message}`);

  it('is required, with the allowed kinds named', () => {
    expect(problems('    sources: [fullstack-notes-2024]\n')).toEqual([
      expect.stringMatching(/^history\[0\]\.basis: basis is required: .*allowed: official-status, production-use/),
    ]);
  });
  it('refuses a kind outside the fixed list, naming the allowed ones', () => {
    expect(problems('    basis: [vibes]\n    sources: [fullstack-notes-2024]\n')).toEqual([
      expect.stringMatching(
        /^history\[0\]\.basis\[0\]: "vibes" is not an evidence kind; allowed: official-status, production-use, expert-recommendation, reported-problems, better-option, survey-share, mention/,
      ),
    ]);
  });
  it('needs the sources the placement rests on', () => {
    expect(problems('    basis: [production-use]\n')).toEqual([expect.stringMatching(/^history\[0\]\.sources: /)]);
  });
});
