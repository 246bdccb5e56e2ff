import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { parseAll, parseCollection } from '../../src/lib/content/parse.ts';
import { rawReferences } from '../../src/lib/content/reference-fields.ts';
import { checkReferences } from '../../src/lib/content/references.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { file, goodEntry, minimalSet, words } from './content-fixture.ts';

const withAliases = (aliases: string, title = 'FastAPI') =>
  goodEntry.replace('title: FastAPI', `title: ${title}`).replace('tags: [web]', `tags: [web]\naliases: [${aliases}]`);

describe('alias claims', () => {
  it("refuse an alias equal to the entry's own slug", () => {
    const problems = checkReferences(minimalSet({ fastapi: withAliases('fastapi') }));
    expect(problems).toEqual([
      {
        file: 'content/entries/fastapi.mdx',
        field: 'aliases[0]',
        message: '"fastapi" is this file\'s own slug; aliases lists only old slugs that should redirect here',
      },
    ]);
  });
  it('refuse an alias claimed by two files, once, naming the first', () => {
    const problems = checkReferences(
      minimalSet({ fastapi: withAliases('fast-api'), starlette: withAliases('fast-api', 'Starlette') }),
    );
    expect(problems).toEqual([
      {
        file: 'content/entries/starlette.mdx',
        field: 'aliases[0]',
        message: 'URL /radar/fast-api/ is already claimed by content/entries/fastapi.mdx',
      },
    ]);
  });
  it('refuse an alias listed twice in one file', () => {
    const { problems } = parseCollection('entries', [file('entries/fastapi.mdx', withAliases('old, old'))]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      expect.stringMatching(/^aliases: lists an id twice/),
    ]);
  });
});

// A complete content folder: one file in each collection, all consistent.
const complete: Record<string, string> = {
  'rings/adopt.mdx': 'title: Adopt\norder: 1\ncolor: "#112233"\nsummary: What to do with an entry in this ring.',
  'rings/trial.mdx': 'title: Trial\norder: 2\ncolor: "#112233"\nsummary: What to do with an entry in this ring.',
  'quadrants/languages-frameworks.mdx': 'title: L&F\norder: 1\nsummary: Languages and frameworks of all kinds.',
  'editions/2023.mdx':
    'title: PyRadar 2023\ndate: "2023-02-18"\nsources: [notes-2023]\nsummary: The 2023 edition of the radar.',
  'sources/notes-2023.mdx':
    'title: Notes\nauthor: A developer\ndate: "2023"\nkind: practitioner-notes\nsummary: A developer describing their Python stack.\nseed: "004"',
  'entries/fastapi.mdx': goodEntry,
  'categories/web.mdx': 'title: Web\norder: 1\nsummary: Building for the web with Python.',
  'topics/asgi.mdx':
    'title: ASGI\ncategory: web\norder: 1\nlevel: core\nsummary: The async server gateway interface.\nentries: [fastapi]',
  'survey-sections/tools.mdx': 'title: Tools\norder: 1\nsummary: The tools developers use every day.',
  'survey/type-hints.mdx':
    'title: Type hints\nquestion: Do you use type hints?\nsection: tools\nsource: notes-2023\norder: 1\nkind: single\nlabels: table\noptions:\n  - label: "Yes"\n    percent: 100',
};
const bodies: Record<string, string> = { entries: words(200), topics: words(150), survey: words(50) };

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
/** Writes a content folder into a new temporary directory; `null` leaves a file out, a string replaces it. */
function contentDir(changes: Record<string, string | null> = {}, emptyFolders: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'pyradar-content-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries({ ...complete, ...changes })) {
    if (text === null) continue;
    const path = join(dir, 'content', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `---\n${text}\n---\n${bodies[name.split('/')[0]!] ?? ''}\n`);
  }
  for (const folder of emptyFolders) mkdirSync(join(dir, 'content', folder), { recursive: true });
  return dir;
}
const load = (dir: string) => loadContent(join(dir, 'content'), dir).problems;

