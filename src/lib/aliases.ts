import type { ContentSet } from './content/types.ts';
import { editionSnapshots } from './radar/model.ts';
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
  /** Set on the redirect of an edition snapshot (`/editions/<edition>/<old>/`): that edition. */
  edition?: string;
}

export function aliasRedirects(set: ContentSet): AliasRedirect[] {
  const collections = [
    [set.entries, paths.entry],
    [set.topics, paths.topic],
    [set.survey, paths.question],
  ] as const;
  const pages = collections.flatMap(([items, path]) =>
    items.flatMap((item) =>
      item.data.aliases.map((alias, i) => ({
        from: path(alias),
        to: path(item.id),
        file: item.file,
        field: `aliases[${i}]`,
      })),
    ),
  );
  // An entry's snapshot in each edition had the old slug too, wherever the site builds that snapshot.
  const snapshots = editionSnapshots(set).flatMap(({ edition, entry }) =>
    entry.data.aliases.map((alias, i) => ({
      from: paths.editionEntry(edition, alias),
      to: paths.editionEntry(edition, entry.id),
      file: entry.file,
      field: `aliases[${i}]`,
      edition,
    })),
  );
  return [...pages, ...snapshots];
}
