import type { EvidenceKind } from '../../schemas/evidence.ts';
export { EVIDENCE_KINDS, type EvidenceKind } from '../../schemas/evidence.ts';

/** What one kind of evidence is, and how much it may decide: the placement policy in data form. */
export interface EvidenceRule {
  label: string;
  /** What counts as this kind of evidence. */
  means: string;
  /** How much it may decide on its own. */
  weight: string;
}

export const EVIDENCE: Record<EvidenceKind, EvidenceRule> = {
  'official-status': {
    label: 'Official status',
    means:
      'A status set by the project or by Python itself: deprecated, removed, end of life or archived, a release line in its last, security-only phase, or a PEP accepted or final.',
    weight:
      'Deprecation, removal, archival or end of life is enough for Hold, and so is a release line down to security fixes only, for new work. Acceptance or a release alone is enough for Assess, not for Trial or Adopt: shipping is not the same as proving out.',
  },
  'production-use': {
    label: 'Production use',
    means: 'A practitioner reports using it in real work, with or without saying why.',
    weight:
      'Supports Trial; supports Adopt where the source presents it as its standard or default choice. One practitioner dropping a tool without reasons is not evidence against it.',
  },
  'expert-recommendation': {
    label: 'Expert recommendation',
    means: "A source's author recommends it with reasons: an essay's expert, or a practitioner's reasoned advice.",
    weight: 'Supports Trial, or Adopt where the expert presents it as the sensible default.',
  },
  'reported-problems': {
    label: 'Reported problems',
    means: 'A source reports problems met in use, or an expert warns against it, with reasons.',
    weight: 'Supports Hold; weighs against Adopt.',
  },
  'better-option': {
    label: 'Better option named',
    means: 'A source names something else as the better choice for new work.',
    weight: 'Supports Hold for new work; the entry names what to use instead.',
  },
  'survey-share': {
    label: 'Survey share',
    means: 'The share of survey respondents who prefer or use it.',
    weight:
      'Context, not proof: alone it places no higher than Assess, and a low share is never a Hold. A prediction ("the platform of the future") is not evidence of success or risk.',
  },
  mention: {
    label: 'Passing mention',
    means: 'Named as an example in a list or in passing, without a judgement.',
    weight:
      'Enough for Assess at most. Tools named together in one breath get the same ring unless the source tells them apart; how often a tool is named decides nothing.',
  },
};

/** The evidence each ring needs at least one of; rings not listed here (Assess) need only some basis. */
export const RING_NEEDS: Record<string, readonly EvidenceKind[]> = {
  adopt: ['production-use', 'expert-recommendation'],
  trial: ['production-use', 'expert-recommendation'],
  hold: ['official-status', 'reported-problems', 'better-option'],
};

/** Kinds that can only place an entry the first time: a later mention or vote share does not overturn earlier evidence. */
export const WEAK_EVIDENCE: readonly EvidenceKind[] = ['mention', 'survey-share'];

/** A placement as the policy sees it. */
export interface PlacementFacts {
  edition: string;
  ring: string;
  basis: readonly EvidenceKind[];
  sources: readonly string[];
  quadrant?: string | undefined;
  kept?: boolean | undefined;
}

/** One broken rule: which field, and what the policy says. */
export interface PolicyBreach {
  field: string;
  message: string;
}

/**
 * The mechanical part of the placement policy, for one entry: each ring has the basis it needs,
 * each placement cites a source of its own edition, and quadrant moves are recorded consistently.
 * A placement resting only on `imported` sources (radars imported from another tool) records its owners' decision:
 * the evidence rules do not apply to it, the rest do.
 */
export function policyBreaches(
  history: readonly PlacementFacts[],
  entry: { quadrant: string; cited: readonly string[] },
  editionSources: ReadonlyMap<string, readonly string[]>,
  imported: ReadonlySet<string> = new Set(),
): PolicyBreach[] {
  const out: PolicyBreach[] = [];
  history.forEach((h, i) => {
    const at = `history[${i}]`;
    const decided = h.sources.length > 0 && h.sources.every((s) => imported.has(s));
    // A kept review moves nothing: the ring still rests on the placement it keeps, so only that it keeps one is checked.
    if (h.kept) {
      const previous = history[i - 1];
      if (!previous)
        out.push({
          field: `${at}.kept`,
          message: 'a first placement cannot be kept: kept marks a later review that leaves the ring where it was',
        });
      else if (previous.ring !== h.ring)
        out.push({
          field: `${at}.ring`,
          message: `a kept review leaves the ring as it was ("${previous.ring}"); a move to "${h.ring}" is a placement: drop kept and give it the evidence the ring needs`,
        });
      if (h.quadrant !== undefined)
        out.push({
          field: `${at}.quadrant`,
          message: 'a kept review leaves the entry where it was; a quadrant move is a placement: drop kept',
        });
    }
    const keeps = h.kept === true && i > 0;
    const needs = decided || keeps ? undefined : RING_NEEDS[h.ring];
    if (needs && !h.basis.some((kind) => needs.includes(kind)))
      out.push({
        field: `${at}.basis`,
        message: `a ${h.ring} placement needs a basis of ${needs.join(' or ')} (the placement policy); this one rests on ${h.basis.join(', ')}`,
      });
    if (!decided && !keeps && i > 0 && h.basis.every((kind) => WEAK_EVIDENCE.includes(kind)))
      out.push({
        field: `${at}.basis`,
        message: `a later edition re-places an entry only on evidence stronger than ${WEAK_EVIDENCE.join(' or ')}; mark the item kept: true (same ring) or drop it and let the earlier placement carry over`,
      });
    const own = editionSources.get(h.edition);
    if (own && !h.sources.some((s) => own.includes(s)))
      out.push({
        field: `${at}.sources`,
        message: `a placement in edition "${h.edition}" must rest on at least one of that edition's sources (${own.join(', ') || 'none listed'}); it cites ${h.sources.join(', ')}`,
      });
    h.sources.forEach((s, j) => {
      if (!entry.cited.includes(s))
        out.push({
          field: `${at}.sources[${j}]`,
          message: `"${s}" is not among the entry's sources: add a citation for it under sources`,
        });
    });
  });
  const moves = history.filter((h) => h.quadrant !== undefined);
  if (moves.length) {
    if (history[0]?.quadrant === undefined)
      out.push({
        field: 'history[0].quadrant',
        message:
          'an entry that changes quadrant names its first quadrant on its first placement, so earlier editions draw it where it was',
      });
    const last = moves[moves.length - 1]?.quadrant;
    if (last !== entry.quadrant)
      out.push({
        field: 'quadrant',
        message: `"${entry.quadrant}" differs from the last quadrant in history ("${last}"); the current quadrant is the last one history records`,
      });
  }
  return out;
}

/** The quadrant an entry sits in at one edition: the last quadrant its history records up to it, else its current one. */
export function quadrantAt(
  history: readonly PlacementFacts[],
  current: string,
  editionOrder: readonly string[],
  edition: string,
): string {
  const until = editionOrder.indexOf(edition);
  let found: string | undefined;
  for (const h of history) {
    const at = editionOrder.indexOf(h.edition);
    if (at <= until && h.quadrant !== undefined) found = h.quadrant;
  }
  return found ?? current;
}
