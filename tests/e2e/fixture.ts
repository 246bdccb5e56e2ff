// The one fixture every browser test uses: the preview server's address (global-setup starts one server for the
// run) and a headless Chromium, launched on first use in a file and closed after it.
import { test as base, inject } from 'vitest';
import { launch } from './browser.ts';

/** The built site on the preview server, with the deployment base: http://127.0.0.1:<port>/<base>/. */
export const baseUrl = inject('baseUrl');

/** A root-relative site path as a URL on the preview server, under the deployment base. */
export const at = (path: string): string => new URL(path.replace(/^\//, ''), baseUrl).href;

/** `test` with a `browser` fixture: tests take `async ({ browser }) => …`. */
// biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
export const test = base.extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
  const browser = await launch();
  onCleanup(() => browser.close());
  return browser;
});
export const it = test;
