import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { axeViolations, openPage } from './browser.ts';
import { it, at } from './fixture.ts';

interface PackagesJson {
  site: string;
  rings: { id: string; title: string; order: number }[];
  packages: Record<string, { slug: string; ring: string; retired: boolean; alternatives: string[] }>;
}
const data = (await (await fetch(at('/api/packages.json'))).json()) as PackagesJson;
const ringRank = new Map(data.rings.map((r) => [r.title, r.order]));

/** The check page with its result rendered for the given text (and, optionally, a file name to read it as). */
async function check(browser: import('playwright-core').Browser, text: string, options: { colorScheme?: 'dark' } = {}) {
  const opened = await openPage(browser, { ...options, permissions: ['clipboard-read', 'clipboard-write'] });
  await opened.page.goto(at('/check/'));
  await opened.page.getByLabel('or paste its contents').fill(text);
  await opened.page.getByRole('button', { name: 'Check', exact: true }).click();
  await opened.page.locator('#dep-result h2').waitFor();
  return opened;
}

const rows = (page: import('playwright-core').Page) =>
  page.locator('.dep-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
      return { name: cells[0]!, entry: cells[1]!, ring: cells[2]!, href: tr.querySelector('a')!.getAttribute('href')! };
    }),
  );

describe('the dependency check page', () => {
  it('reads a real requirements file and lists what the radar covers, outer rings first', async ({ browser }) => {
    const { page, context, errors } = await check(
      browser,
      readFileSync('tests/fixtures/deps/httpx/requirements.txt', 'utf8'),
    );
    const found = await rows(page);
    // httpx pins mypy, pytest, ruff and trio for its own tests: each is on the radar.
    expect(found.map((r) => r.name)).toEqual(expect.arrayContaining(['mypy', 'pytest', 'ruff', 'trio']));
    for (const row of found) {
      const record = data.packages[row.name]!;
      expect(row.href).toBe(new URL(`radar/${record.slug}/`, data.site).href);
    }
    const ranks = found.map((r) => ringRank.get(r.ring.replace(' (retired)', ''))!);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(await page.locator('.dep-uncovered').textContent()).toContain('chardet');
    // The editable install of the project itself names no distribution.
    expect(await page.locator('.dep-problems').textContent()).toMatch(/Line 5:/);
    const markdown = await page.locator('#dep-markdown').inputValue();
    expect(markdown).toContain('| Package | Entry | Ring | Last reviewed |');
    expect(markdown).toContain(`](${new URL(`radar/${data.packages['pytest']!.slug}/`, data.site).href})`);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts Hold first, then Assess, Trial and Adopt, whatever the file order', async ({ browser }) => {
    // One package per ring, innermost first in the file.
    const byRing = [...data.rings]
      .sort((a, b) => a.order - b.order)
      .map((ring) => Object.entries(data.packages).find(([, p]) => p.ring === ring.id && !p.retired)?.[0])
      .filter((name) => name !== undefined);
    expect(byRing.length).toBe(data.rings.length);
    const { page, context } = await check(browser, `${byRing.join('\n')}\n`);
    expect((await rows(page)).map((r) => r.name)).toEqual([...byRing].reverse());
    await context.close();
  });

  it('reads a chosen lock file by its name', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/check/'));
    await page.getByLabel('Choose a file').setInputFiles('tests/fixtures/deps/click/uv.lock');
    await page.locator('#dep-result h2').waitFor();
    expect(await page.locator('#dep-result > p').first().textContent()).toMatch(
      /^Read uv\.lock as a uv\.lock: \d+ packages/,
    );
    expect((await rows(page)).map((r) => r.name)).toEqual(expect.arrayContaining(['mypy', 'pytest']));
    await context.close();
  });

  it('reads a file dropped on the text field', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/check/'));
    const text = readFileSync('tests/fixtures/deps/pipenv/Pipfile', 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'Pipfile'));
      document
        .querySelector('#dep-text')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    }, text);
    await page.locator('#dep-result h2').waitFor();
    expect(await page.locator('#dep-text').inputValue()).toBe(text);
    expect(await page.locator('#dep-result > p').first().textContent()).toMatch(/^Read Pipfile as a Pipfile: /);
    await context.close();
  });

  it('gives the same answer as the command line on the same file and data', async ({ browser }) => {
    const file = 'tests/fixtures/deps/httpx/requirements.txt';
    const { page, context } = await check(browser, readFileSync(file, 'utf8'));
    const dist = process.env['PYRADAR_DIST'] ?? 'dist';
    const cli = JSON.parse(
      execFileSync(
        process.execPath,
        ['scripts/pyradar-check.ts', file, '--format', 'json', '--data', `${dist}/api/packages.json`],
        {
          encoding: 'utf8',
        },
      ),
    ) as { onRadar: { name: string; ringTitle: string }[]; notCovered: { name: string }[] };
    expect((await rows(page)).map((r) => [r.name, r.ring])).toEqual(cli.onRadar.map((f) => [f.name, f.ringTitle]));
    expect(await page.locator('.dep-uncovered').textContent()).toBe(cli.notCovered.map((d) => d.name).join(', '));
    await context.close();
  });

  it('names the lines it cannot read and still reports the rest', async ({ browser }) => {
    const { page, context } = await check(browser, 'pytest>=8\n=== not a requirement\nmypy\n');
    expect(await page.locator('.dep-problems li').allTextContents()).toEqual([expect.stringMatching(/^Line 2: /)]);
    expect((await rows(page)).map((r) => r.name).sort()).toEqual(['mypy', 'pytest']);
    await context.close();
  });

  it('says what is wrong with a broken TOML file, with its line', async ({ browser }) => {
    const { page, context } = await check(browser, '[project]\nname = "x"\ndependencies = ["django",\n');
    expect(await page.locator('.dep-problems').textContent()).toMatch(/Line \d+:/);
    await context.close();
  });

  it('has no axe violations with a result shown, light and dark', async ({ browser }) => {
    for (const colorScheme of [undefined, 'dark'] as const) {
      const { page, context } = await check(
        browser,
        'pipenv\nrequests\nnot-on-the-radar\n',
        colorScheme ? { colorScheme } : {},
      );
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('explains itself without JavaScript', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/check/'));
    expect(await page.locator('#dep-check').isVisible()).toBe(false);
    // The words around the code and the link keep their spaces.
    const notice = (await page.locator('noscript .notice').textContent())?.replace(/\s+/g, ' ');
    expect(notice).toContain('Without it, run npx pyradar-check <file> from');
    expect(notice).toContain('look names up in the packages data.');
    await context.close();
  });
});

