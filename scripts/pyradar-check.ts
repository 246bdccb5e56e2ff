#!/usr/bin/env node
// Checks Python dependency files against PyRadar: `npx pyradar-check requirements.txt` (see --help).
import { runCheck } from './lib/pyradar-check.ts';

process.exitCode = await runCheck(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
