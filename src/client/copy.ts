/**
 * Puts `text` on the clipboard and says so in `status`. Where the browser refuses (no permission, no secure context),
 * `failed` says what to do instead; by default the status hands over the text to copy by hand.
 */
export async function copyText(
  text: string,
  status: Element | null,
  copied: string,
  failed: () => string = () => `Copy failed; here it is: ${text}`,
): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = copied;
  } catch {
    if (status) status.textContent = failed();
  }
}
