import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woff.ts';
import { cacheRoot } from '../og/render.ts';

const require = createRequire(import.meta.url);
// Rendering ~35 images is the slow part; the same SVG always gives the same PNG, so cache by the SVG (as src/lib/og
// does by card input). Bump when the rendering options or fonts change.
const CACHE_VERSION = '1';
const cacheDir = join(cacheRoot(), 'pyradar-downloads');

/**
 * The self-hosted Inter (@fontsource, as the preview cards use) as plain font files: resvg loads only files it can read
 * from disk, and not WOFF, so the WOFF files are unpacked once into the cache.
 */
function fontFiles(): string[] {
  mkdirSync(cacheDir, { recursive: true });
  return [400, 700].map((weight) => {
    const file = join(cacheDir, `inter-latin-${weight}-normal.ttf`);
    if (!existsSync(file)) {
      const woff = readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
      writeFileSync(file, woffToSfnt(woff));
    }
    return file;
  });
}

/** A standalone SVG (src/lib/downloads/svg.ts) as a PNG `scale` times its size, text in Inter, in the cache: its path. */
export function pngFile(svg: string, width: number, scale = 2): string {
  const key = createHash('sha256').update(CACHE_VERSION).update(String(scale)).update(svg).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return cached;
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    // Only Inter, so every machine renders the same image; the SVG's generic family resolves to it.
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  })
    .render()
    .asPng();
  writeFileSync(cached, png);
  return cached;
}

/** The same, as bytes. */
export function renderPng(svg: string, width: number, scale = 2): Uint8Array {
  return readFileSync(pngFile(svg, width, scale));
}
