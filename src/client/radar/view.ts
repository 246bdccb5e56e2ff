// Enhances a server-rendered radar: linked highlighting of blips and legend, a tooltip,
// filters kept in the URL, and a zoom per quadrant. Without it, everything still reads and links.
import {
  matches,
  readFilters,
  readFocus,
  statusLine,
  writeFilters,
  writeFocus,
  FILTER_KEYS,
  type FilterState,
} from '../../lib/radar/view.ts';
import { copyText } from '../copy.ts';
import { Tooltip } from './tooltip.ts';
import { setViewBox } from './zoom.ts';

type Tagged = HTMLElement | SVGElement;
/** Phone widths: the same breakpoint as the page's styles. */
const NARROW = '(max-width: 40rem)';
const data = (el: Tagged) => ({
  ring: el.dataset['ring'] ?? '',
  quadrant: el.dataset['quadrant'] ?? '',
  tags: (el.dataset['tags'] ?? '').split(' '),
});

class RadarViewElement extends HTMLElement {
  private blips = new Map<string, SVGAElement>();
  private items = new Map<string, HTMLLIElement>();
  private svg: SVGSVGElement | null = null;
  private tooltip: Tooltip | null = null;
  private filters: FilterState = { ring: '', quadrant: '', tag: '' };
  /** The zoomed quadrant's id, or '' for the whole radar. */
  private zoomed = '';
  private fullBox = '';
  /** The blip a reader last pointed at, focused or opened by link: what "Copy link to this blip" copies. */
  private selected = '';

  connectedCallback(): void {
    if (this.svg) return;
    this.svg = this.querySelector('svg.radar');
    const tip = this.querySelector<HTMLElement>('.radar-tooltip');
    if (tip) this.tooltip = new Tooltip(tip);
    for (const blip of this.querySelectorAll<SVGAElement>('a.blip')) this.blips.set(blip.dataset['entry'] ?? '', blip);
    for (const item of this.querySelectorAll<HTMLLIElement>('.legend li[data-entry]'))
      this.items.set(item.dataset['entry'] ?? '', item);
    this.wireHighlight();
    this.wireFilters();
    this.wireZoom();
    this.wireCopyBlip();
    const controls = this.querySelector<HTMLElement>('.radar-controls');
    if (controls) controls.hidden = false;
    // The filters open beside the zoom buttons on a wide screen; on a phone they stay folded under their summary
    // (opening them there would push the chart down), unless a shared link set one.
    const panel = this.querySelector<HTMLDetailsElement>('.radar-filter-panel');
    if (panel && (!matchMedia(NARROW).matches || Object.values(this.filters).some(Boolean))) panel.open = true;
    this.openFocus();
  }

  /** A shared link's `?zoom=` and `?entry=`: zoom there, light the blip and its legend line, and name it. */
  private openFocus(): void {
    const focus = readFocus(location.search);
    const blip = this.blips.get(focus.entry);
    let zoom = focus.zoom && this.zoomButton(focus.zoom) ? focus.zoom : (blip?.dataset['quadrant'] ?? '');
    // A phone opens on one quadrant (the first the chart shows), its blips twice the size; a link that asks for the
    // whole radar (`?zoom=all`) gets it.
    if (!zoom && !focus.zoom && matchMedia(NARROW).matches)
      zoom =
        this.querySelector<HTMLButtonElement>('.radar-zoom button[data-quadrant]:not(.whole)')?.dataset['quadrant'] ??
        '';
    if (zoom) this.zoomTo(zoom, false);
    if (!blip) return;
    blip.classList.add('is-target');
    this.select(focus.entry);
    this.highlight(focus.entry, true, true);
    blip.scrollIntoView({ block: 'center' });
    // Scrolling moves the blip: place the tooltip again where it now is.
    this.tooltip?.show(blip, blip.dataset['tip'] ?? '');
  }

  private select(slug: string): void {
    this.selected = slug;
    const button = this.querySelector<HTMLButtonElement>('[data-copy-blip]');
    const title = this.blips.get(slug)?.dataset['tip'];
    if (button && title) {
      button.disabled = false;
      // The tip reads "6. FastAPI · Adopt": the button names just the entry.
      button.textContent = `Copy link to ${title.replace(/^\d+\.\s*/, '').split(' · ')[0]}`;
    }
  }

