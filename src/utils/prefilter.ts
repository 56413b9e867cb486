import { AST_TOKEN_TYPES, type TSESLint } from '@typescript-eslint/utils';
import { indexOfRangeAt } from './ast.js';
import { lastFile } from './last-file.js';
import { isAsciiWordCode } from './strings.js';

/**
 * Cheap per-file prefilters: can this file's code mention a name at all? Rules run on every file, most of which
 * are not theirs; a substring test on the source text lets a rule skip its listeners (and their scope lookups)
 * on those files. The answers are conservative: `false` only when the file certainly cannot hold the name, so a
 * prefilter never changes what a rule reports.
 *
 * A name the analysis reads (an identifier, a property key, a string's value, a module specifier) is spelled in
 * the source text, or written with escapes: `\u0041`, `\x41`, `\101`, `\A` (a needless escape), a line
 * continuation in a string, or an HTML entity in JSX (`&#65;`). A file with any such escape is always "may
 * mention". The harmless escapes `\\ \' \" \` \b \f \n \r \t \v` cannot spell a letter, digit, `-`, `/` or `@`; nor
 * can a needless escape of punctuation no name, module specifier, key or secret holds (`\* \? \( \) \[ \] \{ \} \| \^ \,
 * \; \! \# \% \& \< \> \~`), which regular expression sources written as strings are full of
 * (`new RegExp('^[a-z0-9-\*]+$')`). Escapes of `. : $ _ = + - / @` stay suspect: those characters are part of names,
 * specifiers (`@aws-sdk/client-s3`), IAM actions (`s3:Get`) and secrets.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

const HARMLESS_ESCAPES = new Set([
  '\\',
  "'",
  '"',
  '`',
  'b',
  'f',
  'n',
  'r',
  't',
  'v',
  // Needless escapes of punctuation that no name holds
  '*',
  '?',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '|',
  '^',
  ',',
  ';',
  '!',
  '#',
  '%',
  '&',
  '<',
  '>',
  '~',
]);

/**
 * Does the file hold an escape or HTML entity that could spell a name (then every `mayMention` is true)? As
 * `mayHideNamesIn`, but an escape inside a regular expression literal (`/\d+/`) or a comment spells nothing the
 * analysis reads: published code is full of the first.
 */
export function mayHideNames(sourceCode: SourceCode): boolean {
  return hiddenEscapes(sourceCode).names;
}

/**
 * `mayHideNames` with comments read too: no-hardcoded-aws-keys scans comments and decodes the JSON escapes in them
 * (`// {"AccessKeyId":"\u0041KIA…"}`).
 */
export function mayHideText(sourceCode: SourceCode): boolean {
  return hiddenEscapes(sourceCode).text;
}

/**
 * Both answers from one walk over the file's escapes, once per file: an escape that could spell a name outside
 * regular expression literals and comments (`names`), or outside regular expression literals only (`text`).
 */
const hiddenEscapes = lastFile((sourceCode: SourceCode): { names: boolean; text: boolean } => {
  const text = sourceCode.text;
  const program = sourceCode.ast as TSESLint.SourceCode['ast'] | undefined;
  let inComment = false;
  for (let index = text.indexOf('\\'); index !== -1; index = text.indexOf('\\', index + 2)) {
    if (HARMLESS_ESCAPES.has(text.charAt(index + 1))) continue;
    const token = spanAt(program?.tokens, index);
    const inert = token === null ? spanAt(program?.comments, index) : token.type === 'RegularExpression' ? token : null;
    if (inert === null) return { names: true, text: true };
    if (token === null) inComment = true;
    // Past the regular expression or comment: its other escapes need no look
    index = inert.range[1] - 2;
  }
  const entity = holdsHtmlEntity(text);
  return { names: entity, text: entity || inComment };
});

function spanAt<T extends { range: readonly [number, number] }>(
  spans: readonly T[] | undefined,
  index: number,
): T | null {
  const found = spans === undefined ? -1 : indexOfRangeAt(spans, index);
  return found === -1 ? null : spans![found]!;
}

/** `mayHideNames` for a text. */
export function mayHideNamesIn(text: string): boolean {
  // Pairs are consumed left to right, so `\\u` is an escaped backslash followed by `u`, not an escape.
  for (let index = text.indexOf('\\'); index !== -1; index = text.indexOf('\\', index + 2)) {
    if (!HARMLESS_ESCAPES.has(text.charAt(index + 1))) return true;
  }
  return holdsHtmlEntity(text);
}

