import { normalizeName } from './names.ts';

/** Quotes a piece of the input in a message, cut short so a message never carries much of the file. */
export function clip(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

// PEP 508's name rule: letters and digits, with `.`, `_` and `-` only between them.
const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
const EXTRA = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)?\s*$/;
// What may follow the name and extras: a version (`>=`, `==`, `~=`, `!=`, `<`, `>`, `===`, or Poetry's
// parenthesised form), a direct reference (`@ URL`) or markers (`;`).
const AFTER_NAME = /^[@;(<>=!~]/;

export type RequirementName = { name: string } | { error: string };

/**
 * The normalised distribution name of a PEP 508 requirement string (`Django[argon2]>=4.2; python_version>'3.8'`,
 * `pkg @ https://…`). Only the name is read; what follows it is checked to begin like a version, a direct reference
 * or markers, and is not parsed further.
 */
export function requirementName(text: string): RequirementName {
  const match = NAME.exec(text);
  if (!match) return { error: `${clip(text)} does not start with a package name` };
  let rest = text.slice(match[0].length).trimStart();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return { error: `${clip(text)} has an unclosed [extras] list` };
    if (
      !rest
        .slice(1, close)
        .split(',')
        .every((extra) => EXTRA.test(extra))
    )
      return { error: `${clip(text)} has an extra that is not a valid name` };
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest !== '' && !AFTER_NAME.test(rest))
    return { error: `unexpected ${clip(rest, 20)} after the name ${clip(match[1]!)}` };
  return { name: normalizeName(match[1]!) };
}
