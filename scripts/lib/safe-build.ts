import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Builds into a fresh folder beside `outDir` and swaps it in only when the build succeeded, so a failed build
 * neither wipes the site a running preview serves nor leaves partial output behind.
 */
export async function buildAtomically(outDir: string, build: (tempDir: string) => Promise<boolean>): Promise<boolean> {
  const temp = `${outDir}.building`;
  rmSync(temp, { recursive: true, force: true });
  let ok = false;
  try {
    ok = await build(temp);
  } finally {
    if (!ok) rmSync(temp, { recursive: true, force: true });
  }
  if (!ok) return false;
  const old = `${outDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(temp, outDir);
  rmSync(old, { recursive: true, force: true });
  return true;
}
