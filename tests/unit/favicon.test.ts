import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faviconIco, icoFromPng } from '../../src/lib/favicon.ts';

describe('favicon.ico', () => {
  it('is an ICO directory of one PNG image, drawn from the SVG icon at 32px', () => {
    const ico = faviconIco(readFileSync('public/favicon.svg', 'utf8'));
    const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([view.getUint8(6), view.getUint8(7)]).toEqual([32, 32]);
    const offset = view.getUint32(18, true);
    expect(offset).toBe(22);
    expect(view.getUint32(14, true)).toBe(ico.length - 22);
    // The PNG signature, and the image's own width and height in its header.
    expect([...ico.slice(offset, offset + 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect([view.getUint32(offset + 16), view.getUint32(offset + 20)]).toEqual([32, 32]);
  });

  it('writes 256px as 0, as the format asks', () => {
    const ico = icoFromPng(new Uint8Array([1, 2, 3]), 256);
    expect([ico[6], ico[7]]).toEqual([0, 0]);
    expect([...ico.slice(22)]).toEqual([1, 2, 3]);
  });
});
