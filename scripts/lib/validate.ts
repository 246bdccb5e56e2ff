import { HtmlValidate, type ConfigData } from 'html-validate';

/** One html-validate finding, with the page it is on. */
export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Validates each page against `config` (the project's .htmlvalidate.json); every error and warning in one list. */
export async function validatePages(
  pages: { file: string; html: string }[],
  config: ConfigData,
): Promise<HtmlProblem[]> {
  // root: true keeps html-validate from also merging a config file it finds beside the pages.
  const validator = new HtmlValidate({ ...config, root: true });
  const problems: HtmlProblem[] = [];
  for (const { file, html } of pages) {
    const report = await validator.validateString(html, file);
    for (const result of report.results)
      for (const m of result.messages)
        problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
  }
  return problems;
}

/** `file:line:column rule: message`, one a line, and a count per rule to see the pattern. */
export function formatHtmlProblems(problems: HtmlProblem[]): string {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`);
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
  const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `  ${rule}: ${n}`);
  return [...lines, '', 'by rule:', ...summary].join('\n');
}
