// The dependency check page: reads a pasted or dropped file in the browser (nothing is uploaded), looks each
// dependency up in /api/packages.json and shows the report. DOM is built with textContent: names come from the file.
import type { PackagesJson } from '../lib/api.ts';
import { asPackagesData } from '../lib/deps/data.ts';
import { parseDependencyFile } from '../lib/deps/parse.ts';
import { checkDependencies, reportMarkdown, type Report } from '../lib/deps/report.ts';
import type { ParseResult } from '../lib/deps/types.ts';
import { copyText } from './copy.ts';

const FORMAT_NAMES: Record<ParseResult['format'], string> = {
  requirements: 'a requirements file',
  pyproject: 'a pyproject.toml',
  pipfile: 'a Pipfile',
  'pipfile-lock': 'a Pipfile.lock',
  'poetry-lock': 'a poetry.lock',
  'uv-lock': 'a uv.lock',
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'textContent' | 'href' | 'id', string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function render(target: HTMLElement, parsed: ParseResult, report: Report, fileName: string | undefined): void {
  const markdown = reportMarkdown(report, fileName ? { file: fileName } : {});
  const parts: Node[] = [
    el('h2', { id: 'result', textContent: 'What the radar says' }),
    el(
      'p',
      {},
      `Read ${fileName ? `${fileName} as ` : ''}${FORMAT_NAMES[parsed.format]}: ${report.total} package${report.total === 1 ? '' : 's'}, ${report.onRadar.length} on the radar (as of ${report.asOf}).`,
    ),
  ];
  if (parsed.problems.length)
    parts.push(
      el('h3', { textContent: 'Lines that could not be read' }),
      el(
        'ul',
        { className: 'dep-problems' },
        ...parsed.problems.map((p) => el('li', {}, p.line ? `Line ${p.line}: ${p.message}` : p.message)),
      ),
    );
  if (parsed.includes.length)
    parts.push(
      el(
        'p',
        { className: 'muted' },
        `This file refers to ${parsed.includes.join(', ')}; paste ${parsed.includes.length === 1 ? 'it' : 'them'} too to check ${parsed.includes.length === 1 ? 'its' : 'their'} dependencies.`,
      ),
    );
  if (report.onRadar.length) {
    const rows = report.onRadar.map((f) =>
      el(
        'tr',
        {},
        el('td', {}, el('code', { textContent: f.name })),
        el('td', {}, el('a', { href: f.record.url, textContent: f.record.title })),
        el(
          'td',
          {},
          el(
            'span',
            { className: `badge ring-${f.record.ring}` },
            f.record.retired ? `${f.ringTitle} (retired)` : f.ringTitle,
          ),
        ),
        el('td', { textContent: f.record.lastReviewed }),
        el(
          'td',
          {},
          // As in the Markdown: only entries in the outer rings advise using something else.
          ...(f.outerRing ? f.alternatives : []).flatMap((a, i) => [
            ...(i > 0 ? [', '] : []),
            el('a', { href: a.url, textContent: a.title }),
          ]),
        ),
      ),
    );
    const head = el(
      'tr',
      {},
      ...['Package', 'Entry', 'Ring', 'Last reviewed', 'Use instead'].map((h) => el('th', { textContent: h })),
    );
    for (const th of head.children) th.setAttribute('scope', 'col');
    parts.push(
      el(
        'div',
        { className: 'table-wrap' },
        el(
          'table',
          { className: 'dep-table' },
          el('caption', { className: 'visually-hidden', textContent: 'Dependencies on the radar, Hold first' }),
          el('thead', {}, head),
          el('tbody', {}, ...rows),
        ),
      ),
    );
  }
  if (report.notCovered.length)
    parts.push(
      el('h3', { textContent: `Not on the radar (${report.notCovered.length})` }),
      el('p', { className: 'dep-uncovered', textContent: report.notCovered.map((d) => d.name).join(', ') }),
    );
  const copy = el('button', { textContent: 'Copy Markdown' });
  copy.type = 'button';
  const status = el('span', { className: 'copy-status' });
  const area = el('textarea', { id: 'dep-markdown' });
  area.readOnly = true;
  area.rows = Math.min(16, markdown.split('\n').length + 1);
  area.value = markdown;
  copy.addEventListener('click', () =>
    copyText(markdown, status, 'Markdown copied', () => {
      area.select();
      return 'Copy failed: the text is selected, press Ctrl+C';
    }),
  );
  const label = el('label', { className: 'visually-hidden', textContent: 'Markdown of the result' });
  label.htmlFor = 'dep-markdown';
  parts.push(el('h3', { textContent: 'For a review comment' }), label, area, el('p', {}, copy, ' ', status));
  target.replaceChildren(...parts);
}

export function startCheck(form: HTMLFormElement | null): void {
  if (!form) return;
  const text = form.querySelector<HTMLTextAreaElement>('#dep-text')!;
  const file = form.querySelector<HTMLInputElement>('#dep-file')!;
  const format = form.querySelector<HTMLSelectElement>('#dep-format')!;
  const result = document.getElementById('dep-result')!;
  // A browser that does not know the `scripting` media feature keeps the form hidden by the page's style.
  if (!matchMedia('(scripting: enabled)').matches) form.style.display = 'block';
  let data: Promise<PackagesJson> | undefined;
  const packages = () => {
    data ??= fetch(form.dataset['packages']!).then(async (response) => {
      if (!response.ok) throw new Error(`the packages data answered ${response.status}`);
      return asPackagesData(await response.json());
    });
    return data;
  };

  const load = async (picked: File) => {
    text.value = await picked.text();
    // The file's own name sets the format, unless the reader picks one.
    format.value = '';
    form.dataset['fileName'] = picked.name;
    form.requestSubmit();
  };
  file.addEventListener('change', () => {
    if (file.files?.[0]) void load(file.files[0]);
  });
  text.addEventListener('input', () => delete form.dataset['fileName']);
  text.addEventListener('dragover', (event) => {
    event.preventDefault();
    text.classList.add('dragging');
  });
  text.addEventListener('dragleave', () => text.classList.remove('dragging'));
  text.addEventListener('drop', (event) => {
    event.preventDefault();
    text.classList.remove('dragging');
    const dropped = event.dataTransfer?.files[0];
    if (dropped) void load(dropped);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      result.replaceChildren(
        el('p', { className: 'notice', textContent: 'Paste a dependency file or choose one first.' }),
      );
      return;
    }
    const name = format.value || form.dataset['fileName'];
    try {
      const parsed = parseDependencyFile(name, text.value);
      const report = checkDependencies(parsed.dependencies, await packages());
      render(result, parsed, report, form.dataset['fileName']);
    } catch (error) {
      data = undefined;
      result.replaceChildren(
        el('p', { className: 'notice', textContent: `The check could not run: ${(error as Error).message}` }),
      );
    }
  });
}
