import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../lib/import.ts';
import { ImportError } from '../../src/lib/interop/model.ts';

const FIXTURES = 'tests/fixtures/interop';
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyradar-import-test-'));
  dirs.push(dir);
  return dir;
};

describe('npm run import', () => {
  it.each([
    ['aoe', `${FIXTURES}/aoe/v5`, {}, { rings: 4, segments: 4, editions: 3, entries: 6 }],
    ['zalando', `${FIXTURES}/zalando/radar.json`, {}, { rings: 4, segments: 4, editions: 1, entries: 81 }],
    ['byor', `${FIXTURES}/byor/radar.csv`, { date: '2026-11' }, { rings: 4, segments: 4, editions: 1, entries: 16 }],
    ['backstage', `${FIXTURES}/backstage/sample.json`, {}, { rings: 4, segments: 4, editions: 2, entries: 9 }],
  ] as const)('imports the %s sample into content that passes the check', (from, input, extra, counts) => {
    const into = join(scratch(), 'content');
    const report = runImport({ from, input, into, ...extra });
    expect(report.counts).toEqual(counts);
    expect(readdirSync(join(into, 'entries'))).toHaveLength(counts.entries);
    expect(readdirSync(into).sort()).toEqual(['editions', 'entries', 'quadrants', 'rings', 'sources']);
  });

  it('lists what it could not carry over', () => {
    const report = runImport({ from: 'zalando', input: `${FIXTURES}/zalando/radar.json`, into: join(scratch(), 'c') });
    // Zalando's `moved` says how an entry moved since an edition the file does not hold.
    expect(report.skipped.filter((s) => s.what === 'moved')).toHaveLength(5);
  });

  it('writes nothing when the input is malformed, and names the file and position', () => {
    const dir = scratch();
    const bad = join(dir, 'radar.json');
    writeFileSync(bad, '{"entries": [\n  {"label": "A",}\n]}');
    const into = join(dir, 'content');
    expect(() => runImport({ from: 'zalando', input: bad, into })).toThrow(ImportError);
    try {
      runImport({ from: 'zalando', input: bad, into });
    } catch (error) {
      expect((error as ImportError).message).toMatch(/^radar\.json, line 2, column \d+: invalid JSON/);
    }
    expect(existsSync(into)).toBe(false);
  });

  it('asks for the date a format does not carry', () => {
    expect(() => runImport({ from: 'byor', input: `${FIXTURES}/byor/radar.csv`, into: join(scratch(), 'c') })).toThrow(
      /--date YYYY-MM-DD/,
    );
  });

  it('never overwrites content unless told to, and then replaces it whole', () => {
    const into = join(scratch(), 'content');
    mkdirSync(join(into, 'topics'), { recursive: true });
    writeFileSync(join(into, 'topics', 'old.mdx'), 'old');
    const options = { from: 'backstage', input: `${FIXTURES}/backstage/sample.json`, into } as const;
    expect(() => runImport(options)).toThrow(/already holds content .*pass --replace/);
    expect(readFileSync(join(into, 'topics', 'old.mdx'), 'utf8')).toBe('old');
    runImport({ ...options, replace: true });
    expect(existsSync(join(into, 'topics'))).toBe(false);
    expect(readdirSync(join(into, 'entries'))).toHaveLength(9);
  });
});
