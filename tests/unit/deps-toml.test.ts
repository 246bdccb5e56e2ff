import { describe, expect, it } from 'vitest';
import { formatOfContent, formatOfName, parseDependencyFile } from '../../src/lib/deps/parse.ts';

const lines = (...rows: string[]) => rows.join('\n');
const brief = (text: string, file?: string) =>
  parseDependencyFile(file, text).dependencies.map((d) => `${d.line} ${d.name}${d.group ? ` [${d.group}]` : ''}`);

describe('pyproject.toml', () => {
  const pep621 = lines(
    '[project]',
    'name = "demo"',
    'dependencies = [',
    '  "Django>=4.2",',
    '  \'requests[socks] ; python_version > "3.8"\',',
    '  "httpx",',
    ']',
    '',
    '[project.optional-dependencies]',
    'docs = ["sphinx", "httpx>=0.27"]',
    '',
    '[dependency-groups]',
    'test = [',
    '  {include-group = "lint"},',
    '  "pytest>=8",',
    ']',
    'lint = ["ruff"]',
    '',
    '[tool.uv]',
    'dev-dependencies = ["ipython"]',
    '',
    '[tool.pdm.dev-dependencies]',
    'bench = ["pyperf"]',
  );

  it('reads PEP 621 dependencies and extras, PEP 735 groups, uv and PDM dev dependencies, at their lines', () => {
    const result = parseDependencyFile('pyproject.toml', pep621);
    expect(result.format).toBe('pyproject');
    expect(result.problems).toEqual([]);
    expect(brief(pep621, 'pyproject.toml')).toEqual([
      '4 django',
      '5 requests',
      '6 httpx',
      '10 sphinx [optional:docs]',
      // The same name again, on the same line as sphinx: found after it, not at its first mention on line 6.
      '10 httpx [optional:docs]',
      '15 pytest [dependency-group:test]',
      '17 ruff [dependency-group:lint]',
      '20 ipython [dev]',
      '23 pyperf [bench]',
    ]);
    expect(result.dependencies[1]!.spec).toBe('requests[socks] ; python_version > "3.8"');
  });

  it('finds a string written twice at each place in turn', () => {
    const text = lines('[project]', 'dependencies = [', '  "httpx",', '  "httpx",', ']');
    expect(brief(text, 'pyproject.toml')).toEqual(['3 httpx', '4 httpx']);
  });

  it('finds lists written as dotted keys and under sub-tables', () => {
    const text = lines(
      '[project]',
      'optional-dependencies.cli = [',
      '  "click",',
      ']',
      '[dependency-groups]',
      'dev = [',
      '  "black"',
      ']',
    );
    expect(brief(text, 'pyproject.toml')).toEqual(['3 click [optional:cli]', '7 black [dependency-group:dev]']);
  });

  it('reads Poetry dependencies, dev dependencies and groups, skipping python', () => {
    const text = lines(
      '[tool.poetry]',
      'name = "demo"',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.10"',
      'Django = "^4.2"',
      'cachecontrol = { version = "^0.14.0", extras = ["filecache"] }',
      '"zope.interface" = "*"',
      '',
      '[tool.poetry.dev-dependencies]',
      'black = "*"',
      '',
      '[tool.poetry.group.test.dependencies]',
      'pytest = ">=8"',
      '',
      '[tool.poetry.group.docs.dependencies.sphinx]',
      'version = ">=7"',
    );
    const result = parseDependencyFile('pyproject.toml', text);
    expect(result.problems).toEqual([]);
    expect(brief(text, 'pyproject.toml')).toEqual([
      '6 django',
      '7 cachecontrol',
      '8 zope-interface',
      '11 black [dev]',
      '14 pytest [test]',
      '16 sphinx [docs]',
    ]);
    expect(result.dependencies[1]!.spec).toBe('cachecontrol = { version = "^0.14.0", extras = ["filecache"] }');
  });

  it('reports a bad requirement string at its line and keeps the others', () => {
    const text = lines('[project]', 'dependencies = [', '  "good",', '  "not a requirement",', '  "also-good",', ']');
    const result = parseDependencyFile('pyproject.toml', text);
    expect(brief(text, 'pyproject.toml')).toEqual(['3 good', '5 also-good']);
    expect(result.problems).toEqual([{ line: 4, message: expect.stringContaining('not a requirement') }]);
  });

  it('reports values of the wrong shape', () => {
    const text = lines(
      '[project]',
      'dependencies = "django"',
      '[project.optional-dependencies]',
      'x = [1]',
      '[dependency-groups]',
      'y = [{ other = "z" }]',
      '[tool.poetry.dependencies]',
      '"not a name!" = "*"',
    );
    const result = parseDependencyFile('pyproject.toml', text);
    expect(result.dependencies).toEqual([]);
    expect(result.problems).toEqual([
      { line: 2, message: 'project.dependencies should be a list of requirement strings' },
      { line: 4, message: 'project.optional-dependencies.x holds an item that is not a requirement string' },
      { line: 6, message: 'dependency-groups.y holds an item that is not a requirement string' },
      { line: 8, message: '"not a name!" in tool.poetry.dependencies is not a package name' },
    ]);
  });

  it('turns a TOML syntax error into one problem at its line, quoting nothing of the file', () => {
    const text = lines('[project]', 'dependencies = [', '  "ok",', '  "unterminated', ']');
    const result = parseDependencyFile('pyproject.toml', text);
    expect(result.dependencies).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBe(4);
    expect(result.problems[0]!.message).toMatch(/^not valid TOML: /);
    expect(result.problems[0]!.message).not.toContain('unterminated');
    expect(result.problems[0]!.message).not.toContain('\n');
  });
});

