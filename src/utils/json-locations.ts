/**
 * Where each value of a JSON text is written, as offsets into the text. `getStaticValue(…, { parseJson: true })`
 * gives values parsed from JSON in a string the string's node as their location; walking this tree in parallel
 * (same keys, same indices) narrows a finding to the JSON token itself (`"*"` inside `'{"Action":"*",…}'`).
 *
 * A small linear-time scanner, not a validator: it follows JSON's grammar and returns null on anything else.
 * Nesting is bounded (deeper input gives null), so it cannot blow the stack.
 */

export type JsonLocation =
  | { kind: 'object'; start: number; end: number; members: Map<string, JsonLocation> }
  | { kind: 'array'; start: number; end: number; items: JsonLocation[] }
  | { kind: 'scalar'; start: number; end: number };

const MAX_DEPTH = 64;

class Scanner {
  position = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    const text = this.text;
    while (this.position < text.length) {
      const character = text[this.position];
      if (character !== ' ' && character !== '\t' && character !== '\n' && character !== '\r') return;
      this.position++;
    }
  }

  value(depth: number): JsonLocation | null {
    if (depth > MAX_DEPTH) return null;
    this.skipSpace();
    const start = this.position;
    const character = this.text[start];
    if (character === '{') return this.object(depth);
    if (character === '[') return this.array(depth);
    if (character === '"') {
      const end = this.stringEnd();
      return end < 0 ? null : { kind: 'scalar', start, end };
    }
    // number, true, false, null: up to the next delimiter
    while (this.position < this.text.length) {
      const next = this.text[this.position]!;
      if (next === ',' || next === '}' || next === ']' || next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        break;
      }
      this.position++;
    }
    return this.position > start ? { kind: 'scalar', start, end: this.position } : null;
  }

  /** At an opening quote: move past the closing quote and return that offset, or -1. */
  stringEnd(): number {
    const text = this.text;
    this.position++;
    while (this.position < text.length) {
      const character = text[this.position];
      if (character === '\\') {
        this.position += 2;
        continue;
      }
      this.position++;
      if (character === '"') return this.position;
    }
    return -1;
  }

  object(depth: number): JsonLocation | null {
    const start = this.position;
    this.position++;
    const members = new Map<string, JsonLocation>();
    this.skipSpace();
    if (this.text[this.position] === '}') {
      this.position++;
      return { kind: 'object', start, end: this.position, members };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.position] !== '"') return null;
      const keyStart = this.position;
      const keyEnd = this.stringEnd();
      if (keyEnd < 0) return null;
      let key: unknown;
      try {
        key = JSON.parse(this.text.slice(keyStart, keyEnd));
      } catch {
        return null;
      }
      this.skipSpace();
      if (this.text[this.position] !== ':') return null;
      this.position++;
      const value = this.value(depth + 1);
      if (value === null) return null;
      members.set(key as string, value);
      this.skipSpace();
      const next = this.text[this.position];
      this.position++;
      if (next === '}') return { kind: 'object', start, end: this.position, members };
      if (next !== ',') return null;
    }
  }

  array(depth: number): JsonLocation | null {
    const start = this.position;
    this.position++;
    const items: JsonLocation[] = [];
    this.skipSpace();
    if (this.text[this.position] === ']') {
      this.position++;
      return { kind: 'array', start, end: this.position, items };
    }
    for (;;) {
      const value = this.value(depth + 1);
      if (value === null) return null;
      items.push(value);
      this.skipSpace();
      const next = this.text[this.position];
      this.position++;
      if (next === ']') return { kind: 'array', start, end: this.position, items };
      if (next !== ',') return null;
    }
  }
}

/** Locations of every value in JSON `text` (an object or array), or null when it is not such JSON. */
export function parseJsonLocations(text: string): JsonLocation | null {
  try {
    const scanner = new Scanner(text);
    const root = scanner.value(0);
    if (root === null || root.kind === 'scalar') return null;
    scanner.skipSpace();
    return scanner.position === text.length ? root : null;
  } catch {
    return null;
  }
}

