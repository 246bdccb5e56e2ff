import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createScanner, type ScannedPage } from './html.ts';
import { listFiles, siteInfo, type SiteInfo } from './site.ts';

/** A built site as the checks see it: every file, every page scanned, and where it is served. */
export interface BuiltSite {
  dir: string;
  files: string[];
  fileSet: Set<string>;
  pages: Map<string, ScannedPage>;
  site: SiteInfo;
  read: (file: string) => Buffer | undefined;
}

/** The folder a check is pointed at: the first argument that is not a flag, else dist. */
export function folderArgument(argv: string[] = process.argv.slice(2)): string {
  return resolve(argv.find((arg) => !arg.startsWith('--')) ?? 'dist');
}

/** Reads and scans a built site; throws a plain message when the folder holds no build. */
export async function loadSite(dir: string, env: Record<string, string | undefined> = process.env): Promise<BuiltSite> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} holds no built site (no index.html): build it first`);
  const files = listFiles(dir);
  const scan = await createScanner();
  const read = (file: string) => {
    try {
      return readFileSync(join(dir, file));
    } catch {
      return undefined;
    }
  };
  const pages = new Map<string, ScannedPage>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, scan(read(file)!.toString('utf8'), file));
  const canonical = pages
    .get('index.html')
    ?.tags.find((tag) => tag.name === 'link' && (tag.attrs.get('rel') ?? '').split(/\s+/).includes('canonical'))
    ?.attrs.get('href');
  return { dir, files, fileSet: new Set(files), pages, site: siteInfo(canonical, env), read };
}
