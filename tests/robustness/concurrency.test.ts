/**
 * `--concurrency` parity: the real `eslint` command line on examples/ (with examples/eslint.config.js, which loads
 * the built plugin from dist/) gives identical JSON results single-threaded and multi-threaded. Rules keep no
 * module-level state, so worker threads cannot change what they find. Needs the build (`npm test` builds first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, ROOT, exampleFiles, leakingMessages, ruleNames } from './harness.js';

const run = promisify(execFile);
const ESLINT_BIN = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const CONFIG = join(EXAMPLES_DIR, 'eslint.config.js');
const DIST = join(ROOT, 'dist', 'index.js');

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean; suggestions?: { desc: string }[] }[];
}

async function lintExamples(concurrency: string): Promise<JsonResult[]> {
  try {
    const { stdout } = await run(process.execPath, [ESLINT_BIN, '--config', CONFIG, '--format', 'json', `--concurrency=${concurrency}`, EXAMPLES_DIR], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as JsonResult[];
  } catch (error) {
    // Exit code 1 means "problems found": the examples are meant to have them.
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    if (failure.code === 1 && failure.stdout) return JSON.parse(failure.stdout) as JsonResult[];
    throw new Error(`eslint --concurrency=${concurrency} failed (exit ${failure.code}): ${failure.stderr ?? String(error)}`, { cause: error });
  }
}

const sorted = (results: JsonResult[]) => [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

describe('--concurrency parity on examples/', () => {
  const ready = existsSync(CONFIG) && exampleFiles().length > 0;

  it.skipIf(!ready)('gives identical results with --concurrency=off, auto and 2', async () => {
    expect(existsSync(DIST), 'dist/index.js is missing: run `npm run build` (npm test builds before vitest)').toBe(true);
    const builtRules = Object.keys(((await import(DIST)) as { default: { rules: object } }).default.rules);
    if (builtRules.length !== ruleNames.length) {
      console.warn(`[concurrency] dist/ has ${builtRules.length} rules and src/ ${ruleNames.length}: dist is stale (npm run build)`);
    }
    const off = sorted(await lintExamples('off'));
    const auto = sorted(await lintExamples('auto'));
    const two = sorted(await lintExamples('2'));
    expect(off.length).toBeGreaterThan(0);
    expect(off.some((result) => result.messages.some((message) => message.fatal))).toBe(false);
    expect(auto).toEqual(off);
    expect(two).toEqual(off);
    const messages = off.flatMap((result) => result.messages);
    expect(leakingMessages(messages as unknown as Parameters<typeof leakingMessages>[0])).toEqual([]);
    console.info(`[concurrency] ${off.length} files, ${messages.length} findings, identical across off / auto / 2 threads`);
  });

  it.runIf(!ready)('waits for examples/ and examples/eslint.config.js', () => {
    console.warn('[concurrency] examples/ or examples/eslint.config.js is missing: parity not checked yet');
  });
});