describe('the content folder', () => {
  it('passes when complete', () => {
    expect(load(contentDir())).toEqual([]);
  });
  it('is a problem when missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyradar-content-'));
    dirs.push(dir);
    expect(load(dir)).toEqual([
      {
        file: 'content',
        field: '(folder)',
        message: `content folder not found; it holds one folder per collection: ${COLLECTION_NAMES.join(', ')}`,
      },
    ]);
  });
  it('is a problem when empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyradar-content-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'content'));
    expect(load(dir)).toEqual([
      {
        file: 'content',
        field: '(folder)',
        message: `content folder is empty; it holds one folder per collection: ${COLLECTION_NAMES.join(', ')}`,
      },
    ]);
  });
  it('names a collection folder that is empty or missing', () => {
    const problems = load(
      contentDir({ 'entries/fastapi.mdx': null, 'survey/type-hints.mdx': null }, ['entries']),
    ).filter((p) => p.field === '(folder)');
    expect(problems).toEqual([
      { file: 'content/entries', field: '(folder)', message: 'no content files: add at least one .mdx file' },
      { file: 'content/survey', field: '(folder)', message: 'folder not found: add it with at least one .mdx file' },
    ]);
  });
});

describe('messages for missing fields', () => {
  const messagesFor = (collection: (typeof COLLECTION_NAMES)[number], frontmatter: string) =>
    parseCollection(collection, [file(`${collection}/x.mdx`, frontmatter)]).problems.map(
      (p) => `${p.field}: ${p.message}`,
    );
  it('never show zod’s own wording, in any collection', () => {
    for (const collection of COLLECTION_NAMES) {
      const messages = messagesFor(collection, 'unknown: 1');
      expect(messages, collection).toContain('title: title is required: text');
      for (const message of messages)
        expect(message, collection).not.toMatch(/Invalid (input|option)|expected \w+, received/);
    }
  });
  it('say "required" and what to write', () => {
    expect(messagesFor('topics', 'order: 1')).toEqual(
      expect.arrayContaining([
        'title: title is required: text',
        'level: level is required; allowed: core, nice-to-know, advanced',
        'category: category is required: a slug (lower-case letters, digits and hyphens), in quotes if it is a number',
      ]),
    );
    expect(messagesFor('survey', 'title: T')).toEqual(
      expect.arrayContaining([
        'kind: kind is required; allowed: single, multiple',
        'order: order is required: a number',
        'options: options is required: a list',
      ]),
    );
  });
  it('list the ids a reference may name', () => {
    const files = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Parameters<
      typeof parseAll
    >[0];
    files.quadrants.push(
      file('quadrants/tools.mdx', 'title: Tools\norder: 1\nsummary: Tools of all kinds, every one.'),
    );
    files.entries.push(file('entries/x.mdx', goodEntry.replace(/^quadrant: .*$/m, '')));
    expect(parseAll(files).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'quadrant: quadrant is required: the id of a quadrant; allowed: one of tools',
    ]);
  });
  it('say what a wrongly typed value should be', () => {
    expect(messagesFor('topics', 'order: first')).toContainEqual('order: order must be a number (value: "first")');
    expect(messagesFor('topics', 'level: expert')).toContainEqual(
      'level: "expert" is not allowed; allowed: core, nice-to-know, advanced (value: "expert")',
    );
  });
});

describe('misspelt references', () => {
  const set = () => {
    const s = minimalSet({ fastapi: goodEntry, django: goodEntry.replace('title: FastAPI', 'title: Django') });
    return s;
  };
  it('suggest the nearest id', () => {
    const s = set();
    s.entries[0]!.data.related = ['djnago'];
    expect(checkReferences(s).map((p) => p.message)).toEqual([
      expect.stringMatching(/^"djnago" is not a known radar entry; did you mean `django`\? allowed: /),
    ]);
  });
  it('suggest nothing when no id is near', () => {
    const s = set();
    s.entries[0]!.data.related = ['kubernetes'];
    expect(checkReferences(s).map((p) => p.message)).toEqual([
      '"kubernetes" is not a known radar entry; allowed: one of django, fastapi',
    ]);
  });
});

