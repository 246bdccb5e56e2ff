import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardInput } from './card.ts';
import { cardKey } from './render.ts';

/** One image of the build: a link-preview card, or a standalone SVG chart rendered to PNG at twice its width. */
export type ImageJob = { kind: 'card'; input: CardInput } | { kind: 'png'; svg: string; width: number };

/** Threads that render images: one per core (PYRADAR_OG_THREADS overrides), since each image keeps a core busy. */
export function poolSize(): number {
  const set = Number(process.env['PYRADAR_OG_THREADS']);
  return Number.isInteger(set) && set > 0 ? set : availableParallelism();
}

const jobKey = (job: ImageJob) =>
  job.kind === 'card'
    ? `card:${cardKey(job.input)}`
    : `png:${createHash('sha256').update(String(job.width)).update(job.svg).digest('hex')}`;

/**
 * Renders every image across a pool of worker threads into the image cache; images with the same input (an entry's
 * card and its old slugs') are rendered once. Resolves with the cached file of each path, or rejects with the first
 * image that failed.
 */
export async function renderImages(
  images: ReadonlyMap<string, ImageJob>,
  threads = poolSize(),
): Promise<Map<string, string>> {
  const byKey = new Map<string, { job: ImageJob; paths: string[] }>();
  for (const [path, job] of images) {
    const key = jobKey(job);
    const known = byKey.get(key);
    if (known) known.paths.push(path);
    else byKey.set(key, { job, paths: [path] });
  }
  const jobs = [...byKey.values()];
  const out = new Map<string, string>();
  let next = 0;
  // A small heap per thread: its garbage is collected early instead of growing the build's memory.
  const workers = Array.from(
    { length: Math.max(1, Math.min(threads, jobs.length)) },
    () => new Worker(new URL('./worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 96 } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const give = () => {
              if (next >= jobs.length) return done();
              const id = next++;
              worker.postMessage({ id, job: jobs[id]!.job });
            };
            worker.on('message', (reply: { id: number; file?: string; error?: string }) => {
              const job = jobs[reply.id]!;
              if (reply.error || !reply.file)
                return fail(new Error(`${job.paths[0]} failed to render: ${reply.error}`));
              for (const path of job.paths) out.set(path, reply.file);
              give();
            });
            worker.on('error', fail);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
