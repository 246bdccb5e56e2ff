/**
 * /favicon.ico from the site's SVG icon. Browsers ask for /favicon.ico wherever a document names no icon (an SVG or
 * JSON download opened on its own), and a 404 there is an error in the console and the server log.
 */
import { Resvg } from '@resvg/resvg-js';

/** An ICO file holding one PNG image: ICO has carried PNG entries since Windows Vista, and every browser reads them. */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(0, 0, true); // reserved
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  // Directory entry: width and height (0 means 256), no palette, planes, bits per pixel, size and offset of the data.
  header.setUint8(6, size % 256);
  header.setUint8(7, size % 256);
  header.setUint16(10, 1, true);
  header.setUint16(12, 32, true);
  header.setUint32(14, png.length, true);
  header.setUint32(18, 22, true);
  const ico = new Uint8Array(22 + png.length);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}

/** The icon at `size` pixels square, as an ICO file. */
export function faviconIco(svg: string, size = 32): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return icoFromPng(png, size);
}
