/** The Markdown a reviewer pastes: `[FastAPI: Adopt (PyRadar 2024)](https://…/radar/fastapi/)`. */
export function reviewMarkdown(label: string, url: string): string {
  const text = label.replace(/([\\[\]])/g, '\\$1');
  return `[${text}](${url})`;
}

/** A badge image linking to its entry, for a README: `[![FastAPI on PyRadar: Adopt](…/badge/fastapi.svg)](…/radar/fastapi/)`. */
export function badgeMarkdown(alt: string, image: string, url: string): string {
  const text = alt.replace(/([\\[\]])/g, '\\$1');
  return `[![${text}](${image})](${url})`;
}