describe('Pipfile', () => {
  it('reads [packages], [dev-packages] and any other category, skipping settings tables', () => {
    const text = lines(
      '[[source]]',
      'url = "https://pypi.org/simple"',
      'name = "pypi"',
      '',
      '[packages]',
      'requests = "*"',
      'Django = {version = ">=4.2", extras = ["argon2"]}',
      '',
      '[dev-packages]',
      'pytest = "==8.*"',
      '',
      '[docs]',
      'sphinx = "*"',
      '',
      '[requires]',
      'python_version = "3.12"',
      '',
      '[scripts]',
      'test = "pytest"',
      '',
      '[pipenv]',
      'allow_prereleases = true',
    );
    const result = parseDependencyFile('Pipfile', text);
    expect(result.format).toBe('pipfile');
    expect(result.problems).toEqual([]);
    expect(brief(text, 'Pipfile')).toEqual(['6 requests', '7 django', '10 pytest [dev]', '13 sphinx [docs]']);
    expect(result.dependencies[0]!.spec).toBe('requests = "*"');
  });
});

describe('Pipfile.lock', () => {
  const lock = JSON.stringify(
    {
      _meta: { hash: { sha256: 'x' }, 'pipfile-spec': 6, requires: {}, sources: [] },
      default: { Django: { hashes: ['sha256:a'], version: '==4.2.1' }, version: { version: '==1.0' } },
      develop: { pytest: { version: '==8.0.0', markers: "python_version >= '3.8'" } },
      docs: { sphinx: { version: '==7.0' } },
    },
    null,
    4,
  );

  it('reads every category but _meta, with the line of each package key', () => {
    const result = parseDependencyFile('Pipfile.lock', lock);
    expect(result.format).toBe('pipfile-lock');
    expect(result.problems).toEqual([]);
    const at = (name: string) => lock.split('\n').findIndex((row) => row.includes(`"${name}": {`)) + 1;
    expect(result.dependencies).toEqual([
      { name: 'django', spec: 'Django==4.2.1', line: at('Django') },
      // A package called "version" is found by its key, not by an earlier "version" field.
      { name: 'version', spec: 'version==1.0', line: at('version') },
      { name: 'pytest', spec: 'pytest==8.0.0', line: at('pytest'), group: 'develop' },
      { name: 'sphinx', spec: 'sphinx==7.0', line: at('sphinx'), group: 'docs' },
    ]);
  });

  it('reports broken JSON with its line and without quoting it', () => {
    const result = parseDependencyFile('Pipfile.lock', '{\n  "_meta": {},\n  "default": { secret-text }\n}');
    expect(result.dependencies).toEqual([]);
    expect(result.problems).toEqual([{ line: 3, message: 'not valid JSON' }]);
  });

  it('reports JSON that is not a lock file', () => {
    expect(parseDependencyFile('Pipfile.lock', '[1, 2]').problems).toEqual([
      { line: 1, message: 'a Pipfile.lock is a JSON object' },
    ]);
    expect(parseDependencyFile(undefined, '{"a": {}}').problems).toEqual([
      { line: 1, message: 'no "_meta" key: this JSON does not look like a Pipfile.lock' },
    ]);
  });
});