describe('a file that fails its schema', () => {
  // fastapi.mdx lacks its summary (a schema error) and names a topic that does not exist.
  const broken = goodEntry.replace(/^summary: .*\n/m, '').replace('tags: [web]', 'tags: [web]\ntopics: [asgii]');
  it('still has its references checked', () => {
    const problems = load(contentDir({ 'entries/fastapi.mdx': broken }));
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/entries/fastapi.mdx: summary: summary is required: text',
      'content/entries/fastapi.mdx: topics[0]: "asgii" is not a known topic; did you mean `asgi`? allowed: one of asgi',
    ]);
  });
  it('is not reported as unknown where other files name it', () => {
    // topics/asgi.mdx names fastapi in `entries`; the survey question's file is broken and the topic names it.
    const problems = load(
      contentDir({
        'entries/fastapi.mdx': goodEntry.replace(/^summary: .*\n/m, ''),
        'topics/asgi.mdx': `${complete['topics/asgi.mdx']}\nsurvey: [type-hints]`,
        'survey/type-hints.mdx': 'title: [unclosed',
      }),
    );
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/entries/fastapi.mdx: summary',
      'content/survey/type-hints.mdx: (frontmatter)',
    ]);
  });
  it('has every reference field of an entry checked, valid file or not', () => {
    // Every reference misspelt: one table of fields serves valid files and files failing their schema alike.
    const misspelt = goodEntry
      .replace('quadrant: languages-frameworks', 'quadrant: x1')
      .replace('ring: trial', 'ring: x2\n    quadrant: x3')
      .replace('edition: "2023"', 'edition: x4')
      .replace('sources: [notes-2023]', 'sources: [x5]')
      .replace('  - source: notes-2023', '  - source: x6\n    question: x7')
      .replace(
        'tags: [web]',
        'tags: [web]\nrelated: [x8]\ntopics: [x9]\nsurvey: [x10]\nalternatives: [x12]\nretired:\n  edition: x11\n  reason: Nobody uses it any more.',
      );
    const s = minimalSet({ fastapi: goodEntry });
    const [item] = parseCollection('entries', [file('entries/fastapi.mdx', misspelt, words(200))]).items;
    s.entries = [item!];
    const typed = checkReferences(s)
      .filter((p) => /is not a known/.test(p.message))
      .map((p) => p.field);
    const raw = rawReferences('entries', item!.data).map((r) => r.field);
    expect(typed.sort()).toEqual([
      'alternatives[0]',
      'history[0].edition',
      'history[0].quadrant',
      'history[0].ring',
      'history[0].sources[0]',
      'quadrant',
      'related[0]',
      'retired.edition',
      'sources[0].question',
      'sources[0].source',
      'survey[0]',
      'topics[0]',
    ]);
    expect(raw.sort()).toEqual(typed);
  });
});

describe("a team's own radar", () => {
  const radarSource =
    'title: Our radar\nauthor: The team\nkind: radar\nsummary: The radar the team keeps in another tool.';
  // An Adopt placement on a passing mention, with a one-line write-up: fine for an imported radar only, whose
  // placements are its owners' decisions.
  const decided = (source: string) =>
    goodEntry
      .replace('ring: trial', 'ring: adopt')
      .replace('basis: [production-use]', 'basis: [mention]')
      .replaceAll('notes-2023', source);
  const shortBody = (dir: string) => {
    writeFileSync(join(dir, 'content/entries/fastapi.mdx'), `---\n${decided('team-radar')}\n---\nOne line.\n`);
    return dir;
  };

  it('may leave out the competency profile and the survey, each as a whole', () => {
    const without = { 'categories/web.mdx': null, 'topics/asgi.mdx': null };
    expect(load(contentDir({ ...without, 'survey-sections/tools.mdx': null, 'survey/type-hints.mdx': null }))).toEqual(
      [],
    );
    // Topics without their categories cannot build their pages.
    expect(load(contentDir({ 'categories/web.mdx': null }))).toContainEqual({
      file: 'content/categories',
      field: '(folder)',
      message: 'folder not found: add it with at least one .mdx file',
    });
  });

  it('numbers its rings and segments 1, 2, 3… with no gap', () => {
    const problems = load(
      contentDir({
        'rings/trial.mdx': 'title: Trial\norder: 3\nsummary: What to do with an entry in this ring.',
      }),
    );
    expect(problems).toContainEqual({
      file: 'content/rings/trial.mdx',
      field: 'order',
      message: 'rings are numbered 1 to 2 with no gap or repeat; this one should be 2 (it is 3)',
    });
    const seventh = parseCollection('quadrants', [
      file('quadrants/x.mdx', 'title: X\norder: 7\nsummary: A seventh slice of the radar.'),
    ]).problems;
    expect(seventh.map((p) => p.message)).toEqual(['order: a radar has at most 6 segments (value: 7)']);
  });

  it('takes ring colours from their place unless a ring sets its own', () => {
    const { problems } = parseCollection('rings', [
      file('rings/a.mdx', 'title: A\norder: 1\ncolor: blue\nsummary: What to do with an entry in this ring.'),
    ]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['color: color must be #rrggbb (value: "blue")']);
  });

  it('places entries on its own word, where the sources are the imported radar and no document', () => {
    const dir = contentDir({
      'sources/team-radar.mdx': radarSource,
      'editions/2023.mdx': complete['editions/2023.mdx']!.replace('notes-2023', 'team-radar'),
    });
    expect(load(shortBody(dir)).filter((p) => p.file.includes('fastapi'))).toEqual([]);
  });

  it('still holds a document-based placement to the policy and the write-up length', () => {
    const dir = contentDir();
    writeFileSync(join(dir, 'content/entries/fastapi.mdx'), `---\n${decided('notes-2023')}\n---\nOne line.\n`);
    expect(load(dir).map((p) => `${p.field}: ${p.message.slice(0, 40)}`)).toEqual([
      'history[0].basis: a adopt placement needs a basis of produ',
      '(body): write-up has 2 words; allowed: 150 to 40',
    ]);
  });

  it('names where a source can be read: a seed we hold or a URL, unless it is an imported radar', () => {
    const messages = (text: string) =>
      parseCollection('sources', [file('sources/x.mdx', text)]).problems.map((p) => `${p.field}: ${p.message}`);
    const base = 'title: Notes\nauthor: A developer\nkind: report\nsummary: A document about Python at work.';
    expect(messages(base)).toEqual([
      'seed: a source needs a seed (a document in shared/seeds) or a url (where it is published) (value: missing)',
    ]);
    expect(messages(`${base}\nurl: https://peps.python.org/pep-0703/\ndate: "2023-10-24"`)).toEqual([]);
    expect(messages(`${base}\nurl: http://example.com/\ndate: "2024"`)).toEqual([
      'url: "http://example.com/" is not an https:// URL',
    ]);
    expect(messages(radarSource)).toEqual([]);
  });
});

