import type { ContentSet } from './content/types.ts';
import { paths } from './urls.ts';

/**
 * Old URLs of renamed pages and where they now live: each `aliases` entry becomes a redirect,
 * so links pasted into old code reviews keep working. Collisions are refused by the content check.
 */
export interface AliasRedirect {
  from: string;
  to: string;
  /** The content file and field that declare it, for messages. */
  file: string;
  field: string;
}

export function aliasRedirects(set: ContentSet): AliasRedirect[] {
  const collections = [
    [set.entries, paths.entry],
    [set.topics, paths.topic],
    [set.survey, paths.question],
  ] as const;
  return collections.flatMap(([items, path]) =>
    items.flatMap((item) =>
      item.data.aliases.map((alias, i) => ({
        from: path(alias),
        to: path(item.id),
        file: item.file,
        field: `aliases[${i}]`,
      })),
    ),
  );
}