describe('an entry page', () => {
  const held = Object.values(data.packages).find((p) => p.ring === 'hold' && p.alternatives.length > 0);

  it('leads with what to use instead when the entry is on Hold', async ({ browser }) => {
    expect(held).toBeDefined();
    const { page, context } = await openPage(browser);
    await page.goto(at(`/radar/${held!.slug}/`));
    const notice = page.locator('.use-instead');
    expect(await notice.textContent()).toMatch(/^Use instead:/);
    const hrefs = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(held!.alternatives.map((slug) => new URL(at(`/radar/${slug}/`)).pathname));
    await context.close();
  });

  it('links to its documentation, source and PyPI page as external links', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/fastapi/'));
    const links = page.locator('ul.outside a');
    const found = await links.evaluateAll((as) =>
      as.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href'), rel: a.getAttribute('rel') })),
    );
    expect(found.map((l) => l.text)).toEqual([
      'Documentation (external site)',
      'Source code (external site)',
      'fastapi on PyPI (external site)',
    ]);
    expect(found.at(-1)!.href).toBe('https://pypi.org/project/fastapi/');
    for (const link of found) expect(link.rel).toBe('noopener noreferrer');
    await context.close();
  });

  it('shows its ring badge and copies the badge Markdown', async ({ browser }) => {
    const { page, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(at('/radar/fastapi/'));
    const badge = page.locator('img[src$="/badge/fastapi.svg"]');
    // The badge loads lazily, when it comes into view.
    await badge.scrollIntoViewIfNeeded();
    await expect
      .poll(() => badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(50);
    expect(await badge.getAttribute('alt')).toMatch(/^FastAPI on PyRadar: \w+/);
    await page.getByRole('button', { name: 'Copy badge Markdown' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^\[!\[FastAPI on PyRadar: \w+\]\(https?:\/\/[^)]+\/badge\/fastapi\.svg\)\]\(https?:\/\/[^)]+\/radar\/fastapi\/\)$/,
    );
    await context.close();
  });
});

describe('a badge', () => {
  it('is an SVG image naming the entry and its ring', async () => {
    const response = await fetch(at('/badge/fastapi.svg'));
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    const record = data.packages['fastapi']!;
    const ring = data.rings.find((r) => r.id === record.ring)!.title;
    expect(svg).toContain(`<title>FastAPI on PyRadar: ${ring}`);
    expect(svg).toContain(`>${ring}</text>`);
  });
});
