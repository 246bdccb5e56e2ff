import type { PackageRecord, PackagesJson } from '../api.ts';
import type { Dependency } from './types.ts';

/** Where a dependency is written: the file (when several were read) and the line. */
export interface Place {
  file?: string;
  line: number;
}

/** An entry the check points to instead of a package: its slug, title and absolute URL. */
export interface Alternative {
  slug: string;
  title: string;
  url: string;
}

/** A package that is on the radar, with every place the files name it. */
export interface Finding {
  name: string;
  record: PackageRecord;
  ringTitle: string;
  /** Each distinct way it is written, in order of appearance. */
  specs: string[];
  lines: number[];
  places: Place[];
  groups: string[];
  /** The record's alternatives, resolved to titles and URLs. */
  alternatives: Alternative[];
  /** In the outer half of the rings (Assess and Hold on a four-ring radar): the entry advises against new use. */
  outerRing: boolean;
}

export interface Report {
  /** Outermost ring first (by the data's ring order), then by name. */
  onRadar: Finding[];
  /** Sorted by name. */
  notCovered: { name: string; lines: number[]; places: Place[] }[];
  asOf: string;
  /** The radar's address, from the data. */
  site: string;
  /** How many distinct packages the files name. */
  total: number;
}

const unique = <T>(items: T[]) => [...new Set(items)];
const placeOf = (dep: Dependency): Place => (dep.file ? { file: dep.file, line: dep.line } : { line: dep.line });
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Looks each dependency up in the radar's packages data. One finding per package name, however many times and
 * files name it; the rest is listed as not covered.
 */
export function checkDependencies(deps: Dependency[], data: PackagesJson): Report {
  const byPackage = new Map<string, Dependency[]>();
  for (const dep of deps) byPackage.set(dep.name, [...(byPackage.get(dep.name) ?? []), dep]);
  // Rings are ranked by their order, never by their ids, so a radar with other rings sorts as it defines them.
  const rings = [...data.rings].sort((a, b) => a.order - b.order);
  const rank = new Map(rings.map((ring, index) => [ring.id, index]));
  const outerFrom = Math.ceil(rings.length / 2);
  const titleOf = new Map<string, string>();
  for (const record of Object.values(data.packages))
    if (!titleOf.has(record.slug)) titleOf.set(record.slug, record.title);
  // Data that names its alternatives' entries (every packages.json this site builds) gives their titles and URLs.
  const named = data.entries ?? {};
  for (const [slug, entry] of Object.entries(named)) titleOf.set(slug, entry.title);
  const onRadar: Finding[] = [];
  const notCovered: Report['notCovered'] = [];
  for (const [name, occurrences] of byPackage) {
    const lines = occurrences.map((dep) => dep.line);
    const places = occurrences.map(placeOf);
    // Own keys only: a package may be called `constructor`.
    const record = Object.hasOwn(data.packages, name) ? data.packages[name] : undefined;
    if (!record) {
      notCovered.push({ name, lines, places });
      continue;
    }
    onRadar.push({
      name,
      record,
      ringTitle: rings.find((ring) => ring.id === record.ring)?.title ?? record.ring,
      specs: unique(occurrences.map((dep) => dep.spec)),
      lines,
      places,
      groups: unique(occurrences.flatMap((dep) => (dep.group ? [dep.group] : []))),
      alternatives: record.alternatives.map((slug) => ({
        slug,
        title: titleOf.get(slug) ?? slug,
        url: Object.hasOwn(named, slug) ? named[slug]!.url : new URL(`radar/${slug}/`, data.site).href,
      })),
      outerRing: (rank.get(record.ring) ?? -1) >= outerFrom,
    });
  }
  // A ring the data does not list sorts after every listed one.
  const rankOf = (finding: Finding) => rank.get(finding.record.ring) ?? -1;
  onRadar.sort((a, b) => rankOf(b) - rankOf(a) || byName(a, b));
  notCovered.sort(byName);
  return { onRadar, notCovered, asOf: data.asOf, site: data.site, total: byPackage.size };
}

