import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically } from '../lib/safe-build.ts';

function site(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

describe('buildAtomically', () => {
  it('keeps the previous site and leaves no partial output when the build fails', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pyradar-build-'));
    const out = join(root, 'dist');
    site(out, 'old site');
    const ok = await buildAtomically(out, async (temp) => {
      site(temp, 'half a site from /home/builder/project');
      return false;
    });
    expect(ok).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old site');
    expect(existsSync(`${out}.building`)).toBe(false);
  });
  it('also cleans up when the build throws', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pyradar-build-'));
    const out = join(root, 'dist');
    site(out, 'old site');
    await expect(
      buildAtomically(out, async (temp) => {
        site(temp, 'partial');
        throw new Error('content check failed');
      }),
    ).rejects.toThrow('content check failed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old site');
    expect(existsSync(`${out}.building`)).toBe(false);
  });
  it('swaps the new site in when the build succeeds', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pyradar-build-'));
    const out = join(root, 'dist');
    site(out, 'old site');
    const ok = await buildAtomically(out, async (temp) => {
      site(temp, 'new site');
      return true;
    });
    expect(ok).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(`${out}.old`)).toBe(false);
  });
});
