import type { ContentSet } from './content/types.ts';
import { paths } from './urls.ts';

/**
 * Old URLs of renamed pages and where they now live: each `aliases` entry becomes a redirect,
 * so links pasted into old code reviews keep working. Collisions are refused by the content check.
 */
export function aliasRedirects(set: ContentSet): { from: string; to: string }[] {
  return [
    ...set.entries.flatMap((e) => e.data.aliases.map((a) => ({ from: paths.entry(a), to: paths.entry(e.id) }))),
    ...set.topics.flatMap((t) => t.data.aliases.map((a) => ({ from: paths.topic(a), to: paths.topic(t.id) }))),
    ...set.survey.flatMap((q) => q.data.aliases.map((a) => ({ from: paths.question(a), to: paths.question(q.id) }))),
  ];
}
