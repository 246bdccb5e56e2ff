import { createServer } from 'node:net';
import { preview } from 'astro';

/** A port the OS says is free on loopback, so parallel runs do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Serves a built site with Astro's own preview server on 127.0.0.1; its base comes from the project's astro.config.mjs. */
export async function serveDist(
  outDir: string,
  root = process.cwd(),
): Promise<{ port: number; stop: () => Promise<void> }> {
  const server = await preview({
    root,
    outDir,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: await freePort() },
  });
  return { port: server.port, stop: () => server.stop() };
}
