/**
 * The AWS credential detection engine: access key IDs, secret access keys and session tokens in plain text
 * (a cooked string value, a comment, embedded JSON / INI / `key = value` / URL text), the placeholders and
 * documented examples that are not credentials, and the pairing of an ID with its secret (and token) into one
 * finding.
 *
 * Everything here is pure string work: no AST, no ESLint. Every scan is a single left-to-right pass with table
 * lookups (no backtracking regex), so megabyte strings stay linear. Nothing throws on odd input.
 */

import { JSON_SIMPLE_ESCAPES } from './json-locations.js';
import { mayHideNamesIn } from './prefilter.js';
import { decodeUnit } from './static-value.js';
import { trimTrailing } from './strings.js';

// ---------------------------------------------------------------------------------------------------------------
// Character classes (ASCII lookup tables)
// ---------------------------------------------------------------------------------------------------------------

function table(chars: string): Uint8Array {
  const result = new Uint8Array(128);
  for (let index = 0; index < chars.length; index++) result[chars.charCodeAt(index)] = 1;
  return result;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
/** `[A-Za-z0-9]`: what a key ID must not be glued to. */
const ALNUM = table(UPPER + LOWER + DIGITS);
/** `[A-Z2-7]`: the body of an access key ID (RFC 4648 base32). */
const BASE32 = table(UPPER + '234567');
/** `[A-Za-z0-9+/]`: the alphabet of a secret access key and of a session token. */
const BASE64 = table(UPPER + LOWER + DIGITS + '+/');
/** Characters that continue a base64 / base64url / identifier token: a run touching one of these is not a key. */
const BASE64_GLUE = table('-_');
const HEX = table('0123456789abcdefABCDEF');
/** Characters of a name in `name = value` text: `aws_secret_access_key`, `X-Amz-Security-Token`, `a.b`. */
const NAME_CHAR = table(UPPER + LOWER + DIGITS + '_.-');
/** Between a name and its value: `=`, `:`, quotes, `=>`, XML `>`, escaped JSON quotes, brackets, commas. */
const NAME_VALUE_SEPARATOR = table(' \t\r\n"\'`:=>\\,([{|');

function inTable(lookup: Uint8Array, code: number): boolean {
  return code < 128 && lookup[code] === 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Access key IDs
// ---------------------------------------------------------------------------------------------------------------

/** What an access key ID's 4-character prefix says about the key. */
export type AccessKeyIdKind = 'long-term' | 'temporary' | 'STS bearer' | 'context-specific';

const KEY_ID_PREFIXES: Readonly<Record<string, AccessKeyIdKind>> = {
  AKIA: 'long-term',
  ASIA: 'temporary',
  ABIA: 'STS bearer',
  ACCA: 'context-specific',
};

const KEY_ID_LENGTH = 20;
const SECRET_LENGTH = 40;
/** STS session tokens are several hundred characters; anything shorter is not one. */
const TOKEN_MIN_LENGTH = 100;
/**
 * A value found by its name alone, without STS's header markers, must be as long as STS's tokens are (over 300
 * characters in practice): a 128-character `sessionToken` of a web app's fixture is its own session's.
 */
const NAMED_TOKEN_MIN_LENGTH = 200;

/** The kind of credential a key-ID prefix denotes (`AKIA` → long-term), or null for AIDA, AROA, … and anything else. */
export function accessKeyIdKind(keyId: string): AccessKeyIdKind | null {
  return KEY_ID_PREFIXES[keyId.slice(0, 4)] ?? null;
}

export interface AccessKeyIdMatch {
  value: string;
  start: number;
  end: number;
  kind: AccessKeyIdKind;
}

/**
 * `%2F` right before a key ID (percent-encoded URL text) is a separator, not glue; so is `%252F`, the same escape
 * encoded twice (a presigned URL carried inside another URL's query string).
 */
function isPercentEscapeBefore(text: string, index: number): boolean {
  if (index < 3 || !inTable(HEX, text.charCodeAt(index - 2)) || !inTable(HEX, text.charCodeAt(index - 1))) return false;
  if (text.charCodeAt(index - 3) === 0x25 /* % */) return true;
  return (
    index >= 5 &&
    text.charCodeAt(index - 5) === 0x25 /* % */ &&
    text.charCodeAt(index - 4) === 0x32 /* 2 */ &&
    text.charCodeAt(index - 3) === 0x35 /* 5 */
  );
}

function keyIdPrefixAt(text: string, index: number): AccessKeyIdKind | null {
  // The caller found 'A' at `index`; the three letters after it decide the prefix.
  const b = text.charCodeAt(index + 1);
  const c = text.charCodeAt(index + 2);
  const d = text.charCodeAt(index + 3);
  if (d !== 0x41 /* A */) return null;
  if (c === 0x49 /* I */) {
    if (b === 0x4b /* K */) return 'long-term';
    if (b === 0x53 /* S */) return 'temporary';
    if (b === 0x42 /* B */) return 'STS bearer';
    return null;
  }
  if (b === 0x43 /* C */ && c === 0x43 /* C */) return 'context-specific';
  return null;
}

/**
 * Placeholders and AWS's documented examples among well-formed key IDs: `AKIA` + `IOSFODNN7EXAMPLE` (anything with
 * EXAMPLE or another placeholder word), runs of one character (`AKIA` + 16 × `X`, also redactions that keep the
 * last four), alphabet sequences (`AKIA` + `ABCDEFGHIJKLMNOP`), a word or group written again and again (`AKIA` +
 * `FAKEFAKEFAKEFAKE`), a body of runs only (`AAAABBBBCCCCDDDD`), bodies of three distinct characters or fewer, and
 * `ASIA` bodies that read as words (`ASIA` + `PACIFICSOUTHEAST`, a region name). A random base32 body trips one of the first five with a probability below
 * 1e-4, the last (temporary IDs only) about 1e-3.
 */
export function isPlaceholderKeyId(keyId: string): boolean {
  const body = keyId.slice(4);
  // One regular expression for all the words: a test of each word costs several times more
  if (PLACEHOLDER_WORD.test(body)) return true;
  if (longestRepeatRun(body) >= 5) return true;
  if (repeatsWithPeriod(body, MAX_PLACEHOLDER_PERIOD) || isRunsOnly(body)) return true;
  if (longestSequenceRun(body, BASE32_SEQUENCE) >= 6) return true;
  // Words after `ASIA` spell region names (`ASIA` + `PACIFICSOUTHEAST`); after the other prefixes no word reads on
  if (keyId.startsWith('ASIA') && readsAsWords(body)) return true;
  return distinctCharacters(body) <= 3;
}

/** How many distinct characters `text` holds, counted up to 4 (more count as 4): no set made for a key ID's body. */
function distinctCharacters(text: string): number {
  const seen: number[] = [];
  for (let index = 0; index < text.length && seen.length <= 3; index++) {
    const code = text.charCodeAt(index);
    if (!seen.includes(code)) seen.push(code);
  }
  return seen.length;
}

/**
 * Upper-case letters only, with the vowels of words (at least 6 of 16; a random letters-only body averages 3) and
 * no run of more than three consonants. Random base32 bodies are letters only 1 time in 28, and then read as
 * words about 1 time in 40.
 */
function readsAsWords(body: string): boolean {
  let vowels = 0;
  let consonantRun = 0;
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index);
    if (code < 0x41 || code > 0x5a) return false;
    if (VOWELS.has(code)) {
      vowels++;
      consonantRun = 0;
    } else if (++consonantRun > 3) {
      return false;
    }
  }
  return vowels >= 6;
}

const VOWELS = new Set([0x41, 0x45, 0x49, 0x4f, 0x55]);

/**
 * Words a placeholder body is written with (`AKIA` + `YOURKEYIDHEREXXX`, `REPLACEWITHYOURS`, `TESTACCESSKEYIDX`,
 * `QWERTYUIOPASDFGH`, `NOTAREALKEYVALUE`, `LOCALSTACKLOCALS`, `FOOBARBAZQUXQUUX`). A random base32 body holds a
 * given four-letter word about 1 time in 80,000, and all of these together about 1 time in 10,000.
 */
const PLACEHOLDER_WORD =
  /EXAMPLE|SAMPLE|DUMMY|PLACEHOLDER|REDACTED|CHANGEME|FAKE|YOUR|HERE|REPLACE|INSERT|KEYID|ACCESSKEY|TEST|MOCK|QWERTY|ASDF|NOTREAL|NOTAREAL|INVALID|LOCAL|BOGUS|DEMO|VALUE|FOOBAR|QUUX/;

/**
 * Is every character of `text` next to an equal one (`AAAABBBBCCCCDDDD`, `AABBCCDD…`): a body typed as runs? A random
 * base32 body is so about 1 time in a billion.
 */
function isRunsOnly(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== text.charCodeAt(index - 1) && code !== text.charCodeAt(index + 1)) return false;
  }
  return text.length > 0;
}

/** The longest group a placeholder body repeats (`FAKE` four times, `ABCDEFGH` twice). */
const MAX_PLACEHOLDER_PERIOD = 8;

