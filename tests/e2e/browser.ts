import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's chromium, or CHROMIUM_PATH. Missing chromium fails the run: browser tests never skip. */
export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`chromium not found at ${path}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  return path;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A page that records console errors, failed requests and any request leaving 127.0.0.1. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && url.protocol !== 'data:') foreign.push(request.url());
  });
  return { page, context, errors, foreign };
}

/**
 * One page kept for a file's read-only checks that each only open a URL and look: a new context starts a new renderer,
 * which costs more CPU than the visit itself. Tests that change state (storage, clicks) open their own.
 */
export function sharedPage(options: BrowserContextOptions) {
  let opened: Promise<Awaited<ReturnType<typeof openPage>>> | undefined;
  return (browser: Browser) => {
    opened ??= openPage(browser, options);
    return opened;
  };
}

/**
 * A picture of the page in test-results/<name>.png, for a person to look at, when PYRADAR_SCREENSHOTS=1: tests assert
 * what they check, and the pictures cost CI a screenshot and a PNG encoding each.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env['PYRADAR_SCREENSHOTS'] !== '1') return;
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: options.fullPage ?? false });
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * A context whose every page already has axe-core: registered once as an init script, which Chromium runs on each
 * new document (outside the page's Content-Security-Policy) instead of receiving half a megabyte per page.
 */
export async function openAxePage(browser: Browser) {
  const opened = await openPage(browser);
  await opened.context.addInitScript(axeSource);
  return opened;
}

/** What axe checks: the whole document, or the document without some parts (CSS selectors, as axe takes them). */
export type AxeScope = { exclude: string[][] };

/** WCAG 2.2 A and AA violations axe-core finds on the page, one line each: rule and first targets. */
export async function axeViolations(page: Page, scope?: AxeScope): Promise<string[]> {
  // Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses inline scripts without a hash.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (scope) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document | { exclude: string[][] },
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(scope ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations are read: axe then skips building the node lists of passes and incomplete checks.
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, scope);
}
