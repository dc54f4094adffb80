/**
 * Finds the offset of the first syntax error in JSON text. Browsers word `JSON.parse`
 * errors differently and Chromium gives no position at all, so when parsing fails this
 * small scanner walks the text once to say where.
 * Returns -1 when the text is valid JSON.
 */
export function findJsonErrorOffset(text: string): number {
  let offset = 0;
  const fail = (): never => {
    throw offset;
  };
  const skipSpace = (): void => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset]!)) offset++;
  };
  const expectLiteral = (word: string): void => {
    for (const char of word) {
      if (text[offset] !== char) fail();
      offset++;
    }
  };
  const readString = (): void => {
    offset++; // opening quote
    while (offset < text.length) {
      const char = text[offset]!;
      if (char === '"') {
        offset++;
        return;
      }
      if (char === '\\') {
        offset++;
        const escape = text[offset];
        if (escape === 'u') {
          for (let digit = 0; digit < 4; digit++) {
            offset++;
            if (!/[0-9a-fA-F]/.test(text[offset] ?? '')) fail();
          }
        } else if (escape === undefined || !'"\\/bfnrt'.includes(escape)) fail();
      } else if (char < ' ') fail();
      offset++;
    }
    fail();
  };
  // Sticky, so that it matches at `offset` in the whole text: a look-ahead of fixed length
  // (it was 400 characters) cut longer numbers, which are valid JSON, and reported an error.
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const readNumber = (): void => {
    NUMBER.lastIndex = offset;
    const match = NUMBER.exec(text);
    if (!match) fail();
    offset += match![0].length;
  };
  // An explicit stack keeps deeply nested input from overflowing the call stack.
  const readValue = (): void => {
    const stack: ('object' | 'array')[] = [];
    let expectValue = true;
    for (;;) {
      skipSpace();
      if (expectValue) {
        const char = text[offset];
        if (char === '{' || char === '[') {
          stack.push(char === '{' ? 'object' : 'array');
          offset++;
          skipSpace();
          const closing = char === '{' ? '}' : ']';
          if (text[offset] === closing) {
            stack.pop();
            offset++;
            expectValue = false;
            if (stack.length === 0) return;
            continue;
          }
          if (char === '{') {
            if (text[offset] !== '"') fail();
            readString();
            skipSpace();
            if (text[offset] !== ':') fail();
            offset++;
          }
          continue;
        }
        if (char === '"') readString();
        else if (char === 't') expectLiteral('true');
        else if (char === 'f') expectLiteral('false');
        else if (char === 'n') expectLiteral('null');
        else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) readNumber();
        else fail();
        expectValue = false;
        if (stack.length === 0) return;
        continue;
      }
      const top = stack[stack.length - 1];
      const char = text[offset];
      if (char === ',') {
        offset++;
        if (top === 'object') {
          skipSpace();
          if (text[offset] !== '"') fail();
          readString();
          skipSpace();
          if (text[offset] !== ':') fail();
          offset++;
        }
        expectValue = true;
        continue;
      }
      if ((top === 'object' && char === '}') || (top === 'array' && char === ']')) {
        offset++;
        stack.pop();
        if (stack.length === 0) return;
        continue;
      }
      fail();
    }
  };
  try {
    readValue();
    skipSpace();
    if (offset < text.length) fail();
    return -1;
  } catch (failure) {
    if (typeof failure === 'number') return failure;
    throw failure;
  }
}
