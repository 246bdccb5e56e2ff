// Enhances a server-rendered radar: linked highlighting of blips and legend, a tooltip,
// filters kept in the URL, and a zoom per quadrant. Without it, everything still reads and links.
import { matches, readFilters, writeFilters, FILTER_KEYS, type FilterState } from '../../lib/radar/view.ts';

class RadarViewElement extends HTMLElement {
  private blips = new Map<string, SVGAElement>();
  private items = new Map<string, HTMLLIElement>();
  private svg: SVGSVGElement | null = null;
  private tooltip: HTMLElement | null = null;

  connectedCallback(): void {
    this.svg = this.querySelector('svg.radar');
    this.tooltip = this.querySelector('.radar-tooltip');
    for (const blip of this.querySelectorAll<SVGAElement>('a.blip')) {
      this.blips.set(blip.dataset['entry'] ?? '', blip);
      // The tooltip replaces the browser's own, which would show the same words twice.
      blip.querySelector('title')?.remove();
    }
    for (const item of this.querySelectorAll<HTMLLIElement>('.legend li[data-entry]')) this.items.set(item.dataset['entry'] ?? '', item);
    this.wireHighlight();
    this.wireFilters();
    this.wireZoom();
  }

  private highlight(slug: string, on: boolean): void {
    const blip = this.blips.get(slug);
    blip?.classList.toggle('is-active', on);
    this.items.get(slug)?.classList.toggle('is-active', on);
    if (!this.tooltip) return;
    if (!on || !blip) {
      this.tooltip.hidden = true;
      return;
    }
    this.tooltip.textContent = blip.dataset['tip'] ?? '';
    this.tooltip.hidden = false;
    const frame = this.tooltip.offsetParent?.getBoundingClientRect();
    const box = blip.getBoundingClientRect();
    if (!frame) return;
    // Above the blip, centred, kept inside the frame.
    const left = Math.min(Math.max(box.left + box.width / 2 - frame.left - this.tooltip.offsetWidth / 2, 4), frame.width - this.tooltip.offsetWidth - 4);
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${box.top - frame.top - this.tooltip.offsetHeight - 6}px`;
  }

  private wireHighlight(): void {
    const slugOf = (event: Event) => (event.target as Element).closest<HTMLElement | SVGElement>('[data-entry]')?.dataset['entry'];
    const on = (event: Event) => {
      const slug = slugOf(event);
      if (slug) this.highlight(slug, true);
    };
    const off = (event: Event) => {
      const slug = slugOf(event);
      if (slug) this.highlight(slug, false);
    };
    this.addEventListener('mouseover', on);
    this.addEventListener('focusin', on);
    this.addEventListener('mouseout', off);
    this.addEventListener('focusout', off);
  }

  private wireFilters(): void {
    const form = this.querySelector<HTMLElement>('.radar-filters');
    if (!form) return;
    const status = this.querySelector('.radar-filter-status');
    const apply = (state: FilterState) => {
      let shown = 0;
      for (const [slug, item] of this.items) {
        const visible = matches({ ring: item.dataset['ring'] ?? '', quadrant: item.dataset['quadrant'] ?? '', tags: (item.dataset['tags'] ?? '').split(' ') }, state);
        item.hidden = !visible;
        const blip = this.blips.get(slug);
        blip?.classList.toggle('is-dimmed', !visible);
        // A dimmed blip leaves the tab order and the accessibility tree, as its legend line does.
        if (blip) {
          if (visible) blip.removeAttribute('tabindex');
          else blip.setAttribute('tabindex', '-1');
          blip.setAttribute('aria-hidden', visible ? 'false' : 'true');
        }
        if (visible) shown++;
      }
      // Hide ring headings and lists left empty by the filter.
      for (const list of this.querySelectorAll<HTMLOListElement>('.legend-list')) {
        const empty = ![...list.children].some((li) => !(li as HTMLElement).hidden);
        list.hidden = empty;
        const heading = list.previousElementSibling as HTMLElement | null;
        if (heading?.classList.contains('legend-ring')) heading.hidden = empty;
      }
      if (status) status.textContent = shown === this.items.size ? `Showing all ${shown} entries` : `Showing ${shown} of ${this.items.size} entries`;
    };
    const select = (key: string) => form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    const state = readFilters(location.search);
    for (const key of FILTER_KEYS) {
      const control = select(key);
      if (control && [...control.options].some((o) => o.value === state[key])) control.value = state[key];
      else state[key] = '';
    }
    form.hidden = false;
    apply(state);
    const update = () => {
      for (const key of FILTER_KEYS) state[key] = select(key)?.value ?? '';
      history.replaceState(null, '', `${location.pathname}${writeFilters(location.search, state)}${location.hash}`);
      apply(state);
    };
    form.addEventListener('change', update);
    form.querySelector('[data-clear]')?.addEventListener('click', () => {
      for (const key of FILTER_KEYS) {
        const control = select(key);
        if (control) control.value = '';
      }
      update();
    });
  }

  private wireZoom(): void {
    const zoom = this.querySelector<HTMLElement>('.radar-zoom');
    if (!zoom || !this.svg) return;
    const full = this.svg.getAttribute('viewBox') ?? '';
    zoom.hidden = false;
    zoom.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-viewbox]');
      if (!button || !this.svg) return;
      const target = button.dataset['viewbox'] || full;
      this.svg.setAttribute('viewBox', target);
      this.svg.classList.toggle('is-zoomed', target !== full);
      for (const b of zoom.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    });
  }
}

customElements.define('radar-view', RadarViewElement);
