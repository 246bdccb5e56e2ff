import { describe, expect, it } from 'vitest';
import { parseDependencyFile } from '../../src/lib/deps/parse.ts';
import { requirementName } from '../../src/lib/deps/requirement.ts';

const read = (text: string) => parseDependencyFile('requirements.txt', text);
const names = (text: string) => read(text).dependencies.map((d) => d.name);

describe('PEP 508 names', () => {
  it('reads the name before extras, versions, markers and direct references, normalised', () => {
    expect(requirementName('Django>=4.2')).toEqual({ name: 'django' });
    expect(requirementName('zope.interface')).toEqual({ name: 'zope-interface' });
    expect(requirementName('Django_Filter [extra-one, two] >= 1; python_version > "3.8"')).toEqual({
      name: 'django-filter',
    });
    expect(requirementName('pkg @ https://example.org/pkg.zip')).toEqual({ name: 'pkg' });
    expect(requirementName('build (>=1.2.1,<2.0.0)')).toEqual({ name: 'build' });
    expect(requirementName('tomli ; python_version < "3.11"')).toEqual({ name: 'tomli' });
    expect(requirementName('a')).toEqual({ name: 'a' });
  });
  it('refuses what is not a requirement, quoting little of it', () => {
    expect(requirementName('Django 4.2')).toEqual({ error: expect.stringMatching(/unexpected "4.2"/) });
    expect(requirementName('-foo')).toEqual({ error: expect.stringMatching(/does not start with a package name/) });
    expect(requirementName('pkg[extra')).toEqual({ error: expect.stringMatching(/unclosed \[extras\]/) });
    expect(requirementName('pkg[bad extra]')).toEqual({
      error: expect.stringMatching(/extra that is not a valid name/),
    });
    const long = `${'x'.repeat(10)} ${'y'.repeat(500)}`;
    const result = requirementName(long);
    expect('error' in result && result.error.length).toBeLessThan(90);
  });
});