describe('poetry.lock and uv.lock', () => {
  const poetryLock = lines(
    '# This file is automatically @generated by Poetry 2.1.1 and should not be changed by hand.',
    '',
    '[[package]]',
    'name = "anyio"',
    'version = "4.8.0"',
    'groups = ["main"]',
    '',
    '[package.dependencies]',
    'idna = ">=2.8"',
    '',
    '[[package]]',
    'name = "pytest"',
    'version = "8.3.0"',
    'groups = ["dev", "test"]',
    '',
    '[metadata]',
    'lock-version = "2.1"',
    'content-hash = "abc"',
  );

  it('reads every poetry.lock package at the line of its name, with its groups when not main', () => {
    const result = parseDependencyFile('poetry.lock', poetryLock);
    expect(result.format).toBe('poetry-lock');
    expect(result.problems).toEqual([]);
    expect(result.dependencies).toEqual([
      { name: 'anyio', spec: 'anyio==4.8.0', line: 4 },
      { name: 'pytest', spec: 'pytest==8.3.0', line: 12, group: 'dev, test' },
    ]);
  });

  const uvLock = lines(
    'version = 1',
    'requires-python = ">=3.10"',
    '',
    '[[package]]',
    'name = "demo"',
    'version = "0.1.0"',
    'source = { editable = "." }',
    '',
    '[[package]]',
    'name = "Flask"',
    'version = "3.1.0"',
    'source = { registry = "https://pypi.org/simple" }',
    '',
    '[[package]]',
    'name = "virtual-root"',
    'version = "0.1.0"',
    'source = { virtual = "." }',
    '',
    '[[package]]',
    'name = "vendored"',
    'version = "1.0"',
    'source = { path = "vendor/vendored-1.0.tar.gz" }',
  );

  it('reads every uv.lock package but the project itself (editable or virtual ".")', () => {
    const result = parseDependencyFile('uv.lock', uvLock);
    expect(result.format).toBe('uv-lock');
    expect(result.problems).toEqual([]);
    expect(result.dependencies).toEqual([
      { name: 'flask', spec: 'Flask==3.1.0', line: 10 },
      { name: 'vendored', spec: 'vendored==1.0', line: 20 },
    ]);
  });

  it('reports a package without a valid name and keeps the rest', () => {
    const text = lines('version = 1', '[[package]]', 'version = "1"', '[[package]]', 'name = "ok"');
    const result = parseDependencyFile('uv.lock', text);
    expect(result.dependencies.map((d) => [d.name, d.line])).toEqual([['ok', 5]]);
    expect(result.problems).toEqual([{ line: 2, message: '[[package]] number 1 has no valid name' }]);
  });
});

describe('format detection', () => {
  it('trusts a file name that names a format', () => {
    expect(formatOfName('requirements-dev.txt')).toBe('requirements');
    expect(formatOfName('reqs/dev.in')).toBe('requirements');
    expect(formatOfName('C:\\proj\\pyproject.toml')).toBe('pyproject');
    expect(formatOfName('Pipfile')).toBe('pipfile');
    expect(formatOfName('Pipfile.lock')).toBe('pipfile-lock');
    expect(formatOfName('poetry.lock')).toBe('poetry-lock');
    expect(formatOfName('uv.lock')).toBe('uv-lock');
    expect(formatOfName('deps.toml')).toBeUndefined();
    // The name wins over the content.
    expect(parseDependencyFile('requirements.txt', '[project]\ndependencies = []').format).toBe('requirements');
  });

  it('tells pasted text by its content', () => {
    expect(formatOfContent('{\n  "_meta": {}\n}')).toBe('pipfile-lock');
    expect(formatOfContent('version = 1\nrequires-python = ">=3.10"\n\n[[package]]\nname = "a"\n')).toBe('uv-lock');
    expect(formatOfContent('[[package]]\nname = "a"\n\n[metadata]\ncontent-hash = "x"\n')).toBe('poetry-lock');
    expect(formatOfContent('[project]\nname = "x"\n')).toBe('pyproject');
    expect(formatOfContent('[tool.poetry.dependencies]\npython = "^3.10"\n')).toBe('pyproject');
    expect(formatOfContent('[dependency-groups]\ndev = []\n')).toBe('pyproject');
    expect(formatOfContent('[[source]]\nurl = "x"\n[packages]\nrequests = "*"\n')).toBe('pipfile');
    expect(formatOfContent('[dev-packages]\npytest = "*"\n')).toBe('pipfile');
    expect(formatOfContent('django>=4.2\n-r base.txt\n')).toBe('requirements');
    expect(formatOfContent('')).toBe('requirements');
    // A name that says nothing leaves it to the content.
    expect(parseDependencyFile('deps.toml', '[packages]\nrequests = "*"\n').format).toBe('pipfile');
  });

  it('gives broken TOML its format, so the error carries its line', () => {
    const result = parseDependencyFile(undefined, '[project]\ndependencies = [\n  "a",\n  oops\n]\n');
    expect(result.format).toBe('pyproject');
    expect(result.problems).toEqual([{ line: 4, message: expect.stringMatching(/^not valid TOML/) }]);
  });
});
