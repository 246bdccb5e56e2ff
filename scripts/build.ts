// `npm run build`: astro build into dist.building/, swapped in for dist/ only when the build succeeds.
// Usage: node scripts/build.ts [outDir=dist]
import { spawn } from 'node:child_process';
import { buildAtomically } from './lib/safe-build.ts';

const outDir = process.argv[2] ?? 'dist';
const ok = await buildAtomically(
  outDir,
  (temp) =>
    new Promise((resolve) => {
      const child = spawn('npx', ['astro', 'build', '--outDir', temp], { stdio: 'inherit' });
      child.on('close', (code) => resolve(code === 0));
    }),
);
if (!ok) {
  console.error(`build: failed; ${outDir}/ is left as it was and no partial output remains`);
  process.exit(1);
}
