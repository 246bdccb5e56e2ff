import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { card, type CardInput } from './card.ts';

const require = createRequire(import.meta.url);
// Self-hosted Inter from @fontsource: satori reads WOFF, not WOFF2, and nothing is fetched at build time.
const fonts = [400, 700].map((weight) => ({
  name: 'Inter',
  weight: weight as 400 | 700,
  style: 'normal' as const,
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
}));

// Rendering is the slow part of a build; the same card input always gives the same PNG, so cache it.
// Bump when card.ts changes its look.
const CACHE_VERSION = '4';
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'pyradar-og');

export async function renderCard(input: CardInput): Promise<Uint8Array> {
  const key = createHash('sha256').update(CACHE_VERSION).update(JSON.stringify(input)).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(card(input) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
