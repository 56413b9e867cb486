import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));

/** Lint examples/ with one preset through the real ESLint class; `rule file:line` per finding, sorted. */
async function lintExamples(preset: 'recommended' | 'strict', typed = false): Promise<string[]> {
  // Typed linting (typescript-eslint's project service over examples/tsconfig.json): the rules need no type
  // information, and must read the same AST when a team's config provides it
  const parserOptions = typed ? { projectService: true, tsconfigRootDir: examples } : {};
  const eslint = new ESLint({
    cwd: examples,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions } },
      plugin.configs[preset],
      { settings: { 'lambda-guard': { handlerNames: ['main'] } } },
    ],
  });
  const results = await eslint.lintFiles(['.']);
  const findings: string[] = [];
  for (const result of results) {
    const file = result.filePath.slice(examples.length).replaceAll('\\', '/');
    for (const message of result.messages) {
      expect(message.fatal ?? false, `${file}: ${message.message}`).toBe(false);
      findings.push(`${message.ruleId} ${file}:${message.line}`);
    }
  }
  return findings.sort();
}

// Every finding the recommended preset makes on the demo app, by rule, file and line.
const recommendedFindings = [
  'lambda-guard/no-explicit-aws-credentials vulnerable/functions/create-order.ts:9',
  'lambda-guard/no-explicit-aws-credentials vulnerable/functions/nightly-report.js:6',
  'lambda-guard/no-hardcoded-aws-keys vulnerable/functions/nightly-report.js:6',
  'lambda-guard/no-sensitive-log-data vulnerable/functions/create-order.ts:17',
  'lambda-guard/no-sensitive-log-data vulnerable/functions/nightly-report.js:13',
  'lambda-guard/no-unstructured-logging vulnerable/functions/create-order.ts:17',
  'lambda-guard/no-unstructured-logging vulnerable/functions/create-order.ts:19',
  'lambda-guard/no-unstructured-logging vulnerable/functions/nightly-report.js:11',
  'lambda-guard/no-wildcard-iam-policy vulnerable/infra/orders-stack.ts:20',
  'lambda-guard/no-wildcard-iam-policy vulnerable/infra/orders-stack.ts:21',
  // s3:* and * in a SAM function's policy document
  'lambda-guard/no-wildcard-iam-policy vulnerable/infra/reports-sam-stack.ts:17',
  'lambda-guard/no-wildcard-iam-policy vulnerable/infra/reports-sam-stack.ts:17',
  'lambda-guard/no-wildcard-iam-policy vulnerable/scripts/grant-bucket-access.js:10',
  'lambda-guard/require-api-authorization vulnerable/infra/orders-stack.ts:39',
  'lambda-guard/require-api-authorization vulnerable/infra/orders-stack.ts:41',
  'lambda-guard/require-api-authorization vulnerable/infra/reports-sam-stack.ts:20',
  // SST v3: a function URL without IAM, s3:* on * in the function's permissions, and an API route without auth
  'lambda-guard/require-api-authorization vulnerable/infra/sst.config.ts:13',
  'lambda-guard/no-wildcard-iam-policy vulnerable/infra/sst.config.ts:14',
  'lambda-guard/no-wildcard-iam-policy vulnerable/infra/sst.config.ts:14',
  'lambda-guard/require-api-authorization vulnerable/infra/sst.config.ts:17',
];

// strict adds the rules that judge design rather than a clear defect.
const strictOnlyFindings = [
  'lambda-guard/no-shared-execution-role vulnerable/infra/orders-stack.ts:35',
  // create-order.ts logs only with multi-argument console.log calls: nothing structured.
  'lambda-guard/require-handler-logging vulnerable/functions/create-order.ts:16',
  'lambda-guard/require-handler-logging vulnerable/functions/resize-image.mjs:12',
];

describe('the presets on examples/', () => {
  it('recommended finds exactly the known problems, none in fixed/', async () => {
    expect(await lintExamples('recommended')).toEqual(recommendedFindings.sort());
  });

  it('strict finds the recommended problems plus the strict-only ones, none in fixed/', async () => {
    expect(await lintExamples('strict')).toEqual([...recommendedFindings, ...strictOnlyFindings].sort());
  });

  it('strict finds the same with type information (parserOptions.projectService)', async () => {
    expect(await lintExamples('strict', true)).toEqual([...recommendedFindings, ...strictOnlyFindings].sort());
  });
});
