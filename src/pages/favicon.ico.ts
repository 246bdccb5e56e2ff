import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { faviconIco } from '../lib/favicon.ts';

// Drawn from public/favicon.svg at build time (read from the project root, where builds run), so the two never differ.
export function GET() {
  const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8');
  return new Response(faviconIco(svg), { headers: { 'Content-Type': 'image/x-icon' } });
}
