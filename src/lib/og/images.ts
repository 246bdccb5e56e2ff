import type { ContentSet } from '../content/types.ts';
import { currentRadarSvg, questionSvg } from '../downloads/charts.ts';
import { paths, withBase } from '../urls.ts';
import { ogCards } from './pages.ts';
import type { ImageJob } from './pool.ts';

/**
 * Every PNG the build renders, by its path under the site root: a preview card per content page (`og/<path>.png`) and
 * a PNG of each chart download (`downloads/…`), whose captions link to their pages on `site` under `base`.
 */
export function imageJobs(set: ContentSet, site: string, base: string): Map<string, ImageJob> {
  const jobs = new Map<string, ImageJob>();
  for (const [path, input] of ogCards(set)) jobs.set(`og/${path}.png`, { kind: 'card', input });
  const link = (path: string) => new URL(withBase(path, base), site).href;
  for (const q of set.survey) {
    const chart = questionSvg(set, q.id, link(paths.question(q.id)));
    jobs.set(`downloads/survey/${q.id}.png`, { kind: 'png', svg: chart.svg, width: chart.width });
  }
  const radar = currentRadarSvg(set, link(paths.radar()));
  jobs.set('downloads/radar.png', { kind: 'png', svg: radar.svg, width: radar.width });
  return jobs;
}