describe('sources read online', () => {
  const online = (id: string, extra: string) =>
    file(
      `sources/${id}.mdx`,
      `title: What's New In Python 3.14\nauthor: Python Software Foundation\nkind: documentation\nsummary: The changes in Python 3.14, by the CPython developers.\n${extra}`,
    );
  it('need the date of the version read', () => {
    const { problems } = parseCollection('sources', [
      online('whatsnew-3-14', 'url: https://docs.python.org/3/whatsnew/3.14.html'),
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'content/sources/whatsnew-3-14.mdx date: a source read online needs its date: when it was published or last updated, as precisely as it says (value: missing)',
    ]);
  });
  it('are cited with the section a fact stands in', () => {
    const cite = (where: string) =>
      goodEntry.replace(
        'sources:\n  - source: notes-2023',
        `sources:\n  - source: notes-2023\n  - source: whatsnew-3-14${where}`,
      );
    const withSource = (entry: string) => {
      const set = minimalSet({ fastapi: entry });
      set.sources.push(
        ...parseCollection('sources', [
          online('whatsnew-3-14', 'url: https://docs.python.org/3/whatsnew/3.14.html\ndate: "2025-10-07"'),
        ]).items,
      );
      return checkReferences(set).map((p) => `${p.field}: ${p.message}`);
    };
    expect(withSource(cite(''))).toEqual([
      'sources[1].where: "whatsnew-3-14" is a document read online: name the section the fact stands in (its heading), e.g. where: "Summary – release highlights"',
    ]);
    expect(withSource(cite('\n    where: "Free-threaded mode improvements"'))).toEqual([]);
  });
  it('give their address: a PEP, docs page or changelog without a url is refused', () => {
    const { problems } = parseCollection('sources', [online('pep-0703', 'date: "2023-10-24"\nseed: "002"')]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'url: a source of kind "documentation" is read online: give its url (https), where the version we read is published (value: missing)',
    ]);
  });
  it('are one record per address: a second record of the same URL is refused, naming the first', () => {
    const set = minimalSet();
    set.sources.push(
      ...parseCollection('sources', [
        online('whatsnew-3-14', 'url: https://docs.python.org/3/whatsnew/3.14.html\ndate: "2025-10-07"'),
        online('python-3-14', 'url: https://docs.python.org/3/whatsnew/3.14.html#summary\ndate: "2025-10-07"'),
      ]).items,
    );
    expect(checkReferences(set).filter((p) => p.field === 'url')).toEqual([
      {
        file: 'content/sources/python-3-14.mdx',
        field: 'url',
        message:
          'https://docs.python.org/3/whatsnew/3.14.html#summary is already the source whatsnew-3-14: cite that one',
      },
    ]);
  });
});
