/**
 * Every JS and TS file (declarations included) of a few installed packages, linted with the `strict` preset: no
 * rule may throw, and no message may carry key-shaped text. The finding counts are printed: these packages hold no
 * secrets and no Lambda handlers, so every finding is a candidate false positive to look at.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_RULES_NOTE, ROOT, describeCrash, dialectOf, leakingMessages, lintFile, ruleNames, walk } from './harness.js';

const PACKAGES = [
  '@aws-lambda-powertools',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-lambda',
  'aws-cdk-lib/aws-iam',
  'aws-cdk-lib/aws-lambda',
  'aws-cdk-lib/aws-lambda-nodejs',
  'aws-cdk-lib/aws-apigateway',
  'aws-cdk-lib/aws-apigatewayv2',
  'aws-cdk-lib/aws-s3',
];
/** Larger files are the bench's business (huge inputs); the sweep is about breadth. */
const MAX_FILE_BYTES = 400_000;

const files = PACKAGES.flatMap((name) => walk(join(ROOT, 'node_modules', name))).filter(
  (path) => dialectOf(path) !== null && !path.endsWith('.map') && statSync(path).size <= MAX_FILE_BYTES,
);

describe('sweep over installed packages with the strict preset', () => {
  it('lints thousands of real files with no rule exception and no key-shaped message', () => {
    if (ruleNames.length === 0) console.warn(`[sweep] ${NO_RULES_NOTE}; ESLint still parses every file`);
    expect(files.length).toBeGreaterThan(1_000);
    // The virtual file names must not be ignored by ESLint (a syntax error has to come back as a parse error).
    expect(lintFile('const = ;', 'esm', {}, files[0]!.slice(ROOT.length)).parseError).toContain('Parsing error');
    const crashes: string[] = [];
    const leaks: string[] = [];
    const findings = new Map<string, number>();
    const samples: string[] = [];
    let parseErrors = 0;
    let bytes = 0;
    const started = performance.now();
    for (const path of files) {
      const code = readFileSync(path, 'utf8');
      bytes += code.length;
      const relative = path.slice(ROOT.length);
      // Published `.js` is ESM or CommonJS; lintFile tries ESM first and falls back to CommonJS.
      const outcome = lintFile(code, dialectOf(path)!, {}, relative.replace(/\.[^./]+$/, '').replace(/[^\w/-]/g, '_'));
      if (outcome.crash) crashes.push(`${relative}: ${describeCrash(outcome.crash, '').split('\n')[0]}`);
      if (outcome.parseError) parseErrors++;
      leaks.push(...leakingMessages(outcome.messages).map((leak) => `${relative}: ${leak}`));
      for (const message of outcome.messages) {
        if (!message.ruleId) continue;
        findings.set(message.ruleId, (findings.get(message.ruleId) ?? 0) + 1);
        if (samples.length < 10) samples.push(`${relative}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `[sweep] ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds} s; parse errors: ${parseErrors}; ` +
        `findings: ${findings.size ? [...findings].map(([rule, count]) => `${rule} ${count}`).join(', ') : 'none'}` +
        (samples.length ? `\n  ${samples.join('\n  ')}` : ''),
    );
    expect(crashes).toEqual([]);
    expect(leaks).toEqual([]);
    // Published packages parse: a flood of parse errors would mean the sweep is not exercising the rules.
    expect(parseErrors).toBeLessThan(files.length / 50);
  });
});
