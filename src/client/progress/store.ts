// The one place progress touches localStorage. Every control on the page (and other tabs, through
// the `storage` event) hears about a change, so the list, the counts and a topic page stay in step.
import {
  STORAGE_KEY,
  UNREADABLE_KEY,
  asideAction,
  readStoredProgress,
  type AsideState,
  type Problem,
  type Progress,
  type SaveOutcome,
} from '../../lib/progress.ts';

const EVENT = 'pyradar:progress';

/** Stored progress this page found it could not (entirely) read: the raw value, why, and where it is kept. */
export interface Unreadable {
  raw: string;
  problem: Problem;
  aside: AsideState;
}

// This page's progress. Every change builds on it, so a change the browser refused to store is not undone
// by the next one; it is re-read from storage only when another tab saves.
let current: Progress | undefined;
let found: Unreadable | undefined;

const getItem = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage turned off: nothing saved to read
  }
};

/** Keeps an unreadable stored value aside before anything is saved over it; `none` when it is readable or absent. */
function keepAside(raw: string | null): 'none' | AsideState {
  const action = asideAction(raw, getItem(UNREADABLE_KEY));
  if (action === 'write') {
    try {
      localStorage.setItem(UNREADABLE_KEY, raw!);
    } catch {
      return 'failed';
    }
    return 'kept';
  }
  return action;
}

function read(): Progress {
  const raw = getItem(STORAGE_KEY);
  const stored = readStoredProgress(raw);
  found = undefined;
  if (!stored.ok) {
    const aside = keepAside(raw);
    if (aside !== 'none') found = { raw: raw!, problem: stored.problem, aside };
  }
  return stored.progress;
}

/** This page's progress: what was stored (all of it that could be read), with this page's changes. */
export function loadProgress(): Progress {
  current ??= read();
  return current;
}

/** The unreadable value this page found in storage, if any. */
export function unreadable(): Unreadable | undefined {
  loadProgress();
  return found;
}

/** The value kept under UNREADABLE_KEY, if any. */
export function keptAside(): string | null {
  return getItem(UNREADABLE_KEY);
}

/** Deletes the kept value (the reader asked to), then tries again to keep aside what storage holds now. */
export function deleteKeptAside(): void {
  try {
    localStorage.removeItem(UNREADABLE_KEY);
  } catch {
    // Storage turned off: there was nothing kept to delete.
  }
  if (found) {
    const aside = keepAside(found.raw);
    if (aside !== 'none') found = { ...found, aside };
  }
  window.dispatchEvent(new CustomEvent<Progress>(EVENT, { detail: loadProgress() }));
}

/**
 * Makes `progress` this page's progress, stores it and tells every listener. Never stores over a value it cannot
 * read until that value is kept aside.
 */
export function saveProgress(progress: Progress): SaveOutcome {
  current = progress;
  let outcome: SaveOutcome = 'saved';
  try {
    const aside = keepAside(getItem(STORAGE_KEY));
    if (aside === 'failed') outcome = 'refused';
    else if (aside === 'occupied') outcome = 'blocked';
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    outcome = 'refused';
  }
  window.dispatchEvent(new CustomEvent<Progress>(EVENT, { detail: progress }));
  return outcome;
}

/** Calls `listener` on every change, from this page or another tab; returns the unsubscribe. */
export function onProgress(listener: (progress: Progress) => void): () => void {
  const local = (event: Event) => listener((event as CustomEvent<Progress>).detail);
  const other = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    current = read();
    listener(current);
  };
  window.addEventListener(EVENT, local);
  window.addEventListener('storage', other);
  return () => {
    window.removeEventListener(EVENT, local);
    window.removeEventListener('storage', other);
  };
}
