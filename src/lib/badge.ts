import type { ContentSet } from './content/types.ts';
import { currentEdition, currentPlacement, ringColors } from './radar/model.ts';

/**
 * Advance widths of Verdana at 11px (the face shields.io badges use), for the characters a ring or label holds;
 * anything else counts as a wide letter. Text is laid out at build time, so the badge needs no font of its own.
 */
const WIDTHS: Record<string, number> = {
  ' ': 3.9,
  '-': 4.6,
  '.': 3.9,
  ':': 4.6,
  '&': 7.8,
  '0': 7,
  '1': 7,
  '2': 7,
  '3': 7,
  '4': 7,
  '5': 7,
  '6': 7,
  '7': 7,
  '8': 7,
  '9': 7,
  a: 6.7,
  b: 6.8,
  c: 5.8,
  d: 6.8,
  e: 6.6,
  f: 3.8,
  g: 6.8,
  h: 7,
  i: 3,
  j: 3.8,
  k: 6.5,
  l: 3,
  m: 10.7,
  n: 7,
  o: 6.6,
  p: 6.8,
  q: 6.8,
  r: 4.7,
  s: 5.7,
  t: 4.3,
  u: 7,
  v: 6.5,
  w: 8.9,
  x: 6.5,
  y: 6.5,
  z: 5.8,
  A: 7.5,
  B: 7.5,
  C: 7.7,
  D: 8.5,
  E: 6.9,
  F: 6.3,
  G: 8.5,
  H: 8.3,
  I: 4.6,
  J: 5,
  K: 7.6,
  L: 6.1,
  M: 9.2,
  N: 8.2,
  O: 8.7,
  P: 6.6,
  Q: 8.7,
  R: 7.6,
  S: 7.5,
  T: 6.8,
  U: 8,
  V: 7.5,
  W: 10.9,
  X: 7.5,
  Y: 6.8,
  Z: 7.5,
};

/** Width of a text at 11px Verdana, rounded up. */
export function textWidth(text: string): number {
  return Math.ceil([...text].reduce((sum, ch) => sum + (WIDTHS[ch] ?? 8), 0));
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * A flat two-part badge, "PyRadar | Adopt": the label on grey, the ring on its colour, white text (every ring
 * colour is chosen to pass 4.5:1 against white). `title` names it for screen readers and as a tooltip.
 */
export function badgeSvg({
  label,
  value,
  color,
  title,
}: {
  label: string;
  value: string;
  color: string;
  title: string;
}) {
  const pad = 6;
  const left = textWidth(label) + 2 * pad;
  const right = textWidth(value) + 2 * pad;
  const width = left + right;
  const t = escapeXml(title);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${t}"><title>${t}</title><clipPath id="r"><rect width="${width}" height="20" rx="3"/></clipPath><g clip-path="url(#r)"><rect width="${left}" height="20" fill="#444d56"/><rect x="${left}" width="${right}" height="20" fill="${escapeXml(color)}"/></g><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle"><text x="${left / 2}" y="14">${escapeXml(label)}</text><text x="${left + right / 2}" y="14">${escapeXml(value)}</text></g></svg>`;
}

/** The badge of every entry, by slug, and the same badge under each old slug so a README's image survives a rename. */
export function entryBadges(set: ContentSet): Map<string, string> {
  const current = currentEdition(set);
  const placementOf = currentPlacement(set);
  const colors = ringColors(set);
  const badges = new Map<string, string>();
  for (const entry of set.entries) {
    const ringId = placementOf(entry).ring;
    const ring = set.rings.find((r) => r.id === ringId);
    if (!ring) throw new Error(`${entry.file}: ring "${ringId}" is not a ring`);
    const retired = entry.data.retired !== undefined;
    const value = retired ? `${ring.data.title} (retired)` : ring.data.title;
    const svg = badgeSvg({
      label: 'PyRadar',
      value,
      color: colors.get(ring.id)!,
      title: `${entry.data.title} on PyRadar: ${value}, as of ${current.data.title}`,
    });
    for (const slug of [entry.id, ...entry.data.aliases]) badges.set(slug, svg);
  }
  return badges;
}
