// `<progress-board>` wraps the topic checklist: a control in every `li[data-topic]`, the counts,
// and export, import and reset. Its panel is in the HTML but hidden until this runs.
import {
  KEPT_NOTICE,
  applyImport,
  describeImport,
  describeSave,
  describeTooLarge,
  emptyProgress,
  exportFileName,
  formatCounts,
  parseImport,
  serialiseProgress,
  statusOf,
  summarise,
  type Counts,
  type Progress,
  type SaveOutcome,
} from '../../lib/progress.ts';
import { createControl, type Control } from './control.ts';
import { download, downloadButton, unreadableNotice } from './notice.ts';
import { deleteKeptAside, keptAside, loadProgress, onProgress, saveProgress, unreadable } from './store.ts';

// A progress file for 92 topics is about 3 kB; anything far larger is the wrong file.
const MAX_IMPORT_BYTES = 512 * 1024;
// How much of a too-large file is read to find the version it states.
const HEAD_BYTES = 4096;

interface Row {
  slug: string;
  category: string;
  item: HTMLElement;
  control: Control;
}

class ProgressBoard extends HTMLElement {
  #rows: Row[] = [];
  #unsubscribe: (() => void) | undefined;
  // One note, moved next to whichever list control last failed to save.
  #note = Object.assign(document.createElement('p'), { className: 'progress-unsaved' });

  connectedCallback() {
    if (this.#unsubscribe) return;
    this.#rows = [...this.querySelectorAll<HTMLElement>('li[data-topic]')].map((item) => {
      const slug = item.dataset['topic']!;
      const title = item.querySelector('a')?.textContent?.trim() ?? slug;
      const control = createControl(slug, title, undefined, (outcome) => this.#saved(outcome, item));
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
    this.#showNotices();
  }

  /** What the store found unreadable, and a value kept aside earlier, each with its download. */
  #showNotices() {
    const place = this.querySelector<HTMLElement>('[data-progress-notices]');
    if (!place) return;
    const found = unreadable();
    const kept = keptAside();
    const notices: HTMLElement[] = found ? [unreadableNotice(found)] : [];
    if (kept !== null && kept !== found?.raw) {
      const box = document.createElement('div');
      box.className = 'notice progress-notice';
      box.dataset['progressNotice'] = 'kept';
      const forget = document.createElement('button');
      forget.type = 'button';
      forget.textContent = 'Delete the kept copy…';
      forget.addEventListener('click', () => this.#confirm('forget'));
      box.append(
        Object.assign(document.createElement('p'), { textContent: KEPT_NOTICE }),
        downloadButton('Download the kept copy', kept),
        forget,
      );
      notices.push(box);
    }
    // Rebuilt only when the text changes, so a button the reader is on keeps focus.
    const text = (els: Iterable<Element>) => [...els].map((el) => el.textContent).join('\n');
    if (text(place.children) !== text(notices)) place.replaceChildren(...notices);
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

  /** After a list control's save: on failure, say so on the board and next to the control; on success, clear that. */
  #saved(outcome: SaveOutcome, item: HTMLElement) {
    const failure = describeSave(outcome, true);
    if (failure) {
      this.#say(failure);
      this.#note.textContent = describeSave(outcome) ?? '';
      item.append(this.#note);
    } else if (this.#note.isConnected) {
      this.#note.remove();
      this.#say('Saved: your changes on this page are now stored in this browser.');
    }
  }

  #confirm(action: 'reset' | 'forget') {
    const dialog = this.querySelector<HTMLDialogElement>(`dialog[data-progress-confirm="${action}"]`);
    if (!dialog) return;
    dialog.returnValue = '';
    dialog.showModal();
  }

  #wireTools() {
    const known = new Set(this.#rows.map((r) => r.slug));
    this.querySelector('[data-progress-export]')?.addEventListener('click', () => {
      const name = exportFileName(new Date());
      download(serialiseProgress(loadProgress()), name);
      this.#say(`Exported your progress as ${name}.`);
    });

    const input = this.querySelector<HTMLInputElement>('[data-progress-import]');
    input?.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.value = ''; // so choosing the same file again still fires `change`
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES)
        return this.#say(describeTooLarge(file.name, file.size, await file.slice(0, HEAD_BYTES).text()));
      const parsed = parseImport(await file.text(), known);
      if (!parsed.ok) return this.#say(`Import failed: ${parsed.error}`);
      const merge = applyImport(loadProgress(), parsed);
      const failure = describeSave(saveProgress(merge.progress), true);
      this.#say(`${describeImport(merge, parsed.ignored)}${failure ? ` ${failure}` : ''}`);
    });

    this.querySelector('[data-progress-reset]')?.addEventListener('click', () => this.#confirm('reset'));
    this.querySelector('dialog[data-progress-confirm="reset"]')?.addEventListener('close', (event) => {
      if ((event.target as HTMLDialogElement).returnValue !== 'reset') return;
      const failure = describeSave(saveProgress(emptyProgress()), true);
      this.#say(`Progress reset: all ${known.size} topics are marked not started.${failure ? ` ${failure}` : ''}`);
    });
    this.querySelector('dialog[data-progress-confirm="forget"]')?.addEventListener('close', (event) => {
      if ((event.target as HTMLDialogElement).returnValue !== 'forget') return;
      deleteKeptAside();
      this.#say('Deleted the kept copy of the unreadable progress.');
    });
  }
}

if (!customElements.get('progress-board')) customElements.define('progress-board', ProgressBoard);