/**
 * Does `text` hold an HTML entity (`&amp;`, `&#65;`, `&#x41;`: `&`, then `#` and word characters, then `;`), as
 * `/&[#\w]+;/` would say? Looked for from each `&` (found with `indexOf`), which most texts hold few of: several
 * times faster than the regex, whose scan starts at every character.
 */
export function holdsHtmlEntity(text: string): boolean {
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
    let end = index + 1;
    while (end < text.length && isEntityCharacter(text.charCodeAt(end))) end++;
    if (end > index + 1 && text.charCodeAt(end) === 59 /* ; */) return true;
  }
  return false;
}

/** `[#A-Za-z0-9_]` */
function isEntityCharacter(code: number): boolean {
  return isAsciiWordCode(code) || code === 35; /* # */
}

/**
 * Could the file's code contain `word` (as or inside a name, key, string or specifier)? False only when it cannot.
 * Remembered per file and word: listeners ask for every node they look at (`process` for each declared base of a
 * member chain), and a word the file does not spell costs a scan of the whole text each time.
 */
export function mayMention(sourceCode: SourceCode, word: string): boolean {
  const answers = mentionAnswers(sourceCode);
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = includesText(sourceCode.text, word) || mayHideNames(sourceCode);
    answers.set(word, answer);
  }
  return answer;
}

const mentionAnswers = lastFile((): Map<string, boolean> => new Map());

/**
 * Characters of JavaScript and TypeScript source from the most frequent to the least (counted on published SDK, CDK
 * and Powertools code and public serverless repositories); any other character is rarer than all of them.
 */
const BY_FREQUENCY_IN_CODE = ' etronisacpldu\n,m.")(gf=:yh_;bv{}SCkARPExTwI0\'/ODNF-L[]*M1BUVj2G>q$&!?3HzKW`|4+6J5Q8Y9\t@X7<\\#Z^';

/** How common a character is in code: its rank in `BY_FREQUENCY_IN_CODE`, or past every rank when it is not there. */
function frequencyRank(character: string): number {
  const rank = BY_FREQUENCY_IN_CODE.indexOf(character);
  return rank === -1 ? BY_FREQUENCY_IN_CODE.length : rank;
}

/** Per word: where its rarest character is (0 when that is its first, or hardly rarer than its first). */
const anchorOffsets = new Map<string, number>();

/**
 * `text.includes(word)`, searched from the word's rarest character. V8 finds a needle's first character with
 * `memchr` and compares the rest at each hit: `'export'` is found about three times faster from `xport`, `cdk` from
 * `k`, and a text without the word (most texts, for most words a rule looks for) is scanned faster still.
 */
export function includesText(text: string, word: string): boolean {
  let offset = anchorOffsets.get(word);
  if (offset === undefined) {
    offset = 0;
    for (let index = 1; index < word.length; index++) {
      if (frequencyRank(word.charAt(index)) > frequencyRank(word.charAt(offset))) offset = index;
    }
    // The compare of the part before the anchor pays off only for a much rarer character
    if (frequencyRank(word.charAt(offset)) - frequencyRank(word.charAt(0)) < 8) offset = 0;
    if (anchorOffsets.size < 1000) anchorOffsets.set(word, offset);
  }
  if (offset === 0) return text.includes(word);
  const anchor = word.slice(offset);
  const before = word.slice(0, offset);
  for (let index = text.indexOf(anchor, offset); index !== -1; index = text.indexOf(anchor, index + 1)) {
    if (text.startsWith(before, index - offset)) return true;
  }
  return false;
}

/**
 * Module specifiers of the AWS families `awsApi` (./modules.ts) knows, as they appear in source right after the
 * opening quote: `aws-sdk`, `aws-sdk/…`, `@aws-sdk/…` (SDK v2 and v3); `aws-cdk-lib`, `aws-cdk-lib/…`,
 * `@aws-cdk/…`, `monocdk`, `monocdk/…` (CDK v2 and v1). Keep in step with `awsApi`.
 */