/** Is `text` one group of at most `maxPeriod` characters written again and again (the last one maybe cut short)? */
function repeatsWithPeriod(text: string, maxPeriod: number): boolean {
  for (let period = 1; period <= maxPeriod && period * 2 <= text.length; period++) {
    let index = period;
    while (index < text.length && text.charCodeAt(index) === text.charCodeAt(index - period)) index++;
    if (index === text.length) return true;
  }
  return false;
}

/**
 * Access key IDs in `text`: a credential prefix (AKIA, ASIA, ABIA, ACCA) and exactly 16 base32 characters, not
 * glued to another letter or digit on either side (a `%XX` escape before it counts as a separator). Examples and
 * placeholders are left out. Linear: every 'A' is looked at once, with at most 21 more characters.
 */
export function findAccessKeyIds(text: string): AccessKeyIdMatch[] {
  const found: AccessKeyIdMatch[] = [];
  const length = text.length;
  let index = text.indexOf('A');
  while (index !== -1 && index + KEY_ID_LENGTH <= length) {
    const next = matchKeyIdAt(text, index);
    if (next) {
      if (!isPlaceholderKeyId(next.value) && !isInsideEncodedBlob(text, next)) found.push(next);
      index = text.indexOf('A', index + KEY_ID_LENGTH);
    } else {
      index = text.indexOf('A', index + 1);
    }
  }
  return found;
}

/**
 * A key ID shape that base64 punctuation (`+`, `/`, `=`) glues into a KMS ciphertext blob (`AQICAH…`) or an
 * integrity hash (`sha512-…`): chance letters of the blob, not a key written there.
 */
function isInsideEncodedBlob(text: string, match: AccessKeyIdMatch): boolean {
  const glued = (position: number): boolean => {
    const code = text.charCodeAt(position);
    return code === 0x2b /* + */ || code === 0x2f /* / */ || code === 0x3d; /* = */
  };
  if (!glued(match.start - 1) && !glued(match.end)) return false;
  let start = match.start;
  while (start > 0 && inTable(BASE64, text.charCodeAt(start - 1))) start--;
  let end = match.end;
  while (end < text.length && (inTable(BASE64, text.charCodeAt(end)) || text.charCodeAt(end) === 0x3d)) end++;
  // An integrity hash (`sha512-…/AKIA…/…`): chance letters of the digest
  if (isIntegrityPrefix(text, start)) return true;
  // A blob is long: a short `AQICAH…/` before a key is no ciphertext around it
  return end - start >= KMS_MIN_LENGTH && isKmsCiphertext(text.slice(start, start + KMS_PREFIX_LENGTH));
}

const KMS_PREFIX_LENGTH = 6;
/** Base64 characters a KMS ciphertext has at least (its header alone, with the key's ID, takes more). */
const KMS_MIN_LENGTH = 100;

/** A KMS ciphertext blob's first characters in base64 (`AQICAH…`, the version and key-wrapping bytes). */
function isKmsCiphertext(value: string): boolean {
  return value.startsWith('AQICAH') || value.startsWith('AQIBAH') || value.startsWith('AQIDAH');
}

function matchKeyIdAt(text: string, index: number): AccessKeyIdMatch | null {
  if (index > 0 && isGlueBefore(text, index) && !isPercentEscapeBefore(text, index)) return null;
  const kind = keyIdPrefixAt(text, index);
  if (!kind) return null;
  const end = index + KEY_ID_LENGTH;
  for (let position = index + 4; position < end; position++) {
    if (!inTable(BASE32, text.charCodeAt(position))) return null;
  }
  if (end < text.length && (inTable(ALNUM, text.charCodeAt(end)) || isLetterAfter(text, end))) return null;
  return { value: text.slice(index, end), start: index, end, kind };
}

/** A letter or digit just before `index` (`éAKIA…` is one word; see LETTER_BEFORE). */
function isGlueBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return inTable(ALNUM, code);
  // A letter outside ASCII, possibly the second half of a surrogate pair
  return LETTER_BEFORE.test(text.slice(Math.max(0, index - 2), index));
}

function isLetterAfter(text: string, index: number): boolean {
  return text.charCodeAt(index) >= 0x80 && LETTER_AFTER.test(text.slice(index, index + 2));
}

