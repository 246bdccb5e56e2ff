import { describe, expect, it } from 'vitest';
import { buildWarnings, isKnownWarning } from '../../src/integrations/warnings.ts';

type OnLog = (level: string, log: { code?: string; message: string }) => boolean | undefined;
const onLog = buildWarnings().onLog as unknown as OnLog;

describe('build warnings', () => {
  const known = {
    code: 'MODULE_LEVEL_DIRECTIVE',
    message:
      'The semantics of the module level directive "use astro:head-inject" in "content/entries/x.mdx" may not be preserved when bundling.',
  };
  it('drops the known upstream warning', () => {
    expect(isKnownWarning(known)).toBe(true);
    expect(onLog('warn', known)).toBe(false);
  });
  it('fails the build on a warning of any other kind, naming it and where to record it', () => {
    const other = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };
    expect(isKnownWarning(other)).toBe(false);
    expect(() => onLog('warn', other)).toThrow(/new build warning \[CIRCULAR_DEPENDENCY\].*KNOWN_WARNINGS/s);
    // The same code with another message is new too: only the known directive is accepted.
    expect(() => onLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in x.ts' })).toThrow();
  });
  it('leaves info and debug logs alone', () => {
    expect(onLog('info', { message: 'anything' })).toBeUndefined();
  });
});
