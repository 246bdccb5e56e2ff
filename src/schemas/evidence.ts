/**
 * The kinds of evidence a placement may rest on, as the placement policy (/methodology/) defines them.
 * The list is fixed: the content check and the methodology page both read it from here.
 */
export const EVIDENCE_KINDS = [
  'official-status',
  'production-use',
  'expert-recommendation',
  'reported-problems',
  'better-option',
  'survey-share',
  'mention',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
