// Moves the chart's viewBox to a quadrant and back: a short glide shows where the view went,
// unless the reader asked for reduced motion.
const DURATION = 220;

const parse = (box: string) => box.split(/[\s,]+/).map(Number);

export function setViewBox(svg: SVGSVGElement, target: string, animate = true): void {
  const from = parse(svg.getAttribute('viewBox') ?? target);
  const to = parse(target);
  const still =
    !animate || window.matchMedia('(prefers-reduced-motion: reduce)').matches || from.length !== 4 || to.length !== 4;
  const token = String(Math.random());
  svg.dataset['zoomToken'] = token;
  if (still) {
    svg.setAttribute('viewBox', target);
    return;
  }
  const start = performance.now();
  const step = (now: number) => {
    // A newer zoom took over.
    if (svg.dataset['zoomToken'] !== token) return;
    const t = Math.min(1, (now - start) / DURATION);
    const ease = 1 - (1 - t) ** 3;
    if (t >= 1) svg.setAttribute('viewBox', target);
    else
      svg.setAttribute(
        'viewBox',
        from.map((a, i) => Math.round((a + ((to[i] ?? a) - a) * ease) * 100) / 100).join(' '),
      );
    if (t < 1) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