/** Text as Markdown shows it: every character that could start markup is escaped; line breaks cannot end a row. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/[\\`*_{}[\]<>#+!|~]/g, '\\$&')
  );
}

/** A URL safe inside `[text](url)`: characters that would end or break the link are percent-encoded. */
const linkUrl = (url: string) =>
  url.replace(/[\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const link = (text: string, url: string) => `[${escapeMarkdown(text)}](${linkUrl(url)})`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function ringLabel(finding: Finding): string {
  return finding.record.retired ? `${finding.ringTitle} (retired)` : finding.ringTitle;
}

/** A review comment: what the radar says about the packages, what to use instead, and what it does not cover. */
export function reportMarkdown(report: Report, options: { file?: string } = {}): string {
  const out = [
    `### PyRadar check${options.file ? ` of ${escapeMarkdown(options.file)}` : ''}`,
    '',
    `${report.onRadar.length} of ${plural(report.total, 'package is', 'packages are')} on the radar.`,
  ];
  if (report.onRadar.length) {
    out.push('', '| Package | Entry | Ring | Last reviewed |', '| --- | --- | --- | --- |');
    for (const finding of report.onRadar)
      out.push(
        `| ${escapeMarkdown(finding.name)} | ${link(finding.record.title, finding.record.url)} | ${escapeMarkdown(ringLabel(finding))} | ${escapeMarkdown(finding.record.lastReviewed)} |`,
      );
  }
  const advised = report.onRadar.filter((finding) => finding.outerRing && finding.alternatives.length);
  if (advised.length) {
    out.push('', 'Use instead:', '');
    for (const finding of advised)
      out.push(
        `- ${escapeMarkdown(finding.name)} (${escapeMarkdown(finding.ringTitle)}): ${finding.alternatives
          .map((alt) => link(alt.title, alt.url))
          .join(', ')}`,
      );
  }
  if (report.notCovered.length)
    out.push(
      '',
      `Not on the radar (${report.notCovered.length}): ${report.notCovered.map((item) => escapeMarkdown(item.name)).join(', ')}.`,
    );
  out.push('', `Checked against ${link('PyRadar', report.site)} as of ${escapeMarkdown(report.asOf)}.`);
  return `${out.join('\n')}\n`;
}

/** `a.txt:3,9, b.toml:4` (each file once, its lines in order of appearance), or `line 3,9` for one unnamed file. */
function where(places: Place[]): string {
  const byFile = new Map<string, number[]>();
  for (const place of places) byFile.set(place.file ?? '', [...(byFile.get(place.file ?? '') ?? []), place.line]);
  return [...byFile].map(([file, lines]) => `${file ? `${file}:` : 'line '}${lines.join(',')}`).join(', ');
}
// Data may come from a URL: control characters (terminal escape sequences) never reach the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** An aligned plain-text table for a terminal. */
export function reportText(report: Report): string {
  const out = [
    plain(
      `PyRadar check: ${report.onRadar.length} of ${plural(report.total, 'package is', 'packages are')} on the radar (as of ${report.asOf})`,
    ),
  ];
  if (report.onRadar.length) {
    const rows = [
      ['Package', 'Ring', 'Entry', 'Last reviewed', 'Where'],
      ...report.onRadar.map((f) =>
        [f.name, ringLabel(f), f.record.title, f.record.lastReviewed, where(f.places)].map(plain),
      ),
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    out.push(
      '',
      ...rows.map((row) =>
        row
          .map((cell, column) => cell.padEnd(widths[column]!))
          .join('  ')
          .trimEnd(),
      ),
    );
  }
  const advised = report.onRadar.filter((finding) => finding.outerRing && finding.alternatives.length);
  if (advised.length) {
    out.push('', 'Use instead:');
    for (const finding of advised)
      out.push(
        plain(`  ${finding.name}: ${finding.alternatives.map((alt) => `${alt.title} <${alt.url}>`).join(', ')}`),
      );
  }
  if (report.onRadar.length) {
    out.push('', 'Entries:');
    for (const finding of report.onRadar) out.push(plain(`  ${finding.name}: ${finding.record.url}`));
  }
  if (report.notCovered.length)
    out.push(
      '',
      `Not on the radar (${report.notCovered.length}): ${report.notCovered.map((item) => item.name).join(', ')}`,
    );
  return `${out.join('\n')}\n`;
}

/** A plain object for tools. */
export function reportJson(report: Report) {
  return {
    asOf: report.asOf,
    site: report.site,
    total: report.total,
    onRadar: report.onRadar.map((f) => ({
      name: f.name,
      slug: f.record.slug,
      title: f.record.title,
      ring: f.record.ring,
      ringTitle: f.ringTitle,
      retired: f.record.retired,
      url: f.record.url,
      lastReviewed: f.record.lastReviewed,
      specs: f.specs,
      lines: f.lines,
      places: f.places,
      groups: f.groups,
      alternatives: f.alternatives,
    })),
    notCovered: report.notCovered.map((item) => ({ name: item.name, lines: item.lines, places: item.places })),
  };
}
