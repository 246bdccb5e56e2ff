// Downloads, and the notice where stored progress could not be read: what happened, with its raw value to download.
import { describeUnreadable, unreadableFileName } from '../../lib/progress.ts';
import type { Unreadable } from './store.ts';

/** Offers `text` as a file named `name`. */
export function download(text: string, name: string): void {
  const type = name.endsWith('.json') ? 'application/json' : 'text/plain';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously from the object URL.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A button that downloads `raw` under the name an unreadable value gets. */
export function downloadButton(label: string, raw: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', () => download(raw, unreadableFileName(new Date(), raw)));
  return button;
}

/** The notice for what the store found: its message and a button to download the raw value. */
export function unreadableNotice(found: Unreadable): HTMLElement {
  const box = document.createElement('div');
  box.className = 'notice progress-notice';
  box.dataset['progressNotice'] = 'unreadable';
  const text = document.createElement('p');
  text.textContent = describeUnreadable(found.problem, found.aside);
  box.append(text, downloadButton('Download the saved value', found.raw));
  return box;
}
