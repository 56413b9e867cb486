import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { EXAMPLE_KEY_ID, EXAMPLE_SECRET, KEY_ID, SECRET } from './utils/aws-credential-fixtures.js';

/*
 * Every rule doc's examples are tested facts, as in eslint-plugin-unicorn and typescript-eslint: each fenced code
 * block under `## Examples` → `### ❌ Incorrect` must give at least one message of the rule, each block under
 * `### ✅ Correct` none. A block elsewhere in the doc is an example too when it is clearly marked: a ❌ or ✅ in the
 * text just above it, or a first line `// reported…` / `// not reported…`. A ❌ block's own comments are claims too:
 * each paragraph (lines between blank lines) that opens with a `//` comment names a case of its own and must be
 * reported within its lines, and a line that ends in a `//` comment (why it is wrong) must be reported on that line,
 * unless the comment starts with `not reported`, when it must not be.
 *
 * Each block is linted with its rule alone, through ESLint's own Linter:
 * - parser by the fence's language: typescript-eslint's for ts/tsx, espree for js/jsx/mjs/cjs; json is parsed as
 *   JSON; text, sh, yaml and the like are not code. Every other code block of a doc (a config snippet) must parse.
 * - sourceType `commonjs` when the block reads as CommonJS (`require(`, `module.exports`, `exports.`) and has no ES
 *   `import` / `export` statement, else `module`.
 * - file name `src/handler.<ext>`: a source file of the project, not test code (the logging rules skip tests), where
 *   handler detection finds the block's exported handler; a CDK or SDK snippet does not care. A block may set its
 *   own with `<!-- filename: serverless.ts -->` in the text above it (a Serverless config, say).
 * - the rule's default options, unless the block sets them: an ESLint config comment in the code
 *   (`/* eslint lambda-guard/<rule>: ["error", { … }] *\/`, which users can copy too), or
 *   `<!-- options: { … } -->` in the text above it.
 */

const root = new URL('../', import.meta.url);
const cwd = fileURLToPath(root);

type Expectation = 'incorrect' | 'correct' | 'code';
type Language = 'ts' | 'js' | 'json' | 'text';

interface Block {
  rule: string;
  /** 1-based line in the doc of the block's first code line. */
  line: number;
  language: Language;
  fenceLanguage: string;
  code: string;
  expectation: Expectation;
  filename?: string;
  options?: unknown[];
}

const TS_LANGUAGES = new Set(['ts', 'tsx', 'typescript', 'mts', 'cts']);
const JS_LANGUAGES = new Set(['js', 'jsx', 'javascript', 'mjs', 'cjs']);
const JSON_LANGUAGES = new Set(['json']);
const TEXT_LANGUAGES = new Set(['text', 'txt', 'sh', 'bash', 'shell', 'console', 'yaml', 'yml', 'jsonc', 'diff']);

