import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { packagesJson } from '../../src/lib/api.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { parseDependencyFile } from '../../src/lib/deps/parse.ts';
import { PROJECT_ROOT } from '../lib/pyradar-check.ts';
import { DEFAULT_SITE } from '../lib/site.ts';

// These tests run the command itself, with the Node that runs the tests, from the project root. Each run starts a
// Node process (and some load the content), so the tests run side by side, with the test's own `expect`, and the
// time limit is generous: how fast the machine is must not matter.
vi.setConfig({ testTimeout: 120_000 });
const SCRIPT = join(PROJECT_ROOT, 'scripts', 'pyradar-check.ts');
const FIXTURES = 'tests/fixtures/deps';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; command?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const [file, argv] = options.command ? [options.command, args] : [process.execPath, [SCRIPT, ...args]];
  return new Promise((resolve) => {
    execFile(
      file,
      argv,
      { cwd: options.cwd ?? PROJECT_ROOT, env: options.env ?? process.env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

// Packages data as /api/packages.json gives it, with the site's four rings; made up for these tests.
const record = (slug: string, title: string, ring: string, alternatives: string[] = []) => ({
  slug,
  title,
  ring,
  quadrant: 'tools',
  quadrantTitle: 'Tools',
  url: `https://pyradar.example/radar/${slug}/`,
  lastReviewed: '2023',
  retired: false,
  alternatives,
});
const DATA = {
  asOf: '2024-02-18',
  site: 'https://pyradar.example/',
  rings: [
    { id: 'adopt', title: 'Adopt', order: 1 },
    { id: 'trial', title: 'Trial', order: 2 },
    { id: 'assess', title: 'Assess', order: 3 },
    { id: 'hold', title: 'Hold', order: 4 },
  ],
  packages: {
    httpx: record('httpx', 'HTTPX', 'adopt'),
    mypy: record('mypy', 'mypy', 'assess'),
    pytest: record('pytest', 'pytest', 'adopt'),
    requests: record('requests', 'Requests', 'hold', ['httpx']),
    ruff: record('ruff', 'Ruff', 'trial'),
  },
};

let dir: string;
let dataFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyradar-check-'));
  dataFile = join(dir, 'packages.json');
  writeFileSync(dataFile, JSON.stringify(DATA));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (file: string | string[], ...args: string[]) => {
  const result = await run([...(Array.isArray(file) ? file : [file]), '--format', 'json', '--data', dataFile, ...args]);
  return { ...result, report: JSON.parse(result.stdout) as ReturnType<typeof JSON.parse> };
};
const names = (report: { onRadar: { name: string }[] }) => report.onRadar.map((finding) => finding.name);

describe.concurrent('pyradar-check reads every format', () => {
  const cases: [string, string[], number][] = [
    ['flask-requirements/tests.txt', ['pytest'], 0],
    ['sigstore/requirements.txt', ['requests'], 1],
    ['flask/pyproject.toml', ['mypy', 'ruff', 'pytest'], 0],
    ['poetry/pyproject.toml', ['requests', 'mypy', 'pytest'], 1],
    ['pipenv/Pipfile', ['requests'], 1],
    ['pipenv/Pipfile.lock', ['requests', 'pytest'], 1],
    ['poetry/poetry.lock', ['requests', 'mypy', 'httpx', 'pytest'], 1],
    ['click/uv.lock', ['requests', 'mypy', 'ruff', 'httpx', 'pytest'], 1],
  ];
  it.for(cases)('%s: on the radar %j, exit %i', async ([file, expected, code], { expect }) => {
    const result = await json(`${FIXTURES}/${file}`);
    expect(result.stderr.replace(/^pyradar-check: \d+ package\(s\) in Hold: requests\n$/, '')).toBe('');
    expect(result.code).toBe(code);
    expect(names(result.report)).toEqual(expected);
    // Every dependency the reader finds is either on the radar or listed as not covered.
    const parsed = parseDependencyFile(file, readFileSync(join(FIXTURES, file), 'utf8'));
    expect(result.report.total).toBe(new Set(parsed.dependencies.map((d) => d.name)).size);
    expect(result.report.onRadar.length + result.report.notCovered.length).toBe(result.report.total);
  });
});

describe.concurrent('pyradar-check output formats', () => {
  const file = `${FIXTURES}/poetry/poetry.lock`;

  it('prints an aligned text table by default, the outermost ring first', async ({ expect }) => {
    const result = await run([file, '--data', dataFile]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^PyRadar check: 4 of \d+ packages are on the radar \(as of 2024-02-18\)$/);
    expect(lines[2]).toMatch(/^Package +Ring +Entry +Last reviewed +Where$/);
    expect(lines[3]).toMatch(/^requests +Hold +Requests +2023 +tests\/fixtures\/deps\/poetry\/poetry\.lock:\d+$/);
    expect(lines[4]).toMatch(/^mypy +Assess /);
    expect(result.stdout).toContain('Use instead:\n  requests: HTTPX <https://pyradar.example/radar/httpx/>');
    expect(result.stderr).toBe('pyradar-check: 1 package(s) in Hold: requests\n');
  });

  it('prints a Markdown review comment', async ({ expect }) => {
    const result = await run([file, '--data', dataFile, '--format', 'markdown']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^### PyRadar check of tests\/fixtures\/deps\/poetry\/poetry\.lock\n/);
    expect(result.stdout).toContain('| Package | Entry | Ring | Last reviewed |');
    expect(result.stdout).toContain('| requests | [Requests](https://pyradar.example/radar/requests/) | Hold | 2023 |');
    expect(result.stdout).toContain('- requests (Hold): [HTTPX](https://pyradar.example/radar/httpx/)');
    expect(result.stdout).toMatch(
      /\nChecked against \[PyRadar\]\(https:\/\/pyradar\.example\/\) as of 2024-02-18\.\n$/,
    );
  });

  it('prints JSON for tools, with the failing packages and the rings that fail', async ({ expect }) => {
    const result = await json(file);
    expect(result.report).toMatchObject({ asOf: '2024-02-18', failOn: ['hold'], failing: ['requests'], problems: [] });
    expect(result.report.onRadar[0]).toMatchObject({
      name: 'requests',
      slug: 'requests',
      ring: 'hold',
      ringTitle: 'Hold',
      url: 'https://pyradar.example/radar/requests/',
      alternatives: [{ slug: 'httpx', title: 'HTTPX', url: 'https://pyradar.example/radar/httpx/' }],
    });
  });

  it('prints its usage with --help', async ({ expect }) => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: pyradar-check \[options\] <file>\.\.\./);
  });
});

describe.concurrent('pyradar-check exit statuses and --fail-on', () => {
  it('exits 0 when nothing sits in a --fail-on ring, 1 when something does', async ({ expect }) => {
    expect((await json(`${FIXTURES}/flask/pyproject.toml`)).code).toBe(0);
    const assess = await json(`${FIXTURES}/flask/pyproject.toml`, '--fail-on', 'assess,trial');
    expect(assess.code).toBe(1);
    expect(assess.report.failing).toEqual(['mypy', 'ruff']);
    expect(assess.stderr).toBe('pyradar-check: 2 package(s) in Assess, Trial: mypy, ruff\n');
    expect((await json(`${FIXTURES}/pipenv/Pipfile`, '--fail-on', 'none')).code).toBe(0);
    expect((await json(`${FIXTURES}/pipenv/Pipfile`, '--fail-on', ' HOLD ')).code).toBe(1);
  });

  it('exits 2 for an unknown ring, listing the rings of the data', async ({ expect }) => {
    const result = await run([`${FIXTURES}/pipenv/Pipfile`, '--data', dataFile, '--fail-on', 'hold,later']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'pyradar-check: --fail-on: unknown ring "later"; allowed: adopt, trial, assess, hold, none\n',
    );
    expect(result.stdout).toBe('');
  });

  it('exits 2 naming a file that cannot be read, and prints no report', async ({ expect }) => {
    const result = await run([`${FIXTURES}/pipenv/Pipfile`, 'missing/requirements.txt', '--data', dataFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('pyradar-check: missing/requirements.txt: no such file\n');
    expect(result.stdout).toBe('');
    const folder = await run([FIXTURES, '--data', dataFile]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`pyradar-check: ${FIXTURES}: cannot read it\n`);
  });

  it('exits 2 for bad arguments', async ({ expect }) => {
    const noFile = await run(['--data', dataFile]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^pyradar-check: name at least one dependency file\n\nUsage:/);
    const format = await run([`${FIXTURES}/pipenv/Pipfile`, '--format', 'yaml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('pyradar-check: --format yaml: allowed are text, markdown, json\n');
    const unknown = await run([`${FIXTURES}/pipenv/Pipfile`, '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^pyradar-check: Unknown option '--colour'/);
  });

  it('prints parse problems as file:line warnings without changing the exit status', async ({ expect }) => {
    const result = await json(`${FIXTURES}/httpx/requirements.txt`);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `${FIXTURES}/httpx/requirements.txt:5: editable path without a name: ".[brotli,cli,http2,socks,zstd]"\n`,
    );
    expect(names(result.report)).toEqual(['mypy', 'ruff', 'pytest']);
    const broken = join(dir, 'pyproject.toml');
    writeFileSync(broken, '[project]\ndependencies = [\n  "requests",\n  oops\n]\n');
    const toml = await run([broken, '--data', dataFile]);
    expect(toml.code).toBe(0);
    expect(toml.stderr).toMatch(/pyproject\.toml:4: not valid TOML: /);
  });
});

describe.concurrent('pyradar-check follows includes and combines files', () => {
  it('follows -r includes relative to the including file, each dependency remembering its file', async ({ expect }) => {
    const result = await json(`${FIXTURES}/flask-requirements/dev.in`);
    expect(result.code).toBe(1);
    const requests = result.report.onRadar.find((finding: { name: string }) => finding.name === 'requests');
    expect(requests.places).toEqual([{ file: `${FIXTURES}/flask-requirements/docs.txt`, line: expect.any(Number) }]);
    const pytest = result.report.onRadar.find((finding: { name: string }) => finding.name === 'pytest');
    expect(pytest.places.map((place: { file: string }) => place.file)).toEqual([
      `${FIXTURES}/flask-requirements/tests.txt`,
      `${FIXTURES}/flask-requirements/typing.txt`,
    ]);
  });

  it('reads each file once, warns about a missing include, and reads no dependencies from -c files', async ({
    expect,
  }) => {
    const folder = mkdtempSync(join(dir, 'includes-'));
    writeFileSync(join(folder, 'a.txt'), '-r b.txt\n-r sub/missing.txt\n-c pins.txt\n-c absent.txt\npytest\n');
    writeFileSync(join(folder, 'b.txt'), '-r a.txt\n-r ./a.txt\nrequests\n');
    writeFileSync(join(folder, 'pins.txt'), 'mypy==1.0\n');
    const result = await json([join(folder, 'a.txt'), join(folder, 'b.txt')]);
    expect(result.code).toBe(1);
    expect(result.report.onRadar.map((f: { name: string; lines: number[] }) => [f.name, f.lines])).toEqual([
      ['requests', [3]],
      ['pytest', [5]],
    ]);
    expect(result.stderr.split('\n').filter((line) => line.includes('included file'))).toEqual([
      `${join(folder, 'a.txt')}: included file ${join(folder, 'sub', 'missing.txt')}: no such file`,
      `${join(folder, 'a.txt')}: included file ${join(folder, 'absent.txt')}: no such file`,
    ]);
  });

  it('makes one report of several files', async ({ expect }) => {
    const result = await json([`${FIXTURES}/pipenv/Pipfile`, `${FIXTURES}/flask/pyproject.toml`]);
    expect(result.code).toBe(1);
    expect(names(result.report)).toEqual(['requests', 'mypy', 'ruff', 'pytest']);
    expect(result.report.onRadar[0].places).toEqual([{ file: `${FIXTURES}/pipenv/Pipfile`, line: 8 }]);
    const markdown = await run([
      `${FIXTURES}/pipenv/Pipfile`,
      `${FIXTURES}/flask/pyproject.toml`,
      '--format',
      'markdown',
      '--data',
      dataFile,
    ]);
    expect(markdown.stdout.split('\n')[0]).toBe(
      `### PyRadar check of ${FIXTURES}/pipenv/Pipfile, ${FIXTURES}/flask/pyproject.toml`,
    );
  });
});

describe.concurrent('pyradar-check data', () => {
  it('refuses --data that is not packages data, unreadable or not JSON, with exit 2', async ({ expect }) => {
    const wrong = join(dir, 'radar.json');
    writeFileSync(wrong, JSON.stringify({ asOf: '2024', editions: [], entries: [] }));
    const shape = await run([`${FIXTURES}/pipenv/Pipfile`, '--data', wrong]);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toBe(
      `pyradar-check: --data ${wrong}: not PyRadar packages data (/api/packages.json): "site" is missing or not an http(s) URL\n`,
    );
    const notJson = join(dir, 'page.html');
    writeFileSync(notJson, '<!DOCTYPE html>');
    expect((await run([`${FIXTURES}/pipenv/Pipfile`, '--data', notJson])).stderr).toBe(
      `pyradar-check: --data ${notJson}: not JSON\n`,
    );
    const missing = await run([`${FIXTURES}/pipenv/Pipfile`, '--data', 'nowhere.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('pyradar-check: --data nowhere.json: cannot read it (ENOENT)\n');
  });

  it('fetches --data from a URL, and exits 2 when the server refuses', async ({ expect }) => {
    const server = createServer((request, response) => {
      if (request.url === '/api/packages.json')
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(DATA));
      else response.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ok = await run([`${FIXTURES}/pipenv/Pipfile`, '--format', 'json', '--data', `${origin}/api/packages.json`]);
      expect(ok.code).toBe(1);
      expect(JSON.parse(ok.stdout).failing).toEqual(['requests']);
      const refused = await run([`${FIXTURES}/pipenv/Pipfile`, '--data', `${origin}/nothing.json`]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(`pyradar-check: --data ${origin}/nothing.json: the server answered 404\n`);
    } finally {
      server.close();
    }
  });

  it("computes the data from the project's content by default, as /api/packages.json publishes it", async ({
    expect,
  }) => {
    const { set } = loadContent(join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
    const data = packagesJson(set, '/', 'https://pyradar.example');
    const file = `${FIXTURES}/poetry/poetry.lock`;
    const env = { ...process.env };
    delete env['SITE'];
    delete env['BASE_PATH'];
    const result = await run([file, '--format', 'json', '--fail-on', 'none'], { env });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const parsed = parseDependencyFile(file, readFileSync(file, 'utf8')).dependencies;
    const covered = [...new Set(parsed.map((d) => d.name))].filter((name) => Object.hasOwn(data.packages, name));
    expect(names(report).sort()).toEqual(covered.sort());
    expect(report.asOf).toBe(data.asOf);
    expect(report.site).toBe('https://pyradar.example/');
    const withSite = await run([file, '--format', 'json', '--fail-on', 'none'], {
      env: { ...env, SITE: 'https://radar.example.org', BASE_PATH: '/pyradar/' },
    });
    expect(JSON.parse(withSite.stdout).site).toBe('https://radar.example.org/pyradar/');
  });

  it("uses astro.config.mjs's default site", ({ expect }) => {
    const config = readFileSync(join(PROJECT_ROOT, 'astro.config.mjs'), 'utf8');
    expect(config).toContain(`process.env.SITE ?? '${DEFAULT_SITE}'`);
  });
});

describe.concurrent('npx pyradar-check', () => {
  it('is the package bin, a Node script with a shebang', ({ expect }) => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'pyradar-check': 'scripts/pyradar-check.ts' });
    expect(readFileSync(SCRIPT, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(SCRIPT).mode & 0o111).not.toBe(0);
  });

  // npm runs the project's own bin by name from anywhere inside the project, with the first node on PATH.
  it('runs from the project root and from a folder inside it', async ({ expect }) => {
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}` };
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const root = await run(['pyradar-check', `${FIXTURES}/pipenv/Pipfile`, '--data', dataFile], { command: npx, env });
    expect(root.stderr).toBe('pyradar-check: 1 package(s) in Hold: requests\n');
    expect(root.code).toBe(1);
    expect(root.stdout).toMatch(/^PyRadar check: /);
    const inside = await run(['pyradar-check', 'Pipfile', '--data', dataFile, '--fail-on', 'none'], {
      command: npx,
      env,
      cwd: join(PROJECT_ROOT, FIXTURES, 'pipenv'),
    });
    expect(inside.code).toBe(0);
    expect(inside.stdout).toContain('Pipfile:8');
  });
});
