/**
 * Small string helpers. The trimming is linear: an anchored `/x+$/` regex retries at every position of a long run of
 * `x` that is not at the end, which is quadratic; these loops are not.
 */

/** `value` without any trailing `char` (a single character). */
export function trimTrailing(value: string, char: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === char) end--;
  return end === value.length ? value : value.slice(0, end);
}

/** `value` without any leading `char` (a single character). */
export function trimLeading(value: string, char: string): string {
  let start = 0;
  while (start < value.length && value[start] === char) start++;
  return start === 0 ? value : value.slice(start);
}

/**
 * Does `text` hold `lowerWord` (ASCII lower case) at `start`, in any case of its ASCII letters? As
 * `text.slice(start).toLowerCase().startsWith(lowerWord)` for such words, without allocating.
 */
export function startsWithIgnoringCase(text: string, start: number, lowerWord: string): boolean {
  if (start < 0 || text.length - start < lowerWord.length) return false;
  for (let index = 0; index < lowerWord.length; index++) {
    const code = text.charCodeAt(start + index);
    const wanted = lowerWord.charCodeAt(index);
    // `| 0x20` lower-cases an ASCII capital and leaves its lower-case letter; no other code becomes a letter
    if (code !== wanted && !(wanted >= 0x61 && wanted <= 0x7a && (code | 0x20) === wanted)) return false;
  }
  return true;
}

/** `/` or `\\` (a path separator on any platform), by character code. */
export function isPathSeparatorCode(code: number): boolean {
  return code === 0x2f || code === 0x5c;
}

/** `[A-Za-z0-9_]` (a JavaScript `\w` character) by character code. */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** `[A-Za-z0-9_$]`: an ASCII character of a JavaScript name, by character code. */
export function isAsciiNameCode(code: number): boolean {
  return isAsciiWordCode(code) || code === 0x24; /* $ */
}

/**
 * The usual wildcard walk over two sequences: a star unit of `pattern` matches any run of `text`'s units (none too),
 * any other unit matches one unit of `text` when `matchesUnit` says so. Greedy with one backtrack point (the last
 * star): at worst the product of the two lengths, never exponential. Shared by IAM's `*` / `?` matching and
 * `allowPublic`'s path globs (segments as units, `**` as the star).
 */
export function wildcardWalk<P, T>(
  pattern: ArrayLike<P>,
  text: ArrayLike<T>,
  isStar: (unit: P) => boolean,
  matchesUnit: (unit: P, against: T) => boolean,
): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && isStar(pattern[p]!)) {
      star = p++;
      resume = t;
    } else if (p < pattern.length && matchesUnit(pattern[p]!, text[t]!)) {
      p++;
      t++;
    } else if (star !== -1) {
      // Let the last star take one more unit, and retry what follows it
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isStar(pattern[p]!)) p++;
  return p === pattern.length;
}

/** `text` as a message shows it: at most `max` characters, the cut marked with `…`. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