const AWS_SDK_SPECIFIER = /['"`](?:aws-sdk['"`/]|@aws-sdk\/)/u;
const AWS_CDK_SPECIFIER = /['"`](?:aws-cdk-lib['"`/]|@aws-cdk\/|monocdk['"`/])/u;

/** Per file: may it import an SDK, may it import CDK. */
const importsOf = lastFile((sourceCode: SourceCode) => {
  const text = sourceCode.text;
  const hides = mayHideNames(sourceCode);
  return {
    sdk: hides || (includesText(text, 'aws-sdk') && AWS_SDK_SPECIFIER.test(text)),
    // `cdk` spells `aws-cdk-lib`, `@aws-cdk/…` and CDK v1's `monocdk`
    cdk: hides || (text.includes('cdk') && AWS_CDK_SPECIFIER.test(text)),
  };
});

/**
 * Could anything in the file resolve (through `resolveModuleRef`) to an AWS SDK (v2 or v3) export? Module refs
 * come only from import / require / `import()` specifiers, so without such a specifier every ref is non-AWS.
 */
export function mayImportAwsSdk(sourceCode: SourceCode): boolean {
  return importsOf(sourceCode).sdk;
}

/** Could anything in the file resolve to an AWS CDK (`aws-cdk-lib`, `@aws-cdk/*`, `monocdk`) export? */
export function mayImportCdk(sourceCode: SourceCode): boolean {
  return importsOf(sourceCode).cdk;
}

/**
 * Could the file import an SDK client of one of `services`, named as `awsApi`'s `service` without dashes (`iam`,
 * `secretsmanager`)? Through SDK v3 (`@aws-sdk/client-<service>`) or v2 (`aws-sdk`, `aws-sdk/clients/…`).
 */
export function mayImportSdkClientOf(sourceCode: SourceCode, services: ReadonlySet<string>): boolean {
  if (!mayImportAwsSdk(sourceCode)) return false;
  const text = sourceCode.text;
  if (mayHideNames(sourceCode) || AWS_SDK_V2_SPECIFIER.test(text)) return true;
  const prefix = '@aws-sdk/client-';
  for (let index = text.indexOf(prefix); index !== -1; index = text.indexOf(prefix, index + 1)) {
    let end = index + prefix.length;
    while (end < text.length && SERVICE_CHAR.test(text.charAt(end))) end++;
    if (services.has(text.slice(index + prefix.length, end).replaceAll('-', ''))) return true;
  }
  return false;
}

const AWS_SDK_V2_SPECIFIER = /['"`]aws-sdk['"`/]/u;
const SERVICE_CHAR = /^[a-z0-9-]$/u;

/**
 * Could the file import handler types (`aws-lambda`'s `Handler`, Powertools' `LambdaInterface`)? The specifiers
 * `'aws-lambda'` (quoted whole, or a file of it: `'aws-lambda/trigger/sqs'`) and `'@aws-lambda-powertools/commons…'`.
 * Per file: handler detection asks before and inside its analysis.
 */
export const mayImportLambdaTypes: (sourceCode: SourceCode) => boolean = lastFile((sourceCode: SourceCode) => {
  const text = sourceCode.text;
  if (!includesText(text, 'aws-lambda')) return mayHideNames(sourceCode);
  // CDK code spells `aws-lambda` often (`aws-cdk-lib/aws-lambda`): each occurrence is looked at, no regex scan
  for (let index = text.indexOf('aws-lambda'); index !== -1; index = text.indexOf('aws-lambda', index + 1)) {
    const end = index + 'aws-lambda'.length;
    // `'aws-lambda'`, or one of its files: `'aws-lambda/trigger/sqs'`
    const next = text.charCodeAt(end);
    if (isQuote(text.charCodeAt(index - 1)) && (isQuote(next) || next === 0x2f) /* / */) return true;
    const powertools =
      text.charCodeAt(index - 1) === 0x40 /* @ */ && text.startsWith('-powertools/commons', end);
    if (powertools && isQuote(text.charCodeAt(index - 2))) return true;
  }
  return mayHideNames(sourceCode);
});

/** `'`, `"` or a backquote. */
function isQuote(code: number): boolean {
  return code === 0x27 || code === 0x22 || code === 0x60;
}

/**
 * Does `visit` answer true for a word the file's code spells, not its comments: each name (`principalId`) and each
 * string's text (`'createSecret'`), in source order. For the few files whose text already spells what is looked for.
 */
export function someCodeWord(
  sourceCode: SourceCode,
  visit: (value: string, kind: 'name' | 'string') => boolean,
): boolean {
  for (const token of sourceCode.ast.tokens) {
    if (token.type === AST_TOKEN_TYPES.Identifier && visit(token.value, 'name')) return true;
    if (token.type === AST_TOKEN_TYPES.String && visit(token.value.slice(1, -1), 'string')) return true;
  }
  return false;
}
