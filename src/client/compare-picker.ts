// The /compare/ picker: two entries chosen, their compare page opened; the list below works without it.
import { pairKey } from '../lib/compare.ts';

export function startPicker(form: HTMLFormElement | null): void {
  if (!form) return;
  const pages = JSON.parse(form.dataset['pages'] ?? '{}') as Record<string, string>;
  const [first, second] = [...form.querySelectorAll('select')];
  const status = form.querySelector<HTMLElement>('.picker-status');
  if (!first || !second || !status) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const page = pages[pairKey(first.value, second.value)];
    if (page) {
      location.assign(page);
      return;
    }
    const name = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? select.value;
    status.textContent =
      first.value === second.value
        ? 'Pick two different entries.'
        : `${name(first)} and ${name(second)} have no compare page: see the pairs listed below.`;
  });
}
