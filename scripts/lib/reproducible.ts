import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site.ts';

/** sha256 of every file under `dir`, by path relative to it. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

export interface TreeDifference {
  onlyInA: string[];
  onlyInB: string[];
  differ: string[];
  same: number;
}

/** Compares two hash maps file by file. */
export function compareTrees(a: Map<string, string>, b: Map<string, string>): TreeDifference {
  const out: TreeDifference = { onlyInA: [], onlyInB: [], differ: [], same: 0 };
  for (const [file, hash] of a) {
    const other = b.get(file);
    if (other === undefined) out.onlyInA.push(file);
    else if (other !== hash) out.differ.push(file);
    else out.same++;
  }
  for (const file of b.keys()) if (!a.has(file)) out.onlyInB.push(file);
  return out;
}

/** Where two versions of a file first differ, with a little text either side, to tell what varies. */
export function firstDifference(a: Uint8Array, b: Uint8Array, context = 40): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 'identical';
  const show = (bytes: Uint8Array) =>
    JSON.stringify(Buffer.from(bytes.subarray(Math.max(0, i - context), i + context)).toString('utf8'));
  return `byte ${i}: ${show(a)} vs ${show(b)}`;
}

/** A report of a comparison: counts, then every file that is not the same in both. */
export function formatDifference(d: TreeDifference, explain: (file: string) => string = () => ''): string {
  const lines = [
    ...d.differ.map((file) => `differs: ${file}${explain(file) ? `\n  ${explain(file)}` : ''}`),
    ...d.onlyInA.map((file) => `only in the first build: ${file}`),
    ...d.onlyInB.map((file) => `only in the second build: ${file}`),
  ];
  return lines.join('\n');
}

export function isReproducible(d: TreeDifference): boolean {
  return d.differ.length + d.onlyInA.length + d.onlyInB.length === 0;
}
