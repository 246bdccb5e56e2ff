/**
 * PEP 503 normalisation of a distribution name: lower case, each run of `-`, `_` and `.` becomes one `-`.
 * `Django`, `django_filter` and `zope.interface` become `django`, `django-filter` and `zope-interface`.
 */
export function normalizeName(name: string): string {
  return name
    .trim()
    .replace(/[-_.]+/g, '-')
    .toLowerCase();
}

/** A valid distribution name (PEP 508): letters and digits, with `-`, `_` or `.` only between them. */
export const DIST_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

/** The PyPI page of a distribution. */
export const pypiUrl = (name: string): string => `https://pypi.org/project/${normalizeName(name)}/`;