  private wireCopyBlip(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-copy-blip]');
    const status = this.querySelector('.copy-blip-status');
    button?.addEventListener('click', async () => {
      if (!this.selected) return;
      const query = writeFocus(location.search, { entry: this.selected, zoom: this.zoomed });
      await copyText(`${location.origin}${location.pathname}${query}`, status, 'Link copied');
    });
  }

  private highlight(slug: string, on: boolean, fromChart: boolean): void {
    const blip = this.blips.get(slug);
    blip?.classList.toggle('is-active', on);
    this.items.get(slug)?.classList.toggle('is-active', on);
    if (!this.tooltip || !blip || !fromChart) return;
    if (on) this.tooltip.show(blip, blip.dataset['tip'] ?? '');
    else if (this.tooltip.isFor(blip)) this.tooltip.hideSoon();
  }

  private wireHighlight(): void {
    const entryOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<Tagged>('[data-entry]') : null;
    const handle = (on: boolean) => (event: Event) => {
      const el = entryOf(event.target);
      if (!el || !this.contains(el)) return;
      // Moving between parts of the same blip or legend line is not leaving it.
      const related = 'relatedTarget' in event ? entryOf((event as MouseEvent).relatedTarget) : null;
      if (related === el) return;
      this.highlight(el.dataset['entry'] ?? '', on, el instanceof SVGElement);
      if (on && el instanceof SVGElement) this.select(el.dataset['entry'] ?? '');
      // Leaving a hovered blip while another has keyboard focus: the tooltip goes back to the focused one.
      const focused = entryOf(document.activeElement);
      if (!on && focused instanceof SVGElement && focused !== el && this.contains(focused))
        this.highlight(focused.dataset['entry'] ?? '', true, true);
    };
    this.addEventListener('mouseover', handle(true));
    this.addEventListener('mouseout', handle(false));
    this.addEventListener('focusin', handle(true));
    this.addEventListener('focusout', handle(false));
  }

  /** Applies filters and zoom to every blip and legend line, so the chart and the legend always agree. */
  private refresh(): void {
    let shown = 0;
    for (const [slug, blip] of this.blips) {
      const visible = matches(data(blip), this.filters);
      const inView = !this.zoomed || blip.dataset['quadrant'] === this.zoomed;
      blip.classList.toggle('is-dimmed', !visible);
      // Filtered out or zoomed out of view: out of the tab order and the accessibility tree too.
      if (visible && inView) {
        blip.removeAttribute('tabindex');
        blip.removeAttribute('aria-hidden');
      } else {
        blip.setAttribute('tabindex', '-1');
        blip.setAttribute('aria-hidden', 'true');
      }
      const item = this.items.get(slug);
      // The legend lists what the chart shows: a zoomed view lists its quadrant only.
      if (item) item.hidden = !visible || !inView;
      if (visible && inView) shown++;
    }
    // Ring groups and quadrants the filter leaves empty go too, headings and all.
    for (const group of this.querySelectorAll<HTMLElement>('.legend-group, .legend-quadrant')) {
      group.hidden = !group.querySelector('li[data-entry]:not([hidden])');
    }
    const status = this.querySelector('.radar-filter-status');
    const total = this.blips.size;
    const zoomedTitle = this.zoomed ? (this.zoomButton(this.zoomed)?.textContent?.trim() ?? '') : '';
    if (status) status.textContent = statusLine(shown, total, zoomedTitle);
  }

  private wireFilters(): void {
    const form = this.querySelector<HTMLElement>('.radar-filters');
    if (!form) return;
    const select = (key: string) => form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    // Restore a shared link's filters; values the page does not offer are dropped.
    const read = () => {
      this.filters = readFilters(location.search);
      for (const key of FILTER_KEYS) {
        const control = select(key);
        if (control && [...control.options].some((o) => o.value === this.filters[key]))
          control.value = this.filters[key];
        else {
          this.filters[key] = '';
          if (control) control.value = '';
        }
      }
      this.refresh();
    };
    read();
    window.addEventListener('popstate', read);
    const update = () => {
      for (const key of FILTER_KEYS) this.filters[key] = select(key)?.value ?? '';
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${writeFilters(location.search, this.filters)}${location.hash}`,
      );
      this.refresh();
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

  /** The zoom button of a quadrant id ('' for the whole radar), if the page has one. */
  private zoomButton(quadrant: string): HTMLButtonElement | null {
    return (
      [...this.querySelectorAll<HTMLButtonElement>('.radar-zoom button[data-viewbox]')].find(
        (b) => (b.dataset['quadrant'] ?? '') === quadrant && (quadrant !== '' || b.classList.contains('whole')),
      ) ?? null
    );
  }

  private zoomTo(quadrant: string, animate: boolean): void {
    const button = this.zoomButton(quadrant);
    if (!button || !this.svg) return;
    this.zoomed = quadrant;
    setViewBox(this.svg, button.dataset['viewbox'] || this.fullBox, animate);
    for (const b of this.querySelectorAll('.radar-zoom button[data-viewbox]'))
      b.setAttribute('aria-pressed', String(b === button));
    this.refresh();
  }

  private wireZoom(): void {
    const zoom = this.querySelector<HTMLElement>('.radar-zoom');
    const svg = this.svg;
    if (!zoom || !svg) return;
    this.fullBox = svg.getAttribute('viewBox') ?? '';
    zoom.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-viewbox]');
      if (!button) return;
      this.zoomTo(button.dataset['quadrant'] ?? '', true);
      this.tooltip?.hide();
      // The zoom lives in the URL like the filters, so a shared link opens the same view.
      history.replaceState(
        history.state,
        '',
        // A phone opens zoomed, so its whole-radar view needs saying in the link.
        `${location.pathname}${writeFocus(location.search, { zoom: this.zoomed || (matchMedia(NARROW).matches ? 'all' : '') })}${location.hash}`,
      );
    });
    // Paper gets the whole radar, whatever the screen shows.
    let before = '';
    window.addEventListener('beforeprint', () => {
      // The box a zoom is gliding to, not where the glide has got to; setting it stops the glide.
      before = zoom.querySelector<HTMLElement>('button[aria-pressed="true"]')?.dataset['viewbox'] || this.fullBox;
      setViewBox(svg, this.fullBox, false);
    });
    window.addEventListener('afterprint', () => {
      if (before) setViewBox(svg, before, false);
    });
  }
}

if (!customElements.get('radar-view')) customElements.define('radar-view', RadarViewElement);
