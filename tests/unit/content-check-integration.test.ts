import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';
import type { Problem } from '../../src/lib/content/types.ts';

/** Runs the integration's setup hook with a logger that records what it is given. */
function runSetup(problems: Problem[]) {
  const logged: { level: string; message: string }[] = [];
  const record = (level: string) => (message: string) => logged.push({ level, message });
  const logger = {
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  } as unknown as AstroIntegrationLogger;
  const hook = contentCheck(problems).hooks['astro:config:setup'] as unknown as (options: object) => void;
  let thrown: unknown;
  try {
    hook({ logger });
  } catch (error) {
    thrown = error;
  }
  return { logged, thrown: thrown as (Error & { hint?: string }) | undefined };
}

describe('the content check during astro build', () => {
  it('logs every problem as the same list check:content prints, then fails with a short error', () => {
    const problems = [
      { file: 'content/entries/a.mdx', field: 'title', message: 'title is required: text' },
      { file: 'content/entries/b.mdx', field: 'related[0]', message: '"x" is not a known radar entry' },
    ];
    const { logged, thrown } = runSetup(problems);
    expect(logged).toEqual([
      {
        level: 'error',
        message:
          '2 content problems:\ncontent/entries/a.mdx: title: title is required: text\ncontent/entries/b.mdx: related[0]: "x" is not a known radar entry',
      },
    ]);
    expect(thrown?.message).toBe('2 content problems (listed above): fix them, or run `npm run check:content`');
    expect(thrown?.message).not.toContain('content/entries/');
    // No stack trace: the error is the user's to fix, not a crash in the hook.
    expect(thrown?.name).toBe('AstroUserError');
  });
  it('says one problem in the singular', () => {
    const { thrown } = runSetup([{ file: 'content/x.mdx', field: '(folder)', message: 'not in a collection folder' }]);
    expect(thrown?.message).toMatch(/^1 content problem \(listed above\)/);
  });
  it('logs a one-line confirmation when there is none', () => {
    const { logged, thrown } = runSetup([]);
    expect(thrown).toBeUndefined();
    expect(logged).toEqual([{ level: 'info', message: 'content checked: no problems' }]);
  });
});