// Letters of scripts that separate words with spaces: a key glued to one is part of a word. Scripts that do not
// (`アクセスキーAKIA…`, Chinese, Korean) write a key right after a word.
const LETTER_BEFORE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;
const LETTER_AFTER = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** True when `value` is exactly one access key ID that is not an example or a placeholder. */
export function isAccessKeyId(value: string): boolean {
  if (value.length !== KEY_ID_LENGTH || value.charCodeAt(0) !== 0x41) return false;
  const match = matchKeyIdAt(value, 0);
  return match !== null && !isPlaceholderKeyId(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Secret access keys and session tokens: shape checks
// ---------------------------------------------------------------------------------------------------------------

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const total = [...value].length;
  for (const count of counts.values()) {
    const p = count / total;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Real secret keys are random base64: ≥ 4.25 bits per character (random 40-character keys fall below 1 in 8,000). */
export const SECRET_MIN_ENTROPY = 4.25;

function longestRepeatRun(value: string): number {
  let longest = value.length > 0 ? 1 : 0;
  let run = 1;
  for (let index = 1; index < value.length; index++) {
    run = value.charCodeAt(index) === value.charCodeAt(index - 1) ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Longest run of consecutive characters of `alphabet`, ascending or descending (`abcde`, `54321`). */
function longestSequenceRun(value: string, alphabet: SequenceAlphabet): number {
  const positions = alphabet.positions;
  const positionOf = (code: number): number => (code < 128 ? positions[code]! : -1);
  let longest = value.length > 0 ? 1 : 0;
  let up = 1;
  let down = 1;
  let previous = value.length > 0 ? positionOf(value.charCodeAt(0)) : -1;
  for (let index = 1; index < value.length; index++) {
    const current = positionOf(value.charCodeAt(index));
    up = current !== -1 && previous !== -1 && current === previous + 1 ? up + 1 : 1;
    down = current !== -1 && previous !== -1 && current === previous - 1 ? down + 1 : 1;
    longest = Math.max(longest, up, down);
    previous = current;
  }
  return longest;
}

/** An ASCII alphabet for `longestSequenceRun`: each character code's position in it, -1 outside (a table lookup). */
interface SequenceAlphabet {
  readonly positions: Int8Array;
}

function sequenceAlphabet(letters: string): SequenceAlphabet {
  const positions = new Int8Array(128).fill(-1);
  for (let index = 0; index < letters.length; index++) positions[letters.charCodeAt(index)] = index;
  return { positions };
}

const BASE32_SEQUENCE = sequenceAlphabet(UPPER + '234567');
const SEQUENCE_ALPHABETS = [UPPER, LOWER, DIGITS].map(sequenceAlphabet);

/** Words that mark a value as a placeholder or an example in any case; all ≥ 4 letters, so random keys hold them < 1e-4. */
const PLACEHOLDER_WORDS = [
  'example',
  'sample',
  'placeholder',
  'changeme',
  'replace',
  'redacted',
  'dummy',
  'secret',
  'your',
  'fake',
  'xxxx',
];

function containsPlaceholderWord(value: string): boolean {
  const lower = value.toLowerCase();
  return PLACEHOLDER_WORDS.some((word) => lower.includes(word));
}

function countSameCasePairs(value: string): { lower: number; upper: number } {
  let lower = 0;
  let upper = 0;
  for (let index = 1; index < value.length; index++) {
    const a = value.charCodeAt(index - 1);
    const b = value.charCodeAt(index);
    if (a >= 0x61 && a <= 0x7a && b >= 0x61 && b <= 0x7a) lower++;
    else if (a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a) upper++;
  }
  return { lower, upper };
}

function isAllHex(value: string): boolean {
  return isHexRun(value, 0, value.length);
}

/**
 * Why a 40-character base64 value is not a secret access key, or null when it has the shape of one. Checks, in
 * order: length and alphabet, placeholder words (EXAMPLE, EXAMPLEKEY, your, …), all-hex (SHA-1 and other
 * digests), both letter cases present, a run of 5 identical characters, an alphabet sequence of 5, words
 * (20 adjacent same-case letter pairs: camelCase names and paths), entropy below 4.25 bits per character.
 * Together these reject fewer than 1 in 1,000 random keys.
 */
export function secretShapeProblem(value: string): string | null {
  if (value.length !== SECRET_LENGTH) return 'length';
  for (let index = 0; index < value.length; index++) {
    if (!inTable(BASE64, value.charCodeAt(index))) return 'alphabet';
  }
  if (containsPlaceholderWord(value)) return 'placeholder';
  if (isAllHex(value)) return 'hex';
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value)) return 'single-case';
  if (longestRepeatRun(value) >= 5) return 'repeated';
  if (SEQUENCE_ALPHABETS.some((alphabet) => longestSequenceRun(value, alphabet) >= 5)) return 'sequential';
  const pairs = countSameCasePairs(value);
  if (pairs.lower >= 20 || pairs.upper >= 20) return 'words';
  if (isKmsCiphertext(value)) return 'kms-ciphertext';
  if (shannonEntropy(value) < SECRET_MIN_ENTROPY) return 'entropy';
  return null;
}

/** True when `value` is exactly 40 characters with the shape and entropy of a secret access key. */
export function isSecretAccessKeyShape(value: string): boolean {
  return secretShapeProblem(value) === null;
}

/** Markers of an STS session token: base64 of its protobuf header (`…aws`, `…origin`) near the start. */
export function hasSessionTokenMarkers(value: string): boolean {
  const head = value.slice(0, 40);
  return head.includes('YXdz') || head.includes('b3JpZ2lu');
}

/**
 * A long (≥ 100) base64 value that could be a session token: not a KMS blob, not a placeholder, high entropy, and
 * neither an alphabet sequence of 8 (`12345678`) nor words (more than a third of adjacent letters both lower or both
 * upper case, where random base64 has about a sixth: `TestSessionTokenVeryLongString…`), which random base64 almost
 * never holds. (Runs of one character are no sign: STS's own header holds `//////////`.)
 */
export function isSessionTokenShape(value: string): boolean {
  const body = trimTrailing(value, '=');
  return body.length >= TOKEN_MIN_LENGTH && isRandomBase64(body);
}

/**
 * Base64 of random bytes, as a session token's body is (see isSessionTokenShape), at any length: for telling a
 * secret-like run in a message apart from a long name or path (`OrdersServiceProdStackOrdersHandler5F3A2B1C`, whose
 * letters pair up in words).
 */
export function isRandomBase64(body: string): boolean {
  for (let index = 0; index < body.length; index++) {
    if (!inTable(BASE64, body.charCodeAt(index))) return false;
  }
  if (/^AQI[BCD]AH/.test(body)) return false;
  const sample = body.slice(0, 256);
  if (containsPlaceholderWord(sample) || isAllHex(sample)) return false;
  if (!/[A-Z]/.test(sample) || !/[a-z]/.test(sample) || !/[0-9]/.test(sample)) return false;
  if (SEQUENCE_ALPHABETS.some((alphabet) => longestSequenceRun(sample, alphabet) >= 8)) return false;
  const pairs = countSameCasePairs(sample);
  if (Math.max(pairs.lower, pairs.upper) * 3 > sample.length) return false;
  return shannonEntropy(sample) >= 4.5;
}

// ---------------------------------------------------------------------------------------------------------------
// Names: does an identifier, property key, env variable or `key = value` key say "secret" or "session token"?
// ---------------------------------------------------------------------------------------------------------------

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A name about a secret that is not the secret itself: `secretId`, `secretArn`, `SecretName`, `accessKeyId`. */
const NOT_A_VALUE_SUFFIX =
  /(?:id|ids|name|names|arn|arns|path|ref|version|prefix|type|region|length|manager|provider|url|uri|file|hash|field|header|param|label|rotation|policy)$/;

/**
 * A name that says its value is a secret access key: contains `secret` or `accesskey`, or ends in `awskey`
 * (`secretAccessKey`, `aws_secret_access_key`, `AWS_SECRET_KEY`, `SecretAccessKey`, `accessKey`), and is not the
 * name of something about the secret (`secretId`, `SecretArn`, `accessKeyId`).
 */
export function isSecretName(name: string): boolean {
  const normal = normaliseName(name);
  if (!(normal.includes('secret') || normal.includes('accesskey') || normal.endsWith('awskey'))) return false;
  // `secret` alone names any service's secret (`SESSION_SECRET`, `NEXTAUTH_SECRET`, express-session's `secret`,
  // Secrets Manager's `SecretString`): an AWS secret access key's name also says key, access, AWS, Amazon or S3
  // (`secretAccessKey`, `AWS_SECRET_KEY`, `awsSecret`, `amazonSecret`, `S3_SECRET`)
  if (!SECRET_KEY_WORD.test(normal)) return false;
  const saysAws = AWS_WORD.test(normal);
  // Without AWS, Amazon or S3 in it, a name must say key: `ACCESS_SECRET`, `accessTokenSecret`, `JWT_ACCESS_SECRET`,
  // `SECRET_ACCESS_TOKEN` name a token signing secret (a JWT's access token), not an access key's; and a token's or
  // JWT's secret is no access key even when it says key (`accessTokenSecretKey`)
  if (!saysAws && (!normal.includes('key') || TOKEN_SECRET_WORD.test(normal))) return false;
  // An OAuth client's or another service's secret (`clientSecret`, `consumer_secret`, `webhookSecret`) unless the
  // name also says AWS or access key (`awsClientSecret`)
  if (OTHER_SECRET.test(normal) && !normal.includes('aws') && !normal.includes('access')) return false;
  // `RECAPTCHA_SECRET_KEY`, `STRIPE_SECRET_KEY`, `sessionSecretKey`: a name that says whose secret key it is, and not
  // AWS's (no AWS, Amazon, S3 or access in it), names another service's; a generic word before it does not
  // (`MY_SECRET_KEY`, `PROD_SECRET_KEY`, `userSecretKey`)
  const owner = normal.slice(0, normal.indexOf('secret'));
  if (!saysAws && !normal.includes('access') && !GENERIC_OWNER.test(owner)) return false;
  return !NOT_A_VALUE_SUFFIX.test(normal);
}

/**
 * What may stand before `secret` in an AWS secret key's name that does not say AWS: nothing, or words that say
 * which account, user or stage (`MY_SECRET_KEY`, `DEPLOY_SECRET_KEY`, `prodSecretKey`, `IAM_USER_SECRET_KEY`), and
 * `key` (a client's `{ key, secret }` pair, read as `keySecret`).
 */
const GENERIC_OWNER =
  /^(?:(?:get|fetch|load|read|find|lookup|my|the|your|default|current|global|main|primary|secondary|backup|master|root|admin|iam|user|deploy|deployer|ci|cd|build|local|env|prod|production|dev|development|stage|staging|test|qa|uat|account|service|key)+)?$/;

/** What an AWS secret access key's name says besides `secret`. */
const SECRET_KEY_WORD = /key|access|aws|amazon|s3/;
/** Words only AWS's keys' names say. */
const AWS_WORD = /aws|amazon|s3/;
/** A token's signing secret: `accessTokenSecret`, `JWT_SECRET_KEY`, `REFRESH_SECRET`. */
const TOKEN_SECRET_WORD = /token|jwt|refresh/;

/** Secrets of other kinds, by the word before `secret`: OAuth clients and apps, webhooks, token signing. */
const OTHER_SECRET =
  /(?:client|consumer|app|application|oauth|webhook|signing|jwt|hmac|cookie|shared|bot|api)secret/;

/** `sessionToken`, `aws_session_token`, `AWS_SESSION_TOKEN`, `AWS_SECURITY_TOKEN`, `X-Amz-Security-Token`. */
export function isSessionTokenName(name: string): boolean {
  const normal = normaliseName(name);
  if (!(normal.includes('sessiontoken') || normal.includes('securitytoken'))) return false;
  return !NOT_A_VALUE_SUFFIX.test(normal);
}

/**
 * The name written before a value in `key = value`, `key: value`, `"key": "value"`, `<Key>value`, `--key value`
 * or prose (`Secret Access Key: value`) text: up to three words back on the same line, returned as the joined
 * candidates `key`, `accesskey`, `secretaccesskey`. Bounded look-back (96 characters).
 */
export function namesBefore(text: string, start: number): string[] {
  const limit = Math.max(0, start - 96);
  const names: string[] = [];
  let index = start - 1;
  let joined = '';
  for (let word = 0; word < 3; word++) {
    // First gap: any separator (with at most one line break); later gaps: spaces and tabs only.
    let breaks = 0;
    while (index >= limit) {
      const code = text.charCodeAt(index);
      if (word === 0 ? !inTable(NAME_VALUE_SEPARATOR, code) : code !== 0x20 && code !== 0x09) break;
      if (code === 0x0a && ++breaks > 1) return names;
      index--;
    }
    const end = index + 1;
    while (index >= limit && inTable(NAME_CHAR, text.charCodeAt(index))) index--;
    if (end === index + 1) break;
    joined = text.slice(index + 1, end) + joined;
    names.push(joined);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------------
// Placeholders (shared with no-explicit-aws-credentials)
// ---------------------------------------------------------------------------------------------------------------

/** Words that make a whole credential value a stand-in: `your-secret-here`, `changeme`, `dummy`, `EXAMPLE`. */
const PLACEHOLDER_VALUE_WORDS = [
  'example',
  'sample',
  'placeholder',
  'changeme',
  'change_me',
  'replace',
  'redacted',
  'dummy',
  'your',
  'fake',
  'xxx',
  'todo',
  'insert',
];

/**
 * A value that stands for a credential without being one: empty, `<YOUR_ACCESS_KEY_ID>`, `${ssm:/path}`,
 * `${env:X}`, `{{secret}}`, `$VAR`, `$(cmd)`, `%VAR%`, `#{x}`, `__X__`, one character repeated (`xxxx`, `****`),
 * a key-ID prefix followed by one repeated character, or anything with EXAMPLE / placeholder words.
 */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  if (/^<[^<>]*>$/.test(trimmed)) return true;
  if (/^[$#]\{[^{}]*\}$/.test(trimmed)) return true;
  if (/^\{\{[^{}]*\}\}$/.test(trimmed)) return true;
  if (/^\$\(?[A-Za-z_][A-Za-z0-9_]*\)?$/.test(trimmed)) return true;
  if (/^%[A-Za-z_][A-Za-z0-9_]*%$/.test(trimmed)) return true;
  if (/^__[A-Za-z0-9_]+__$/.test(trimmed)) return true;
  if (longestRepeatRun(trimmed) === trimmed.length) return true;
  if (accessKeyIdKind(trimmed) !== null && trimmed.length > 4 && longestRepeatRun(trimmed.slice(4)) === trimmed.length - 4) {
    return true;
  }
  if (accessKeyIdKind(trimmed) !== null && trimmed.length === KEY_ID_LENGTH && isPlaceholderKeyId(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  return PLACEHOLDER_VALUE_WORDS.some((word) => lower.includes(word));
}

/** AWS's documented example credentials and anything ending in EXAMPLE / EXAMPLEKEY. */
export function isExampleCredential(value: string): boolean {
  return /EXAMPLE(?:KEY)?$/.test(value.trim());
}

export type CredentialClass =
  | 'access-key-id'
  | 'secret-access-key'
  | 'session-token'
  | 'example'
  | 'placeholder'
  | 'other';

/**
 * What a whole string value is, for rules that see a value in a credential slot (`accessKeyId: '…'`):
 * a real-looking access key ID, secret access key or session token; AWS's documented example; a placeholder;
 * or something else (a short test string, an unrelated value).
 */
export function classifyCredentialValue(value: string): CredentialClass {
  const trimmed = value.trim();
  if (isExampleCredential(trimmed)) return 'example';
  if (isAccessKeyId(trimmed)) return 'access-key-id';
  if (isSecretAccessKeyShape(trimmed)) return 'secret-access-key';
  if (isSessionTokenShape(trimmed)) return 'session-token';
  if (isPlaceholderValue(trimmed)) return 'placeholder';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------------------
// Scanning text
// ---------------------------------------------------------------------------------------------------------------

export type CredentialType = 'access-key-id' | 'secret-access-key' | 'session-token';

export interface CredentialCandidate {
  type: CredentialType;
  value: string;
  /** Offsets in the scanned text, [start, end). */
  start: number;
  end: number;
  /** Access key IDs only. */
  keyIdKind: AccessKeyIdKind | null;
  /** Secrets and tokens: a name says what it is (the value's own name when it is the whole text, or `key = value`). */
  named: boolean;
  /** Tokens: carries STS session-token markers. */
  marked: boolean;
  /** The candidate is the whole scanned text (surrounding whitespace aside). */
  whole: boolean;
}

export interface ScanOptions {
  /**
   * Names of the whole text (the variable, property, env variable or argument it is assigned to). Evaluated
   * lazily, only when the text holds a candidate secret or token.
   */
  names?: readonly string[] | (() => readonly string[]);
}

function isWhole(text: string, start: number, end: number): boolean {
  for (let index = 0; index < start; index++) if (!/\s/.test(text[index]!)) return false;
  for (let index = end; index < text.length; index++) if (!/\s/.test(text[index]!)) return false;
  return true;
}

/**
 * Every access key ID, and every secret-access-key or session-token candidate, in `text`. Secrets are 40-character
 * base64 runs not part of a longer run that have the shape of a key (see `secretShapeProblem`); whether a secret
 * is reported is decided by `pairCredentials` (it needs a name or a key ID nearby). Tokens are long base64 runs
 * that are named or carry the STS markers. Percent-encoded base64 (`%2B`, `%2F`, `%3D`) in URLs is decoded for
 * secrets and tokens. One linear pass finds the base64 runs; shape checks (entropy last) run only on runs of
 * the right length, and the text's names are asked for only when a run has the shape of a key.
 */
export function scanCredentialText(text: string, options: ScanOptions = {}): CredentialCandidate[] {
  // JSON text that escapes `/` or letters (`{"SecretAccessKey":"…\/…"}`, `"\u0041KIA…"`): scanned as it reads once
  // parsed, offsets mapped back to the text as written
  const json = holdsJsonEscape(text) ? jsonUnescape(text) : null;
  if (json !== null) {
    return scanPlainText(json.text, options).map((candidate) => ({
      ...candidate,
      start: json.map[candidate.start]!,
      end: json.map[candidate.end]!,
    }));
  }
  return scanPlainText(text, options);
}

function scanPlainText(text: string, options: ScanOptions): CredentialCandidate[] {
  if (!mightHoldPlainCredential(text)) return [];
  const found: CredentialCandidate[] = [];
  const keyIds = findAccessKeyIds(text);
  for (const match of keyIds) {
    found.push({
      type: 'access-key-id',
      value: match.value,
      start: match.start,
      end: match.end,
      keyIdKind: match.kind,
      named: true,
      marked: false,
      whole: isWhole(text, match.start, match.end),
    });
  }
  if (text.length < SECRET_LENGTH) return found;

  let names: readonly string[] | null = null;
  const getNames = (): readonly string[] => {
    if (names === null) {
      try {
        names = typeof options.names === 'function' ? options.names() : (options.names ?? []);
      } catch {
        names = [];
      }
    }
    return names;
  };
  const decoded = text.includes('%') && /%(?:2[BbFf]|3[Dd])/.test(text) ? percentDecode(text) : null;
  const scanned = decoded ? decoded.text : text;
  const toSource = (offset: number): number => (decoded ? decoded.map[offset]! : offset);

  forEachBase64Run(scanned, (start, end) => {
    const runLength = end - start;
    const next = scanned.charCodeAt(end);
    const sourceStart = toSource(start);
    const sourceEnd = toSource(end);
    if (runLength === SECRET_LENGTH) {
      if (next === 0x3d /* = */) return; // base64 padding: an encoded value, not a key
      if (isIntegrityPrefix(scanned, start)) return;
      const value = scanned.slice(start, end);
      if (!isSecretAccessKeyShape(value)) return;
      const whole = isWhole(text, sourceStart, sourceEnd);
      const named =
        (whole && getNames().some(isSecretName)) || namesBefore(scanned, start).some(isSecretName);
      found.push({
        type: 'secret-access-key',
        value,
        start: sourceStart,
        end: sourceEnd,
        keyIdKind: null,
        named,
        marked: false,
        whole,
      });
    } else if (runLength >= TOKEN_MIN_LENGTH) {
      let tokenEnd = end;
      while (tokenEnd < scanned.length && tokenEnd - end < 2 && scanned.charCodeAt(tokenEnd) === 0x3d) tokenEnd++;
      if (tokenEnd < scanned.length && inTable(ALNUM, scanned.charCodeAt(tokenEnd))) return;
      // A part of a JWT (`header.payload.signature`): a dot joins it to another part. A dot that ends the
      // sentence (`AWS_SESSION_TOKEN=<token>.`) does not.
      const partBefore = scanned.charCodeAt(start - 1) === 0x2e /* . */ && isJwtPartCode(scanned.charCodeAt(start - 2));
      const partAfter = scanned.charCodeAt(tokenEnd) === 0x2e && isJwtPartCode(scanned.charCodeAt(tokenEnd + 1));
      if (partBefore || partAfter) return;
      const value = scanned.slice(start, tokenEnd);
      const sourceTokenEnd = toSource(tokenEnd);
      const whole = isWhole(text, sourceStart, sourceTokenEnd);
      const named =
        (whole && getNames().some(isSessionTokenName)) || namesBefore(scanned, start).some(isSessionTokenName);
      const marked = hasSessionTokenMarkers(value);
      if (!named && !marked) return;
      if (!marked && trimTrailing(value, '=').length < NAMED_TOKEN_MIN_LENGTH) return;
      if (!isSessionTokenShape(value)) return;
      found.push({
        type: 'session-token',
        value,
        start: sourceStart,
        end: sourceTokenEnd,
        keyIdKind: null,
        named,
        marked,
        whole,
      });
    }
  });
  found.sort((a, b) => a.start - b.start);
  return found;
}

/** A character of a JWT part (base64url: letters, digits, `-`, `_`); false past either end of the text (NaN). */
function isJwtPartCode(code: number): boolean {
  return inTable(ALNUM, code) || code === 0x2d /* - */ || code === 0x5f /* _ */;
}

/**
 * The prefilter every text goes through: could `text` hold a key ID (a credential prefix) or a secret or token (a
 * base64 run of 40 characters, possibly percent-encoded), as written or once its JSON escapes are resolved? Linear;
 * no allocation unless the text holds a JSON escape; false for most strings.
 */
export function mightHoldCredential(text: string): boolean {
  if (mightHoldPlainCredential(text)) return true;
  return holdsJsonEscape(text) && mightHoldPlainCredential(jsonUnescape(text).text);
}

function mightHoldPlainCredential(text: string): boolean {
  const length = text.length;
  if (length < KEY_ID_LENGTH) return false;
  // A prefix counts only with room for a whole key ID after it
  if (holdsKeyIdPrefixBy(text, length - KEY_ID_LENGTH)) return true;
  return length >= SECRET_LENGTH && holdsSecretRun(text);
}

/** Is a credential prefix (`AKIA`, `ASIA`, `ABIA`, `ACCA`) written at some offset up to `lastStart` in `text`? */
function holdsKeyIdPrefixBy(text: string, lastStart: number): boolean {
  for (let index = text.indexOf('A'); index !== -1 && index <= lastStart; index = text.indexOf('A', index + 1)) {
    if (keyIdPrefixAt(text, index) !== null) return true;
  }
  return false;
}

/** `[A-Za-z0-9+/%]`: the base64 alphabet, `%` included (a percent-encoded `%2B` continues a run). */
const SECRET_RUN_CHAR = table(UPPER + LOWER + DIGITS + '+/%');

/**
 * Does `text` hold SECRET_LENGTH (40) characters of `[A-Za-z0-9+/%]` in a row (`/[A-Za-z0-9+/%]{40}/.test(text)`)?
 * A run of 40 must cover every 40th position, so a position outside the class rules out the 39 before it
 * (Boyer-Moore for runs): on code and prose about one character in forty is read, on base64 each at most twice.
 * Used on every string the rule looks at and on whole files.
 */
export function holdsSecretRun(text: string): boolean {
  return someSecretRun(text, null);
}

/**
 * Is there a run of `[A-Za-z0-9+/%]` of SECRET_LENGTH or more in `text` that `accept` takes (given the whole run)?
 * With no `accept`, any run of SECRET_LENGTH, read only as far as needed. Each run is found from a probe every
 * SECRET_LENGTH characters: a position outside the class rules out the ones before it. A probe inside a run reads
 * back to the run's start, then only the character SECRET_LENGTH − 1 past it: outside the class, that run is too
 * short and no run of SECRET_LENGTH starts before it either (code's names are short runs: most probes end there,
 * with neither the rest of the name read nor the next probe moved up to it).
 */
function someSecretRun(text: string, accept: ((start: number, end: number) => boolean) | null): boolean {
  const length = text.length;
  let probe = SECRET_LENGTH - 1;
  while (probe < length) {
    if (!inTable(SECRET_RUN_CHAR, text.charCodeAt(probe))) {
      probe += SECRET_LENGTH;
      continue;
    }
    // Back to the run's start, or to where the run already holds SECRET_LENGTH characters
    const floor = probe - (SECRET_LENGTH - 1);
    let start = probe;
    while (start > floor && start > 0 && inTable(SECRET_RUN_CHAR, text.charCodeAt(start - 1))) start--;
    if (start > floor) {
      // `start` is the run's start: the run is long enough only if it reaches `last`
      const last = start + SECRET_LENGTH - 1;
      if (last >= length) return false;
      if (!inTable(SECRET_RUN_CHAR, text.charCodeAt(last))) {
        probe = last + SECRET_LENGTH;
        continue;
      }
      let end = probe + 1;
      while (end < last && inTable(SECRET_RUN_CHAR, text.charCodeAt(end))) end++;
      if (end < last) {
        // The run ends at `end`: the next one starts after it
        probe = end + SECRET_LENGTH;
        continue;
      }
    }
    // A run of SECRET_LENGTH or more through `probe`
    if (accept === null) return true;
    while (start > 0 && inTable(SECRET_RUN_CHAR, text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < length && inTable(SECRET_RUN_CHAR, text.charCodeAt(end))) end++;
    if (accept(start, end)) return true;
    probe = end + SECRET_LENGTH;
  }
  return false;
}

/**
 * Could a string or comment of the source text `text` hold a secret or a session token as `scanCredentialText`
 * finds them: a run of `[A-Za-z0-9+/%]` of exactly SECRET_LENGTH (40) characters with a key's shape (a longer run
 * is no key) or of TOKEN_MIN_LENGTH and more? A run as written may be longer than the value it spells: by one
 * character after a backslash (`\n` then the run), and by a `%` that decodes (`%2B`). Published code is full of
 * long names (`defaultIAMHttpAuthSchemeParametersProvider`, `GetBucketIntelligentTieringConfiguration`), runs of
 * other lengths or of no key's shape. Other escapes are `mayHideNames`'s to answer. Found like `holdsSecretRun`,
 * each run then measured whole: linear.
 */
export function holdsCredentialRun(text: string): boolean {
  return someSecretRun(text, (start, end) => mayBeCredentialRun(text, start, end));
}

/** The run `[start, end)` of the source text, as `holdsCredentialRun` judges it. */
function mayBeCredentialRun(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length >= TOKEN_MIN_LENGTH) return true;
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 0x25 /* % */) return true;
  // A run of a secret's length is one only with a key's shape (a name is not): as `scanCredentialText` checks
  if (length === SECRET_LENGTH) return isSecretAccessKeyShape(text.slice(start, end));
  const escaped = length === SECRET_LENGTH + 1 && text.charCodeAt(start - 1) === 0x5c; /* \ */
  return escaped && isSecretAccessKeyShape(text.slice(start + 1, end));
}

// ---------------------------------------------------------------------------------------------------------------
// The file-level prefilter
// ---------------------------------------------------------------------------------------------------------------

/**
 * Traces of a key ID in source text: a credential prefix (`AKIA`, `ASIA`, `ABIA`, `ACCA`) or the start of one cut at
 * the end of a piece (`'AK' + 'IA…'`, `` `AKI${…}` ``, `['A', 'K', …]`) or by a backslash that may go on with it (a
 * line continuation, or a needless escape of the next letter: `'A\KIA…'`; not `'A\n'`); an escaped upper-case
 * letter (`\u0041`, `\x41`, `\u{41}`, `\101`, `%41`, `&#65;`: every prefix letter is one; a percent escape only of
 * such a letter, as URL-encoding code writes `%5B` and `%40` for brackets and `@`); a decoding call (`atob`,
 * `Buffer.from`, `new Buffer(` or `Buffer(` as a name of its own, not `isBuffer(`; `decodeURI…`;
 * `String.fromCharCode` / `fromCodePoint` with a number written first, or a spread list: published code calls them on
 * run-time bytes all the time, written some other way). Case-sensitive, literal alternation.
 */
const KEY_ID_TRACE =
  /A(?:[KSB](?:IA|I?(?:['"`$]|\\(?=[\n\r\u2028\u2029A-Z])))|C(?:CA|C?(?:['"`$]|\\(?=[\n\r\u2028\u2029A-Z])))|['"`$]|\\(?=[\n\r\u2028\u2029A-Z]))|\\(?:u00[45]|x[45]|u\{0*[45]|1[0-3][0-7])|%(?:4[1-9A-Fa-f]|5[0-9Aa])|&#|atob|Buffer\.from|(?<![\w$.])Buffer\(|decodeURI|fromC(?:harCode|odePoint)\(\s*(?:\d|\.\.\.)/;
/**
 * Credential names with any separators (secret, access key, AWS key, session or security token): what
 * `isSecretName` / `isSessionTokenName` accept, found in source text; and `Credentials(` as a whole name, whose
 * positional arguments the SDK names (`new AWS.Credentials(accessKeyId, secretAccessKey, sessionToken)`; not
 * `renderCredentials(`, a call of generated code). `[\W_]*` stops at the first word character, so the pattern stays
 * linear.
 */
const CREDENTIAL_NAME_TRACE =
  /[Ss][Ee][Cc][Rr][Ee][Tt]|[Aa][Cc][Cc][Ee][Ss][Ss][\W_]*[Kk][Ee][Yy]|[Aa][Ww][Ss][\W_]*[Kk][Ee][Yy]|[Ss][Ee][Ss][Ss][Ii][Oo][Nn][\W_]*[Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy][\W_]*[Tt][Oo][Kk][Ee][Nn]|\bCredentials\(/;
/**
 * `KEY_ID_TRACE` or `CREDENTIAL_NAME_TRACE`, in one pass: most files have neither, and one pass over the text costs
 * less than two (the two sources are kept equal to this by a test).
 */
const CREDENTIAL_TRACE =
  /A(?:[KSB](?:IA|I?(?:['"`$]|\\(?=[\n\r\u2028\u2029A-Z])))|C(?:CA|C?(?:['"`$]|\\(?=[\n\r\u2028\u2029A-Z])))|['"`$]|\\(?=[\n\r\u2028\u2029A-Z]))|\\(?:u00[45]|x[45]|u\{0*[45]|1[0-3][0-7])|%(?:4[1-9A-Fa-f]|5[0-9Aa])|&#|atob|Buffer\.from|(?<![\w$.])Buffer\(|decodeURI|fromC(?:harCode|odePoint)\(\s*(?:\d|\.\.\.)|[Ss][Ee][Cc][Rr][Ee][Tt]|[Aa][Cc][Cc][Ee][Ss][Ss][\W_]*[Kk][Ee][Yy]|[Aa][Ww][Ss][\W_]*[Kk][Ee][Yy]|[Ss][Ee][Ss][Ss][Ii][Oo][Nn][\W_]*[Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy][\W_]*[Tt][Oo][Kk][Ee][Nn]|\bCredentials\(/;

/** For tests: the combined trace is the alternation of the two. */
export const TRACE_SOURCES = {
  keyId: KEY_ID_TRACE.source,
  name: CREDENTIAL_NAME_TRACE.source,
  combined: CREDENTIAL_TRACE.source,
} as const;

export interface SourceEvidence {
  /** A key ID could be written, split, escaped or encoded somewhere in the text. */
  keyId: boolean;
  /**
   * The only trace of a key ID is a decoding call (`atob`, `decodeURI…`, `String.fromCharCode`, `Buffer.from` with
   * base64 or hex): one is there only where such a call decodes text known in the file. Serverless code decodes
   * run-time values all the time (`decodeURIComponent(record.s3.object.key)`, `Buffer.from(event.body, 'base64')`),
   * so the rule checks the calls before it folds every expression of the file.
   */
  decodedOnly: boolean;
  /** A credential name appears somewhere in the text (secrets and tokens are only reported with one or a key ID). */
  name: boolean;
}

const NO_EVIDENCE: SourceEvidence = Object.freeze({ keyId: false, decodedOnly: false, name: false });

/**
 * The file-level prefilter. Everything the rule reports leaves a trace in the source text: a key ID (in some
 * form), or a secret / token with a credential name. With neither, no string, comment or expression of the file
 * can hold a reportable credential and the rule skips the file. One regex pass (about 2 ns per character) for
 * the files with neither; in the few others one more pass tells whether the second kind is there too.
 */
export function sourceEvidence(sourceText: string): SourceEvidence {
  const first = CREDENTIAL_TRACE.exec(sourceText);
  if (first === null) return NO_EVIDENCE;
  // The first trace tells whether a name is there when it is one (key ID alternatives come first in the combined
  // pattern, so a key ID trace there is one); the key ID traces are read whole below.
  KEY_ID_TRACE_AT.lastIndex = first.index;
  const keyIdFirst = KEY_ID_TRACE_AT.test(sourceText);
  let hides: boolean | undefined;
  const hidesNames = (): boolean => (hides ??= mayHideNamesIn(sourceText));
  // No trace of either kind starts before the first: the closer reads start there
  const { loose, keyId, decodedOnly } = readKeyIdTraces(sourceText, first.index, hidesNames);
  // A name spelled with escapes (`'\\x73ecret'`) leaves no name trace. Files with a loose key ID trace were read
  // whole before `readKeyIdTraces` looked closer, names and all: they still are when their escapes spell a name (and
  // so are files whose key ID trace is only a decoding call, whose names are looked for as in files without one)
  const name =
    !keyIdFirst ||
    spellsNameFrom(sourceText, first.index) ||
    (loose && (!keyId || decodedOnly) && hidesNames() && spellsNameThroughEscapes(sourceText));
  return keyId || name ? { keyId, decodedOnly, name } : NO_EVIDENCE;
}

/** Does `text` spell a credential name (secret, access key, session token, …: `CREDENTIAL_NAME_TRACE`)? */
export function spellsCredentialName(text: string): boolean {
  return CREDENTIAL_NAME_TRACE.test(text);
}

/** Does `text` spell a credential name (`CREDENTIAL_NAME_TRACE`) at or after `from`? */
function spellsNameFrom(text: string, from: number): boolean {
  CREDENTIAL_NAME_TRACE_FROM.lastIndex = from;
  return CREDENTIAL_NAME_TRACE_FROM.test(text);
}

const CREDENTIAL_NAME_TRACE_FROM = new RegExp(CREDENTIAL_NAME_TRACE.source, 'g');

/**
 * Does `text` spell a credential name once its escapes and numeric HTML entities are decoded (`'\\x73ecretKey'`,
 * `&#115;ecret`)? Every escape is decoded as a string's would be, in comments and regular expressions too: more than
 * the code spells, which a prefilter may read. Published code writes escapes in regular expressions all the time
 * (`/\\d+/`), and strings that end in `A` (`'N/A'`): together they said nothing of a name.
 */
function spellsNameThroughEscapes(text: string): boolean {
  const parts: string[] = [];
  let copied = 0;
  for (let index = text.indexOf('\\'); index !== -1; index = text.indexOf('\\', copied)) {
    const unit = decodeUnit(text, index, text.length, false, false);
    parts.push(text.slice(copied, index), unit === null ? '\\' : unit[1]);
    copied = index + (unit === null ? 1 : unit[0]);
  }
  parts.push(text.slice(copied));
  return CREDENTIAL_NAME_TRACE.test(parts.join('').replace(NUMERIC_ENTITY, decodeEntity));
}

function decodeEntity(entity: string, hex: string | undefined, decimal: string | undefined): string {
  const code = Number.parseInt(hex ?? decimal!, hex === undefined ? 10 : 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

/** `&#115;`, `&#x73;`: an HTML entity by number, as JSX text and attribute values may write a letter. */
const NUMERIC_ENTITY = /&#(?:[xX]([\dA-Fa-f]{1,6})|(\d{1,7}));/g;

/**
 * A character each of `KEY_ID_TRACE`'s alternatives holds at a fixed offset from the start of its match, chosen rare
 * in code (`b` of `atob`, `U` of `decodeURI`, `C` of `fromC…`: their first letters are among the commonest), and a
 * cheap look at the text around it that every match passes.
 */
const KEY_ID_ANCHORS: readonly { character: string; offset: number }[] = [
  { character: 'A', offset: 0 },
  { character: '\\', offset: 0 },
  { character: '%', offset: 0 },
  { character: '&', offset: 0 },
  { character: 'B', offset: 0 },
  { character: 'b', offset: 3 },
  { character: 'U', offset: 6 },
  { character: 'C', offset: 4 },
];

/** Could a match of `KEY_ID_TRACE` start at `start`, where anchor `anchor` (an index of KEY_ID_ANCHORS) is? */
function passesAnchorLook(text: string, anchor: number, start: number): boolean {
  const next = text.charCodeAt(start + 1);
  switch (anchor) {
    case 0: // `AK`, `AS`, `AB`, `AC`, or a prefix cut after `A`
      return next === 0x4b || next === 0x53 || next === 0x42 || next === 0x43 || CUT_DELIMITERS.includes(text.charAt(start + 1));
    case 1: // `\u00…`, `\x…`, `\u{…}`, `\1…`
      return next === 0x75 || next === 0x78 || next === 0x31;
    case 2: // `%4…`, `%5…`
      return next === 0x34 || next === 0x35;
    case 3: // `&#`
      return next === 0x23;
    case 4:
      return text.startsWith('Buffer', start);
    case 5:
      return text.startsWith('atob', start);
    case 6:
      return text.startsWith('decodeURI', start);
    default:
      return text.startsWith('fromC', start);
  }
}

/**
 * `KEY_ID_TRACE`'s matches in `text`, one by one as a global regex's `exec` finds them from `from`, for
 * `readKeyIdTraces`. The expression itself scans every character at about 3 ns each (its short alternatives and the
 * common first letters of the decoders' names leave V8 nothing to skip with); here the candidates are the places of
 * each alternative's anchor character (`indexOf`, which skips fast to a rare character), and only those that pass
 * `passesAnchorLook` are tested with the sticky form. Every match holds its anchor, so none is missed, and the
 * sticky test at the leftmost candidate gives the same match as the scan would.
 */
class KeyIdClues {
  readonly #text: string;
  /** Per anchor: where its character is next (at or after the last position asked), -1 past the last. */
  readonly #next: number[];
  /** Anchor characters looked at so far: text dense with them (`BBBB…`, a source map) is left to the expression. */
  #looks = 0;
  #nextFloodCheck = FLOOD_LOOKS;
  #flooded = false;
  #start = -1;

  constructor(text: string) {
    this.#text = text;
    this.#next = KEY_ID_ANCHORS.map(() => -2);
  }

  /** The first match starting at or after `from`, or null. */
  find(from: number): RegExpExecArray | null {
    const text = this.#text;
    if (this.#flooded) return this.#scan(from);
    const next = this.#next;
    if (this.#start === -1) this.#start = from;
    for (let at = from; ; ) {
      let best = Infinity;
      for (let anchor = 0; anchor < KEY_ID_ANCHORS.length; anchor++) {
        const { character, offset } = KEY_ID_ANCHORS[anchor]!;
        let position = next[anchor]!;
        if (position === -1) continue;
        if (position - offset < at) position = text.indexOf(character, at + offset);
        while (position !== -1 && (position < offset || !passesAnchorLook(text, anchor, position - offset))) {
          if (++this.#looks > this.#nextFloodCheck && this.#isFlooded(position)) return this.#scan(at);
          position = text.indexOf(character, position + 1);
        }
        next[anchor] = position;
        if (position !== -1 && position - offset < best) best = position - offset;
      }
      if (best === Infinity) return null;
      if (++this.#looks > this.#nextFloodCheck && this.#isFlooded(best)) return this.#scan(at);
      KEY_ID_TRACE_AT.lastIndex = best;
      const match = KEY_ID_TRACE_AT.exec(text);
      if (match !== null) return match;
      at = best + 1;
    }
  }

  /**
   * After FLOOD_LOOKS more looks, the last at `position`: are anchors so dense since the first position asked (more
   * than one every FLOOD_SPACING characters: `BBBB…`, `%5%5…`, never published SDK or CDK code, whose PascalCase
   * names hold one every four characters or so) that the expression's own scan costs less? Then it reads the rest.
   */
  #isFlooded(position: number): boolean {
    // Asked again after FLOOD_LOOKS more looks: the count is all the loops keep
    this.#nextFloodCheck = this.#looks + FLOOD_LOOKS;
    if (this.#looks * FLOOD_SPACING <= position - this.#start) return false;
    this.#flooded = true;
    return true;
  }

  #scan(from: number): RegExpExecArray | null {
    KEY_ID_TRACE_ALL.lastIndex = from;
    return KEY_ID_TRACE_ALL.exec(this.#text);
  }
}

/**
 * Looks between two judgements of `KeyIdClues` whether the text is too dense with anchors, and the spacing (in
 * characters per look) below which it is: measured, the looks cost less than the expression down to two or three
 * characters apart.
 */
const FLOOD_LOOKS = 1024;
const FLOOD_SPACING = 2.5;
/** `KEY_ID_TRACE`, global: `KeyIdClues` in text dense with anchor characters. */
const KEY_ID_TRACE_ALL = new RegExp(KEY_ID_TRACE.source, 'g');

/** For tests: every match of `KEY_ID_TRACE` in `text` as `KeyIdClues` finds them, `[offset, text]` each. */
export function keyIdTraceMatches(text: string): [number, string][] {
  const clues = new KeyIdClues(text);
  const found: [number, string][] = [];
  for (let match = clues.find(0); match !== null; match = clues.find(match.index + match[0].length)) {
    found.push([match.index, match[0]]);
  }
  return found;
}

/**
 * For each cut of a prefix (by the length of its start, `AC` apart): what goes on with the rest of it, at the
 * start of a string or template part (after a quote or `}`) or after a backslash (and a line break), whole or cut
 * again.
 */
const PREFIX_REST = {
  afterA: /(?:['"`}]|\\\r?\n?)(?:[KSB](?:IA|I?['"`$\\])|C(?:CA|C?['"`$\\]))/,
  afterAK: /(?:['"`}]|\\\r?\n?)I(?:A|['"`$\\])/,
  afterAC: /(?:['"`}]|\\\r?\n?)C(?:A|['"`$\\])/,
  afterAKI: /(?:['"`}]|\\\r?\n?)A/,
} as const;

/**
 * `loose`: `KEY_ID_TRACE` matches somewhere, other than a cut before a backslash. `keyId`: a key ID can be spelled
 * from the text, read closer. Published code is full of strings that end in `A` (`'SHA'`, `'DATA'`) and of
 * `Buffer.from(…)`, and neither spells a key ID alone: a prefix cut after `A` needs a piece that goes on with the rest
 * of it (`'KIA…'`, or `'K'` cut again), and `Buffer.from` decodes to new letters only from base64 or hex (the encoding
 * is written in the file: `base`, so a name cut in two counts, or spelled with escapes) or from a list of bytes
 * written in place (`Buffer.from([0x41, …])`). A prefix written out and an escaped upper-case letter count at once;
 * the other decoding calls count too, and `decodedOnly` says that decoding calls are all there is.
 */
function readKeyIdTraces(
  text: string,
  from: number,
  hidesNames: () => boolean,
): { loose: boolean; keyId: boolean; decodedOnly: boolean } {
  let loose = false;
  let decodesBuffer = false;
  let decodesBytes = false;
  let decodesGlobal = false;
  const cuts = new Set<keyof typeof PREFIX_REST>();
  const clues = new KeyIdClues(text);
  let resumeAt = from;
  for (let match = clues.find(resumeAt); match !== null; match = clues.find(resumeAt)) {
    resumeAt = match.index + match[0].length;
    const clue = match[0];
    // `Buffer.from(`, or the deprecated `new Buffer(` / `Buffer(`
    if (clue.startsWith('Buffer')) {
      loose = true;
      decodesBuffer = true;
      // `Buffer.from([0x41, …])`, `new Buffer([…])`: bytes written as a list
      BYTE_LIST_AT.lastIndex = match.index + clue.length;
      if (BYTE_LIST_AT.test(text)) decodesBytes = true;
      continue;
    }
    if (clue === 'atob' || clue === 'decodeURI' || clue.startsWith('fromC')) {
      loose = true;
      decodesGlobal = true;
      continue;
    }
    const delimiter = clue.charAt(clue.length - 1);
    if (!clue.startsWith('A') || !CUT_DELIMITERS.includes(delimiter)) {
      return { loose: true, keyId: true, decodedOnly: false };
    }
    if (delimiter !== '\\') loose = true;
    // `'A\u004BIA…'`: the backslash may start an escape of the next letter, read as a clue of its own
    else resumeAt = match.index + clue.length - 1;
    const cut = clue.length - 1;
    cuts.add(cut === 1 ? 'afterA' : cut === 3 ? 'afterAKI' : clue.startsWith('AC') ? 'afterAC' : 'afterAK');
  }
  for (const rest of cuts) if (PREFIX_REST[rest].test(text)) return { loose, keyId: true, decodedOnly: false };
  const keyId =
    decodesGlobal || decodesBytes || (decodesBuffer && (BUFFER_ENCODING_WORD.test(text) || hidesNames()));
  return { loose, keyId, decodedOnly: keyId };
}

/** An encoding `Buffer.from` decodes, spelled in any case as Node accepts it (`'base64'`, `'BASE64'`, `'Hex'`). */
const BUFFER_ENCODING_WORD = /base|hex/iu;

/** After a `Buffer.from` / `Buffer(` clue: an argument list that opens with a list (`(` is the clue's own for `Buffer(`). */
const BYTE_LIST_AT = /\(?\s*\[/y;

/** What ends a piece a prefix is cut at: a quote, `${`, or a backslash. */
const CUT_DELIMITERS = '\'"`$\\';

/** `KEY_ID_TRACE` anchored at `lastIndex`. */
const KEY_ID_TRACE_AT = new RegExp(KEY_ID_TRACE.source, 'y');

/** Is a credential prefix (`AKIA`, `ASIA`, `ABIA`, `ACCA`) written out somewhere in `text`? */
export function holdsKeyIdPrefix(text: string): boolean {
  return holdsKeyIdPrefixBy(text, text.length - 4);
}

/** Where a credential name is written in `text` (the offsets of `CREDENTIAL_NAME_TRACE`'s matches), in order. */
export function credentialNameOffsets(text: string): number[] {
  const pattern = new RegExp(CREDENTIAL_NAME_TRACE.source, 'g');
  const offsets: number[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) offsets.push(match.index);
  return offsets;
}

/**
 * For ranges of `sourceText` asked in pre-order (ascending starts, each either inside an earlier one or after all of
 * them, as the ranges of a file's nodes are): is a credential name written within [start, end)? Only the text of the
 * ranges is read, once (the outermost folds of a file are short next to the whole text: a bundle's thousands of
 * `'…' + x` hold a few percent of it); a range inside an earlier one is answered from the names found there.
 */
export function credentialNamesWithin(sourceText: string): (start: number, end: number) => boolean {
  const pattern = new RegExp(CREDENTIAL_NAME_TRACE.source, 'g');
  const starts: number[] = [];
  const ends: number[] = [];
  let scannedEnd = 0;
  return (start, end) => {
    if (end > scannedEnd) {
      const from = Math.max(start, scannedEnd);
      const text = sourceText.slice(from, end);
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        starts.push(from + match.index);
        ends.push(from + match.index + match[0].length);
      }
      scannedEnd = end;
    }
    // The first name starting at or after `start`
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < starts.length && starts[index]! < end; index++) {
      if (ends[index]! <= end) return true;
    }
    return false;
  };
}

/** Calls `visit(start, end)` for every maximal base64 run not touching `-` or `_` (base64url, identifiers). */
function forEachBase64Run(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (!inTable(BASE64, text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < length && inTable(BASE64, text.charCodeAt(index))) index++;
    const glued =
      (start > 0 && inTable(BASE64_GLUE, text.charCodeAt(start - 1))) ||
      (index < length && inTable(BASE64_GLUE, text.charCodeAt(index)));
    if (!glued) visit(start, index);
  }
}

/** `sha512-…`, `sha256-…`: subresource-integrity and lockfile hashes. */
function isIntegrityPrefix(text: string, start: number): boolean {
  return /sha(?:1|224|256|384|512)-$/i.test(text.slice(Math.max(0, start - 7), start));
}

/** Decode `%2B`, `%2F`, `%3D` (the base64 characters URLs escape), keeping each decoded offset's source offset. */
function percentDecode(text: string): { text: string; map: Int32Array } {
  return decodeMapped(text, (index) => {
    if (text.charCodeAt(index) !== 0x25 || index + 2 >= text.length) return null;
    const escape = text.slice(index + 1, index + 3).toUpperCase();
    const char = escape === '2B' ? '+' : escape === '2F' ? '/' : escape === '3D' ? '=' : null;
    return char === null ? null : [char, 3];
  });
}

/**
 * `text` with the escapes `decodeAt` recognises resolved (`decodeAt(index)`: the character an escape starting there
 * stands for and the escape's length, or null), and for each character of the result the offset in `text` it comes
 * from (one past the end last).
 */
function decodeMapped(
  text: string,
  decodeAt: (index: number) => readonly [string, number] | null,
): { text: string; map: Int32Array } {
  const map = new Int32Array(text.length + 1);
  const chunks: string[] = [];
  let out = '';
  let length = 0;
  let index = 0;
  while (index < text.length) {
    const decoded = decodeAt(index);
    chunks.push(decoded === null ? text[index]! : decoded[0]);
    map[length++] = index;
    index += decoded === null ? 1 : decoded[1];
    if (chunks.length >= 4096) {
      out += chunks.join('');
      chunks.length = 0;
    }
  }
  out += chunks.join('');
  map[length] = text.length;
  return { text: out, map };
}

/**
 * A JSON escape in `text` (as JSON text inside a string holds them): of `/`, `"`, a line break or tab (`\n`, `\r`,
 * `\t`: a key on the next line of JSON-escaped text is not glued to the `n`), or `\uXXXX`.
 */
export function holdsJsonEscape(text: string): boolean {
  for (let index = text.indexOf('\\'); index !== -1; index = text.indexOf('\\', index + 2)) {
    const next = text.charCodeAt(index + 1);
    if (isEscapedJsonCharacter(next)) return true;
    if (next === 0x75 /* u */ && isHexRun(text, index + 2, 4)) return true;
  }
  return false;
}

/**
 * Source text that writes a JSON escape inside a string literal the plain way: an escaped backslash before `/`, `"`,
 * `n`, `r`, `t` or `uXXXX` (`'{"k":"a\\/b"}'` in a file). Other spellings (`'\x5c/'`, `String.raw`) leave escapes that
 * `mayHideNames` answers for.
 */
export function writesJsonEscape(sourceText: string): boolean {
  for (let index = sourceText.indexOf('\\'); index !== -1; index = sourceText.indexOf('\\', index + 2)) {
    if (sourceText.charCodeAt(index + 1) !== 0x5c /* \ */) continue;
    const after = sourceText.charCodeAt(index + 2);
    if (isEscapedJsonCharacter(after)) return true;
    if (after === 0x75 /* u */ && isHexRun(sourceText, index + 3, 4)) return true;
  }
  return false;
}

/** `/`, `"`, `n`, `r`, `t`: what follows the backslash of the JSON escapes looked for (`u` aside). */
function isEscapedJsonCharacter(code: number): boolean {
  return code === 0x2f || code === 0x22 || code === 0x6e || code === 0x72 || code === 0x74;
}

function isHexRun(text: string, start: number, length: number): boolean {
  if (start + length > text.length) return false;
  for (let index = start; index < start + length; index++) {
    if (!inTable(HEX, text.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * `text` with JSON's escapes resolved (`\/`, `\uXXXX`, `\\`, `\"` and the control letters), and for each
 * character of the result the offset in `text` it comes from (one past the end last).
 */
function jsonUnescape(text: string): { text: string; map: Int32Array } {
  return decodeMapped(text, (index) => {
    if (text.charCodeAt(index) !== 0x5c /* backslash */ || index + 1 >= text.length) return null;
    const next = text[index + 1]!;
    if (next === 'u') {
      if (!isHexRun(text, index + 2, 4)) return null;
      return [String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16)), 6];
    }
    const escaped = JSON_SIMPLE_ESCAPES.get(next);
    return escaped === undefined ? null : [escaped, 2];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Pairing: one finding per key ID with its secret and token
// ---------------------------------------------------------------------------------------------------------------

/** A candidate placed in a file: where it is (for ordering and nearest pairing) and which text it was found in. */
export interface PlacedCandidate {
  candidate: CredentialCandidate;
  /** Position in the file (any monotonic measure: source offset). */
  position: number;
  /** Identity of the string or comment the candidate was found in. */
  text: unknown;
}

export interface CredentialFinding<T extends PlacedCandidate> {
  keyId: T | null;
  secret: T | null;
  token: T | null;
  /** What to report on: the key ID when there is one, else the secret, else the token. */
  primary: T;
}

const PAIRING_WINDOW = 16;

/**
 * Turn the candidates of one group (one object, call, array, string or comment) into findings.
 *
 * - A key ID is always a finding.
 * - A secret counts when it is named, when a key ID is in the same text, or when it is a whole value and a key ID
 *   is in the group.
 * - A token counts when it is named, or when it carries the STS markers and an ASIA key ID is in the same text
 *   (or it is a whole value and an ASIA key ID is in the group).
 * - Each counted secret joins the nearest key ID (same text first) that has none yet; each token the nearest
 *   ASIA key ID (then any key ID) without one. Leftovers are findings of their own.
 */
export function pairCredentials<T extends PlacedCandidate>(items: readonly T[]): CredentialFinding<T>[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const keyIds = sorted.filter((item) => item.candidate.type === 'access-key-id');
  const textsWithKeyId = new Set(keyIds.map((item) => item.text));
  const asia = keyIds.filter((item) => item.candidate.keyIdKind === 'temporary');
  const textsWithAsia = new Set(asia.map((item) => item.text));

  const findings = new Map<T, CredentialFinding<T>>();
  for (const keyId of keyIds) findings.set(keyId, { keyId, secret: null, token: null, primary: keyId });
  const loose: CredentialFinding<T>[] = [];

  for (const item of sorted) {
    const { candidate } = item;
    if (candidate.type === 'secret-access-key') {
      const counts =
        candidate.named || textsWithKeyId.has(item.text) || (candidate.whole && keyIds.length > 0);
      if (!counts) continue;
      const partner = nearest(keyIds, item, (keyId) => findings.get(keyId)!.secret === null);
      if (partner) findings.get(partner)!.secret = item;
      else loose.push({ keyId: null, secret: item, token: null, primary: item });
    } else if (candidate.type === 'session-token') {
      const counts =
        candidate.named ||
        (candidate.marked && (textsWithAsia.has(item.text) || (candidate.whole && asia.length > 0)));
      if (!counts) continue;
      const free = (keyId: T): boolean => findings.get(keyId)!.token === null;
      const partner = nearest(asia, item, free) ?? nearest(keyIds, item, free);
      if (partner) findings.get(partner)!.token = item;
      else loose.push({ keyId: null, secret: null, token: item, primary: item });
    }
  }
  // A secret and a session token with no key ID to go with, held together: one credential's two parts
  // (`{ secretAccessKey, sessionToken }`), one finding
  const looseSecrets = loose.filter((finding) => finding.secret !== null);
  const merged = new Set<CredentialFinding<T>>();
  for (const finding of loose) {
    const token = finding.secret === null ? finding.token : null;
    if (token === null) continue;
    // Items come grouped by what holds them (an object, a call, a string, a run of comments): any free secret of
    // the group, one of the same text first
    const free = looseSecrets.filter((other) => other.token === null);
    const partner = free.find((other) => other.secret!.text === token.text) ?? free[0];
    if (partner === undefined) continue;
    partner.token = token;
    merged.add(finding);
  }
  const rest = loose.filter((finding) => !merged.has(finding));
  return [...findings.values(), ...rest].sort((a, b) => a.primary.position - b.primary.position);
}

/** The nearest element of `sorted` (by position) that passes `free`, preferring the same text; bounded search. */
function nearest<T extends PlacedCandidate>(sorted: readonly T[], item: T, free: (candidate: T) => boolean): T | null {
  if (sorted.length === 0) return null;
  // Binary search for the insertion point.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.position < item.position) low = middle + 1;
    else high = middle;
  }
  let best: T | null = null;
  let bestScore = Infinity;
  for (let offset = -PAIRING_WINDOW; offset < PAIRING_WINDOW; offset++) {
    const candidate = sorted[low + offset];
    if (!candidate || !free(candidate)) continue;
    const distance = Math.abs(candidate.position - item.position);
    const score = (candidate.text === item.text ? 0 : Number.MAX_SAFE_INTEGER / 2) + distance;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Scan one text and pair what it holds: the findings of a string or comment on its own. */
export function findCredentials(
  text: string,
  options: ScanOptions = {},
): CredentialFinding<PlacedCandidate>[] {
  const placed = scanCredentialText(text, options).map((candidate) => ({ candidate, position: candidate.start, text }));
  return pairCredentials(placed);
}

// ---------------------------------------------------------------------------------------------------------------
// Allow lists
// ---------------------------------------------------------------------------------------------------------------

/**
 * Compile `allow` entries once: `/source/flags` is a regular expression (g and y dropped), anything else an exact
 * value. An entry that looks like a regex but does not compile is taken as an exact value. Never throws.
 */
export function compileAllowList(entries: readonly string[] | undefined): (value: string) => boolean {
  if (!entries || entries.length === 0) return () => false;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    const match = /^\/(.+)\/([a-z]*)$/s.exec(entry);
    if (match) {
      try {
        patterns.push(new RegExp(match[1]!, match[2]!.replace(/[gy]/g, '')));
        continue;
      } catch {
        // Not a valid regular expression: an exact value.
      }
    }
    exact.add(entry);
  }
  return (value) => exact.has(value) || patterns.some((pattern) => pattern.test(value));
}
