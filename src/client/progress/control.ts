// One topic's progress control: a labelled <select> (one tab stop, arrow keys, native on every device).
// Built here rather than in the HTML, so a page without JavaScript shows no control at all.
import {
  STATUSES,
  STATUS_LABELS,
  describeSave,
  isStatus,
  setStatus,
  statusOf,
  type Progress,
  type SaveOutcome,
  type Status,
} from '../../lib/progress.ts';
import { unreadableNotice } from './notice.ts';
import { loadProgress, onProgress, saveProgress, unreadable } from './store.ts';

let serial = 0;

export interface Control {
  element: HTMLElement;
  select: HTMLSelectElement;
  /** Shows a status without saving it (after a change elsewhere). */
  show(status: Status): void;
}

/**
 * A label and select for `slug`. The label names the topic, visibly (`visibleLabel`, e.g. "Your progress")
 * followed by hidden words, or entirely hidden where the topic's link already sits next to it.
 * `onSave` hears how each change's save went, so the page can say at once when it was not stored.
 */
export function createControl(
  slug: string,
  title: string,
  visibleLabel?: string,
  onSave?: (outcome: SaveOutcome) => void,
): Control {
  const id = `progress-${slug}-${++serial}`;
  const element = document.createElement('span');
  element.className = 'progress-control';
  const label = document.createElement('label');
  label.htmlFor = id;
  if (visibleLabel) {
    label.append(`${visibleLabel} `);
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = `on ${title}`;
    label.append(hidden);
  } else {
    label.className = 'visually-hidden';
    label.textContent = `Progress on ${title}`;
  }
  const select = document.createElement('select');
  select.id = id;
  for (const status of STATUSES) select.add(new Option(STATUS_LABELS[status], status));
  element.append(label, select);
  const show = (status: Status) => {
    select.value = status;
    select.dataset['status'] = status;
  };
  select.addEventListener('change', () => {
    if (!isStatus(select.value)) return;
    onSave?.(saveProgress(setStatus(loadProgress(), slug, select.value)));
  });
  return { element, select, show };
}

/** `<topic-progress data-topic="gil" data-title="…">` on a topic page. */
class TopicProgress extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback() {
    const slug = this.dataset['topic'];
    if (!slug || this.#unsubscribe) return;
    // Says at once, next to the select, when a change was not stored.
    const message = document.createElement('p');
    message.className = 'progress-message';
    message.setAttribute('role', 'status');
    const control = createControl(
      slug,
      this.dataset['title'] ?? slug,
      this.dataset['label'] ?? 'Your progress',
      (outcome) => {
        message.textContent = describeSave(outcome) ?? '';
      },
    );
    const update = (progress: Progress) => {
      const status = statusOf(progress, slug);
      control.show(status);
      this.dataset['status'] = status;
    };
    update(loadProgress());
    const found = unreadable();
    this.replaceChildren(...(found ? [unreadableNotice(found)] : []), control.element, message);
    this.#unsubscribe = onProgress(update);
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

if (!customElements.get('topic-progress')) customElements.define('topic-progress', TopicProgress);
