// Loads Pagefind's own UI on the search page only, and keeps the query and filters in the URL.
import {
  canonicalFacet,
  type ComparePages,
  MAX_QUERY,
  SEARCH_RANKING,
  searchHints,
  type SearchName,
} from '../lib/search-hints.ts';
import { intentEntries, intentMatches, intentWords } from '../lib/search-intent.ts';
interface PagefindResult {
  meta: Record<string, string>;
}
interface PagefindUIInstance {
  triggerSearch(term: string): void;
  triggerFilters?(filters: Record<string, string[]>): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const FILTERS = ['type', 'quadrant', 'ring', 'category', 'edition'];

export async function startSearch(element: HTMLElement | null): Promise<void> {
  if (!element) return;
  const base = element.dataset['base'] ?? '/';
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${base}pagefind/pagefind-ui.css`;
  document.head.append(css);
  await loadScript(`${base}pagefind/pagefind-ui.js`);
  const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
  const ui = new PagefindUI({
    element,
    bundlePath: `${base}pagefind/`,
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: true,
    translations: { placeholder: 'Search entries, topics and survey questions' },
    // A facet value with no match only lengthens the list.
    showEmptyFilters: false,
    ranking: SEARCH_RANKING,
    // Results name their type, and entries their ring, so a reader can tell a topic from an entry.
    processResult(result: PagefindResult) {
      const label = [result.meta['type'], result.meta['ring']].filter(Boolean).join(' · ');
      if (label) result.meta['title'] = `${result.meta['title']} — ${label}`;
      return result;
    },
  });
  // Pagefind names its field by a title only; a real label names it for every assistive technology.
  const input = element.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (input) {
    input.id ||= 'search-query';
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.className = 'visually-hidden';
    label.textContent = 'Search entries, topics and survey questions';
    input.before(label);
  }
  if (input) input.maxLength = MAX_QUERY;
  // Above the results: both pages of "a vs b", or the page a misspelt name meant.
  const names = JSON.parse(element.dataset['names'] ?? '[]') as SearchName[];
  const comparePages = JSON.parse(element.dataset['compare'] ?? '{}') as ComparePages;
  // Entries carry their tags and ring order: the list a query of kinds is matched against.
  const intent = intentEntries(names);
  const hints = document.getElementById('search-hints');
  const link = (name: { url: string; title: string; kind: string }) => {
    const a = document.createElement('a');
    a.href = name.url;
    a.textContent = name.title;
    const kind = document.createElement('span');
    kind.className = 'muted';
    kind.textContent = ` (${name.kind})`;
    return [a, kind];
  };
  const showHints = (query: string) => {
    if (!hints) return;
    const found = searchHints(query, names, comparePages);
    const line = document.createElement('p');
    if (found.compare) line.append('Comparing: ', ...link(found.compare[0]), ' and ', ...link(found.compare[1]));
    else if (found.didYouMean) line.append('Did you mean ', ...link(found.didYouMean), '?');
    const lines: HTMLElement[] = line.childNodes.length ? [line] : [];
    // Two entries with a compare page: offer it under the pair.
    if (found.compare && found.comparePage) {
      const offer = document.createElement('p');
      const a = document.createElement('a');
      a.href = found.comparePage;
      a.className = 'compare-link';
      a.textContent = `Compare ${found.compare[0].title} and ${found.compare[1].title}`;
      offer.append(a, ' side by side');
      lines.push(offer);
    }
    // A query made of kinds ("async web framework"): the entries that are all of them, best ring first.
    const kinds = intentMatches(query, intent);
    if (kinds.length) {
      const heading = document.createElement('p');
      heading.append(`Radar entries tagged ${intentWords(query).join(', ')}:`);
      const list = document.createElement('ul');
      list.className = 'intent-list';
      for (const entry of kinds) {
        const item = document.createElement('li');
        item.append(...link(entry));
        list.append(item);
      }
      lines.push(heading, list);
    }
    hints.replaceChildren(...lines);
  };
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  const facets = JSON.parse(element.dataset['facets'] ?? '{}') as Record<string, string[]>;
  for (const name of FILTERS) {
    // Any case in the URL; values the facet does not have are dropped rather than matching nothing.
    const values = params.getAll(name).flatMap((value) => canonicalFacet(facets[name] ?? [], value) ?? []);
    if (values.length) filters[name] = values;
  }
  if (Object.keys(filters).length) ui.triggerFilters?.(filters);
  const query = params.get('q')?.slice(0, MAX_QUERY);
  if (query) {
    ui.triggerSearch(query);
    showHints(query);
  }
  // Mirror the search box into ?q= so the address can be shared.
  element.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (!target.matches('input[type="text"], input[type="search"]')) return;
    showHints(target.value);
    const next = new URLSearchParams(location.search);
    if (target.value) next.set('q', target.value);
    else next.delete('q');
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
  });
  // Arrow keys move between the search box and the result links, as in most search dialogs.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...element.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')];
    const input = element.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target = event.key === 'ArrowDown' ? (at < 0 ? links[0] : links[at + 1]) : at <= 0 ? input : links[at - 1];
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
  // Mirror filter checkboxes into the URL too.
  element.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.type !== 'checkbox') return;
    const group = box.closest('fieldset')?.querySelector('legend')?.textContent?.trim().toLowerCase();
    if (!group || !FILTERS.includes(group)) return;
    const next = new URLSearchParams(location.search);
    const values = new Set(next.getAll(group));
    const value = box.value || box.name;
    if (box.checked) values.add(value);
    else values.delete(value);
    next.delete(group);
    for (const v of values) next.append(group, v);
    history.replaceState(null, '', `${location.pathname}?${next}`);
  });
}
