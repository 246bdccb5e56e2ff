import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A throwaway copy of the project with its own content/: our sources and config, and node_modules linked entry by
 * entry, so Astro's caches (node_modules/.astro, .vite, .cache) land in the copy and never touch the real project's.
 * The bench builds synthetic radars in one (another commit's too, with this project's `modules`); the import tests
 * build imported ones.
 */
export function makeProject(
  root: string,
  files: Map<string, string>,
  prefix = 'pyradar-project-',
  modules = join(root, 'node_modules'),
): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules))
    if (!['.astro', '.vite', '.cache'].includes(name))
      symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  return dir;
}

/** `astro build` in a project made by makeProject, at the site root; resolves with the build log, rejects with its tail. */
export function buildProject(dir: string): Promise<string> {
  return new Promise((done, reject) => {
    const child = spawn(join(dir, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: dir,
      env: { ...process.env, BASE_PATH: '/', FORCE_COLOR: '0' },
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? done(log) : reject(new Error(`astro build exited with ${code} in ${dir}:\n${log.slice(-4000)}`)),
    );
  });
}
