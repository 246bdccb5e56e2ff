/** The downloadable files of each chart from the content: what the /downloads/ routes serve, SVG and PNG alike. */
import type { ContentSet } from '../content/types.ts';
import { radarCaption, surveySample } from '../embed.ts';
import { currentEdition, orderedQuadrants, orderedRings, radarAt } from '../radar/model.ts';
import { radarSvg, surveySvg, type StandaloneSvg } from './svg.ts';

/** A survey question's chart; `link` is its page's absolute URL. Throws on an unknown id. */
export function questionSvg(set: ContentSet, id: string, link: string): StandaloneSvg {
  const q = set.survey.find((item) => item.id === id);
  if (!q) throw new Error(`questionSvg: no survey question "${id}" in content/survey/`);
  const source = set.sources.find((s) => s.id === q.data.source)?.data.title ?? q.data.source;
  return surveySvg({
    title: q.data.title,
    options: q.data.options,
    respondents: q.data.respondents,
    caption: `${surveySample(q.data)} · Source: ${source}`,
    link,
  });
}

/** The current edition's radar; `link` is the radar page's absolute URL. */
export function currentRadarSvg(set: ContentSet, link: string): StandaloneSvg {
  const edition = currentEdition(set);
  const { items } = radarAt(set, edition.id);
  return radarSvg({
    title: edition.data.title,
    items,
    rings: orderedRings(set),
    quadrants: orderedQuadrants(set),
    caption: radarCaption(items.length, edition.data.date),
    link,
  });
}
