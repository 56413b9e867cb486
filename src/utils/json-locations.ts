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
