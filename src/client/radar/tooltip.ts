// The blip tooltip: names the entry and ring beside the blip, never over it. It stays while the
// pointer moves onto it and Escape dismisses it (WCAG 1.4.13); screen readers already have the blip's name.
import { placeTooltip } from '../../lib/radar/view.ts';

export class Tooltip {
  private hideTimer = 0;
  private current: Element | null = null;

  constructor(private readonly el: HTMLElement) {
    el.addEventListener('pointerenter', () => window.clearTimeout(this.hideTimer));
    el.addEventListener('pointerleave', () => this.hideSoon());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.el.hidden) this.hide();
    });
  }

  /** Shows `text` next to `anchor`, in the coordinates of the tooltip's positioned parent. */
  show(anchor: Element, text: string): void {
    window.clearTimeout(this.hideTimer);
    // The positioned parent; offsetParent would be null while the tooltip is hidden.
    const frame = this.el.parentElement;
    if (!frame || !text) return;
    this.current = anchor;
    this.el.textContent = text;
    this.el.hidden = false;
    const frameBox = frame.getBoundingClientRect();
    // The blip's shape, not the link: the number's line box can reach past the shape, and changes as the font loads.
    const box = (anchor.querySelector('path') ?? anchor).getBoundingClientRect();
    const spot = placeTooltip(
      { left: box.left - frameBox.left, top: box.top - frameBox.top, width: box.width, height: box.height },
      { width: this.el.offsetWidth, height: this.el.offsetHeight },
      frameBox.width,
      // Not above the top of the screen: flip below the blip instead.
      -frameBox.top,
    );
    this.el.style.left = `${spot.left}px`;
    this.el.style.top = `${spot.top}px`;
    this.el.dataset['side'] = spot.side;
  }

  /** Hides after a moment, so the pointer can cross the gap onto the tooltip. */
  hideSoon(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 200);
  }

  hide(): void {
    window.clearTimeout(this.hideTimer);
    this.el.hidden = true;
    this.current = null;
  }

  isFor(anchor: Element): boolean {
    return this.current === anchor && !this.el.hidden;
  }
}