describe('requirements files', () => {
  it('keeps each requirement with the line it is written on, its spec as written, in order', () => {
    const result = read(['# pinned', '', 'Django>=4.2', 'requests  ', 'requests==2.31'].join('\n'));
    expect(result.format).toBe('requirements');
    expect(result.problems).toEqual([]);
    expect(result.dependencies).toEqual([
      { name: 'django', spec: 'Django>=4.2', line: 3 },
      { name: 'requests', spec: 'requests', line: 4 },
      // Written twice: kept twice, the report groups them.
      { name: 'requests', spec: 'requests==2.31', line: 5 },
    ]);
  });

  it('strips comments at the line start and after whitespace, but keeps # inside a URL', () => {
    const result = read(
      [
        '  # indented comment',
        'flask  # web',
        'attrs#not-a-comment-is-part-of-token',
        'https://x.org/p.zip#egg=pkg',
      ].join('\n'),
    );
    expect(result.dependencies.map((d) => [d.name, d.spec])).toEqual([
      ['flask', 'flask'],
      ['pkg', 'https://x.org/p.zip#egg=pkg'],
    ]);
    // `attrs#…` is one token: not a requirement, reported at its line.
    expect(result.problems).toEqual([{ line: 3, message: expect.stringContaining('not a requirement') }]);
  });

  it('joins backslash continuations and reports the line where the requirement starts', () => {
    const text = [
      'annotated-types==0.7.0 \\',
      '    --hash=sha256:aaaa \\',
      '    --hash=sha256:bbbb',
      '    # via pydantic',
      'certifi==2024.2.2 \\',
      '    --hash=sha256:cccc',
      'multi \\',
      '  >= 1.0 \\',
      '  ; python_version > "3.8"',
    ].join('\n');
    const result = read(text);
    expect(result.problems).toEqual([]);
    expect(result.dependencies).toEqual([
      { name: 'annotated-types', spec: 'annotated-types==0.7.0', line: 1 },
      { name: 'certifi', spec: 'certifi==2024.2.2', line: 5 },
      { name: 'multi', spec: 'multi   >= 1.0   ; python_version > "3.8"', line: 7 },
    ]);
  });

  it('ignores pip options, alone or after a requirement', () => {
    const text = [
      '--index-url https://pypi.org/simple',
      '-i https://pypi.org/simple',
      '--extra-index-url=https://mirror.example/simple',
      '-f ./wheels',
      '--find-links ./wheels',
      '--trusted-host mirror.example',
      '--no-binary :all:',
      '--only-binary numpy',
      '--prefer-binary',
      '--require-hashes',
      '--pre',
      'numpy==1.26 --hash=sha256:abcd --config-settings editable_mode=compat',
    ].join('\n');
    expect(read(text)).toMatchObject({
      problems: [],
      dependencies: [{ name: 'numpy', spec: 'numpy==1.26', line: 12 }],
    });
  });

  it('reports an unknown option at its line and reads on', () => {
    const result = read(['--frobnicate yes', 'attrs'].join('\n'));
    expect(result.problems).toEqual([{ line: 1, message: expect.stringContaining('unknown option "--frobnicate"') }]);
    expect(names(['--frobnicate yes', 'attrs'].join('\n'))).toEqual(['attrs']);
  });

  it('records -r and -c files as includes, -c ones also as constraints, and adds no dependency for them', () => {
    const text = [
      '-r base.txt',
      '--requirement=dev.txt',
      '-rdocs.txt',
      '-c constraints.txt',
      '--constraint pins.txt',
      'x',
    ];
    const result = read(text.join('\n'));
    expect(result.includes).toEqual(['base.txt', 'dev.txt', 'docs.txt', 'constraints.txt', 'pins.txt']);
    expect(result.constraints).toEqual(['constraints.txt', 'pins.txt']);
    expect(result.dependencies.map((d) => d.name)).toEqual(['x']);
    expect(read('-r').problems).toEqual([{ line: 1, message: '-r needs a file name' }]);
  });

  it('reads extras, markers and direct references', () => {
    const result = read(
      [
        'uvicorn[standard,http2]>=0.20',
        "pywin32 ; sys_platform == 'win32'",
        'mypkg @ https://example.org/mypkg-1.0.tar.gz',
        'other@ git+https://github.com/o/other.git@v1',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.dependencies.map((d) => [d.name, d.spec])).toEqual([
      ['uvicorn', 'uvicorn[standard,http2]>=0.20'],
      ['pywin32', "pywin32 ; sys_platform == 'win32'"],
      ['mypkg', 'mypkg @ https://example.org/mypkg-1.0.tar.gz'],
      ['other', 'other@ git+https://github.com/o/other.git@v1'],
    ]);
  });

  it('names an editable install by #egg=, and reports one without a name', () => {
    const result = read(
      [
        '-e git+https://github.com/o/Some_Lib.git@main#egg=Some_Lib',
        '--editable ./local#egg=local-pkg',
        '-e .[socks]',
        '-e git+https://github.com/o/nameless.git',
        'attrs',
      ].join('\n'),
    );
    expect(result.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['some-lib', 1],
      ['local-pkg', 2],
      ['attrs', 5],
    ]);
    expect(result.problems).toEqual([
      { line: 3, message: 'editable path without a name: ".[socks]"' },
      { line: 4, message: expect.stringMatching(/^editable URL without a name: add #egg=<name>/) },
    ]);
  });

  it('names a bare URL by #egg= or a wheel file name, and reports a URL that names nothing', () => {
    const result = read(
      [
        'git+https://github.com/o/r.git#egg=from-egg',
        'https://files.example/pkgs/Foo_Bar-1.0-py3-none-any.whl',
        './vendor/some-archive.tar.gz',
        'https://example.org/archive.zip',
      ].join('\n'),
    );
    expect(result.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['from-egg', 1],
      ['foo-bar', 2],
    ]);
    expect(result.problems.map((p) => p.line)).toEqual([3, 4]);
    expect(result.problems[0]!.message).toMatch(/^URL or path without a name/);
  });

  it('reports a line that is not a requirement with its line, and still reads the rest', () => {
    const result = read(['attrs', 'this is not a requirement', '!!!', 'pytest>=8'].join('\n'));
    expect(result.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['attrs', 1],
      ['pytest', 4],
    ]);
    expect(result.problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('never echoes more than a few dozen characters of a bad line', () => {
    const result = read(`bad ${'x'.repeat(5000)}`);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message.length).toBeLessThan(100);
  });

  it('reads Windows line endings and a byte-order mark', () => {
    expect(read('\uFEFFattrs\r\npytest\r\n').dependencies.map((d) => [d.name, d.line])).toEqual([
      ['attrs', 1],
      ['pytest', 2],
    ]);
  });
});
