import type { Plugin } from 'vite';

/** A build warning we know and accept: how to recognise it, and why it is harmless (with the upstream issue). */
export interface KnownWarning {
  code: string;
  match: RegExp;
  why: string;
}

/** Upstream noise, silenced at its source; anything else fails the build so a new warning cannot hide in the log. */
export const KNOWN_WARNINGS: KnownWarning[] = [
  {
    code: 'MODULE_LEVEL_DIRECTIVE',
    match: /"use astro:head-inject"/,
    why: 'Astro marks each MDX module with a directive the bundler reports once per file; harmless (upstream: withastro/astro#18087).',
  },
];

/** True when a bundler warning is one of the known, accepted ones. */
export function isKnownWarning(log: { code?: string | undefined; message: string }): boolean {
  return KNOWN_WARNINGS.some((known) => known.code === log.code && known.match.test(log.message));
}

/** The error a new warning category fails the build with. */
export function newWarningError(log: { code?: string | undefined; message: string }): Error {
  return new Error(
    `new build warning${log.code ? ` [${log.code}]` : ''}: ${log.message}\n` +
      'Fix its cause; if it is upstream noise, add it to KNOWN_WARNINGS in src/integrations/warnings.ts with a link to the upstream issue.',
  );
}

/** A Vite plugin for `astro build`: drops the known warnings and fails on any other. */
export function buildWarnings(): Plugin {
  return {
    name: 'pyradar:build-warnings',
    apply: 'build',
    onLog(level, log) {
      if (level !== 'warn') return;
      if (isKnownWarning(log)) return false;
      throw newWarningError(log);
    },
  };
}
