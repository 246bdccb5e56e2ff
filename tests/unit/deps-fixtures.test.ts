import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOfContent, parseDependencyFile } from '../../src/lib/deps/parse.ts';
import type { DependencyFormat, ParseResult } from '../../src/lib/deps/types.ts';

// Real files of real projects (tests/fixtures/deps/README.md says where each comes from).
const DIR = join(import.meta.dirname, '..', 'fixtures', 'deps');
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');
const parse = (file: string) => parseDependencyFile(file, text(file));
const namesOf = (result: ParseResult, group?: string) =>
  result.dependencies.filter((d) => d.group === group).map((d) => d.name);

/** Every dependency's line holds its name as the file writes it (any case, `_`/`.`/`-` alike). */
function expectLinesToName(file: string, result: ParseResult) {
  const rows = text(file).split(/\r?\n/);
  for (const dep of result.dependencies) {
    const row = rows[dep.line - 1]!.toLowerCase().replace(/[-_.]+/g, '-');
    expect(row, `${file}:${dep.line} should name ${dep.name}`).toContain(dep.name);
  }
}

describe('real dependency files', () => {
  const cases: [string, DependencyFormat, number][] = [
    ['flask/pyproject.toml', 'pyproject', 31],
    ['click/pyproject.toml', 'pyproject', 19],
    ['fastapi/pyproject.toml', 'pyproject', 80],
    ['poetry/pyproject.toml', 'pyproject', 36],
    ['poetry-2.0/pyproject.toml', 'pyproject', 36],
    ['click/uv.lock', 'uv-lock', 80],
    ['poetry/poetry.lock', 'poetry-lock', 78],
    ['pipenv/Pipfile', 'pipfile', 27],
    ['pipenv/Pipfile.lock', 'pipfile-lock', 110],
    ['flask-requirements/dev.in', 'requirements', 2],
    ['flask-requirements/dev.txt', 'requirements', 54],
    ['flask-requirements/typing.txt', 'requirements', 16],
    ['sigstore/requirements.txt', 'requirements', 32],
  ];
  it.each(cases)(
    '%s reads as %s with %i dependencies, no problems, each at a line that names it',
    (file, format, count) => {
      const result = parse(file);
      expect(result.format).toBe(format);
      expect(result.problems).toEqual([]);
      expect(result.dependencies).toHaveLength(count);
      expectLinesToName(file, result);
    },
  );

  it.each(cases)('%s pasted without its name is told by its content', (file, format) => {
    // Requirements files have no tables to tell them by; they are the fallback.
    expect(formatOfContent(text(file))).toBe(format);
  });

  it("reads Flask's PEP 621 dependencies, extras and dependency groups", () => {
    const result = parse('flask/pyproject.toml');
    expect(namesOf(result)).toEqual(['blinker', 'click', 'itsdangerous', 'jinja2', 'markupsafe', 'werkzeug']);
    expect(namesOf(result, 'optional:async')).toEqual(['asgiref']);
    expect(namesOf(result, 'optional:dotenv')).toEqual(['python-dotenv']);
    expect(namesOf(result, 'dependency-group:docs')).toEqual([
      'pallets-sphinx-themes',
      'sphinx',
      'sphinx-tabs',
      'sphinxcontrib-log-cabinet',
    ]);
    expect(result.dependencies.find((d) => d.name === 'werkzeug')).toEqual({
      name: 'werkzeug',
      spec: 'werkzeug>=3.1.0',
      line: 29,
    });
    expect(result.dependencies.find((d) => d.name === 'gha-update')!.spec).toBe(
      "gha-update ; python_full_version >= '3.12'",
    );
  });

  it("reads FastAPI's groups without counting include-group references, each repeated httpx at its own line", () => {
    const result = parse('fastapi/pyproject.toml');
    expect(namesOf(result)).toEqual([
      'starlette',
      'pydantic',
      'typing-extensions',
      'typing-inspection',
      'annotated-doc',
    ]);
    expect(namesOf(result, 'dependency-group:dev')).toEqual(['playwright', 'prek', 'zizmor']);
    const httpx = result.dependencies.filter((d) => d.name === 'httpx');
    expect(httpx.length).toBe(5);
    expect(new Set(httpx.map((d) => d.line)).size).toBe(5);
  });

  it("reads Poetry's own pyproject: PEP 621 with a direct reference, and Poetry groups", () => {
    const result = parse('poetry/pyproject.toml');
    expect(result.dependencies[0]).toEqual({
      name: 'poetry-core',
      spec: 'poetry-core @ git+https://github.com/python-poetry/poetry-core.git',
      line: 7,
    });
    expect(namesOf(result)).toContain('cachecontrol');
    expect(namesOf(result, 'dev')).toEqual(['pre-commit']);
    expect(namesOf(result, 'typing')).toEqual(['mypy', 'types-requests']);
    expect(namesOf(result, 'test')).toContain('pytest-xdist');
  });

  it("reads Poetry 2.0's [tool.poetry.dependencies] without python", () => {
    const result = parse('poetry-2.0/pyproject.toml');
    const main = namesOf(result);
    expect(main).not.toContain('python');
    expect(main).toEqual(expect.arrayContaining(['poetry-core', 'cleo', 'dulwich', 'keyring', 'virtualenv', 'xattr']));
    expect(result.dependencies.find((d) => d.name === 'importlib-metadata')!.spec).toBe(
      'importlib-metadata = { version = ">=4.4", python = "<3.10" }',
    );
  });

  it('reads the lock files: every package, without the project itself', () => {
    const uv = parse('click/uv.lock');
    expect(uv.dependencies.map((d) => d.name)).not.toContain('click');
    expect(uv.dependencies.map((d) => d.name)).toEqual(expect.arrayContaining(['pytest', 'sphinx', 'mypy', 'ruff']));
    const poetry = parse('poetry/poetry.lock');
    expect(poetry.dependencies.map((d) => d.name)).toEqual(
      expect.arrayContaining(['cleo', 'dulwich', 'keyring', 'requests', 'virtualenv', 'pytest']),
    );
    expect(poetry.dependencies.find((d) => d.name === 'pytest')!.group).toBeDefined();
    expect(poetry.dependencies.find((d) => d.name === 'requests')!.group).toBeUndefined();
  });

  it("reads Pipenv's Pipfile and Pipfile.lock categories", () => {
    const pipfile = parse('pipenv/Pipfile');
    expect(namesOf(pipfile)).toEqual(['pytz']);
    expect(namesOf(pipfile, 'dev')).toEqual(
      expect.arrayContaining(['sphinx', 'pytest-cov', 'myst-parser', 'legacy-cgi']),
    );
    const lock = parse('pipenv/Pipfile.lock');
    expect(namesOf(lock)).toHaveLength(10);
    expect(namesOf(lock, 'develop')).toHaveLength(100);
    expect(namesOf(lock)).toContain('pytest');
  });

  it('reads requirements files with -r includes, markers, and hashed continued lines', () => {
    const dev = parse('flask-requirements/dev.in');
    expect(dev.includes).toEqual(['docs.txt', 'tests.txt', 'typing.txt']);
    expect(namesOf(dev)).toEqual(['pre-commit', 'tox']);
    const tests = parse('flask-requirements/tests.in');
    expect(tests.dependencies[2]).toEqual({ name: 'greenlet', spec: 'greenlet ; python_version < "3.11"', line: 3 });
    const hashed = parse('sigstore/requirements.txt');
    expect(hashed.dependencies.find((d) => d.name === 'cryptography')!.spec).toMatch(/^cryptography==[\d.]+$/);
    expect(hashed.dependencies.map((d) => d.name)).toEqual(
      expect.arrayContaining(['requests', 'pydantic', 'sigstore']),
    );
  });

  it("reports httpx's editable install of itself and reads its other requirements", () => {
    const result = parse('httpx/requirements.txt');
    expect(result.problems).toEqual([
      { line: 5, message: 'editable path without a name: ".[brotli,cli,http2,socks,zstd]"' },
    ]);
    expect(result.dependencies).toHaveLength(15);
    expect(result.dependencies.map((d) => d.name)).toEqual(
      expect.arrayContaining(['chardet', 'mkdocs', 'trio', 'uvicorn']),
    );
  });
});
