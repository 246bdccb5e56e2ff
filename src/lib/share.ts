/** The Markdown a reviewer pastes: `[FastAPI: Adopt (PyRadar 2024)](https://…/radar/fastapi/)`. */
export function reviewMarkdown(label: string, url: string): string {
  const text = label.replace(/([\\[\]])/g, '\\$1');
  return `[${text}](${url})`;
}