const FENCE = /^(\s*)(`{3,})\s*([\w-]*)\s*$/u;
const HEADING = /^(#{2,3})\s+(.*?)\s*$/u;
const OPTIONS_COMMENT = /<!--\s*options:\s*(.*?)\s*-->/u;
const FILENAME_COMMENT = /<!--\s*filename:\s*(\S+)\s*-->/u;

function languageOf(fenceLanguage: string): Language | null {
  const language = fenceLanguage.toLowerCase();
  if (TS_LANGUAGES.has(language)) return 'ts';
  if (JS_LANGUAGES.has(language)) return 'js';
  if (JSON_LANGUAGES.has(language)) return 'json';
  if (TEXT_LANGUAGES.has(language)) return 'text';
  return null;
}

/** The fenced code blocks of a rule doc, with what each must show. */
function blocksOf(rule: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let section = '';
  let subsection = '';
  // The prose since the last heading or block: where ❌ / ✅ and the <!-- --> directives of the next block are
  let textAbove: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heading = HEADING.exec(line);
    if (heading) {
      if (heading[1] === '##') {
        section = heading[2]!;
        subsection = '';
      } else subsection = heading[2]!;
      textAbove = [];
      continue;
    }
    const fence = FENCE.exec(line);
    if (!fence) {
      textAbove.push(line);
      continue;
    }
    const [, indent, ticks, fenceLanguage] = fence as unknown as [string, string, string, string];
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== ticks) end++;
    const code = lines
      .slice(start, end)
      .map((codeLine) => (codeLine.startsWith(indent) ? codeLine.slice(indent.length) : codeLine.trimStart()))
      .join('\n');
    const language = languageOf(fenceLanguage);
    if (language === null) {
      throw new Error(`docs/rules/${rule}.md:${index + 1}: give the block a language (ts, js, text, …)`);
    }
    const above = textAbove.join('\n');
    const firstLine = code.trimStart().split('\n')[0] ?? '';
    let expectation: Expectation = 'code';
    if (section === 'Examples' && subsection.startsWith('❌')) expectation = 'incorrect';
    else if (section === 'Examples' && subsection.startsWith('✅')) expectation = 'correct';
    else if (above.includes('❌') || /^\/\/\s*reported\b/iu.test(firstLine)) expectation = 'incorrect';
    else if (above.includes('✅') || /^\/\/\s*not reported\b/iu.test(firstLine)) expectation = 'correct';
    const options = OPTIONS_COMMENT.exec(above)?.[1];
    const parsedOptions = options === undefined ? undefined : (JSON.parse(options) as unknown);
    blocks.push({
      rule,
      line: start + 1,
      language,
      fenceLanguage,
      code,
      expectation,
      filename: FILENAME_COMMENT.exec(above)?.[1],
      options: parsedOptions === undefined ? undefined : Array.isArray(parsedOptions) ? parsedOptions : [parsedOptions],
    });
    index = end;
    textAbove = [];
  }
  return blocks;
}

const COMMONJS = /\brequire\(|\bmodule\.exports\b|\bexports\./u;
const ES_MODULE = /^\s*(?:import\s*[\w{*'"]|export\s)/mu;

function isCommonJs(code: string): boolean {
  return COMMONJS.test(code) && !ES_MODULE.test(code);
}

/*
 * no-hardcoded-aws-keys' examples use AWS's documented example keys, which the doc says stand in for real ones (the
 * rule ignores them, as it must). The test puts real-looking keys in their place, assembled at run time like every
 * credential-shaped fixture of the repository, also where the example encodes them.
 */
const EXAMPLE_KEYS_STAND_IN = new Set(['no-hardcoded-aws-keys']);
const b64 = (value: string): string => Buffer.from(value).toString('base64');
const STAND_INS: [string, string][] = [
  [EXAMPLE_KEY_ID, KEY_ID],
  [EXAMPLE_SECRET, SECRET],
  [b64(EXAMPLE_KEY_ID), b64(KEY_ID)],
];
// A split form in the doc ('AKIA' + '…', ['…', '…'].join('')): the same split of the stand-in
for (const [example, real] of [
  [EXAMPLE_KEY_ID, KEY_ID],
  [EXAMPLE_SECRET, SECRET],
] as const) {
  for (let cut = 1; cut < example.length; cut++) {
    for (const joiner of [`' + '`, `', '`]) {
      const split = (value: string) => value.slice(0, cut) + joiner + value.slice(cut);
      STAND_INS.push([split(example), split(real)]);
    }
  }
}

function codeToLint(block: Block): string {
  if (!EXAMPLE_KEYS_STAND_IN.has(block.rule)) return block.code;
  let code = block.code;
  for (const [example, real] of STAND_INS) code = code.replaceAll(example, real);
  return code;
}

function filenameOf(block: Block, commonJs: boolean): string {
  if (block.filename) return block.filename;
  if (block.language === 'ts') return block.fenceLanguage === 'tsx' ? 'src/handler.tsx' : 'src/handler.ts';
  return commonJs ? 'src/handler.cjs' : 'src/handler.js';
}

interface Linted {
  messages: Linter.LintMessage[];
  /** Lines (1-based, in the block) that end in a `//` comment after code, with the comment's text. */
  trailingComments: { line: number; text: string }[];
}

