/**
 * The script of every redirect page: it carries the query string and the fragment to the new URL, which a meta
 * refresh drops. It is the same text on every page, so one CSP hash allows it; the target is read from the
 * script's own `data-to` attribute.
 */
export const REDIRECT_SCRIPT = 'location.replace(document.currentScript.dataset.to+location.search+location.hash)';