/** The child location at `step` (a key of an object, an index of an array), or null. */
export function jsonChild(location: JsonLocation | null, step: string | number): JsonLocation | null {
  if (location === null) return null;
  if (location.kind === 'object' && typeof step === 'string') return location.members.get(step) ?? null;
  if (location.kind === 'array' && typeof step === 'number') return location.items[step] ?? null;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON text known in pieces

/**
 * A value of JSON text known in pieces (a template literal with `${…}` expressions whose values are unknown), with
 * offsets into the pieces joined together, each gap counting as one character.
 * - `string`: `parts` are the decoded known characters, null where an expression sits inside the string.
 * - `unknown`: an expression written where a whole value goes (`"Resource": ${JSON.stringify(arns)}`).
 * - `object`: `hasUnknownKeys` when a key holds an expression (then the keys before it are dropped: it may be any
 *   of them).
 */
export type JsonPieceNode =
  | { kind: 'object'; start: number; end: number; members: Map<string, JsonPieceNode>; hasUnknownKeys: boolean }
  | { kind: 'array'; start: number; end: number; items: JsonPieceNode[] }
  | { kind: 'string'; start: number; end: number; parts: (string | null)[] }
  | { kind: 'literal'; start: number; end: number; value: number | boolean | null }
  | { kind: 'unknown'; start: number; end: number };

/** Stands for a gap in the joined text (known text holding it is not parsed). */
const GAP = '\uffff';
/** Longest joined text looked at. */
const MAX_PIECES_TEXT = 1024 * 1024;
/** A JSON number, whole (linear: no nested quantifiers). */
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/u;
/** JSON's two-character escapes (`\\n`, `\\/`, …) and what they stand for; `\\uXXXX` aside. */
export const JSON_SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

function isJsonSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/**
 * Parses JSON's grammar where some characters are unknown, reading only what the known text proves:
 * - an expression inside a string makes that string partly known (the value stays inside the string);
 * - an expression standing for a whole value (after `:`, `[` or `,`, followed by `,` or the closing bracket) is one
 *   unknown value (one unknown run of elements in an array);
 * - an expression anywhere else (between members, after a value, inside a number or `true`) could change the
 *   structure itself: the text is not parsed (null).
 */
class PieceScanner {
  position = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (isJsonSpace(this.text[this.position])) this.position++;
  }

  value(depth: number, closer: string): JsonPieceNode | null {
    if (depth > MAX_DEPTH) return null;
    this.skipSpace();
    const start = this.position;
    const character = this.text[start];
    if (character === GAP) {
      this.position++;
      this.skipSpace();
      const next = this.text[this.position];
      // A whole value only when what follows ends it; the caller reads the `,` or the closer.
      return next === ',' || (closer !== '' && next === closer) ? { kind: 'unknown', start, end: start + 1 } : null;
    }
    if (character === '{') return this.object(depth);
    if (character === '[') return this.array(depth);
    if (character === '"') return this.string();
    return this.literal();
  }

  /** At an opening quote: the string up to its closing quote, or null. */
  string(): Extract<JsonPieceNode, { kind: 'string' }> | null {
    const text = this.text;
    const start = this.position;
    const parts: (string | null)[] = [];
    let current = '';
    let run = ++this.position;
    for (;;) {
      const character = text[this.position];
      if (character === undefined) return null;
      if (character === '"' || character === GAP || character === '\\' || character.charCodeAt(0) < 0x20) {
        current += text.slice(run, this.position);
      }
      if (character === '"') {
        this.position++;
        if (current !== '' || parts.length === 0) parts.push(current);
        return { kind: 'string', start, end: this.position, parts };
      }
      if (character === GAP) {
        if (current !== '') parts.push(current);
        current = '';
        if (parts[parts.length - 1] !== null) parts.push(null);
        run = ++this.position;
        continue;
      }
      if (character === '\\') {
        const escape = text[this.position + 1];
        if (escape === undefined || escape === GAP) return null;
        const simple = JSON_SIMPLE_ESCAPES.get(escape);
        if (simple !== undefined) {
          current += simple;
          this.position += 2;
        } else if (escape === 'u') {
          for (let index = this.position + 2; index < this.position + 6; index++) {
            if (!isHex(text.charCodeAt(index))) return null;
          }
          current += String.fromCharCode(Number.parseInt(text.slice(this.position + 2, this.position + 6), 16));
          this.position += 6;
        } else {
          return null;
        }
        run = this.position;
        continue;
      }
      // JSON strings hold no raw control characters.
      if (character.charCodeAt(0) < 0x20) return null;
      this.position++;
    }
  }

  literal(): JsonPieceNode | null {
    const text = this.text;
    const start = this.position;
    for (;;) {
      const next = text[this.position];
      if (next === undefined || next === ',' || next === '}' || next === ']' || next === GAP || isJsonSpace(next)) break;
      this.position++;
    }
    const token = text.slice(start, this.position);
    const end = this.position;
    if (token === 'true') return { kind: 'literal', start, end, value: true };
    if (token === 'false') return { kind: 'literal', start, end, value: false };
    if (token === 'null') return { kind: 'literal', start, end, value: null };
    if (!JSON_NUMBER.test(token)) return null;
    return { kind: 'literal', start, end, value: Number(token) };
  }

  object(depth: number): JsonPieceNode | null {
    const start = this.position;
    this.position++;
    const members = new Map<string, JsonPieceNode>();
    let hasUnknownKeys = false;
    this.skipSpace();
    if (this.text[this.position] === '}') {
      this.position++;
      return { kind: 'object', start, end: this.position, members, hasUnknownKeys };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.position] !== '"') return null;
      const key = this.string();
      if (key === null) return null;
      this.skipSpace();
      if (this.text[this.position] !== ':') return null;
      this.position++;
      const value = this.value(depth + 1, '}');
      if (value === null) return null;
      if (key.parts.includes(null)) {
        // The key may be any name, one written before it included.
        members.clear();
        hasUnknownKeys = true;
      } else {
        members.set(key.parts.join(''), value);
      }
      this.skipSpace();
      const next = this.text[this.position];
      this.position++;
      if (next === '}') return { kind: 'object', start, end: this.position, members, hasUnknownKeys };
      if (next !== ',') return null;
    }
  }

  array(depth: number): JsonPieceNode | null {
    const start = this.position;
    this.position++;
    const items: JsonPieceNode[] = [];
    this.skipSpace();
    if (this.text[this.position] === ']') {
      this.position++;
      return { kind: 'array', start, end: this.position, items };
    }
    for (;;) {
      const value = this.value(depth + 1, ']');
      if (value === null) return null;
      items.push(value);
      this.skipSpace();
      const next = this.text[this.position];
      this.position++;
      if (next === ']') return { kind: 'array', start, end: this.position, items };
      if (next !== ',') return null;
    }
  }
}

