/** Words of prose in an MDX body: fenced code, import lines and markup do not count. */
export function proseWordCount(body: string): number {
  const prose = body
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]|-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Root-relative link targets in an MDX body, e.g. `/radar/fastapi/` from `[FastAPI](/radar/fastapi/)`. */
export function bodyLinks(body: string): string[] {
  const withoutCode = body.replace(/^```[\s\S]*?^```/gm, ' ');
  return [...withoutCode.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1] ?? '');
}
