import type { TSESLint } from '@typescript-eslint/utils';
import { serviceConfigOf } from './serverless-config.js';
import { getLambdaGuardSettings } from './settings.js';
import { isPathSeparatorCode, startsWithIgnoringCase } from './strings.js';

/**
 * Is this file test code: a unit test, an end-to-end test's function code, a test helper, a mock or a fixture?
 *
 * The logging rules judge what a deployed handler writes to CloudWatch; a handler defined inside a test (Powertools'
 * own `@logger.injectLambdaContext({ logEvent: true })` unit tests), a test stack's environment, or a fixture
 * module is not that. Decided by the conventions test runners use:
 * - a file name with a `.test.`, `.spec.`, `.e2e.` or `.integration.` part (`handler.test.ts`, `api.e2e.ts`,
 *   `orders.integration.ts`, `basic.test.functionCode.ts`), the name `test` itself (`test.js`, which Node's test
 *   runner runs by default; not when a service config names it as a handler's module), or a test runner's
 *   configuration or set-up (`jest.setup.js`, `vitest.config.ts`, `setupTests.ts`, `test-utils.ts`);
 * - a directory `test`, `tests`, `cypress`, `test-harness`, `stubs`, `mocks`, a stub's (`gov-notify-stub`), `__tests__`, `__mocks__`, `__fixtures__`, `testFixtures` (`test-fixtures`),
 *   `testData` (`test-data`, `testdata`), `e2e` or `integration-tests` (`integrationTests`, `integration_tests`), or a
 *   documentation's code snippets (`docs/snippets`, `examples/snippets`) on the path below the working
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
  let result = isTestPath(filename, cwd);
  // `test.js` is a suite when its code reads as one (a test runner's calls or assertions), and no Serverless or SAM
  // config names it as a handler's module: a function deployed from `test.js` (a CDK `entry`) is a function's code
  if (result && BARE_TEST_FILE.test(filename) && !isTestPath(filename, cwd, false)) {
    result =
      TEST_SUITE_CODE.test(context.sourceCode.text) &&
      (!getLambdaGuardSettings(context).readServerlessConfig || serviceConfigOf(filename).exports.size === 0);
  }
  last.filename = filename;
  last.cwd = cwd;
  last.result = result;
  return result;
}

const last = { filename: '', cwd: '', result: false };

/** A file named `test` and one extension: `test.js`, `test.mts`. */
const BARE_TEST_FILE = /(?:^|[\\/])test\.[cm]?[jt]sx?$/u;
/**
 * Code of a test suite: a runner's calls (`describe(`, `it(`, `test(`, nodeunit's `test.done()` and `test.ok(`),
 * `expect(`, or Node's `node:test` / `assert`.
 */
