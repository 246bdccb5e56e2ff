import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject } from '/work/main/scripts/lib/project.ts';
import { COPIED, syntheticContent, type CopiedFiles } from '/work/main/scripts/lib/synthetic.ts';
const root = '/work/main';
const copied = Object.fromEntries(COPIED.map((f) => [f, readdirSync(join(root, 'content', f)).filter((n) => n.endsWith('.mdx')).sort().map((n) => ({ id: n.slice(0, -4), text: readFileSync(join(root, 'content', f, n), 'utf8') }))])) as CopiedFiles;
console.log(makeProject(root, syntheticContent(Number(process.argv[2]), copied), 'pyradar-exp-'));
