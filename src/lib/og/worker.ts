// One rendering thread of the image pool (pool.ts): preview cards and chart SVGs in, the path of each PNG in the
// image cache out. Only paths travel back: the build copies the files, and no image is held in memory.
import { parentPort } from 'node:worker_threads';
import { pngFile } from '../downloads/render.ts';
import type { ImageJob } from './pool.ts';
import { cardFile } from './render.ts';

parentPort?.on('message', async ({ id, job }: { id: number; job: ImageJob }) => {
  try {
    const file = job.kind === 'card' ? await cardFile(job.input) : pngFile(job.svg, job.width);
    parentPort?.postMessage({ id, file });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