function lint(block: Block, ruleEntry: unknown[] | null): Linted {
  const commonJs = isCommonJs(block.code);
  const languageOptions: Linter.LanguageOptions =
    block.language === 'ts'
      ? {
          parser: tsParser,
          sourceType: commonJs ? 'commonjs' : 'module',
          parserOptions: { ecmaFeatures: { jsx: block.fenceLanguage === 'tsx' } },
        }
      : {
          parser: espree,
          ecmaVersion: 'latest',
          sourceType: commonJs ? 'commonjs' : 'module',
          parserOptions: { ecmaFeatures: { jsx: block.fenceLanguage === 'jsx' } },
        };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.cjs'],
      languageOptions,
      plugins: { 'lambda-guard': plugin },
      rules: ruleEntry ? { [`lambda-guard/${block.rule}`]: ruleEntry as Linter.RuleEntry } : {},
    },
  ];
  const linter = new Linter({ configType: 'flat', cwd });
  const messages = linter.verify(codeToLint(block), config, filenameOf(block, commonJs));
  if (messages.some((message) => message.fatal)) return { messages, trailingComments: [] };
  const sourceCode = linter.getSourceCode();
  const trailingComments = sourceCode
    .getAllComments()
    .filter((comment) => comment.type === 'Line')
    .flatMap((comment) => {
      const line = comment.loc?.start.line;
      const before = sourceCode.getTokenBefore(comment, { includeComments: true });
      return line !== undefined && before?.loc?.end.line === line ? [{ line, text: comment.value.trim() }] : [];
    });
  return { messages, trailingComments };
}

const ruleNames = Object.keys(rules);
const allBlocks = ruleNames.flatMap((rule) =>
  blocksOf(rule, readFileSync(new URL(`docs/rules/${rule}.md`, root), 'utf8')),
);

/** `docs/rules/x.md:12 ❌` and the code, for a failure message. */
function where(block: Block): string {
  const mark = { incorrect: '❌', correct: '✅', code: '' }[block.expectation];
  return `docs/rules/${block.rule}.md:${block.line} ${mark}\n${block.code}\n`;
}

/** The paragraphs of a ❌ block that open with a comment: each names a case, reported within its lines. */
function commentedParagraphs(code: string): { from: number; to: number; comment: string }[] {
  const lines = code.split('\n');
  const paragraphs: { from: number; to: number; comment: string }[] = [];
  let from = 0;
  for (let index = 0; index <= lines.length; index++) {
    if (index < lines.length && lines[index]!.trim() !== '') continue;
    if (index > from && lines[from]!.trimStart().startsWith('//')) {
      paragraphs.push({ from: from + 1, to: index, comment: lines[from]!.trim() });
    }
    from = index + 1;
  }
  return paragraphs;
}

/** A message's lines cover `line`. */
const covers = (message: Linter.LintMessage, line: number): boolean =>
  message.line <= line && line <= (message.endLine ?? message.line);

