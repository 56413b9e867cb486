/**
 * Lint output lands in CI logs and SARIF uploads, so no message may carry a credential. The other suites check every
 * message they produce (sweep, fuzz, examples, concurrency) with the same detector; this suite aims at the inputs
 * most likely to leak: generated code full of planted keys, secrets and tokens in every position the rules look at,
 * the hand-written snippets, every rule test case, and examples/.
 */
import { describe, expect, it } from 'vitest';
import { Random, generateFiles, makeKeyId, makeSecret, makeSessionToken } from '../../bench/generate.js';
import {
  NO_RULES_NOTE,
  exampleFiles,
  findKeyShapedText,
  leakingMessages,
  lint,
  loadExampleSettings,
  rulesRecord,
  ruleNames,
  type Dialect,
} from './harness.js';
import { collectRuleTestCases } from './rule-cases.js';
import { PLANTED, SNIPPETS } from './snippets.js';

describe('the key-shaped text detector', () => {
  const rng = new Random(3);
  const keyId = makeKeyId(rng, 'AKIA');
  const secret = makeSecret(rng);
  const token = makeSessionToken(rng);

  it.each([
    ['a full access key ID', `found ${keyId} in code`],
    ['a temporary key ID', `found ${makeKeyId(rng, 'ASIA')}`],
    ['a secret access key', `secret ${secret} leaked`],
    ['a session token', `token: ${token}`],
  ])('catches %s', (_, text) => {
    expect(findKeyShapedText(text)).not.toBeNull();
  });

  it('catches 8 consecutive characters of a planted credential', () => {
    expect(findKeyShapedText(`the secret ends in ${secret.slice(20, 30)}`, new Set([secret]))).not.toBeNull();
    expect(findKeyShapedText(`key ${keyId.slice(4, 12)}`, new Set([keyId]))).not.toBeNull();
  });

  it.each([
    ['the redacted key ID form', `AWS access key ID \`${keyId.slice(0, 4)}…${keyId.slice(-4)}\` (long-term) is hard-coded`],
    ['a described secret', 'a 40-character secret is hard-coded next to it'],
    ['a 4-character prefix and a length', `${secret.slice(0, 4)}… (40 characters)`],
    ['an ARN', "'arn:aws:iam::123456789012:role/service-role/AWSLambdaBasicExecutionRole' grants too much"],
    ['a long word', 'SomeVeryLongIdentifier' + 'NameThatIsNotASecretAtAllReally'],
  ])('lets %s through', (_, text) => {
    expect(findKeyShapedText(text, new Set([keyId, secret]))).toBeNull();
  });
});

describe('no message contains key-shaped text', () => {
  it('on generated code with planted credentials', () => {
    if (ruleNames.length === 0) console.warn(`[no-secret-in-messages] ${NO_RULES_NOTE}`);
    // Bias towards files that hold credentials: every `config` file and every handler with explicit credentials.
    const files = generateFiles(1_000, 424_242).filter((file) => file.planted.length > 0 || file.kind === 'cdk' || file.code.includes('credentials'));
    const planted = new Set(files.flatMap((file) => file.planted));
    expect(planted.size).toBeGreaterThan(100);
    const leaks: string[] = [];
    let messages = 0;
    for (const file of files) {
      const outcome = lint(file.code, file.dialect);
      messages += outcome.messages.length;
      leaks.push(...leakingMessages(outcome.messages, planted).map((leak) => `${file.path}: ${leak}`));
    }
    console.info(`[no-secret-in-messages] generated: ${files.length} files, ${planted.size} planted credentials, ${messages} messages`);
    expect(leaks).toEqual([]);
  });

  it('on the snippets, under every parser', () => {
    const planted = new Set(PLANTED);
    const leaks: string[] = [];
    for (const snippet of SNIPPETS) {
      for (const dialect of new Set<Dialect>([snippet.dialect, 'ts'])) {
        leaks.push(...leakingMessages(lint(snippet.code, dialect).messages, planted).map((leak) => `snippet "${snippet.name}": ${leak}`));
      }
    }
    expect(leaks).toEqual([]);
  });

  it('on every rule test case, with its rule and options', () => {
    const cases = collectRuleTestCases().filter((testCase) => ruleNames.includes(testCase.rule));
    if (cases.length === 0) {
      console.warn(`[no-secret-in-messages] ${ruleNames.length === 0 ? NO_RULES_NOTE : 'no rule test cases yet'}`);
      return;
    }
    const leaks: string[] = [];
    let messages = 0;
    for (const testCase of cases) {
      const id = `lambda-guard/${testCase.rule}`;
      const rules = testCase.options ? { [id]: ['error', ...testCase.options] as ['error', ...unknown[]] } : rulesRecord([id]);
      const outcome = lint(testCase.code, testCase.dialect, { rules });
      messages += outcome.messages.length;
      leaks.push(...leakingMessages(outcome.messages).map((leak) => `${testCase.file}: ${leak}`));
    }
    console.info(`[no-secret-in-messages] rule tests: ${cases.length} cases, ${messages} messages`);
    expect(leaks).toEqual([]);
  });

  it('on examples/', async () => {
    const files = exampleFiles();
    if (files.length === 0) {
      console.warn('[no-secret-in-messages] examples/ is absent or empty');
      return;
    }
    const settings = await loadExampleSettings();
    const leaks = files.flatMap((file) => leakingMessages(lint(file.code, file.dialect, { settings }).messages).map((leak) => `${file.path}: ${leak}`));
    expect(leaks).toEqual([]);
  });
});
