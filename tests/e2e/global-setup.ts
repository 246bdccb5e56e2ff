import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';

// Serves dist/ with Astro's own preview server on loopback; tests read the URL from `inject('baseUrl')`.
export default async function setup(project: TestProject) {
  // PYRADAR_DIST lets parallel work build and test its own copy of the site.
  const outDir = process.env['PYRADAR_DIST'] ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`);
  const server = await preview({ root: process.cwd(), outDir, logLevel: 'warn', server: { host: '127.0.0.1', port: await freePort() } });
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${base}`);
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A port the OS says is free on loopback, so parallel runs do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
