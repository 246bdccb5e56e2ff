// One rendering thread of the image pool (pool.ts): preview cards and chart SVGs in, PNG bytes out.
import { parentPort } from 'node:worker_threads';
import { renderPng } from '../downloads/render.ts';
import type { ImageJob } from './pool.ts';
import { renderCard } from './render.ts';

parentPort?.on('message', async ({ id, job }: { id: number; job: ImageJob }) => {
  try {
    const png = job.kind === 'card' ? await renderCard(job.input) : renderPng(job.svg, job.width);
    // Copied, not transferred: a Buffer read from the cache may share its memory with others.
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
