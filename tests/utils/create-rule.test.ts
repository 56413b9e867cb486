import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/utils/create-rule.js';
import { KEY_ID, SECRET } from './aws-credential-fixtures.js';

/** What a rule reads of its context, recorded per file. */
interface Seen {
  id: unknown;
  filename: unknown;
  physicalFilename: unknown;
  cwd: unknown;
  options: unknown;
  settings: unknown;
  text: unknown;
  mergedOptions: unknown;
}

/** The members a rule reads, read as a rule reads them (plain property reads). */
function seen(
  context: Omit<Seen, 'text' | 'mergedOptions'> & { sourceCode: { text: string } },
  mergedOptions: unknown,
): Seen {
  const { id, filename, physicalFilename, cwd, options, settings } = context;
  return { id, filename, physicalFilename, cwd, options, settings, text: context.sourceCode.text, mergedOptions };
}

const seenByCreateRule: Seen[] = [];
const seenByPlainRule: Seen[] = [];

const probeRule = createRule<[{ word?: string }], 'found'>({
  name: 'probe',
  meta: {
    type: 'problem',
    docs: { description: 'Probe the rule context', recommended: 'strict' },
    fixable: 'code',
    messages: { found: 'Found {{word}}' },
    schema: [{ type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false }],
    defaultOptions: [{ word: 'x' }],
  },
  defaultOptions: [{ word: 'x' }],
  create(context, [{ word }]) {
    seenByCreateRule.push(seen(context, word));
    return {
      Identifier(node) {
        if (node.name !== word) return;
        context.report({ node, messageId: 'found', data: { word }, fix: (fixer) => fixer.replaceText(node, 'y') });
      },
    };
  },
});

// The same reads through ESLint's own context, for comparison
const plainRule = {
  meta: { type: 'problem' as const, schema: false as const },
  create(context: Rule.RuleContext) {
    seenByPlainRule.push(seen(context, undefined));
    return {};
  },
};

function lint(code: string, options: unknown[] | undefined, fix = false) {
  const linter = new Linter({ cwd: '/project' });
  const config = {
    files: ['**/*.js'],
    plugins: { t: { rules: { probe: probeRule, plain: plainRule } } } as never,
    settings: { other: { a: 1 } },
    rules: { 't/probe': options ? ['error', ...options] : 'error', 't/plain': 'error' } as never,
  };
  return fix
    ? linter.verifyAndFix(code, config, { filename: '/project/src/a.js' })
    : linter.verify(code, config, { filename: '/project/src/a.js' });
}

describe('createRule', () => {
  it('hands the rule the members of the ESLint context, unchanged', () => {
    seenByCreateRule.length = 0;
    seenByPlainRule.length = 0;
    const messages = lint('const x = 1;', undefined) as Linter.LintMessage[];
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: 't/probe', messageId: 'found', message: 'Found x', line: 1, column: 7 }),
    ]);
    expect(seenByCreateRule).toHaveLength(1);
    const [seen] = seenByCreateRule;
    const [plain] = seenByPlainRule;
    // ESLint itself applies `meta.defaultOptions` to the options it hands the rule
    expect(seen).toEqual({ ...plain, id: 't/probe', options: [{ word: 'x' }], mergedOptions: 'x' });
    expect(plain).toMatchObject({ id: 't/plain', filename: '/project/src/a.js', cwd: '/project', text: 'const x = 1;' });
    expect(seen.settings).toEqual({ other: { a: 1 } });
  });

  it('merges options given in the config with the defaults', () => {
    seenByCreateRule.length = 0;
    const messages = lint('let z, x;', [{ word: 'z' }]) as Linter.LintMessage[];
    expect(messages.map((message) => [message.message, message.column])).toEqual([['Found z', 5]]);
    expect(seenByCreateRule[0]).toMatchObject({ options: [{ word: 'z' }], mergedOptions: 'z' });
  });

  it('reports with fixes through the real report', () => {
    const result = lint('x + x;', undefined, true) as Linter.FixReport;
    expect(result.output).toBe('y + y;');
    expect(result.fixed).toBe(true);
  });

  it('rejects invalid options and settings as configuration errors', () => {
    expect(() => lint('x;', [{ word: 1 }])).toThrow(/Key "t\/probe":\s+Value 1 should be string/);
    const linter = new Linter();
    const config = {
      plugins: { t: { rules: { probe: probeRule } } } as never,
      settings: { 'lambda-guard': { handlerName: ['main'] } },
      rules: { 't/probe': 'error' } as never,
    };
    expect(() => linter.verify('x;', config)).toThrow("settings['lambda-guard'] has an unknown key 'handlerName'");
  });
});

