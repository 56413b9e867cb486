/**
 * `compute(key)`, remembered for the last key only (compared by identity). ESLint lints one file at a time per
 * thread and every rule asks about the same file, so a per-file answer needs one remembered entry: no `WeakMap`
 * insertion per file, and nothing outlives the next file. Key it by the file's `SourceCode` (or another per-file
 * object); each worker thread of `--concurrency` has its own module state.
 */
export function lastFile<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let lastKey: K | null = null;
  let lastValue: V | undefined;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue as V;
  };
}
