import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFrontmatter } from '../frontmatter.ts';
import { slotComponents, splitRendered } from './body.ts';

/**
 * Loads content/<folder>/*.mdx: the file name is the id, the frontmatter is checked by the collection's schema, and
 * the body is rendered once, here, as Markdown with the site's Markdown settings (body.ts). Pages draw it with
 * <Body>. Unlike Astro's glob loader with MDX, no body becomes a module the build must bundle.
 */
export function contentFolder(base: string): Loader {
  return {
    name: 'pyradar:content-folder',
    load: async ({ store, parseData, renderMarkdown, generateDigest, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const sync = async () => {
        const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mdx')) : [];
        const seen = new Set<string>();
        for (const name of names.sort()) {
          const id = name.slice(0, -'.mdx'.length);
          const path = join(dir, name);
          const text = readFileSync(path, 'utf8');
          const digest = generateDigest(text);
          seen.add(id);
          if (store.get(id)?.digest === digest) continue;
          const filePath = relative(root, path);
          const { data, body } = splitFrontmatter(text);
          const parsed = await parseData({ id, data, filePath });
          const { markdown, components } = slotComponents(body);
          const rendered = await renderMarkdown(markdown, { fileURL: new URL(`file://${path}`) });
          store.set({
            id,
            data: parsed,
            body,
            filePath,
            digest,
            rendered: {
              ...rendered,
              metadata: { ...rendered.metadata, segments: splitRendered(rendered.html, components) },
            },
          });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      // astro dev: a change to a file of this folder loads the folder again (unchanged files are skipped by digest).
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) void sync();
      });
    },
  };
}
