import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';

/**
 * Is this file test code: a unit test, an end-to-end test's function code, a test helper, a mock or a fixture?
 *
 * The logging rules judge what a deployed handler writes to CloudWatch; a handler defined inside a test (Powertools'
 * own `@logger.injectLambdaContext({ logEvent: true })` unit tests), a test stack's environment, or a fixture
 * module is not that. Decided by the conventions test runners use:
 * - a file name with a `.test.` or `.spec.` part (`handler.test.ts`, `basic.test.functionCode.ts`);
 * - a directory `test`, `tests`, `__tests__`, `__mocks__` or `__fixtures__` on the path below the working
 *   directory (the project root), or Jasmine's `spec` directory at the top of the project, or a file named like a
 *   Jasmine spec (`create-spec.js`, `handlerSpec.ts`) in a `spec` directory anywhere below it. Directories above it
 *   (`/home/me/tests/app/…`) do not count; for a file outside the working directory only the file name is looked at.
 */
export function isTestFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  const filename = context.physicalFilename;
  if (filename === '' || filename.startsWith('<')) return false; // <input>, <text>: no real file
  // Several rules ask for every file: answer once per file (and working directory), remembering the last file
  const cwd = context.cwd;
  if (filename === last.filename && cwd === last.cwd) return last.result;
  const result = isTestPath(filename, cwd);
  last.filename = filename;
  last.cwd = cwd;
  last.result = result;
  return result;
}

const last = { filename: '', cwd: '', result: false };

const TEST_DIRECTORIES: ReadonlySet<string> = new Set(['test', 'tests', '__tests__', '__mocks__', '__fixtures__']);

/** A Jasmine spec file's name up to its first dot: `create-spec`, `handler_spec`, `handlerSpec`. */
const JASMINE_SPEC_NAME = /(?:[-_]spec|[a-z0-9]Spec)$/u;

/** `isTestFile` on a path: `filename` (absolute or relative to `cwd`) and the working directory. */
export function isTestPath(filename: string, cwd: string): boolean {
  if (filename.length > 4096) return false;
  // Every test marker below holds `test` or `spec` (in any case) or `__`: most paths are decided here
  const lower = filename.toLowerCase();
  if (!lower.includes('test') && !lower.includes('spec') && !lower.includes('__')) return false;
  const normalised = filename.replace(/\\/g, '/');
  const cwdNormalised = cwd.replace(/\\/g, '/');
  let relative: string | null;
  if (!path.posix.isAbsolute(normalised) && !/^[A-Za-z]:\//.test(normalised)) relative = normalised;
  else if (cwdNormalised !== '' && normalised.startsWith(`${cwdNormalised.replace(/\/$/, '')}/`)) {
    relative = normalised.slice(cwdNormalised.replace(/\/$/, '').length + 1);
  } else relative = null;
  const parts = (relative ?? normalised).split('/').filter((part) => part !== '' && part !== '.');
  const base = parts[parts.length - 1] ?? '';
  const words = base.toLowerCase().split('.');
  // `x.test.ts`, `x.spec.js`, `x.test.functionCode.ts`: a `test`/`spec` part that is neither the first nor the extension
  if (words.slice(1, -1).some((word) => word === 'test' || word === 'spec')) return true;
  if (relative === null) return false;
  // Jasmine's `spec/` at the top of the project (a `spec` folder deeper down may hold an API specification), or a
  // Jasmine spec file (`create-spec.js`, `handlerSpec.ts`) in a `spec/` folder anywhere: a package of a monorepo
  if (parts.length > 1 && parts[0] === 'spec') return true;
  if (parts.slice(0, -1).includes('spec') && JASMINE_SPEC_NAME.test(base.split('.')[0] ?? '')) return true;
  return parts.slice(0, -1).some((part) => TEST_DIRECTORIES.has(part));
}
