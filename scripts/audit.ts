// Lighthouse (mobile) over the built site served on 127.0.0.1, with Debian's chromium.
// Usage: node scripts/audit.ts [folder=dist]   Reports: reports/lighthouse/<page type>.json
// Lighthouse stays out of the project's lockfile: it is installed on first use into its own folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist } from './lib/serve.ts';
import {
  auditFailures,
  CATEGORIES,
  findingsOf,
  metricsOf,
  scoresOf,
  scoreTable,
  type AuditedPage,
  type LighthouseResult,
} from './lib/lighthouse.ts';
import { folderArgument, loadSite } from './lib/load.ts';
import { normaliseBase, representatives, urlPathOf, type PageType } from './lib/site.ts';

const AUDITED: PageType[] = ['home', 'radar', 'entry', 'topic', 'chart', 'search', 'check'];
const LIGHTHOUSE_DIR = process.env['PYRADAR_LIGHTHOUSE_DIR'] ?? join(homedir(), '.cache', 'pyradar-lighthouse');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const REPORTS = 'reports/lighthouse';

function fail(message: string): never {
  console.error(`audit: ${message}`);
  process.exit(1);
}

/** Imports a package's entry point from the Lighthouse folder, installing Lighthouse there when missing. */
async function fromLighthouseDir<T>(name: string): Promise<T> {
  const manifest = join(LIGHTHOUSE_DIR, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) {
    console.log(`installing Lighthouse into ${LIGHTHOUSE_DIR} (outside the project)`);
    mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
    const npm = spawnSync(
      'npm',
      ['install', '--prefix', LIGHTHOUSE_DIR, '--no-save', '--no-audit', '--no-fund', 'lighthouse@13'],
      { cwd: LIGHTHOUSE_DIR, stdio: 'inherit' },
    );
    if (npm.status !== 0 || !existsSync(manifest)) fail(`could not install lighthouse into ${LIGHTHOUSE_DIR}`);
  }
  const main = (JSON.parse(readFileSync(manifest, 'utf8')) as { main?: string }).main ?? 'index.js';
  return (await import(pathToFileURL(join(LIGHTHOUSE_DIR, 'node_modules', name, main)).href)) as T;
}

type RunLighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{ lhr: LighthouseResult; report: string | string[] } | undefined>;
interface ChromeLauncher {
  launch(options: {
    chromePath: string;
    chromeFlags: string[];
  }): Promise<{ port: number; kill(): Promise<void> | void }>;
}

// --install: only bring Lighthouse into its folder, so CI can fetch it while the tests run.
if (process.argv.includes('--install')) {
  await fromLighthouseDir('lighthouse');
  process.exit(0);
}

const dir = folderArgument();
if (!existsSync(CHROMIUM)) fail(`chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
const built = await loadSite(dir).catch((error: Error) => fail(error.message));
// The preview server takes its base from astro.config.mjs, which reads BASE_PATH: it must match the build.
const configured = normaliseBase(process.env['BASE_PATH'] ?? '/');
if (configured !== built.site.base)
  fail(`${dir} was built for ${built.site.base}; run with BASE_PATH=${built.site.base}`);

const chosen = representatives(
  built.files.filter((f) => f.endsWith('.html')).map((file) => ({ file, size: statSync(join(dir, file)).size })),
);
const targets = AUDITED.flatMap((type) => (chosen.has(type) ? [{ type, file: chosen.get(type)! }] : []));
const missing = AUDITED.filter((type) => !chosen.has(type));
if (missing.length) fail(`no page of type ${missing.join(', ')} in ${dir}`);

const lighthouse = (await fromLighthouseDir<{ default: RunLighthouse }>('lighthouse')).default;
const launcher = await fromLighthouseDir<ChromeLauncher>('chrome-launcher');
const server = await serveDist(dir);
const chrome = await launcher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
mkdirSync(REPORTS, { recursive: true });

const audited: AuditedPage[] = [];
try {
  for (const { type, file } of targets) {
    const path = urlPathOf(file, built.site.base);
    const started = performance.now();
    // Lighthouse's default config is the mobile one: a Moto G class screen, simulated slow 4G and 4× CPU slowdown.
    const result = await lighthouse(`http://127.0.0.1:${server.port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) fail(`Lighthouse returned nothing for ${path}`);
    if (result.lhr.runtimeError)
      fail(`Lighthouse could not audit ${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    writeFileSync(join(REPORTS, `${type}.json`), Array.isArray(result.report) ? result.report[0]! : result.report);
    audited.push({
      type,
      path,
      scores: scoresOf(result.lhr),
      metrics: metricsOf(result.lhr),
      findings: findingsOf(result.lhr),
    });
    console.log(`audited ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}

console.log(`\nLighthouse (mobile) scores and lab metrics for ${dir}; reports in ${REPORTS}/\n`);
console.log(scoreTable(audited));
for (const page of audited) if (page.findings.length) console.log(`\n${page.path}:\n  ${page.findings.join('\n  ')}`);
const failures = auditFailures(audited);
if (failures.length) {
  console.error(`\naudit: ${failures.length} score(s) below the minimum:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\naudit: every page scores at least 95 in ${CATEGORIES.join(', ')}`);
