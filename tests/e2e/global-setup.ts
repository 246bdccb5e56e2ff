import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/serve.ts';

// Serves dist/ with Astro's own preview server on loopback; tests read the URL from `inject('baseUrl')`.
export default async function setup(project: TestProject) {
  // PYRADAR_DIST lets parallel work build and test its own copy of the site.
  const outDir = process.env['PYRADAR_DIST'] ?? 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`);
  const server = await serveDist(outDir);
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${base}`);
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