const TEST_SUITE_CODE = /\b(?:describe|it|test)\s*\(|\btest\.(?:done|ok|equal|deepEqual|strictEqual)\(|\bexpect\s*\(|\bnode:test\b|\b(?:node:)?assert\b/u;

const TEST_DIRECTORIES: ReadonlySet<string> = new Set([
  'test',
  'tests',
  // Cypress's suites, support files and specs (Playwright's name is also a Lambda's that drives a browser)
  'cypress',
  '__tests__',
  '__mocks__',
  '__fixtures__',
  // Fixtures and test data by names that say test (not any `test…` folder: `testResultReportLambda/`,
  // `test-metadata-updater/` are production code about medical or load tests; nor `fixtures/`, a sports app's)
  'testFixtures',
  'test-fixtures',
  'test_fixtures',
  'testData',
  'testdata',
  'test-data',
  'test_data',
  'integrationTests',
  'integration-tests',
  'integration-test',
  'integration_tests',
  'integration_test',
  'integration_tests',
  'e2e',
  // A harness that drives tests, and stand-ins for other services (deployed only to test environments, if at all)
  'test-harness',
  'test_harness',
  'testHarness',
  'stubs',
  '__stubs__',
  'mocks',
]);

/** `gov-notify-stub`, `payments_stub`, `yotiStub`: a directory of a stand-in for another service. */
const STUB_DIRECTORY = /^[\w.-]+(?:[-_]stubs?|[a-z0-9]Stubs?)$/u;

/** A Jasmine spec file's name up to its first dot: `create-spec`, `handler_spec`, `handlerSpec`. */
const JASMINE_SPEC_NAME = /(?:[-_]spec|[a-z0-9]Spec)$/u;

/**
 * `isTestFile` on a path: `filename` (absolute or relative to `cwd`) and the working directory; `bareTestName` false
 * leaves out the `test.js` name rule.
 */
export function isTestPath(filename: string, cwd: string, bareTestName = true): boolean {
  if (filename.length > 4096) return false;
  // Every test marker below holds `test` or `spec` (in any case) or `__`: most paths are decided here. The path is
  // read by hand from here on, without allocating: every rule asks for every file, with cold caches
  if (!TEST_MARKER.test(filename)) return false;
  const relativeStart = startBelow(filename, cwd);
  const from = relativeStart === -1 ? 0 : relativeStart;
  // The path's parts (between separators, `.` and empty ones skipped): the last one is the file name
  let baseStart = -1;
  let baseEnd = -1;
  let firstPart = true;
  let topIsSpec = false;
  let inSpecDirectory = false;
  let inTestDirectory = false;
  let partCount = 0;
  /** The directory before the last one read: a `snippets` directory counts only inside `docs` or `examples`. */
  let parentStart = -1;
  let parentEnd = -1;
  for (let partStart = from; partStart <= filename.length; ) {
    let partEnd = partStart;
    while (partEnd < filename.length && !isPathSeparatorCode(filename.charCodeAt(partEnd))) partEnd++;
    const partLength = partEnd - partStart;
    if (partLength > 0 && !(partLength === 1 && filename.charCodeAt(partStart) === 0x2e /* . */)) {
      // The previous part was a directory
      if (baseStart !== -1) {
        if (firstPart) topIsSpec = partIs(filename, baseStart, baseEnd, 'spec');
        firstPart = false;
        if (partIs(filename, baseStart, baseEnd, 'spec')) inSpecDirectory = true;
        else if (isTestDirectory(filename, baseStart, baseEnd)) inTestDirectory = true;
        else if (isDocsSnippets(filename, parentStart, parentEnd, baseStart, baseEnd)) inTestDirectory = true;
        parentStart = baseStart;
        parentEnd = baseEnd;
      }
      baseStart = partStart;
      baseEnd = partEnd;
      partCount++;
    }
    partStart = partEnd + 1;
  }
  if (baseStart === -1) return false;
  // `x.test.ts`, `x.spec.js`, `x.e2e.ts`, `x.integration.ts`, `x.test.functionCode.ts`: such a part that is neither the
  // first nor the extension
  const firstDot = filename.indexOf('.', baseStart);
  if (firstDot !== -1 && firstDot < baseEnd) {
    for (let wordStart = firstDot + 1; ; ) {
      const dot = filename.indexOf('.', wordStart);
      if (dot === -1 || dot >= baseEnd) break;
      if (TEST_NAME_PARTS.some((word) => wordIs(filename, wordStart, dot, word))) return true;
      wordStart = dot + 1;
    }
  }
  const nameEnd = firstDot !== -1 && firstDot < baseEnd ? firstDot : baseEnd;
  // `test.js`, `test.ts`: a name Node's test runner runs by default (and nodeunit's suites take); a test runner's
  // configuration or set-up (`jest.setup.js`, `vitest.config.ts`, `setupTests.ts`, `test-utils.ts`), named up to
  // its last dot
  const lastDot = filename.lastIndexOf('.', baseEnd - 1);
  if (bareTestName && firstDot === lastDot && partIs(filename, baseStart, nameEnd, 'test')) return true;
  const stem = lastDot > baseStart ? lastDot : baseEnd;
  if (stem - baseStart <= MAX_TEST_TOOL_NAME && TEST_TOOL_FILE.test(filename.slice(baseStart, stem))) return true;
  if (relativeStart === -1) return false;
  // Jasmine's `spec/` at the top of the project (a `spec` folder deeper down may hold an API specification), or a
  // Jasmine spec file (`create-spec.js`, `handlerSpec.ts`) in a `spec/` folder anywhere: a package of a monorepo
  if (partCount > 1 && topIsSpec) return true;
  if (inSpecDirectory && JASMINE_SPEC_NAME.test(filename.slice(baseStart, nameEnd))) return true;
  return inTestDirectory;
}

/**
 * `test`, `spec`, `__`, `e2e`, `integration`, `snippets`, a test runner's name, `setup`, `stub` or `mocks`, in any case:
 * every marker holds one.
 */
const TEST_MARKER = /test|spec|__|e2e|integration|snippets|jest|cypress|playwright|karma|wdio|setup|stub|mocks/iu;

/**
 * A file name (up to its last dot) of a test runner's configuration or set-up: a runner's name and what the file is
 * to it (`jest.config`, `jest.setup`, `jest-setup`, `vitest.workspace`, `playwright.config`, `cypress.config`,
 * `karma.conf`, `wdio.conf`; and a variant of one, `jest.config.base`, `vitest.config.unit`), the set-up files runners are pointed at by convention (Create React App's `setupTests`,
 * `setupJest`) and the helpers only tests import (`test-utils`, `testHelpers`, `test-setup`).
 */
const TEST_TOOL_FILE =
  /^(?:(?:jest|vitest|playwright|cypress|karma|wdio)[-_.](?:config|conf|setup|setup-after-env|preset|workspace|teardown|global-setup|global-teardown|env)(?:[-_.][\w-]{1,30})?|setup(?:Tests|Jest|Vitest)|test[-_](?:utils|helpers|setup)|test(?:Utils|Helpers|Setup))$/u;
const MAX_TEST_TOOL_NAME = 64;

/**
 * Parts of a file name between dots that make it a test file: `handler.test.ts`, `handler.spec.js`, and the names
 * test runners' configurations give end-to-end and integration suites, `api.e2e.ts`, `orders.integration.test.ts`,
 * `orders.integration.ts`.
 */
const TEST_NAME_PARTS: readonly string[] = ['test', 'spec', 'e2e', 'integration'];

/** Directories of a project's documentation or examples, whose `snippets` directory holds code shown in its docs. */
const DOCS_DIRECTORIES: readonly string[] = ['docs', 'doc', 'documentation', 'examples'];

/**
 * `docs/snippets/…`, `examples/snippets/…`: code the documentation shows (Powertools' `examples/snippets`, MkDocs'
 * snippets), one feature per file, with placeholders (`declare function getTodoById(…)`): not a deployed function. A
 * `snippets` directory elsewhere may be an app's own (`src/handlers/snippets/` of a snippet-sharing API).
 */
function isDocsSnippets(filename: string, parentStart: number, parentEnd: number, start: number, end: number): boolean {
  if (parentStart === -1 || !partIs(filename, start, end, 'snippets')) return false;
  return DOCS_DIRECTORIES.some((name) => partIs(filename, parentStart, parentEnd, name));
}

/**
 * `filename`'s path below the working directory `cwd` (`src/canaries/a.ts`; a relative name as it is); null for a file
 * outside it.
 */
export function pathBelowWorkingDirectory(filename: string, cwd: string): string | null {
  const start = startBelow(filename, cwd);
  return start === -1 ? null : filename.slice(start);
}

/**
 * Where the part of `filename` below the working directory starts; 0 for a relative path; -1 for an absolute path
 * outside the working directory, or when the working directory is a file system's root (`/`, `C:\\`): no project's
 * root, but what `@typescript-eslint/rule-tester` gives a test case with an absolute file name, so every directory of
 * the path (`/home/me/app/tests/fixtures/stack.ts`) would count. Separators are compared as one (`C:\\repo` holds
 * `C:/repo/x`).
 */
function startBelow(filename: string, cwd: string): number {
  const absolute =
    isPathSeparatorCode(filename.charCodeAt(0)) ||
    (DRIVE_LETTER.test(filename) && isPathSeparatorCode(filename.charCodeAt(2)));
  if (!absolute) return 0;
  if (cwd === '') return -1;
  // The working directory without one trailing separator, then a separator
  const cwdLength = isPathSeparatorCode(cwd.charCodeAt(cwd.length - 1)) ? cwd.length - 1 : cwd.length;
  if (cwdLength === 0 || (cwdLength === 2 && DRIVE_LETTER.test(cwd))) return -1;
  if (filename.length <= cwdLength || !isPathSeparatorCode(filename.charCodeAt(cwdLength))) return -1;
  for (let index = 0; index < cwdLength; index++) {
    const code = filename.charCodeAt(index);
    const wanted = cwd.charCodeAt(index);
    if (code !== wanted && !(isPathSeparatorCode(code) && isPathSeparatorCode(wanted))) return -1;
  }
  return cwdLength + 1;
}

const DRIVE_LETTER = /^[A-Za-z]:/u;

/** Is `filename[start, end)` exactly `word` (case-sensitive)? */
function partIs(filename: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && filename.startsWith(word, start);
}

/** Is `filename[start, end)` `word` (lower case) in any case? */
function wordIs(filename: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && startsWithIgnoringCase(filename, start, word);
}

/** Is `filename[start, end)` one of `TEST_DIRECTORIES`, or a stub's (`STUB_DIRECTORY`)? */
function isTestDirectory(filename: string, start: number, end: number): boolean {
  for (const name of TEST_DIRECTORIES) if (partIs(filename, start, end, name)) return true;
  const length = end - start;
  return length > 4 && length <= 64 && STUB_DIRECTORY.test(filename.slice(start, end));
}
