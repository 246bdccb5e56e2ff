// Imports a radar from another tool into PyRadar content.
// Usage: npm run import -- --from aoe|zalando|byor|backstage <file or folder> [--into content] [--replace]
//        [--date YYYY-MM-DD] [--title "Our radar"]
import { FORMATS, runImport, type Format } from './lib/import.ts';
import { ImportError } from '../src/lib/interop/model.ts';

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const flags = new Set(['--from', '--into', '--date', '--title']);
const input = args.find((arg, i) => !arg.startsWith('--') && !flags.has(args[i - 1] ?? ''));
const from = value('--from');
const usage = `usage: npm run import -- --from ${Object.keys(FORMATS).join('|')} <file or folder> [--into content] [--replace] [--date YYYY-MM-DD] [--title "Our radar"]`;
if (!from || !(from in FORMATS) || !input) {
  console.error(from && !(from in FORMATS) ? `unknown format "${from}"\n${usage}` : usage);
  process.exit(2);
}
try {
  const report = runImport({
    from: from as Format,
    input,
    into: value('--into') ?? 'content',
    replace: args.includes('--replace'),
    ...(value('--date') ? { date: value('--date')! } : {}),
    ...(value('--title') ? { title: value('--title')! } : {}),
  });
  const { rings, segments, editions, entries } = report.counts;
  console.log(
    `import: ${report.files} files written to ${value('--into') ?? 'content'}: ${rings} rings, ${segments} segments, ${editions} editions, ${entries} entries`,
  );
  if (report.skipped.length) {
    console.log(`\nNot carried over (${report.skipped.length}):`);
    for (const s of report.skipped) console.log(`  ${s.where}: ${s.what}: ${s.reason}`);
  }
} catch (error) {
  if (error instanceof ImportError) console.error(`import: ${error.message}; nothing was written`);
  else console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
