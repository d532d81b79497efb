// Reading JSON written by hand (a policy, a calendar) with a line and column
// for the first mistake. JSON.parse says where only sometimes, and then as a
// character offset and with the whole text quoted back; an administrator
// editing a file needs "line 12, column 5: expected ',' or '}'".

export type JsonRead = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

/** Parses JSON text; on a syntax error, where (1-based line and column) and why. */
export function readJsonText(text: string): JsonRead {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    const { offset, reason } = findSyntaxError(source);
    return { ok: false, ...lineAndColumn(source, offset), reason };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** A small recursive-descent reader that only finds the first mistake; JSON.parse has already refused the text. */
function findSyntaxError(text: string): { offset: number; reason: string } {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new JsonSyntaxError(at, reason);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describe = () => (i >= text.length ? 'the end of the file' : `'${text[i]}'`);
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(`expected a value (text in double quotes, a number, true, false, null, { or [), found ${describe()}`);
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(`expected a field name in double quotes, found ${describe()}`);
      string();
      space();
      if (text[i] !== ':') fail(`expected ':' after the field name, found ${describe()}`);
      i++;
      value();
      space();
      if (text[i] === ',') {
        i++;
        space();
        if (text[i] === '}') fail("a ',' before '}' is not allowed in JSON");
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected ',' or '}', found ${describe()}`);
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[i] === ',') {
        i++;
        space();
        if (text[i] === ']') fail("a ',' before ']' is not allowed in JSON");
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected ',' or ']', found ${describe()}`);
    }
  };
  const string = () => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('expected four hex digits after \\u');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(`'\\${next ?? ''}' is not an escape JSON knows`);
        continue;
      }
      if (c < ' ') fail('a line break or control character inside a text must be escaped (\\n)');
      i++;
    }
    fail('a text in double quotes is never closed', start);
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(`not a number: ${describe()}`);
    i += (match as RegExpExecArray)[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail(`expected the end of the file after the value, found ${describe()}`);
    // JSON.parse refused what this reader accepts: say so at the start rather than nowhere.
    return { offset: 0, reason: 'not valid JSON' };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
