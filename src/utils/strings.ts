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

/** `[A-Za-z0-9_]` (a JavaScript `\w` character) by character code. */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