/**
 * JSON text known in pieces (`null`: a gap, an expression whose text is unknown), parsed as far as the known text
 * proves its structure; null when it cannot be (see {@link PieceScanner}), or when the root is not an object or an
 * array. Offsets count each gap as one character.
 */
export function parseJsonPieces(pieces: readonly (string | null)[]): JsonPieceNode | null {
  try {
    let text = '';
    for (const piece of pieces) {
      if (piece !== null && piece.includes(GAP)) return null;
      text += piece ?? GAP;
      if (text.length > MAX_PIECES_TEXT) return null;
    }
    const scanner = new PieceScanner(text);
    const root = scanner.value(0, '');
    if (root === null || (root.kind !== 'object' && root.kind !== 'array')) return null;
    scanner.skipSpace();
    return scanner.position === text.length ? root : null;
  } catch {
    return null;
  }
}

/** The offsets of a {@link JsonPieceNode} tree as a {@link JsonLocation} tree (strings and literals are scalars). */
export function pieceLocations(node: JsonPieceNode): JsonLocation {
  switch (node.kind) {
    case 'object': {
      const members = new Map<string, JsonLocation>();
      for (const [key, member] of node.members) members.set(key, pieceLocations(member));
      return { kind: 'object', start: node.start, end: node.end, members };
    }
    case 'array':
      return { kind: 'array', start: node.start, end: node.end, items: node.items.map(pieceLocations) };
    default:
      return { kind: 'scalar', start: node.start, end: node.end };
  }
}
