// The one place progress touches localStorage. Every control on the page (and other tabs, through
// the `storage` event) hears about a change, so the list, the counts and a topic page stay in step.
import { STORAGE_KEY, emptyProgress, parseProgress, type Progress } from '../../lib/progress.ts';

const EVENT = 'pyradar:progress';
// Used when the browser refuses storage (privacy settings): progress then lasts for this page view.
let memory: Progress | undefined;

/**
 * The stored progress. Every well-formed slug is kept, even one this page does not list,
 * so a page never throws away what another page saved. Unreadable data reads as no progress.
 */
export function loadProgress(): Progress {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw === null) return memory ?? emptyProgress();
    const parsed = parseProgress(raw);
    return parsed.ok ? parsed.progress : emptyProgress();
  } catch {
    return memory ?? emptyProgress();
  }
}

/** Saves and tells every listener; false when the browser would not store it. */
export function saveProgress(progress: Progress): boolean {
  let stored = true;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
    memory = undefined;
  } catch {
    memory = progress;
    stored = false;
  }
  window.dispatchEvent(new CustomEvent<Progress>(EVENT, { detail: progress }));
  return stored;
}

/** Calls `listener` on every change, from this page or another tab; returns the unsubscribe. */
export function onProgress(listener: (progress: Progress) => void): () => void {
  const local = (event: Event) => listener((event as CustomEvent<Progress>).detail);
  const other = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener(loadProgress());
  };
  window.addEventListener(EVENT, local);
  window.addEventListener('storage', other);
  return () => {
    window.removeEventListener(EVENT, local);
    window.removeEventListener('storage', other);
  };
}
