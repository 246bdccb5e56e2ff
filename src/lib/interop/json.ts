/** JSON and link helpers the format converters share. */
import { ImportError } from './model.ts';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isHttps(link: string): boolean {
  try {
    return new URL(link).protocol === 'https:';
  } catch {
    return false;
  }
}

/** JSON.parse that names the line and column of the fault, which V8's message gives only for some faults. */
export function parseJson(text: string, file: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(source);
  } catch {
    const fault = jsonFault(source);
    const before = source.slice(0, fault.offset);
    const line = before.split('\n').length;
    const column = fault.offset - before.lastIndexOf('\n');
    throw new ImportError(file, `line ${line}, column ${column}`, `invalid JSON: ${fault.reason}`);
  }
}

class JsonFault {
  readonly offset: number;
  readonly reason: string;
  constructor(offset: number, reason: string) {
    this.offset = offset;
    this.reason = reason;
  }
}

/** Walks JSON text to the first fault; only called once JSON.parse has failed. */
function jsonFault(text: string): JsonFault {
  let i = 0;
  const fail = (reason: string): never => {
    throw new JsonFault(i, i >= text.length ? 'unexpected end of input' : reason);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail('bad escape in string');
      } else if (c < ' ') fail('control character in string');
      else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a double-quoted property name');
        string();
        space();
        if (text[i] !== ':') fail("expected ':' after the property name");
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail("expected ',' or ']'");
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(`unexpected character ${JSON.stringify(c)}`);
  };
  try {
    value();
    space();
    if (i < text.length) fail('unexpected text after the JSON value');
  } catch (fault) {
    if (fault instanceof JsonFault) return fault;
    throw fault;
  }
  return new JsonFault(0, 'not valid JSON');
}