describe('rule docs: every example is a tested fact', () => {
  it('every rule doc has ❌ and ✅ examples', () => {
    for (const rule of ruleNames) {
      const blocks = allBlocks.filter((block) => block.rule === rule);
      expect(blocks.some((block) => block.expectation === 'incorrect'), rule).toBe(true);
      expect(blocks.some((block) => block.expectation === 'correct'), rule).toBe(true);
    }
  });

  it('reads headings, markers and directives (a made-up doc)', () => {
    const markdown = [
      '# x',
      '```js',
      'const config = {};',
      '```',
      '```js',
      '// reported: the first line says so',
      'f();',
      '```',
      '## Examples',
      '### ❌ Incorrect',
      '<!-- filename: serverless.ts -->',
      '<!-- options: { "allowPublic": ["/health"] } -->',
      '```ts',
      'g();',
      '```',
      '### ✅ Correct',
      '```tsx',
      'h();',
      '```',
      '## Options',
      'Not reported ✅:',
      '  ```cjs',
      '  module.exports = {};',
      '  ```',
      '```text',
      'pseudo code',
      '```',
    ].join('\n');
    const summary = blocksOf('x', markdown).map((block) => [
      block.line,
      block.language,
      block.expectation,
      block.filename,
      JSON.stringify(block.options),
      block.code,
    ]);
    expect(summary).toEqual([
      [3, 'js', 'code', undefined, undefined, 'const config = {};'],
      [6, 'js', 'incorrect', undefined, undefined, '// reported: the first line says so\nf();'],
      [14, 'ts', 'incorrect', 'serverless.ts', '[{"allowPublic":["/health"]}]', 'g();'],
      [18, 'ts', 'correct', undefined, undefined, 'h();'],
      [23, 'js', 'correct', undefined, undefined, 'module.exports = {};'],
      [26, 'text', 'code', undefined, undefined, 'pseudo code'],
    ]);
    expect(isCommonJs('module.exports = {};')).toBe(true);
    expect(isCommonJs("import x from 'y';\nconst z = require('z');")).toBe(false);
    expect(() => blocksOf('x', '```\ncode\n```')).toThrow(/give the block a language/);
  });

  const examples = allBlocks.filter((block) => block.expectation !== 'code');
  it.each(examples.map((block) => [`${block.rule}.md:${block.line} ${block.expectation}`, block] as const))(
    '%s',
    (_, block) => {
      expect(['ts', 'js'], `${where(block)}an example must be js or ts`).toContain(block.language);
      const { messages, trailingComments } = lint(block, ['error', ...(block.options ?? [])]);
      const show = (list: Linter.LintMessage[]) =>
        list.map((message) => `${message.line}:${message.column} ${message.message}`);
      expect(show(messages.filter((message) => message.fatal)), `${where(block)}does not parse`).toEqual([]);
      // Any other message (an inline config comment with bad options, say) is a broken example too
      const ruleId = `lambda-guard/${block.rule}`;
      expect(show(messages.filter((message) => message.ruleId !== ruleId)), where(block)).toEqual([]);
      const found = show(messages);
      if (block.expectation === 'correct') {
        expect(found, `${where(block)}a ✅ example is reported`).toEqual([]);
        return;
      }
      expect(found.length, `${where(block)}a ❌ example is not reported`).toBeGreaterThan(0);
      const foundText = `; found:\n${found.join('\n')}`;
      // A paragraph that opens with a comment is a case of its own
      for (const paragraph of commentedParagraphs(block.code)) {
        const inside = messages.filter((message) => message.line >= paragraph.from && message.line <= paragraph.to);
        const what = `the case "${paragraph.comment}" (lines ${paragraph.from}-${paragraph.to} of the block)`;
        expect(inside.length, `${where(block)}${what} is not reported${foundText}`).toBeGreaterThan(0);
      }
      // A line that ends in a comment says why it is wrong, unless the comment says it is not reported
      for (const comment of trailingComments) {
        const onLine = messages.filter((message) => covers(message, comment.line));
        const what = `line ${comment.line} of the block ("// ${comment.text}")`;
        if (/^not reported\b/iu.test(comment.text)) {
          expect(show(onLine), `${where(block)}${what} is reported`).toEqual([]);
        } else {
          expect(onLine.length, `${where(block)}${what} is not reported${foundText}`).toBeGreaterThan(0);
        }
      }
    },
  );

  // Config snippets and other code in the docs: they must be what they say they are
  const otherCode = allBlocks.filter((block) => block.expectation === 'code' && block.language !== 'text');
  it.each(otherCode.map((block) => [`${block.rule}.md:${block.line}`, block] as const))('%s parses', (_, block) => {
    if (block.language === 'json') {
      expect(() => JSON.parse(block.code), where(block)).not.toThrow();
      return;
    }
    const fatal = lint(block, null).messages.filter((message) => message.fatal);
    expect(fatal.map((message) => `${message.line}:${message.column} ${message.message}`), where(block)).toEqual([]);
  });
});
