import { inflateSync } from 'node:zlib';

/**
 * Unpacks a WOFF 1.0 font into the TrueType/OpenType file it wraps. resvg loads only plain font files, and the site's
 * self-hosted Inter (@fontsource) ships as WOFF and WOFF2; WOFF 1.0 is zlib per table, so Node unpacks it alone.
 * Throws on anything that is not WOFF 1.0, naming what it found.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const signature = woff.byteLength >= 44 ? view.getUint32(0) : 0;
  if (signature !== 0x774f4646)
    throw new Error(
      `woffToSfnt: not a WOFF 1.0 font (signature 0x${signature.toString(16)}, expected 0x774f4646 "wOFF")`,
    );
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    // A table is stored compressed only where that made it smaller.
    const data = compressed < length ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== length)
      throw new Error(`woffToSfnt: table ${i} unpacks to ${data.byteLength} bytes, the directory says ${length}`);
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * count;
  const size = tables.reduce((sum, t) => sum + pad4(t.data.byteLength), headerSize);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  // The offset table's binary-search fields, as the OpenType spec defines them.
  const entrySelector = Math.floor(Math.log2(Math.max(count, 1)));
  const searchRange = 2 ** entrySelector * 16;
  o.setUint32(0, flavor);
  o.setUint16(4, count);
  o.setUint16(6, searchRange);
  o.setUint16(8, entrySelector);
  o.setUint16(10, count * 16 - searchRange);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    o.setUint32(at, t.tag);
    o.setUint32(at + 4, t.checksum);
    o.setUint32(at + 8, offset);
    o.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad4(t.data.byteLength);
  });
  return out;
}
