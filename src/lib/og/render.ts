import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { card, type CardInput } from './card.ts';

const require = createRequire(import.meta.url);
// Self-hosted Inter from @fontsource: satori reads WOFF, not WOFF2, and nothing is fetched at build time. Read once
// per process; satori keeps its parsed fonts for this same array.
const fonts = [400, 700].map((weight) => ({
  name: 'Inter',
  weight: weight as 400 | 700,
  style: 'normal' as const,
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
}));

// Rendering is the slow part of a build; the same card input always gives the same PNG, so cache it. The key holds
// the card's look too (card.ts, read as text): a change to the design must not serve images cached before it. Bump
// CACHE_VERSION when this file changes how a card is rendered.
const CACHE_VERSION = '5';
const look = createHash('sha256')
  .update(CACHE_VERSION)
  .update(readFileSync(fileURLToPath(new URL('./card.ts', import.meta.url))))
  .digest('hex');

/**
 * Where rendered cards are kept between builds: PYRADAR_CACHE_DIR, or node_modules/.cache. A deploy pipeline that
 * restores this folder (README, "Deploying") renders only the cards whose input changed.
 */
export function cacheRoot(): string {
  return process.env['PYRADAR_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache');
}

/** The cache key of a card: its look's version and its whole input. */
export function cardKey(input: CardInput): string {
  return createHash('sha256').update(look).update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

/** The card's PNG in the cache, rendered first if it is not there yet: its path. */
export async function cardFile(input: CardInput): Promise<string> {
  const cacheDir = join(cacheRoot(), 'pyradar-og');
  const cached = join(cacheDir, `${cardKey(input)}.png`);
  if (existsSync(cached)) return cached;
  const svg = await satori(card(input) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  // Satori writes text as paths, so resvg needs no fonts: loading the system's took half of each render. The SVG is
  // already 1200 wide; asking resvg to fit it to that width anyway cost a quarter of the rest, for the same pixels.
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return cached;
}

export async function renderCard(input: CardInput): Promise<Uint8Array> {
  return readFileSync(await cardFile(input));
}
