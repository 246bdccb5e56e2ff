/**
 * Every page's path, relative to the site's base, in one place.
 * Pages and the JSON API use these; `withBase` adds the deployment base.
 */
export const paths = {
  home: () => '/',
  radar: () => '/radar/',
  entry: (slug: string) => `/radar/${slug}/`,
  quadrant: (id: string) => `/radar/quadrants/${id}/`,
  ring: (id: string) => `/radar/rings/${id}/`,
  editions: () => '/editions/',
  edition: (id: string) => `/editions/${id}/`,
  editionEntry: (edition: string, slug: string) => `/editions/${edition}/${slug}/`,
  topics: () => '/topics/',
  topic: (slug: string) => `/topics/${slug}/`,
  category: (slug: string) => `/categories/${slug}/`,
  survey: () => '/survey/',
  question: (id: string) => `/survey/${id}/`,
  section: (id: string) => `/survey/sections/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  search: () => '/search/',
  methodology: () => '/methodology/',
  check: () => '/check/',
  compares: () => '/compare/',
  /** A compare page: one URL per pair, slugs in alphabetical order whichever order they come in. */
  compare: (x: string, y: string) => (x < y ? `/compare/${x}/${y}/` : `/compare/${y}/${x}/`),
  badge: (slug: string) => `/badge/${slug}.svg`,
  api: (name: 'radar' | 'topics' | 'survey' | 'packages') => `/api/${name}.json`,
  questionCsv: (id: string) => `/api/survey/${id}.csv`,
  questionJson: (id: string) => `/api/survey/${id}.json`,
  /** Frameable pages of one chart, for other sites' iframes. */
  embedQuestion: (id: string) => `/embed/survey/${id}/`,
  embedRadar: () => '/embed/radar/',
  /** Build-time chart files: a standalone SVG and a 2x PNG of it. */
  questionDownload: (id: string, format: 'svg' | 'png') => `/downloads/survey/${id}.${format}`,
  radarDownload: (format: 'svg' | 'png') => `/downloads/radar.${format}`,
} as const;

/** Prefixes a root-relative path with the deployment base (e.g. `/pyradar`), keeping one slash between; other URLs are left alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}