/** Quotes each string of the file in its message and in its suggestion's. */
const quoteRule = createRule<[], 'quoted' | 'drop'>({
  name: 'quote',
  meta: {
    type: 'problem',
    docs: { description: 'Quote strings', recommended: 'strict' },
    hasSuggestions: true,
    messages: { quoted: 'Quoted {{text}} ({{count}})', drop: 'Drop {{text}}' },
    schema: [],
    defaultOptions: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Literal(node) {
        if (typeof node.value !== 'string') return;
        const text = node.value;
        context.report({
          node,
          messageId: 'quoted',
          data: { text, count: text.length },
          suggest: [{ messageId: 'drop', data: { text }, fix: (fixer) => fixer.remove(node) }],
        });
      },
    };
  },
});

describe('createRule: credentials in message data', () => {
  function quoted(code: string): { message: string; suggestions: string[] }[] {
    const linter = new Linter();
    const messages = linter.verify(code, {
      plugins: { t: { rules: { quote: quoteRule } } } as never,
      rules: { 't/quote': 'error' } as never,
    });
    return messages.map((message) => ({
      message: message.message,
      suggestions: (message.suggestions ?? []).map((suggestion) => suggestion.desc),
    }));
  }

  it('shortens key IDs and describes random runs in every string of the data, suggestions included', () => {
    const text = `cfg.${KEY_ID}.password`;
    expect(quoted(`f(${JSON.stringify(text)}, ${JSON.stringify(`k: ${SECRET}`)});`)).toEqual([
      { message: `Quoted cfg.AKIA…${KEY_ID.slice(-4)}.password (${text.length})`, suggestions: [`Drop cfg.AKIA…${KEY_ID.slice(-4)}.password`] },
      { message: `Quoted k: a 40-character secret (${SECRET.length + 3})`, suggestions: ['Drop k: a 40-character secret'] },
    ]);
  });

  it('describes a prefixed token (ghp_…) too', () => {
    const token = `ghp_${SECRET.replace(/[+/]/g, 'q').slice(0, 36)}`;
    expect(quoted(`f('log ${token}');`)).toEqual([
      { message: `Quoted log a ${token.length}-character secret (${token.length + 4})`, suggestions: [`Drop log a ${token.length}-character secret`] },
    ]);
  });

  it("describes other services' tokens known by their prefix (Slack, Stripe, GitHub, Google), in a path too", () => {
    const body = SECRET.replace(/[+/]/g, 'q');
    const tokens = [
      ['xo' + 'xb', '123456789012', '1234567890123', body.slice(0, 24)].join('-'),
      ['sk', 'live', body.slice(0, 24)].join('_'),
      'github' + '_pat_' + body.slice(0, 30),
      'AI' + 'za' + body.slice(0, 35),
    ];
    for (const token of tokens) {
      expect(quoted(`f('POST /hooks/${token}');`)).toEqual([
        {
          message: `Quoted POST /hooks/a ${token.length}-character secret (${token.length + 12})`,
          suggestions: [`Drop POST /hooks/a ${token.length}-character secret`],
        },
      ]);
    }
  });

  it('leaves other texts as they are: long names, paths and ARNs, constants', () => {
    const name = 'someVeryLongPropertyNameThatIsDescriptiveOk';
    const arn = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/OrdersServiceProdStackOrdersHandler5F3A2B1C:*';
    const constant = 'MY_VERY_LONG_CONSTANT_NAME_FOR_THE_ORDERS_TABLE_V2';
    expect(quoted(`f('${name}', 'short', '${'x'.repeat(64)}', '${arn}', '${constant}');`)).toEqual([
      { message: `Quoted ${name} (${name.length})`, suggestions: [`Drop ${name}`] },
      { message: 'Quoted short (5)', suggestions: ['Drop short'] },
      { message: `Quoted ${'x'.repeat(64)} (64)`, suggestions: [`Drop ${'x'.repeat(64)}`] },
      { message: `Quoted ${arn} (${arn.length})`, suggestions: [`Drop ${arn}`] },
      { message: `Quoted ${constant} (${constant.length})`, suggestions: [`Drop ${constant}`] },
    ]);
  });
});
