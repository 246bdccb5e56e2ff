// `<progress-board>` wraps the topic checklist: a control in every `li[data-topic]`, the counts,
// and export, import and reset. Its panel is in the HTML but hidden until this runs.
import {
  describeImport,
  emptyProgress,
  exportFileName,
  formatCounts,
  mergeProgress,
  parseProgress,
  serialiseProgress,
  statusOf,
  summarise,
  type Counts,
  type Progress,
} from '../../lib/progress.ts';
import { createControl, type Control } from './control.ts';
import { loadProgress, onProgress, saveProgress } from './store.ts';

// A progress file for 92 topics is about 3 kB; anything far larger is the wrong file.
const MAX_IMPORT_BYTES = 512 * 1024;

interface Row {
  slug: string;
  category: string;
  item: HTMLElement;
  control: Control;
}

class ProgressBoard extends HTMLElement {
  #rows: Row[] = [];
  #unsubscribe: (() => void) | undefined;

  connectedCallback() {
    if (this.#unsubscribe) return;
    this.#rows = [...this.querySelectorAll<HTMLElement>('li[data-topic]')].map((item) => {
      const slug = item.dataset['topic']!;
      const title = item.querySelector('a')?.textContent?.trim() ?? slug;
      const control = createControl(slug, title);
      item.append(control.element);
      return { slug, category: item.closest<HTMLElement>('[data-category]')?.dataset['category'] ?? '', item, control };
    });
    this.#wireTools();
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-progress-reveal]')) hidden.hidden = false;
    this.#render(loadProgress());
    this.#unsubscribe = onProgress((progress) => this.#render(progress));
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #render(progress: Progress) {
    for (const { slug, item, control } of this.#rows) {
      const status = statusOf(progress, slug);
      control.show(status);
      item.dataset['status'] = status;
    }
    const summary = summarise(progress, this.#rows);
    this.#showCounts('overall', summary);
    for (const [category, counts] of Object.entries(summary.byCategory)) this.#showCounts(category, counts);
  }

  #showCounts(key: string, counts: Counts) {
    for (const el of this.querySelectorAll<HTMLElement>(`[data-progress-count="${CSS.escape(key)}"]`))
      el.textContent = formatCounts(counts);
    for (const bar of this.querySelectorAll<HTMLElement>(`[data-progress-bar="${CSS.escape(key)}"]`)) {
      bar.style.setProperty('--known', String(counts.total ? counts.known / counts.total : 0));
      bar.style.setProperty('--learning', String(counts.total ? counts.learning / counts.total : 0));
    }
  }

  #say(message: string) {
    const status = this.querySelector<HTMLElement>('[data-progress-status]');
    if (status) status.textContent = message;
  }

  #wireTools() {
    const known = new Set(this.#rows.map((r) => r.slug));
    this.querySelector('[data-progress-export]')?.addEventListener('click', () => {
      const blob = new Blob([serialiseProgress(loadProgress())], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = exportFileName(new Date());
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download starts asynchronously from the object URL.
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.#say(`Exported your progress as ${link.download}.`);
    });

    const input = this.querySelector<HTMLInputElement>('[data-progress-import]');
    input?.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.value = ''; // so choosing the same file again still fires `change`
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES)
        return this.#say(`Import failed: ${file.name} is too large to be a progress file.`);
      const parsed = parseProgress(await file.text(), known);
      if (!parsed.ok) return this.#say(`Import failed: ${parsed.error}`);
      const merge = mergeProgress(loadProgress(), parsed.progress);
      const stored = saveProgress(merge.progress);
      this.#say(
        describeImport(merge, parsed.ignored) + (stored ? '' : ' Your browser would not save it beyond this page.'),
      );
    });

    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-progress-confirm]');
    this.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
      if (!dialog) return;
      dialog.returnValue = '';
      dialog.showModal();
    });
    dialog?.addEventListener('close', () => {
      if (dialog.returnValue !== 'reset') return;
      saveProgress(emptyProgress());
      this.#say(`Progress reset: all ${known.size} topics are marked not started.`);
    });
  }
}

if (!customElements.get('progress-board')) customElements.define('progress-board', ProgressBoard);
