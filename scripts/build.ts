// `npm run build`: astro build into dist.building/, swapped in for dist/ only when the build succeeds.
// Usage: node scripts/build.ts [outDir=dist]
import { spawn } from 'node:child_process';
import { buildAtomically } from './lib/safe-build.ts';

const outDir = process.argv[2] ?? 'dist';
const ok = await buildAtomically(
  outDir,
  (temp) =>
    new Promise((resolve) => {
      // --force: Astro keys its content cache on the text of src/content.config.ts alone, so a changed schema in
      // src/schemas/ would otherwise build from data parsed by the old one. Parsing the content again takes ~1 s.
      const child = spawn('npx', ['astro', 'build', '--force', '--outDir', temp], { stdio: 'inherit' });
      child.on('close', (code) => resolve(code === 0));
    }),
);
if (!ok) {
  console.error(`build: failed; ${outDir}/ is left as it was and no partial output remains`);
  process.exit(1);
}
