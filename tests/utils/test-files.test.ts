import { describe, expect, it } from 'vitest';
import { isTestPath } from '../../src/utils/test-files.js';

describe('isTestPath', () => {
  const cwd = '/repo';
  it.each<[string, string, boolean]>([
    ['a unit test', '/repo/src/orders.test.ts', true],
    ['a spec', '/repo/src/orders.spec.js', true],
    ['an end-to-end suite named so', '/repo/src/api.e2e.ts', true],
    ['an integration suite named so', '/repo/src/orders.integration.ts', true],
    ['an integration test named so', '/repo/src/orders.integration.test.ts', true],
    ['a module named integration is no test', '/repo/src/integration.ts', false],
    ['a name that only holds integration', '/repo/src/slack-integration.handler.ts', false],
    ["an end-to-end test's function code", '/repo/packages/metrics/tests/e2e/basic.test.functionCode.ts', true],
    ['a tests/ directory', '/repo/packages/batch/tests/helpers/handlers.ts', true],
    ['a test/ directory', '/repo/test/handler.js', true],
    ['__tests__', '/repo/src/__tests__/handler.ts', true],
    ["Jasmine's spec/ directory", '/repo/spec/handler-spec.js', true],
    ['a file named after a spec is not in a spec/ directory', '/repo/src/openapi-spec.ts', false],
    ['a spec/ folder below the top may hold an API specification', '/repo/src/api/spec/openapi.ts', false],
    ["a Jasmine spec file in a package's spec/ (a monorepo)", '/repo/packages/cli/spec/create-spec.js', true],
    ['a Jasmine spec file named in camel case, deeper down', '/repo/apps/api/spec/unit/handlerSpec.ts', true],
    ['a file named spec in a spec/ folder below the top', '/repo/src/api/spec/spec.ts', false],
    ['a name that only ends in spec, in a spec/ folder below the top', '/repo/src/api/spec/openapispec.ts', false],
    ['__mocks__', '/repo/src/__mocks__/aws-sdk.js', true],
    ['__fixtures__', '/repo/src/__fixtures__/event.ts', true],
    ['an integration-tests/ directory', '/repo/integration-tests/mocked/sfn-helper.ts', true],
    ['an integration-test/ directory (singular)', '/repo/integration-test/nodejs/handler.js', true],
    ['an integrationTests/ directory', '/repo/packages/plugin/integrationTests/asset/lambda/handler.js', true],
    ['an integration_tests/ directory', '/repo/integration_tests/handler.py.js', true],
    ['an e2e/ directory', '/repo/e2e/handler.ts', true],
    ['a name that only holds e2e', '/repo/src/e2e-encryption/handler.ts', false],
    ['an integration/ directory is not one', '/repo/src/integration/handler.ts', false],
    ['a relative path', 'tests/handler.ts', true],
    ['a handler', '/repo/src/handler.ts', false],
    ["a file named test, which Node's test runner runs", '/repo/src/test.ts', true],
    ['a nodeunit suite named test, outside the working directory', '/other/routes/examples/test.js', true],
    ['a name that only starts with test', '/repo/src/test-data.handler.ts', false],
    ['a file named tests is no runner default', '/repo/src/tests.ts', false],
    ["Jest's set-up file", '/repo/jest.setup.js', true],
    ["Jest's configuration", '/repo/packages/api/jest.config.ts', true],
    ['a Jest set-up named with a dash', '/repo/config/jest-setup.ts', true],
    ["Vitest's set-up file", '/repo/vitest.setup.ts', true],
    ["Create React App's setupTests", '/repo/src/setupTests.js', true],
    ['setupJest', '/repo/setupJest.js', true],
    ["Playwright's configuration", '/repo/playwright.config.ts', true],
    ["Cypress's configuration", '/repo/cypress.config.js', true],
    ["a Cypress support file", '/repo/cypress/support/e2e.js', true],
    ["a global set-up is also an app's bootstrap name", '/repo/src/global-setup.ts', false],
    ["Playwright's name is also a browser-driving Lambda's", '/repo/src/playwright/handler.ts', false],
    ['a module named after a runner, not its configuration', '/repo/src/playwright-screenshot.ts', false],
    ['a karma bot', '/repo/src/karma-bot/handler.js', false],
    ['a name that only starts with test and a part', '/repo/src/test.handler.js', false],
    ["Karma's configuration", '/repo/karma.conf.js', true],
    ['a variant of a Jest configuration', '/repo/jest.config.base.js', true],
    ['a Vitest configuration of one suite', '/repo/vitest.config.unit.ts', true],
    ["Jest's environment file", '/repo/jest.env.js', true],
    ['a test harness', '/repo/test-harness/src/DequeueHandler.ts', true],
    ["a stand-in for another service's API", '/repo/gov-notify-stub/src/MockHandler.ts', true],
    ['stubs in camel case', '/repo/services/yotiStub/handler.ts', true],
    ['a stubs/ directory', '/repo/src/stubs/payments.ts', true],
    ['a word that only ends in stub', '/repo/src/nostub/handler.ts', false],
    ['a stubborn name', '/repo/src/stubborn-retry/handler.ts', false],
    ['test utilities', '/repo/src/test-utils.ts', true],
    ['test helpers in camel case', '/repo/src/lib/testHelpers.ts', true],
    ['a set-up module of the app', '/repo/src/setup.ts', false],
    ['an app module named after a runner only in part', '/repo/src/jester/handler.ts', false],
    ['a setup handler of the app', '/repo/src/handlers/setup-account.ts', false],
    ['a teardown function of the app', '/repo/src/teardown.ts', false],
    ['a directory containing the word', '/repo/src/contest/latest.ts', false],
    ['a word that only starts like it', '/repo/src/testing-tools/handler.ts', false],
    ['a testData/ directory', '/repo/packages/once/testData/src/handler.ts', true],
    ['a test-data/ directory', '/repo/test-data/handler.js', true],
    ['a test_fixtures/ directory', '/repo/src/test_fixtures/handler.js', true],
    ['a testFixtures/ directory', '/repo/src/testFixtures/app/handler.js', true],
    ['a fixtures/ directory may be a sports app\'s', '/repo/src/fixtures/handler.js', false],
    ['a function about medical tests', '/repo/src/testResultReportLambda/index.js', false],
    ['a load-testing tool of its own', '/repo/source/test-metadata-updater/src/index.ts', false],
    ['a word starting with test', '/repo/src/testimonials/handler.ts', false],
    ['a name that only holds fixtures', '/repo/src/fixtures-api/handler.ts', false],
    ['a tests-helper name', '/repo/src/latest.tests-helper.ts', false],
    ['a tests/ directory above the working directory does not count', '/home/tests/repo/src/handler.ts', false],
    ['outside the working directory only the file name counts', '/other/tests/handler.ts', false],
    ['outside the working directory, a test file name', '/other/src/handler.test.ts', true],
    ['a documentation snippet under examples/', '/repo/examples/snippets/parameters/getParameter.ts', true],
    ['a documentation snippet under docs/', '/repo/packages/logger/docs/snippets/basic.ts', true],
    ['a snippets/ directory of an app is its own code', '/repo/src/handlers/snippets/create.ts', false],
    ['a snippets/ directory at the top', '/repo/snippets/handler.ts', false],
    ['examples/ without snippets is deployable example code', '/repo/examples/app/functions/get-by-id.ts', false],
    ['a snippets directory under docs above the working directory', '/docs/snippets/repo/src/handler.ts', false],
    ['empty', '', false],
  ])('%s: %s', (_name, filename, expected) => {
    const outside = filename === '/home/tests/repo/src/handler.ts' || filename === '/docs/snippets/repo/src/handler.ts';
    expect(isTestPath(filename, outside ? filename.slice(0, filename.indexOf('/src/')) : cwd)).toBe(expected);
  });

  it('reads Windows separators', () => {
    expect(isTestPath('C:\\repo\\src\\__tests__\\handler.ts', 'C:\\repo')).toBe(true);
    expect(isTestPath('C:\\repo\\src\\handler.ts', 'C:\\repo')).toBe(false);
    expect(isTestPath('C:\\tests\\repo\\src\\handler.ts', 'C:\\tests\\repo')).toBe(false);
  });

  // @typescript-eslint/rule-tester lints a case with an absolute file name with the root as working directory
  it('with the file system root as working directory, only the file name counts', () => {
    expect(isTestPath('/home/me/app/tests/fixtures/stack.ts', '/')).toBe(false);
    expect(isTestPath('/work/grader/test/handler.js', '/')).toBe(false);
    expect(isTestPath('/work/app/src/__tests__/handler.ts', '/')).toBe(false);
    expect(isTestPath('/work/app/src/handler.test.ts', '/')).toBe(true);
    expect(isTestPath('C:\\app\\tests\\stack.ts', 'C:\\')).toBe(false);
    expect(isTestPath('C:\\app\\src\\stack.spec.ts', 'C:\\')).toBe(true);
    // A relative file name is below any working directory
    expect(isTestPath('tests/stack.ts', '/')).toBe(true);
  });

  it('gives up on absurdly long paths', () => {
    expect(isTestPath(`/repo/${'a/'.repeat(5_000)}x.test.ts`, cwd)).toBe(false);
  });
});
