/** The dependency file formats the reader understands. */
export type DependencyFormat = 'requirements' | 'pyproject' | 'pipfile' | 'pipfile-lock' | 'poetry-lock' | 'uv-lock';

/** One place a dependency file names a distribution. */
export interface Dependency {
  /** PEP 503-normalised, e.g. `django-filter`. */
  name: string;
  /** As written, trimmed, e.g. `Django>=4.2; python_version>'3.8'`. */
  spec: string;
  /** 1-based line where it is written (where a continued requirement starts). */
  line: number;
  /** The group it belongs to, e.g. `dev`, `optional:docs`, `dependency-group:test`, `develop`; none for main. */
  group?: string;
  /** The file it was read from, when a caller reads several. */
  file?: string;
}

/** Something the reader could not make sense of; the rest of the file is still read. */
export interface ParseProblem {
  line?: number;
  /** Short; quotes at most a few dozen characters of the input. */
  message: string;
}

export interface ParseResult {
  format: DependencyFormat;
  dependencies: Dependency[];
  problems: ParseProblem[];
  /** Files named by `-r`/`--requirement` and `-c`/`--constraint` lines, as written, in order. */
  includes: string[];
  /** The subset of `includes` named by `-c`/`--constraint`: they limit versions, they add no dependencies. */
  constraints: string[];
}
