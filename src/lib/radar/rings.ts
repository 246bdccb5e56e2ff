/**
 * Ring colours. A ring takes its colour from its place (the first ring green, the second blue…), or from its own
 * `color` field, never from its id: a radar with other rings, or more of them, is coloured all the same.
 */
import { MAX_RINGS } from './geometry.ts';

/** The palette by ring order, light and dark (global.css defines them as --ring-1 … --ring-6); the first four are PyRadar's rings. */
export const RING_PALETTE: readonly { light: string; dark: string }[] = [
  { light: '#1b7f4b', dark: '#4ac486' },
  { light: '#1f5fa8', dark: '#79b8ff' },
  { light: '#8a5a00', dark: '#e3b341' },
  { light: '#b3261e', dark: '#ff7b72' },
  { light: '#6f42c1', dark: '#c8a2ff' },
  { light: '#0b6e79', dark: '#56d4e0' },
];

/** How much of the ring's colour tints its segments' background, in percent: the inner rings, which matter most, most. */
const TINTS = [9, 7, 6, 5, 5, 5];

/** The colour a ring's badges and blips take in files and previews, which have no colour scheme: its own, or its place's light one. */
export function ringColor(index: number, color?: string): string {
  return color ?? RING_PALETTE[Math.min(index, MAX_RINGS - 1)]!.light;
}

/**
 * The rules that colour each ring's blips, segments, legend headings and badges, by id. A ring without its own colour
 * uses its place's palette variable, which follows the reader's colour scheme; an own colour is used as given in both.
 */
export function ringCss(rings: readonly { id: string; color?: string | undefined }[]): string {
  return rings
    .map((ring, i) => {
      const colour = ring.color ?? `var(--ring-${Math.min(i, MAX_RINGS - 1) + 1})`;
      const tint = TINTS[Math.min(i, TINTS.length - 1)];
      const id = ring.id;
      return [
        `.blip.ring-${id} path{fill:${colour}}`,
        `.segment.ring-${id}{fill:color-mix(in srgb,${colour} ${tint}%,var(--bg))}`,
        `.legend-ring.ring-${id},.badge.ring-${id}{color:${colour}}`,
      ].join('\n');
    })
    .join('\n');
}

/** The same tints mixed for a file, where there is no CSS color-mix: `mix(colour, percent, background)`. */
export function ringTint(index: number): number {
  return TINTS[Math.min(index, TINTS.length - 1)]!;
}
