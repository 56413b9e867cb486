import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import baseRule, { type MessageIds, type Options } from '../../src/rules/no-hardcoded-aws-keys.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import {
  BEARER_KEY_ID,
  CONTEXT_KEY_ID,
  EXAMPLE_KEY_ID,
  EXAMPLE_SECRET,
  EXAMPLE_TEMP_KEY_ID,
  KEY_ID,
  KEY_ID_2,
  KEY_ID_BODY,
  KEY_SHAPED,
  LONG_BASE64,
  PLACEHOLDER_KEY_ID,
  REDACTED_KEY_ID,
  SECRET,
  SECRET_2,
  SESSION_TOKEN,
  TEMP_KEY_ID,
  described,
  randomString,
} from '../utils/aws-credential-fixtures.js';
import { itMatchesEslint9 } from './eslint-v9-parity.js';

// Credential-shaped fixtures are assembled at run time (tests/utils/aws-credential-fixtures.ts): the repository
// holds no contiguous key ID or secret. Base64 and percent-encoded forms are computed here for the same reason.
const b64 = (value: string): string => Buffer.from(value).toString('base64');
const pct = (value: string): string => encodeURIComponent(value);
const hex = (value: string): string => Buffer.from(value).toString('hex');
/** `String.fromCharCode` arguments spelling `value`. */
const charCodes = (value: string): string => [...value].map((character) => character.charCodeAt(0)).join(', ');
/** `value` in groups of four joined by dashes (`AKIA-…-…`), as a key is written to be read aloud. */
const dashed = (value: string): string => (value.match(/.{1,4}/g) ?? []).join('-');
/** `value`'s UTF-8 bytes written as a list of hex numbers (`0x41, 0x4b, …`). */
const byteList = (value: string): string => [...Buffer.from(value)].map((byte) => `0x${byte.toString(16)}`).join(', ');
const KEY_ID_BY_CODES = `String.fromCharCode(${charCodes(KEY_ID)})`;

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const longTerm = (keyId: string) => ({ keyId: described(keyId), kind: 'long-term' });
const temporary = (keyId: string) => ({ keyId: described(keyId), kind: 'temporary' });
const SECRET_ONLY = 'its secret access key';
const SECRET_TEXT = 'a 40-character secret';
/** Decoded credentials files that hold a secret by its name alone, with no upper-case A (no key ID could start). */
const DECODED_INI = `Buffer.from('${Buffer.from(`[default]\naws_secret_access_key = ${SECRET.replaceAll('A', 'B')}\n`).toString('base64')}', 'base64').toString()`;
const DECODED_LINE = `atob('${Buffer.from(`aws_secret_access_key=${SECRET_2.replaceAll('A', 'C')}`).toString('base64')}')`;
const TOKEN_TEXT = `a ${SESSION_TOKEN.length}-character secret`;
const UNMARKED_TOKEN = randomString(12, 320);

// Every message the rule produces in this file, for the "no key-shaped text in messages" check at the end.
const producedMessages: string[] = [];
const rule: typeof baseRule = {
  ...baseRule,
  create(context) {
    const recording = Object.create(context, {
      report: {
        value(descriptor: TSESLint.ReportDescriptor<MessageIds>) {
          const template = baseRule.meta.messages[descriptor.messageId];
          const data = (descriptor.data ?? {}) as Record<string, unknown>;
          producedMessages.push(template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data[key])));
          producedMessages.push(...Object.values(data).map(String));
          context.report(descriptor);
        },
      },
    }) as typeof context;
    return baseRule.create(recording);
  },
};

/** Another service's access key (MinIO's, DigitalOcean's shape): capitals and digits, no AWS credential prefix. */
const FOREIGN_ACCESS_KEY = 'Q3AM' + 'X7PL2K9QZB4TWM6N';

const tsValid: Valid[] = [
  {
    name: "another service's key pair: a secret named secretKey beside an access key with no AWS prefix (an object, members set one by one)",
    code: `import * as Minio from 'minio';
export const client = new Minio.Client({ endPoint: 'play.min.io', port: 9000, useSSL: true, accessKey: '${FOREIGN_ACCESS_KEY}', secretKey: '${SECRET}' });
const params: Record<string, unknown> = {};
params.endPoint = 'play.min.io';
params.accessKey = '${FOREIGN_ACCESS_KEY.slice(0, 4)}' + '${FOREIGN_ACCESS_KEY.slice(4)}';
params.secretKey = '${SECRET_2.slice(0, 20)}' + '${SECRET_2.slice(20)}';`,
  },
  {
    name: 'enum members and destructured names that spell no key stay quiet',
    code: `enum Greeting { Head = 'hello', Body = 'world' }
const { x, y } = { x: 'AK', y: 'IA' };
const [p, q] = ['build', 'id'];
export const text = Greeting.Head + Greeting.Body + x + y + p + q;`,
  },
  {
    name: "a secret named secret alone under an object whose name says another service's (jwt, stripe, session)",
    code: `interface Settings { jwt: { secret: string }; stripe: { secret: string } }
export const settings: Settings = { jwt: { secret: '${SECRET}' }, stripe: { secret: '${SECRET}' } };
const session = { secret: '${SECRET}', resave: false };
export default session;`,
  },
  {
    name: "a web app's session token of 128 characters named sessionToken: STS's tokens are several hundred",
    code: `export const fixture = { id: 5, email: 'a@b.c', sessionToken: '${randomString(11, 128)}' };`,
  },
  {
    name: "another service's secret key, named by whose it is without AWS, Amazon, S3 or access (reCAPTCHA, Stripe, a session's)",
    code: `export const RECAPTCHA_SECRET_KEY = process.env.RECAPTCHA_SECRET_KEY || '${SECRET}';
export const keys = { STRIPE_SECRET_KEY: '${SECRET_2}', sessionSecretKey: '${SECRET}', MINIO_SECRET_KEY: '${SECRET_2}' };`,
  },
  {
    name: 'placeholder key IDs written as runs of letters or with words no random body holds (not a real key, LocalStack, invalid, foo bar)',
    code: `export const ids: string[] = ['AKIA${'AAAABBBBCCCCDDDD'}', 'AKIA${'NOTAREALKEYVALUE'}', 'AKIA${'LOCALSTACKLOCALS'}'];
export const more = { a: 'AKIA${'INVALIDKEYFORTST'}', b: 'AKIA${'FOOBARBAZQUXQUUX'}', c: 'AKIA${'AABBCCDDEEFFGGHH'}' };`,
  },
  {
    name: 'placeholder key IDs written with words (your key id here, replace with yours, a keyboard row)',
    code: `export const config = { accessKeyId: 'AKIA' + 'YOURKEYIDHEREXXX', backup: 'AKIA${'REPLACEWITHYOURS'}' };
export const rows: string[] = ['AKIA${'QWERTYUIOPASDFGH'}'];`,
  },
  {
    name: "a token signing secret (a JWT's access token) named without AWS, Amazon or S3 is not an access key's",
    code: `export const ACCESS_TOKEN_SECRET = '${SECRET}';
export const config = { jwt: { accessTokenSecret: '${SECRET_2}', JWT_ACCESS_SECRET: '${SECRET}' } };
export const env: Record<string, string> = { ACCESS_SECRET: '${SECRET_2}', SECRET_ACCESS_TOKEN: '${SECRET}' };`,
  },
  {
    name: 'a secret-shaped value split with no credential name in a file that decodes only run-time values',
    code: `export const handler = async (event: { body: string }) => {
  const payload = Buffer.from(event.body, 'base64').toString('utf8');
  const etag = '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}';
  return { payload, etag, path: decodeURIComponent(event.body) };
};`,
  },
  {
    name: 'a key ID shape inside an integrity hash (between its slashes), or glued to a letter of another script',
    code: `export const lock = { integrity: 'sha512-Qm9vYmFy/${KEY_ID}/dGhpcyBpcyBub3QgYSBrZXkgYXQgYWxs+ZmlsbGVyZmlsbGVy==' };
export const word = 'é${KEY_ID}';
export const after = '${KEY_ID}ü';
export const cyrillic = 'ж${KEY_ID}';`,
  },
  {
    name: 'an allowed key ID silences the secret and token set in the next statements (a test setup), and a JWT-like token stays quiet',
    code: `process.env.AWS_ACCESS_KEY_ID = '${KEY_ID}';
process.env.AWS_SECRET_ACCESS_KEY = '${SECRET}';
process.env.AWS_SESSION_TOKEN = '${SESSION_TOKEN}';
const sessionToken = '${SESSION_TOKEN}.c2lnbmF0dXJl';
export { sessionToken };`,
    options: [{ allow: [KEY_ID] }],
  },
  {
    name: 'strings built up with += that are no credential: an append in a branch, a name written again, no name',
    code: `let a = '${KEY_ID.slice(0, 10)}';
if (process.env.STAGE) a += '${KEY_ID.slice(10)}';
let b = '${KEY_ID.slice(0, 10)}';
b += '${KEY_ID.slice(10)}';
b = 'other';
let c = '${SECRET.slice(0, 20)}';
c += '${SECRET.slice(20)}';
let d = 'AKIA';
d += suffix;
let url = 'https://example.com/api/';
url += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJ';
declare const suffix: string;
export { a, b, c, d, url };`,
  },
  {
    name: 'a key ID whose body repeats one word or group is a placeholder',
    code: `export const fake = { accessKeyId: 'AKIA' + '${'FAKE'.repeat(4)}', other: 'AKIA${'TEST'.repeat(4)}' };`,
  },
  {
    name: 'an empty file',
    code: ``,
  },
  {
    name: 'a 40-character value returned by a callback, a getter whose name says nothing, or a setter',
    code: `const secretAccessKeys = ['a'].map(() => '${SECRET}');
class Config { get value() { return '${SECRET_2}'; } }
const o = { set secretAccessKey(v) { return '${SECRET}'; } };`,
  },
  {
    name: "AWS's documented example key pair",
    code: `const credentials = { accessKeyId: '${EXAMPLE_KEY_ID}', secretAccessKey: '${EXAMPLE_SECRET}' };`,
  },
  {
    name: 'any key ID ending in EXAMPLE',
    code: `const ids = ['${EXAMPLE_TEMP_KEY_ID}', 'AKIAI44QH8DHBEXAMPLE'];`,
  },
  {
    name: 'placeholders in credential slots',
    code: `const credentials = {
  accessKeyId: '<YOUR_ACCESS_KEY_ID>',
  secretAccessKey: '${'${'}ssm:/app/aws/secret}',
  sessionToken: '{{ aws_session_token }}',
};
const env = 'AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY';`,
  },
  {
    name: 'a key ID made of one repeated character',
    code: `const id = '${PLACEHOLDER_KEY_ID}';
const redacted = '${REDACTED_KEY_ID}';`,
  },
  {
    name: 'regex literals describing key IDs',
    code: `const KEY = /(AKIA|ASIA)[A-Z2-7]{16}/;
const ANY = /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/gu;`,
  },
  {
    name: 'regex sources passed to RegExp and match describing key IDs',
    code: `const a = new RegExp('(AKIA|ASIA)[0-9A-Z]{16}');
const b = RegExp('^' + 'AKIA' + '[A-Z2-7]{16}$', 'u');
const c = text.match('A[SK]IA[A-Z2-7]{16}');`,
  },
  {
    name: 'lower-case look-alikes and bodies with 0 1 8 9',
    code: `const a = '${KEY_ID.toLowerCase()}';
const b = 'AKIA0123456789ABCDEF';
const c = 'AKIA1Q3EGRU5XN7CZJ2L';`,
  },
  {
    name: 'IAM unique IDs that are not credentials',
    code: `const ids = ['AIDA${KEY_ID.slice(4)}', 'AROA${KEY_ID.slice(4)}', 'AGPA${KEY_ID.slice(4)}', 'AIPA${KEY_ID.slice(4)}', 'ANPA${KEY_ID.slice(4)}', 'ANVA${KEY_ID.slice(4)}', 'APKA${KEY_ID.slice(4)}', 'ASCA${KEY_ID.slice(4)}'];`,
  },
  {
    name: 'a key ID glued to other letters or digits',
    code: `const a = 'X${KEY_ID}';
const b = '${KEY_ID}9';
const c = '${KEY_ID}abc';
const d = 'arn:aws:iam::123456789012:user/${KEY_ID}X';`,
  },
  {
    name: 'account IDs and ARNs',
    code: `const arn = 'arn:aws:iam::123456789012:role/service-role/MyLambdaRole-ABCDEFGH';`,
  },
  {
    name: 'a KMS ciphertext blob in a secret slot',
    code: `const secretAccessKey = 'AQICAHh${LONG_BASE64.slice(0, 200)}';`,
  },
  {
    name: 'a KMS ciphertext blob whose base64 holds a key ID shape between + and / (chance letters of the blob)',
    code: `const ENCRYPTED_DB_PASSWORD = 'AQICAHh${LONG_BASE64.slice(0, 60)}+${KEY_ID}/${LONG_BASE64.slice(60, 120)}==';\nconst token = 'AQICAHi${LONG_BASE64.slice(0, 90)}/${TEMP_KEY_ID}=';`,
  },
  {
    name: 'a key ID shape glued to the tail of a KMS ciphertext blob by + and its padding',
    code: `const blob = 'AQICAHg${LONG_BASE64.slice(4, 100)}+${KEY_ID}==';`,
  },
  {
    name: 'a secret-shaped text handed to a tag other than String.raw: the tag stands between the name and the value',
    code: `const creds = { secretAccessKey: decrypt\`${SECRET}\` };`,
  },
  {
    name: 'an OAuth client secret of a key-like shape: another service named, no key ID beside it',
    code: `export const oauthClient = new OAuthClient({ clientId: 'app-1', clientSecret: '${SECRET}', environment: 'sandbox' });\nconst WEBHOOK_SECRET = '${SECRET_2}';`,
  },
  {
    name: 'integrity hashes',
    code: `const lock = {
  integrity: 'sha512-${LONG_BASE64.slice(0, 86)}==',
  sri: 'sha256-${SECRET.slice(0, 43)}=',
  old: 'sha1-${SECRET.slice(0, 27)}=',
};`,
  },
  {
    name: 'values read from the environment',
    code: `const credentials = {
  accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
  secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY'] as string,
  sessionToken: process.env.AWS_SESSION_TOKEN,
};`,
  },
  {
    name: 'values that cannot be resolved',
    code: `declare const suffix: string;
const a = 'AKIA' + suffix;
const b = \`AKIA${'${'}suffix}\`;
const c = ['AKIA', suffix].join('');
const d = getKey();
const e = Buffer.from(encoded, 'base64').toString();`,
  },
  {
    name: 'a 40-character base64 value with no name and no key ID',
    code: `const checksum = '${SECRET}';
log('${SECRET_2}');`,
  },
  {
    name: 'a named 40-character value that is not key-shaped',
    code: `const secretAccessKey = 'da39a3ee5e6b4b0d' + '3255bfef95601890afd80709';
const awsSecretKey = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn';
const secretKey = 'getEndpointParameterInstructionsFromCfgA';
const aws_secret_access_key = 'xYzQxYzQxYzQxYzQxYzQxYzQxYzQxYzQxYzQxYzQ';`,
  },
  {
    name: 'a named value of the wrong length or inside a longer run',
    code: `const secretAccessKey = '${SECRET.slice(1)}';
const secretKey = '${SECRET}A';
const AWS_SECRET = '${SECRET}${SECRET_2}';
const secret = '${SECRET}=';`,
  },
  {
    name: 'names about a secret, not the secret',
    code: `const secretId = '${SECRET}';
const SecretArn = '${SECRET}';
const secretName = '${SECRET}';
const accessKeyId = '${SECRET}';`,
  },
  {
    name: 'long base64 that is not a session token',
    code: `const payload = '${SESSION_TOKEN}';
const data = '${LONG_BASE64}';`,
  },
  {
    name: 'a session token name holding a JWT',
    code: `const sessionToken = 'eyJhbGciOiJIUzI1NiJ9.${LONG_BASE64}.c2lnbmF0dXJl';`,
  },
  {
    name: 'decoded base64 that holds no key',
    code: `const a = Buffer.from('aGVsbG8gd29ybGQgZnJvbSBhIGxhbWJkYQ==', 'base64').toString('utf8');
const b = atob('aGVsbG8gd29ybGQgZnJvbSBhIGxhbWJkYQ==');`,
  },
  {
    name: 'comments that describe key formats',
    code: `// Access key IDs look like AKIA[A-Z2-7]{16}; see ${EXAMPLE_KEY_ID}.
/* (AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16} */
export {};`,
  },
  {
    name: 'a key in a comment with checkComments off',
    code: `// aws_access_key_id = ${KEY_ID}
export {};`,
    options: [{ checkComments: false }],
  },
  {
    name: 'an allowed key ID (exact) silences its pair',
    code: `const credentials = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };`,
    options: [{ allow: [KEY_ID] }],
  },
  {
    name: 'an allowed key ID (regex)',
    code: `const id = '${KEY_ID}';
const other = '${KEY_ID_2}';`,
    options: [{ allow: ['/^AKIA(Q3EG|ZP4M)/'] }],
  },
  {
    name: 'an allowed secret',
    code: `const secretAccessKey = '${SECRET}';`,
    options: [{ allow: [SECRET] }],
  },
  {
    name: 'an invalid regex in allow is an exact value',
    code: `const id = '[';`,
    options: [{ allow: ['/[/', '/x/q'] }],
  },
  {
    name: 'a line continuation glues the key to the text before it',
    code: `const s = 'line\\
${KEY_ID}';`,
  },
  {
    name: 'type-only syntax and decorators without credentials',
    code: `@Component({ selector: 'app-root' })
export class App<T extends { id: string }> {
  @Input() value!: T;
  constructor(private readonly http: HttpClient) {}
}
type K = \`prefix-${'${'}string}\`;
enum Mode { A = 'a', B = 'b' }`,
  },
  {
    name: 'a named secret given to a call that transforms it (hash, encrypt) or to a local function named secret',
    code: `import { hash, encrypt } from './crypto';
function secret(value: string) { return value; }
const a = { secretAccessKey: hash('${SECRET}') };
const b = { secretAccessKey: encrypt('${SECRET_2}') };
const c = { secretKey: secret('${SECRET}') };`,
  },
  {
    name: 'String() shadowed by a local function, and Pulumi-named functions from another package',
    code: `import { secret, output } from './pulumi-helpers';
function String(value: string) { return value.split('').reverse().join(''); }
const a = { secretAccessKey: String('${SECRET}') };
const b = { secretKey: secret('${SECRET_2}'), sessionSecret: output('${SECRET}') };`,
  },
  {
    name: 'a secret changed by a string method (upper-cased, sliced), a local SecretValue class, or trimmed unnamed',
    code: `class SecretValue { constructor(readonly value: string) {} }
const a = { secretAccessKey: new SecretValue('${SECRET}') };
const b = { secretAccessKey: '${SECRET_2}'.toUpperCase(), secretKey: '${SECRET}'.slice(1) };
const plain = '${SECRET_2}'.trim();
const c = { secretAccessKey: new OtherSecret('${SECRET}') };
const d = { secretAccessKey: '${SECRET_2}'.padEnd(41) };`,
  },
  {
    name: 'a 40-character value returned by a function whose name says nothing or names the secret, or by a callback',
    code: `function getSecretName() { return '${SECRET}'; }
function handler() { return '${SECRET_2}'; }
export default function () { return '${SECRET}'; }
function secretKeys() { return ['a'].map(() => '${SECRET_2}'); }
const describeSecretArn = () => '${SECRET}';`,
  },
  {
    name: 'unicode text',
    code: `const greeting = 'こんにちは世界 — AKIA の説明 🚀 ' + 'ÄÖÜ'.repeat(20);`,
  },
];

const jsxEntityCases: Invalid[] = [
  {
    name: 'JSX text with HTML entities: the key is underlined exactly, through entities before it and inside it',
    code: `export const Doc = () => <p>key &amp; ${KEY_ID} &nbsp;</p>;
export const Raw = () => <p>a&nbsp;b &unknown; &#x1F600; &#128512; ${KEY_ID_2}</p>;
export const Coded = () => <p>&#65;${KEY_ID.slice(1)} ok</p>;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 39, endLine: 1, endColumn: 59 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 2, column: 68, endLine: 2, endColumn: 88 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 31, endLine: 3, endColumn: 55 },
    ],
  },
  {
    name: 'a JSX attribute string with an entity before the secret',
    code: `export const App = () => <Config note="&amp;" secretAccessKey="&nbsp;${SECRET}" />;`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 70, endLine: 1, endColumn: 110 },
    ],
  },
];

const tsInvalid: Invalid[] = [
  {
    name: 'TS: a key ID in a redaction regex (a literal with flags, a RegExp source) is still in the source',
    code: `export const redact = (line: string): string =>
  line.replace(/key=${KEY_ID}\\b/giu, '***').replace(new RegExp('${TEMP_KEY_ID}', 'g'), '***');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 21, endLine: 2, endColumn: 41 },
      { messageId: 'accessKeyId', data: temporary(TEMP_KEY_ID), line: 2, column: 76, endLine: 2, endColumn: 96 },
    ],
  },
  {
    name: 'a named secret beside an access key that is an AWS key ID, or a placeholder one, is still an AWS secret',
    code: `export const a = { accessKey: '${KEY_ID}', secretKey: '${SECRET}' };
export const b = { accessKey: 'MY_ACCESS_KEY_HERE_X', secretKey: '${SECRET_2}' };`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 32, endLine: 1, endColumn: 52 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 67, endLine: 2, endColumn: 107 },
    ],
  },
  {
    name: "a secret under a name that says nothing, named where a member reads it: an enum's member, a static field, a list's element, a nested const member",
    code: `enum Keys { Secret = '${SECRET}' }
class Vault { static readonly SECRET = '${SECRET}'; }
const LIST = ['${SECRET}'] as const;
const CFG = { aws: { s: '${SECRET}' } } as const;
export const fromEnum = { secretAccessKey: Keys.Secret };
export const fromStatic = { secretAccessKey: Vault.SECRET };
export const fromList = { secretAccessKey: LIST[0] };
const secretAccessKey = CFG.aws.s;
export { secretAccessKey };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 23, endLine: 1, endColumn: 63 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 41, endLine: 2, endColumn: 81 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 16, endLine: 3, endColumn: 56 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 26, endLine: 4, endColumn: 66 },
    ],
  },
  {
    name: 'constants made read-only with Object.freeze: key ID parts joined, a secret named where a member reads it, a secret under an object named for AWS',
    code: `const PARTS = Object.freeze({ head: 'AKIA', body: '${KEY_ID.slice(4)}' });
export const keyId = PARTS.head + PARTS.body;
const CFG = Object.freeze({ s: '${SECRET}' });
export const a = { secretAccessKey: CFG.s };
export const b = { aws: Object.freeze({ secret: '${SECRET_2}' }) };`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 22, endLine: 2, endColumn: 45 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 33, endLine: 3, endColumn: 73 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 5, column: 50, endLine: 5, endColumn: 90 },
    ],
  },
  {
    name: 'a secret named secret alone under an object named for AWS or S3 (a property, typed)',
    code: `interface Settings { s3: { bucket: string; secret: string } }
export const settings: Settings = { s3: { bucket: 'uploads', secret: '${SECRET}' as const } };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 71, endLine: 2, endColumn: 111 }],
  },
  {
    name: 'an identity escape inside the prefix, the only trace of a key ID in a typed file',
    code: `const k: string = 'A\\KIA${KEY_ID.slice(4)}';`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 20, endLine: 1, endColumn: 41 }],
  },
  {
    name: 'a key ID written in dashed groups, the dashes removed with replaceAll',
    code: `export const keyId: string = '${dashed(KEY_ID)}'.replaceAll('-', '');`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 31, endLine: 1, endColumn: 55 }],
  },
  {
    name: 'a key ID spelled as a constant list of character codes, spread into String.fromCharCode',
    code: `const CODES: readonly number[] = [${charCodes(KEY_ID)}];
export const keyId: string = String.fromCharCode(...CODES);`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 30, endLine: 2, endColumn: 59 }],
  },
  {
    name: 'a secret assembled with + under a neutral name, read where a credential property receives it',
    code: `const part: string = '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}';
export const credentials = { accessKeyId: process.env.KEY_ID!, secretAccessKey: part };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 23, endLine: 1, endColumn: 68 }],
  },
  {
    name: "a secret key named by an account, user or stage (not another service's) is still an AWS secret's name",
    code: `export const MY_SECRET_KEY = '${SECRET}';`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 31, endLine: 1, endColumn: 71 }],
  },
  {
    name: 'a secret and a session token without a key ID, in one object: one finding; a token elsewhere is its own',
    code: `export const creds: Record<string, string> = { secretAccessKey: '${SECRET}', sessionToken: '${SESSION_TOKEN}' };
export const other = { sessionToken: '${SESSION_TOKEN}' };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 66, endLine: 1, endColumn: 106 },
      { messageId: 'sessionToken', data: { token: TOKEN_TEXT }, line: 2, column: 39, endLine: 2, endColumn: 39 + SESSION_TOKEN.length },
    ],
  },
  {
    name: 'a key ID whose second or third letter is escaped after a written A',
    code: `export const a: string = 'A\\u004BIA' + '${KEY_ID_BODY}';
export const b = 'AK\\x49A' + '${KEY_ID_BODY}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 27, endLine: 1, endColumn: 57 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 19, endLine: 2, endColumn: 47 },
    ],
  },
  {
    name: 'an access secret whose name says AWS or S3 is a secret access key',
    code: `export const AWS_ACCESS_SECRET = '${SECRET}';
export const storage = { S3_ACCESS_SECRET: '${SECRET_2}' };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 35, endLine: 1, endColumn: 75 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 45, endLine: 2, endColumn: 85 },
    ],
  },
  {
    name: 'literal types of property signatures are named by their property (a type alias, an interface with a quoted key, a key ID and secret pair)',
    code: `type Config = { secretAccessKey: '${SECRET}' };
interface Legacy { readonly 'aws_secret_access_key': '${SECRET_2}'; other: '${SECRET_2}' }
type Pair = { accessKeyId: '${KEY_ID}'; secretAccessKey: '${SECRET}' };
export type { Config, Legacy, Pair };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 35, endLine: 1, endColumn: 75 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 55, endLine: 2, endColumn: 95 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 3, column: 29, endLine: 3, endColumn: 49 },
    ],
  },
  {
    name: 'an allowed key ID does not silence a secret in the next statement that sits beside its own key ID slot',
    code: `declare const S3Client: new (options: object) => object;
process.env.AWS_ACCESS_KEY_ID = '${KEY_ID}';
const prod = new S3Client({ credentials: { accessKeyId: process.env.PROD_KEY_ID!, secretAccessKey: '${SECRET}' } });
export { prod };`,
    options: [{ allow: [KEY_ID] }],
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 101, endLine: 3, endColumn: 141 }],
  },
  {
    name: 'a key ID right after a word of a script written without spaces, or after an emoji, is found',
    code: `// アクセスキー${KEY_ID}
export const note = '🔑${KEY_ID}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 10, endLine: 1, endColumn: 30 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 24, endLine: 2, endColumn: 44 },
    ],
  },
  {
    name: 'one statement with a key ID and its secret in default parameters, destructuring defaults or a nested object is one finding',
    code: `export function client(accessKeyId = '${KEY_ID}', secretAccessKey = '${SECRET}') {
  return { accessKeyId, secretAccessKey };
}
export function client2({ accessKeyId = '${KEY_ID_2}', secretAccessKey = '${SECRET_2}' }: { accessKeyId?: string; secretAccessKey?: string } = {}) {
  return { accessKeyId, secretAccessKey };
}
export const nested = { accessKeyId: '${KEY_ID}', nested: { secretAccessKey: '${SECRET}' } };`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 39, endLine: 1, endColumn: 59 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID_2), companions: SECRET_ONLY }, line: 4, column: 42, endLine: 4, endColumn: 62 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 7, column: 39, endLine: 7, endColumn: 59 },
    ],
  },
  {
    name: 'a named session token followed by a full stop (the end of a sentence, not another JWT part)',
    code: `// AWS_SESSION_TOKEN=${SESSION_TOKEN}.
const a = 'AWS_SESSION_TOKEN=${SESSION_TOKEN}.';
const b = \`aws_session_token = ${SESSION_TOKEN}. Rotate it.\`;
export { a, b };`,
    output: null,
    errors: [
      { messageId: 'sessionToken', data: { token: TOKEN_TEXT }, line: 1, column: 22, endLine: 1, endColumn: 400 },
      { messageId: 'sessionToken', data: { token: TOKEN_TEXT }, line: 2, column: 30, endLine: 2, endColumn: 408 },
      { messageId: 'sessionToken', data: { token: TOKEN_TEXT }, line: 3, column: 32, endLine: 3, endColumn: 410 },
    ],
  },
  {
    name: 'a key built up statement by statement with +=',
    code: `let key = 'AKIA';
key += '${KEY_ID.slice(4)}';
export default key;`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 2, endColumn: 25 }],
  },
  {
    name: 'a key built up with key = key + … inside a function, typed',
    code: `export function keyId(): string {
  let key: string = 'AKIA';
  key = key + '${KEY_ID.slice(4, 12)}' + '${KEY_ID.slice(12)}';
  return key;
}`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 22, endLine: 3, endColumn: 37 }],
  },
  {
    name: 'a key and its secret built up with += and used in a credentials object: one finding, where the key is built',
    code: `let id = '${KEY_ID.slice(0, 10)}';
id += '${KEY_ID.slice(10)}';
let secret = '${SECRET.slice(0, 20)}';
secret += '${SECRET.slice(20)}';
export const creds = { accessKeyId: id, secretAccessKey: secret };`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 11, endLine: 2, endColumn: 18 },
    ],
  },
  {
    name: 'a secret built up with += under a secret key name',
    code: `let secretAccessKey = '${SECRET.slice(0, 15)}';
secretAccessKey += '${SECRET.slice(15, 30)}';
secretAccessKey += '${SECRET.slice(30)}';
export { secretAccessKey };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 24, endLine: 3, endColumn: 31 }],
  },
  {
    name: 'a key built up with += from a constant written elsewhere is reported on the pieces that bring it in',
    code: `const REST = '${KEY_ID.slice(8)}';
let key = 'AKIA';
key += '${KEY_ID.slice(4, 8)}';
key += REST;
export default key;`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 11, endLine: 4, endColumn: 12 }],
  },
  {
    name: 'a key built up with += from a constant: reported from the first piece that brings it in to the last, not the later appends',
    code: `const P = '${KEY_ID.slice(0, 10)}';
let k = P;
k += '${KEY_ID.slice(10)}';
k += '?a=1';
doSomething();
k += '&b=2';
declare function doSomething(): void;
export { k };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 9, endLine: 3, endColumn: 18 }],
  },
  {
    name: 'a key assembled by a fold in a constant and then appended to: one finding, on the fold',
    code: `const ID = '${KEY_ID.slice(0, 10)}' + '${KEY_ID.slice(10)}';
let k = ID;
k += '/x';
export { k };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 38 }],
  },
  {
    name: 'a key built up with += in an exported let, a class static block and a switch case',
    code: `export let key = '${KEY_ID.slice(0, 10)}';
key += '${KEY_ID.slice(10)}';
export class C {
  static k: string;
  static {
    let id = '${KEY_ID_2.slice(0, 10)}';
    id += '${KEY_ID_2.slice(10)}';
    C.k = id;
  }
}
export function pick(n: number): string {
  switch (n) {
    case 1:
      let t = 'AS' + 'IA';
      t += '${TEMP_KEY_ID.slice(4)}';
      return t;
    default:
      return '';
  }
}`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 19, endLine: 2, endColumn: 19 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 6, column: 15, endLine: 7, endColumn: 22 },
      { messageId: 'accessKeyId', data: temporary(TEMP_KEY_ID), line: 14, column: 16, endLine: 15, endColumn: 29 },
    ],
  },
  {
    name: 'a secret named for Amazon or S3',
    code: `export const amazon = { amazonAccessKeyId: process.env.AMAZON_ACCESS_KEY_ID, amazonSecret: '${SECRET}' };
export const env = { S3_SECRET: '${SECRET_2}' };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 93, endLine: 1, endColumn: 133 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 34, endLine: 2, endColumn: 74 },
    ],
  },
  {
    name: 'environment variables written as name/value pairs (ECS, CloudFormation) and as CDK records of a value',
    code: `export const containerDefinitions = [{ name: 'app', environment: [{ name: 'AWS_SECRET_ACCESS_KEY', value: '${SECRET}' }] }];
export const cfn = { Environment: [{ Name: 'AWS_SECRET_ACCESS_KEY', Value: '${SECRET_2}' }] };
export const cdk = { environmentVariables: { AWS_SECRET_ACCESS_KEY: { value: '${SECRET}' } } };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 108, endLine: 1, endColumn: 148 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 77, endLine: 2, endColumn: 117 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 79, endLine: 3, endColumn: 119 },
    ],
  },
  {
    name: 'a secret assembled from a constant of the file and a literal, no key ID anywhere, in TypeScript',
    code: `const SECRET_HEAD: string = '${SECRET.slice(0, 20)}';
export const credentials = { secretAccessKey: SECRET_HEAD + '${SECRET.slice(20)}' };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 47, endLine: 2, endColumn: 83 }],
  },
  {
    name: 'a value named as an OAuth client secret but handed to an AWS client as its secret access key',
    code: `const clientSecret = '${SECRET}';\nconst s3 = new S3Client({ credentials: { accessKeyId: process.env.ID!, secretAccessKey: clientSecret } });`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 23, endLine: 1, endColumn: 63 }],
  },
  {
    name: 'a key ID after a short AQICAH text is no part of a KMS blob (too short for one)',
    code: `const cache = { cacheKey: 'AQICAHh${LONG_BASE64.slice(4, 64)}/${KEY_ID}' };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 96, endLine: 1, endColumn: 116 }],
  },
  {
    name: 'a key ID between + and / in base64 text that is no KMS blob is still a key',
    code: `const blob = 'Zm9v${LONG_BASE64.slice(4, 64)}+${KEY_ID}/${LONG_BASE64.slice(64, 100)}';`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 80, endLine: 1, endColumn: 100 }],
  },
  ...jsxEntityCases,
  {
    name: 'a long-term key ID in a string',
    code: `const id = '${KEY_ID}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 33 },
    ],
  },
  {
    name: 'a temporary key ID',
    code: `const id = '${TEMP_KEY_ID}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: temporary(TEMP_KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 33 },
    ],
  },
  {
    name: 'STS bearer and context-specific key IDs',
    code: `const ids = { bearer: '${BEARER_KEY_ID}', context: '${CONTEXT_KEY_ID}' };`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: { keyId: described(BEARER_KEY_ID), kind: 'STS bearer' }, line: 1, column: 24, endLine: 1, endColumn: 44 },
      { messageId: 'accessKeyId', data: { keyId: described(CONTEXT_KEY_ID), kind: 'context-specific' }, line: 1, column: 57, endLine: 1, endColumn: 77 },
    ],
  },
  {
    name: 'a key ID and its secret in one object are one finding',
    code: `const credentials = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 37, endLine: 1, endColumn: 57 },
    ],
  },
  {
    name: 'temporary credentials with a session token are one finding',
    code: `const credentials = {
  accessKeyId: '${TEMP_KEY_ID}',
  secretAccessKey: '${SECRET}',
  sessionToken: '${SESSION_TOKEN}',
};`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...temporary(TEMP_KEY_ID), companions: 'its secret access key and session token' }, line: 2, column: 17, endLine: 2, endColumn: 37 },
    ],
  },
  {
    name: 'an SDK v3 client with literal credentials',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' },
});`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 4, column: 32, endLine: 4, endColumn: 52 },
    ],
  },
  {
    name: 'a secret named by its variable',
    code: `const secretAccessKey = '${SECRET}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 26, endLine: 1, endColumn: 66 },
    ],
  },
  {
    // As written the run is one character longer (`n…`): the file-level test allows for the escape before it
    name: 'a secret after an escaped line break, named by its variable',
    code: `const secretAccessKey = '\\n${SECRET}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 28, endLine: 1, endColumn: 68 },
    ],
  },
  {
    // JSON text in a comment is read with its escapes resolved (an escape there is no regex's)
    name: 'a key ID in JSON text in a comment, its first letter written as a JSON escape',
    code: `const pattern = /\\d+/;
// {"AccessKeyId":"\\u0041${KEY_ID.slice(1)}"}`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 20, endLine: 2, endColumn: 45 }],
  },
  {
    name: 'a secret in JSON text in a comment, its first character written as a JSON escape',
    code: `const pattern = /\\d+/;
// {"SecretAccessKey":"\\u00${SECRET.charCodeAt(0).toString(16)}${SECRET.slice(1)}"}`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 24, endLine: 2, endColumn: 69 },
    ],
  },
  {
    name: 'a secret named by a computed key or member from a constant',
    code: `const NAME = 'secretAccessKey';
const ENV_NAME = 'AWS_SECRET_ACCESS_KEY';
export const config = { [NAME]: '${SECRET}' };
process.env[ENV_NAME] = '${SECRET_2}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 34, endLine: 3, endColumn: 74 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 26, endLine: 4, endColumn: 66 },
    ],
  },
  {
    name: 'a secret named by a property, key ID elsewhere',
    code: `const a = { accessKeyId: '${KEY_ID}' };
const b = { aws_secret_access_key: '${SECRET}' };`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 27, endLine: 1, endColumn: 47 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 37, endLine: 2, endColumn: 77 },
    ],
  },
  {
    name: 'a secret assigned to an environment variable',
    code: `process.env.AWS_SECRET_ACCESS_KEY = '${SECRET}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 38, endLine: 1, endColumn: 78 },
    ],
  },
  {
    name: 'a literal fallback after process.env',
    code: `const key = process.env.AWS_SECRET_ACCESS_KEY ?? '${SECRET}';
const id = process.env.AWS_ACCESS_KEY_ID || '${KEY_ID}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 51, endLine: 1, endColumn: 91 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 46, endLine: 2, endColumn: 66 },
    ],
  },
  {
    name: 'an unnamed secret next to its key ID in a call',
    code: `const credentials = new Credentials('${KEY_ID}', '${SECRET}');`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 38, endLine: 1, endColumn: 58 },
    ],
  },
  {
    name: 'an unnamed secret next to its key ID in an array',
    code: `const pair = ['${KEY_ID}', '${SECRET}'] as const;`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 16, endLine: 1, endColumn: 36 },
    ],
  },
  {
    name: 'a secret set by name through a call',
    code: `env.set('AWS_SECRET_ACCESS_KEY', '${SECRET}');`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 35, endLine: 1, endColumn: 75 },
    ],
  },
  {
    name: 'a session token named alone',
    code: `const creds = { sessionToken: '${SESSION_TOKEN}' };`,
    output: null,
    errors: [
      { messageId: 'sessionToken', data: { token: TOKEN_TEXT }, line: 1, column: 32, endLine: 1, endColumn: 410 },
    ],
  },
  {
    name: 'a class field, a default parameter and an enum member',
    code: `class Config {
  secretAccessKey = '${SECRET}';
}
function connect(secretKey = '${SECRET_2}') {}
enum Keys { Id = '${KEY_ID}' }`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 22, endLine: 2, endColumn: 62 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 31, endLine: 4, endColumn: 71 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 5, column: 19, endLine: 5, endColumn: 39 },
    ],
  },
  {
    name: 'private class fields, declared and assigned, are named by their private name',
    code: `class Signer {
  #secretAccessKey = '${SECRET}';
  #other;
  constructor() { this.#sessionAwsKey = '${SECRET_2}'; }
}`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 23, endLine: 2, endColumn: 63 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 42, endLine: 4, endColumn: 82 },
    ],
  },
  {
    name: 'a secret returned by a getter, method or arrow named like a credential',
    code: `class Config {
  get secretAccessKey() { return '${SECRET}'; }
}
const creds = { sessionAwsKey: () => '${SECRET_2}' };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 35, endLine: 2, endColumn: 75 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 39, endLine: 4, endColumn: 79 },
    ],
  },
  {
    name: 'a private getter, and a return inside if and try',
    code: `class Config {
  get #secretAccessKey() { return '${SECRET}'; }
  secretKey(stage) {
    if (stage === 'dev') { try { return '${SECRET_2}'; } catch { return ''; } }
    return '';
  }
}`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 36, endLine: 2, endColumn: 76 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 42, endLine: 4, endColumn: 82 },
    ],
  },
  {
    name: 'a named secret wrapped by pulumi.secret / pulumi.output (namespace or aliased import)',
    code: `import * as pulumi from '@pulumi/pulumi';
import { secret as asSecret } from '@pulumi/pulumi';
const p = new aws.Provider('p', { region: 'us-east-1', secretKey: pulumi.secret('${SECRET}') });
const q = { secretAccessKey: pulumi.output('${SECRET_2}') };
const r = { secretKey: asSecret('${SECRET}') };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 82, endLine: 3, endColumn: 122 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 45, endLine: 4, endColumn: 85 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 5, column: 34, endLine: 5, endColumn: 74 },
    ],
  },
  {
    name: "a named secret wrapped by CDK's SecretValue (aws-cdk-lib and @aws-cdk/core) or String()",
    code: `import { SecretValue } from 'aws-cdk-lib';
import * as cdk from '@aws-cdk/core';
const a = { secretAccessKey: SecretValue.unsafePlainText('${SECRET}') };
const b = { secretKey: cdk.SecretValue.plainText('${SECRET_2}') };
const c = { secretAccessKey: String('${SECRET}') };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 59, endLine: 3, endColumn: 99 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 51, endLine: 4, endColumn: 91 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 5, column: 38, endLine: 5, endColumn: 78 },
    ],
  },
  {
    name: "a named secret written as '…'.trim() (or trimEnd, valueOf): the name receives the literal's characters",
    code: `const secretAccessKey = '${SECRET}'.trim();
const other = { secretAccessKey: '  ${SECRET_2}  '.trimEnd() };
const third = { secretKey: ('${SECRET}' + '').valueOf() };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 26, endLine: 1, endColumn: 66 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 37, endLine: 2, endColumn: 77 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 30, endLine: 3, endColumn: 70 },
    ],
  },
  {
    name: "a named secret wrapped by CDK's new SecretValue(…) (aws-cdk-lib and @aws-cdk/core, options included)",
    code: `import { SecretValue } from 'aws-cdk-lib';
import * as core from '@aws-cdk/core';
const secretAccessKey = new SecretValue('${SECRET}');
const c = { secretKey: new core.SecretValue('${SECRET_2}', {}) };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 42, endLine: 3, endColumn: 82 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 46, endLine: 4, endColumn: 86 },
    ],
  },
  {
    name: 'a key ID and its secret each wrapped by SecretValue.unsafePlainText are one pair in their object',
    code: `import { SecretValue } from 'aws-cdk-lib';
new Secret(this, 'S', {
  secretObjectValue: {
    accessKeyId: SecretValue.unsafePlainText('${KEY_ID}'),
    secretAccessKey: SecretValue.unsafePlainText('${SECRET}'),
  },
});`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 4, column: 47, endLine: 4, endColumn: 67 },
    ],
  },
  {
    name: 'a secret returned by a function declaration or a const arrow named like a credential',
    code: `function secretAccessKey() { return '${SECRET}'; }
export async function loadAwsSecretKey(stage: string) { if (stage) { return '${SECRET_2}'; } return ''; }
const getSecretAccessKey = () => '${SECRET}';
const getSessionAwsKey = () => { return '${SECRET_2}'; };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 38, endLine: 1, endColumn: 78 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 78, endLine: 2, endColumn: 118 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 35, endLine: 3, endColumn: 75 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 42, endLine: 4, endColumn: 82 },
    ],
  },
  {
    name: "an accessor's verb before the name is nobody's: getSecretKey, fetchSecretKey (as the docs' example)",
    code: `const getSecretKey = () => '${SECRET}';
function fetchSecretKey() { return '${SECRET_2}'; }`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 29, endLine: 1, endColumn: 69 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 37, endLine: 2, endColumn: 77 },
    ],
  },
  {
    name: 'type wrappers around the value',
    code: `const id = '${KEY_ID}' as const;
const secretKey = ('${SECRET}' as unknown) as string;
const s = { secretAccessKey: '${SECRET_2}' satisfies string };`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 33 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 21, endLine: 2, endColumn: 61 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 31, endLine: 3, endColumn: 71 },
    ],
  },
  {
    name: 'a decorator argument',
    code: `@UseCredentials('${KEY_ID}')
export class Handler {}`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 18, endLine: 1, endColumn: 38 },
    ],
  },
  {
    name: 'a template literal without expressions',
    code: `const id = \`${KEY_ID}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 33 },
    ],
  },
  {
    name: 'a template literal quasi next to an expression',
    code: `const url = \`https://${'${'}host}/?key=${KEY_ID}&region=${'${'}region}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 35, endLine: 1, endColumn: 55 },
    ],
  },
  {
    name: 'a unicode escape inside the key',
    code: `const id = '\\u0041KIA${KEY_ID.slice(4)}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 38 },
    ],
  },
  {
    name: 'a hex escape and a template code point escape',
    code: `const a = '\\x41KIA${KEY_ID.slice(4)}';
const b = \`\\u{41}KIA${KEY_ID.slice(4)}${'${'}suffix}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 35 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 12, endLine: 2, endColumn: 37 },
    ],
  },
  {
    name: 'a key split with +',
    code: `const id = 'AKIA' + '${KEY_ID.slice(4)}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 38 },
    ],
  },
  {
    name: 'a key split with + next to an unknown part',
    code: `declare const suffix: string;
const id = 'AKIA' + '${KEY_ID.slice(4)}' + suffix;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 13, endLine: 2, endColumn: 38 },
    ],
  },
  {
    name: "a key split with [].join('')",
    code: `const id = ['AKIA', '${KEY_ID.slice(4, 12)}', '${KEY_ID.slice(12)}'].join('');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 14, endLine: 1, endColumn: 42 },
    ],
  },
  {
    name: 'a key and its secret assembled by folds and used in a credentials object: one finding, where the key is built',
    code: `const id = ['AKIA', '${KEY_ID.slice(4, 12)}', '${KEY_ID.slice(12)}'].join('');
const secret = ['${SECRET.slice(0, 20)}', '${SECRET.slice(20)}'].join('');
export const creds = { accessKeyId: id, secretAccessKey: secret };`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 14, endLine: 1, endColumn: 42 },
    ],
  },
  {
    name: 'a key assembled by + and used twice: one finding, on the expression that assembles it',
    code: `const ID = 'AKIA' + '${KEY_ID.slice(4)}';
export const a = { accessKeyId: ID };
export const b = { accessKeyId: ID };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 38 }],
  },
  {
    name: 'a key assembled by + and read again by other folds (+, a template, join, Buffer.from): one finding, where it is assembled',
    code: `const ID: string = 'AKIA' + '${KEY_ID.slice(4)}';
export const url = ID + '/credentials';
export const header = \`AWS4-HMAC-SHA256 Credential=\${ID}/20260101\`;
export const joined = [ID, 'x'].join(':');
export const encoded = Buffer.from(ID).toString('base64');`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 21, endLine: 1, endColumn: 46 }],
  },
  {
    name: 'pieces in constants of their own, assembled by one fold whose name others read: one finding there; another assembly is its own',
    code: `const HEAD = 'AKIA', BODY = '${KEY_ID.slice(4)}';
const id = HEAD + BODY;
export const url = id + '/credentials';
export const header = \`Credential=\${id}\`;
export const again = [HEAD, BODY].join('');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 12, endLine: 2, endColumn: 23 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 5, column: 22, endLine: 5, endColumn: 43 },
    ],
  },
  {
    name: 'readers above the fold that assembles the key (a function above the constant): one finding, where it is assembled',
    code: `export function url() { return id + '/credentials'; }
export const header = () => \`Credential=\${id}\`;
const HEAD = 'AKIA', BODY = '${KEY_ID.slice(4)}';
const id = HEAD + BODY;`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 4, column: 12, endLine: 4, endColumn: 23 }],
  },
  {
    name: 'var: a reader above the assembly, and a reader of that reader: one finding, where the key is assembled',
    code: `var url = id + '/x';
var id = 'AKIA' + '${KEY_ID.slice(4)}';
export var full = url + '?';`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 11, endLine: 2, endColumn: 36 }],
  },
  {
    name: 'a reader above the assembly that assembles the pieces again itself is its own finding',
    code: `export function again() { return HEAD + BODY + '/x'; }
const HEAD = 'AKIA', BODY = '${KEY_ID.slice(4)}';
export const id = HEAD + BODY;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 34, endLine: 1, endColumn: 52 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 19, endLine: 3, endColumn: 30 },
    ],
  },
  {
    name: 'a secret only the reader above names, assembled below beside a key ID: the reader reports it',
    code: `export const line = () => 'aws_secret_access_key=' + s;
const s = '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}';
export const keyId = '${KEY_ID}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 27, endLine: 1, endColumn: 55 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 23, endLine: 3, endColumn: 43 },
    ],
  },
  {
    name: 'a key split with concat',
    code: `const id = 'AKIA'.concat('${KEY_ID.slice(4)}');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 43 },
    ],
  },
  {
    name: 'a key split across constants is reported on the expression that joins them',
    code: `const HEAD = '${KEY_ID.slice(0, 10)}';
const TAIL = '${KEY_ID.slice(10)}';
export const id = HEAD + TAIL;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 19, endLine: 3, endColumn: 30 },
    ],
  },
  {
    name: 'a secret split with + and named',
    code: `const secretAccessKey = '${SECRET.slice(0, 20)}' +
  '${SECRET.slice(20)}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 26, endLine: 2, endColumn: 24 },
    ],
  },
  {
    name: 'a split key ID and split secret in one object',
    code: `const credentials = {
  accessKeyId: 'AKIA' + '${KEY_ID.slice(4)}',
  secretAccessKey: ['${SECRET.slice(0, 20)}', '${SECRET.slice(20)}'].join(''),
};`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 17, endLine: 2, endColumn: 42 },
    ],
  },
  {
    name: 'constants referenced from a credentials object are one finding',
    code: `const ACCESS_KEY = '${KEY_ID}';
const SECRET_KEY = '${SECRET}';
export const client = new S3Client({ credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY } });`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 21, endLine: 1, endColumn: 41 },
    ],
  },
  {
    name: 'a key decoded from base64 with Buffer.from is reported on the decoding call',
    code: `const id = Buffer.from('${b64(KEY_ID)}', 'base64').toString();`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 65 },
    ],
  },
  {
    name: "a key decoded with the encoding's name in capitals (Node reads 'BASE64' and 'Hex' as 'base64' and 'hex')",
    code: `const id = Buffer.from('${b64(KEY_ID)}', 'BASE64').toString();
const other = Buffer.from('${Buffer.from(TEMP_KEY_ID).toString('hex')}', 'Hex').toString();`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 65 },
      { messageId: 'accessKeyId', data: temporary(TEMP_KEY_ID), line: 2, column: 15, endLine: 2, endColumn: 15 + `Buffer.from('${Buffer.from(TEMP_KEY_ID).toString('hex')}', 'Hex')`.length },
    ],
  },
  {
    name: 'a key spelled as character codes (String.fromCharCode) is reported on the call',
    code: `const id: string = ${KEY_ID_BY_CODES};`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 20, endLine: 1, endColumn: 20 + KEY_ID_BY_CODES.length },
    ],
  },
  {
    name: 'character codes with a space or a comment after the dot, in a file that also names a secret (helper-354 #7)',
    code: `const a: string = String. fromCharCode(${charCodes(KEY_ID)});
const b: string = String./**/fromCodePoint(${charCodes(KEY_ID)});
export const secretAccessKey = process.env.SECRET;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 19, endLine: 1, endColumn: 19 + `String. fromCharCode(${charCodes(KEY_ID)})`.length },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 19, endLine: 2, endColumn: 19 + `String./**/fromCodePoint(${charCodes(KEY_ID)})`.length },
    ],
  },
  {
    name: 'a key decoded through a type assertion on Buffer, in a file that otherwise decodes only run-time values',
    code: `export const handler = async (event: { body: string }) => {
  const body = Buffer.from(event.body, 'base64').toString();
  return { body, id: (Buffer as typeof Buffer)['from']('${b64(KEY_ID)}', 'base64').toString() };
};`,
    output: null,
    errors: [
      {
        messageId: 'accessKeyId',
        data: longTerm(KEY_ID),
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 22 + `(Buffer as typeof Buffer)['from']('${b64(KEY_ID)}', 'base64')`.length,
      },
    ],
  },
  {
    name: 'a key decoded by the deprecated new Buffer(…, base64), read through a name',
    code: `const decoded: Buffer = new Buffer('${b64(KEY_ID)}', 'base64');
export const id = decoded.toString('utf8');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 25, endLine: 1, endColumn: 25 + `new Buffer('${b64(KEY_ID)}', 'base64')`.length },
    ],
  },
  {
    name: 'key IDs written as names: an unquoted key of a map to owners, a member, and a key beside its secret',
    code: `const owners: Record<string, string> = { ${KEY_ID}: 'alice' };
export const owner = owners.${KEY_ID_2};
export const pairs = { ${KEY_ID}: '${SECRET}' };`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 42, endLine: 1, endColumn: 62 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 2, column: 29, endLine: 2, endColumn: 49 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 3, column: 24, endLine: 3, endColumn: 44 },
    ],
  },
  {
    name: 'a key decoded with atob',
    code: `const id = atob('${b64(KEY_ID)}');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 48 },
    ],
  },
  {
    name: 'a key decoded from text of the file beside decoding of run-time values (S3 keys, request bodies), Buffer.from called by a computed member in a template',
    code: `export async function handler(event: { body?: string; key: string }) {
  const key = decodeURIComponent(event.key.replace(/\\+/g, ' '));
  const body = Buffer.from(event.body ?? '', 'base64');
  return { key, body, id: \`${'${'}Buffer['from']('${b64(KEY_ID)}', 'base64')}\` };
}`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 4, column: 30, endLine: 4, endColumn: 86 },
    ],
  },
  {
    name: 'a secret split under its name in a file that decodes only run-time values',
    code: `export const handler = async (event: { body: string }) => {
  const payload = Buffer.from(event.body, 'base64').toString();
  const credentials = { secretAccessKey: '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}' };
  return { payload, credentials };
};`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 43, endLine: 3, endColumn: 88 }],
  },
  {
    name: 'a secret split under a name written with escapes, in a file that decodes only run-time values',
    code: `export const decode = (body: string) => Buffer.from(body, 'base64').toString();
export const credentials = { 'aws_\\x73ecret_\\x61ccess_key': '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}' };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 62, endLine: 2, endColumn: 107 }],
  },
  {
    name: 'minified code: a key split across a name declared in every function is read through the declaration in scope',
    code: `${Array.from({ length: 40 }, (_, index) => `function f${index}(){var t='v${index}';return t+'-'}`).join('\n')}
export function g(){var t='AKIA';return t+'${KEY_ID.slice(4)}'}`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 41, column: 41, endLine: 41, endColumn: 61 }],
  },
  {
    name: 'JSON text inside strings: a \\u-escaped key ID, a secret with an escaped slash, JSON.parse of a string',
    code: `export const raw = '{"AccessKeyId":"\\\\u0041${KEY_ID.slice(1)}"}';
export const pair = '{"SecretAccessKey":"${SECRET.slice(0, 10)}\\\\/${SECRET.slice(11)}"}';
export const id = JSON.parse('"\\\\u0041${KEY_ID_2.slice(1)}"');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 37, endLine: 1, endColumn: 63 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 42, endLine: 2, endColumn: 84 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 3, column: 32, endLine: 3, endColumn: 58 },
    ],
  },
  {
    name: 'a key ID written raw as the argument of a decoding call is still written in the file',
    code: `export const a = atob('${KEY_ID}');
export const b = window.atob('${KEY_ID_2}');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 24, endLine: 1, endColumn: 44 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 2, column: 31, endLine: 2, endColumn: 51 },
    ],
  },
  {
    name: "a key ID kept in an object's values and joined",
    code: `const PARTS = { head: '${KEY_ID.slice(0, 8)}', tail: '${KEY_ID.slice(8)}' };
export const id = Object.values(PARTS).join('');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 19, endLine: 2, endColumn: 48 },
    ],
  },
  {
    name: "a key ID kept in a class's static fields and joined",
    code: `export class Keys {
  static readonly HEAD = '${KEY_ID.slice(0, 8)}';
  static readonly TAIL = '${KEY_ID.slice(8)}';
  static describe() { return 'keys'; }
}
export const id = Keys.HEAD + Keys.TAIL;
const Parts = class { static A = '${KEY_ID_2.slice(0, 4)}'; static B = '${KEY_ID_2.slice(4)}'; };
export const other = \`\${Parts.A}\${Parts.B}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 6, column: 19, endLine: 6, endColumn: 40 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 8, column: 22, endLine: 8, endColumn: 44 },
    ],
  },
  {
    name: "a key ID kept in an enum's members, and in names destructured from an object or an array literal (in place or through a name)",
    code: `enum Parts { Head = '${KEY_ID.slice(0, 4)}', Body = '${KEY_ID.slice(4)}' }
export const id = Parts.Head + Parts.Body;
const { head, body } = { head: '${KEY_ID_2.slice(0, 6)}', body: '${KEY_ID_2.slice(6)}' };
export const other = [head, body].join('');
const PIECES = { first: '${KEY_ID.slice(0, 10)}', second: '${KEY_ID.slice(10)}' };
const { first, second: last } = PIECES;
export const third = \`\${first}\${last}\`;
const [a, b] = ['${SECRET.slice(0, 20)}', '${SECRET.slice(20)}'];
export const secretAccessKey = a + b;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 19, endLine: 2, endColumn: 42 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 4, column: 22, endLine: 4, endColumn: 43 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 7, column: 22, endLine: 7, endColumn: 39 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 9, column: 32, endLine: 9, endColumn: 37 },
    ],
  },
  {
    name: 'a key decoded with atob on the global object, and with decodeURI',
    code: `const id = globalThis.atob('${b64(KEY_ID)}');
const other = decodeURI('%41KIA${KEY_ID_2.slice(4)}');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 59 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 2, column: 15, endLine: 2, endColumn: 50 },
    ],
  },
  {
    name: 'a key decoded with decodeURIComponent',
    code: `const id = decodeURIComponent('%41KIA${KEY_ID.slice(4)}');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 56 },
    ],
  },
  {
    name: 'a secret joined to its name from a constant',
    code: `const SECRET_PART = '${SECRET}';
export const line = 'aws_secret_access_key=' + SECRET_PART;`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 22, endLine: 1, endColumn: 62 },
    ],
  },
  {
    name: 'constants behind type assertions in a credentials object',
    code: `const ID = '${KEY_ID}' as const;
const KEY: string = '${SECRET}';
export const credentials = { accessKeyId: ID as string, secretAccessKey: KEY! };`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 13, endLine: 1, endColumn: 33 },
    ],
  },
  {
    name: 'an escape in a template literal without expressions',
    code: `const id = \`\\u0041KIA${KEY_ID.slice(4)}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 38 },
    ],
  },
  {
    name: 'a template expression in the middle of a key',
    code: `const id = \`AKIA${'${'}'${KEY_ID.slice(4, 8)}'}${KEY_ID.slice(8)}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 38 },
    ],
  },
  {
    name: 'a key decoded from hex',
    code: `const id = Buffer.from('${hex(KEY_ID)}', 'hex').toString();`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 74 },
    ],
  },
  {
    name: 'a decoded secret with its name',
    code: `const secretAccessKey = Buffer.from('${b64(SECRET)}', 'base64').toString('utf8');`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 25, endLine: 1, endColumn: 106 },
    ],
  },
  {
    // No upper-case A anywhere (no key ID could start there): the name inside the decoded text is what says secret
    name: 'a decoded credentials file holding a secret by its name alone (base64, Buffer.from and atob)',
    code: `export const ini = ${DECODED_INI};\nexport const other = ${DECODED_LINE};`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 20, endLine: 1, endColumn: 20 + DECODED_INI.length - '.toString()'.length },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 22, endLine: 2, endColumn: 22 + DECODED_LINE.length },
    ],
  },
  {
    name: 'a key in a type',
    code: `type TestKey = '${KEY_ID}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 17, endLine: 1, endColumn: 37 },
    ],
  },
  {
    name: 'a key in a line comment',
    code: `// aws_access_key_id = ${KEY_ID}
export {};`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 24, endLine: 1, endColumn: 44 },
    ],
  },
  {
    name: 'a pasted credentials file in adjacent line comments',
    code: `// [default]
// aws_access_key_id = ${KEY_ID}
// aws_secret_access_key = ${SECRET}
export {};`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 24, endLine: 2, endColumn: 44 },
    ],
  },
  {
    name: 'a key pair in a JSDoc block',
    code: `/**
 * Test account.
 * @example
 *   accessKeyId: ${KEY_ID}
 *   secretAccessKey: ${SECRET}
 */
export {};`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 4, column: 19, endLine: 4, endColumn: 39 },
    ],
  },
  {
    name: 'a secret in a comment with its name',
    code: `/* AWS Secret Access Key: ${SECRET} */
export {};`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 27, endLine: 1, endColumn: 67 },
    ],
  },
  {
    name: 'JSON text in a string',
    code: `const json = '{"AccessKeyId":"${KEY_ID}","SecretAccessKey":"${SECRET}"}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 31, endLine: 1, endColumn: 51 },
    ],
  },
  {
    name: 'a credentials file with two profiles in a template literal',
    code: `const file = \`[default]
aws_access_key_id = ${KEY_ID}
aws_secret_access_key = ${SECRET}

[prod]
aws_access_key_id = ${KEY_ID_2}
aws_secret_access_key = ${SECRET_2}
\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 21, endLine: 2, endColumn: 41 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID_2), companions: SECRET_ONLY }, line: 6, column: 21, endLine: 6, endColumn: 41 },
    ],
  },
  {
    name: 'an env file in a string',
    code: `const dotenv = 'AWS_ACCESS_KEY_ID=${KEY_ID}\\nAWS_SECRET_ACCESS_KEY=${SECRET}\\n';`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 35, endLine: 1, endColumn: 55 },
    ],
  },
  {
    name: 'a presigned URL with a percent-encoded credential and token',
    code: `const url = 'https://bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${TEMP_KEY_ID}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${pct(SESSION_TOKEN)}&X-Amz-Signature=abc';`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...temporary(TEMP_KEY_ID), companions: 'its session token' }, line: 1, column: 107, endLine: 1, endColumn: 127 },
    ],
  },
  {
    name: 'a presigned URL percent-encoded twice inside another URL (%253D before the key ID)',
    code: `const redirect = 'https://app.example.com/login?next=https%253A%252F%252Fb.s3.amazonaws.com%252Fr.csv%253FX-Amz-Credential%253D${KEY_ID}%25252F20240101';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 128, endLine: 1, endColumn: 148 },
    ],
  },
  {
    name: 'a percent-encoded secret in a query string',
    code: `const query = 'aws_secret_access_key=${pct(SECRET)}&region=eu-west-1';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 38, endLine: 1, endColumn: 84 },
    ],
  },
  {
    name: 'several keys in one string',
    code: `const ids = '${KEY_ID} ${KEY_ID_2}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 14, endLine: 1, endColumn: 34 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 1, column: 35, endLine: 1, endColumn: 55 },
    ],
  },
  {
    name: 'the same key twice is reported twice',
    code: `const a = { accessKeyId: '${KEY_ID}' };
const b = { accessKeyId: '${KEY_ID}' };`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 27, endLine: 1, endColumn: 47 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 27, endLine: 2, endColumn: 47 },
    ],
  },
  {
    name: 'an allow list that does not match',
    code: `const id = '${KEY_ID}';`,
    options: [{ allow: [KEY_ID_2, '/^ASIA/'] }],
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 13, endLine: 1, endColumn: 33 },
    ],
  },
  {
    name: 'an allowed secret leaves its key ID',
    code: `const credentials = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };`,
    options: [{ allow: [SECRET] }],
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 37, endLine: 1, endColumn: 57 },
    ],
  },
];

const jsValid: Valid[] = [
  {
    name: 'a secret-shaped value under a name that says nothing, read by members that say nothing either (or another member named)',
    code: `const CFG = { s: '${SECRET}', t: '${SECRET_2}' };
export const item = { id: CFG.s, checksum: CFG.t };
export const other = { secretAccessKey: CFG.u };`,
  },
  {
    name: 'a member read of a name given another value, or an element after a spread: what is read there is not known',
    code: `let CFG = { s: '${SECRET}' };
CFG = load();
export const a = { secretAccessKey: CFG.s };
const LIST = [...other, '${SECRET_2}'];
export const b = { secretAccessKey: LIST[0] };`,
  },
  {
    name: "a member a destructuring pattern writes is not read there (the pattern's key names what it takes)",
    code: `const CFG = { s: '${SECRET}' };
({ secretAccessKey: CFG.s } = process.env);
export { CFG };`,
  },
  {
    name: 'ESM: lists of bytes and spread codes that spell no key, and run-time ones',
    code: `const MAGIC = [0x25, 0x50, 0x44, 0x46];
export const header = Buffer.from(MAGIC).toString('latin1');
export const crlf = Buffer.from([0x0d, 0x0a]).toString();
export const text = (bytes) => String.fromCharCode(...bytes) + Buffer.from([...bytes]).toString();
export const word = String.fromCharCode(...[104, 105]);`,
  },
  {
    name: "ESM: an accessor of another service's secret key (getRecaptchaSecretKey)",
    code: `export const getRecaptchaSecretKey = () => '${SECRET}';`,
  },
  {
    name: "ESM: a reCAPTCHA secret key and a placeholder key ID of runs",
    code: `export const captcha = { RECAPTCHA_SECRET_KEY: '${SECRET}' };
export const id = 'AKIA${'DDDDCCCCBBBBAAAA'}';`,
  },
  {
    name: 'ESM: a README-style placeholder key ID in a comment and a test key ID',
    code: `// aws_access_key_id = AKIA${'INSERTKEYHEREXXX'}
export const id = 'AKIA${'TESTACCESSKEYIDX'}';`,
  },
  {
    name: 'ESM: JWT access and refresh token secrets in .env text',
    code: `export const dotenv = 'ACCESS_TOKEN_SECRET=${SECRET}\\nREFRESH_TOKEN_SECRET=${SECRET_2}\\n';`,
  },
  {
    name: 'ESM: a key body appended in a loop or another function is not followed',
    code: `let key = 'AKIA';
for (const part of ['${KEY_ID.slice(4)}']) key += part;
let other = 'AKIA';
export function grow() { other += '${KEY_ID.slice(4)}'; }
export { key, other };`,
  },
  {
    name: 'ESM: a secret beside a key written as text (express-session cookie name) is another option',
    code: `import session from 'express-session';
export const middleware = session({ key: 'user_sid', secret: '${SECRET}', resave: false });`,
  },
  {
    name: 'ESM: other services secrets of a key-like shape, named secret and nothing of a key, access or AWS',
    code: `import session from 'express-session';
export const middleware = session({ secret: '${SECRET}', resave: false });
export const NEXTAUTH_SECRET = '${SECRET_2}';
export const env = { SESSION_SECRET: '${SECRET}' };
export const input = { Name: 'prod/db-password', SecretString: '${SECRET_2}' };`,
  },
  {
    name: 'JSX with placeholders',
    code: `export const App = () => <Config accessKeyId="<YOUR_ACCESS_KEY_ID>" secretAccessKey={process.env.SECRET} />;`,
  },
  {
    name: 'a regex literal',
    code: `export const KEY = /AKIA[0-9A-Z]{16}/g;`,
  },
];

const jsInvalid: Invalid[] = [
  {
    name: "a secret under a name that says nothing, read by a member as an SDK client's secretAccessKey or new AWS.Credentials' second argument",
    code: `import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';
const CFG = { s: '${SECRET}' };
const NESTED = { aws: { s: '${SECRET}' } };
export const client = new S3Client({ credentials: { accessKeyId: process.env.KEY_ID, secretAccessKey: CFG.s } });
export const credentials = new AWS.Credentials(process.env.KEY_ID, NESTED['aws']['s']);`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 19, endLine: 3, endColumn: 59 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 4, column: 29, endLine: 4, endColumn: 69 },
    ],
  },
  {
    name: 'a secret under a name that says nothing, read by an optional member, or assigned to a credential member',
    code: `const CFG = { s: '${SECRET}' };
export const a = { secretAccessKey: CFG?.s };
const OTHER = { t: '${SECRET_2}' };
const options = {};
options.secretAccessKey = OTHER.t;
export { options };`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 19, endLine: 1, endColumn: 59 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 21, endLine: 3, endColumn: 61 },
    ],
  },
  {
    name: 'a key ID in the shebang line (a script run with its key on the command line)',
    code: `#!/usr/bin/env -S node --aws-key=${KEY_ID}
export {};`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 34, endLine: 1, endColumn: 54 }],
  },
  {
    name: 'a key ID written into a regex literal or a regex source (one key, no format) is as leaked as in a string',
    code: `const EXACT = /^${KEY_ID}$/;
const b = RegExp('^${KEY_ID}$', 'u');
const c = text.match('${KEY_ID}');
const d = new RegExp('^' + '${KEY_ID}' + '$');
const e = /\\b${KEY_ID_2}\\b/g;
const f = new RegExp('\\\\s${KEY_ID_2}');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 17, endLine: 1, endColumn: 37 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 20, endLine: 2, endColumn: 40 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 23, endLine: 3, endColumn: 43 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 4, column: 29, endLine: 4, endColumn: 49 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 5, column: 14, endLine: 5, endColumn: 34 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID_2), line: 6, column: 26, endLine: 6, endColumn: 46 },
    ],
  },
  {
    name: 'ESM: a secret named secret alone in an object declared or assigned under an AWS name',
    code: `import config from './config.js';
const aws = { region: 'us-east-1', secret: '${SECRET}' };
config.amazon = { secret: '${SECRET}' };
export default aws;`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 45, endLine: 2, endColumn: 85 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 3, column: 28, endLine: 3, endColumn: 68 },
    ],
  },
  {
    name: 'ESM: a key ID as the unquoted key of an exported object',
    code: `export default { ${KEY_ID}: 'ops-team' };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 18, endLine: 1, endColumn: 38 }],
  },
  {
    name: 'ESM: new Buffer(…, hex) in a file that otherwise decodes only run-time values',
    code: `export const handler = async (event) => {
  const body = new Buffer(event.body, 'base64').toString();
  return { body, id: new Buffer('${hex(KEY_ID)}', 'hex').toString() };
};`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 22, endLine: 3, endColumn: 22 + `new Buffer('${hex(KEY_ID)}', 'hex')`.length },
    ],
  },
  {
    name: 'ESM: a key ID written in dashed groups, the dashes removed by a global regular expression',
    code: `export const keyId = '${dashed(KEY_ID)}'.replace(/-/g, '');`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 23, endLine: 1, endColumn: 47 }],
  },
  {
    // Decoded text without an A cannot start a key ID: the file is still read for the calls that decode one
    name: 'ESM: a key ID decoded in two parts (prefix, then body), after decoding calls of text without an A',
    code: `const EMPTY = JSON.parse(Buffer.from([0x7b, 0x7d]));
const NUMERO = String.fromCharCode(8470);
export const keyId = String.fromCharCode(${charCodes('AKIA')}) + Buffer.from([${byteList(KEY_ID.slice(4))}]).toString();`,
    output: null,
    errors: [
      {
        messageId: 'accessKeyId',
        data: longTerm(KEY_ID),
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 22 + `String.fromCharCode(${charCodes('AKIA')}) + Buffer.from([${byteList(KEY_ID.slice(4))}])`.length,
      },
    ],
  },
  {
    name: 'ESM: a key ID written as a list of bytes, decoded by Buffer.from',
    code: `export const keyId = Buffer.from([${byteList(KEY_ID)}]).toString('utf8');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 22, endLine: 1, endColumn: 22 + `Buffer.from([${byteList(KEY_ID)}])`.length },
    ],
  },
  {
    name: 'ESM: a secret joined from pieces under a neutral name, read where a credential property receives it',
    code: `const s = ['${SECRET.slice(0, 20)}', '${SECRET.slice(20)}'].join('');
export const credentials = { secretAccessKey: s };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 13, endLine: 1, endColumn: 57 }],
  },
  {
    name: "ESM: Buffer['from'] of a key in a file that otherwise decodes only run-time values",
    code: `export const handler = async (event) => {
  const body = Buffer.from(event.body, 'base64').toString();
  return { body, id: Buffer['from']('${b64(KEY_ID)}', 'base64').toString() };
};`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 22, endLine: 3, endColumn: 22 + `Buffer['from']('${b64(KEY_ID)}', 'base64')`.length },
    ],
  },
  {
    name: 'ESM: a key ID of character codes (String.fromCodePoint) beside its secret: one finding',
    code: `export const pair = { accessKeyId: String.fromCodePoint(${charCodes(KEY_ID)}), secretAccessKey: '${SECRET}' };`,
    output: null,
    errors: [
      {
        messageId: 'accessKeyPair',
        data: { ...longTerm(KEY_ID), companions: SECRET_ONLY },
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 36 + `String.fromCodePoint(${charCodes(KEY_ID)})`.length,
      },
    ],
  },
  {
    name: 'ESM: a secret and a session token in one credentials file text: one finding',
    code: `export const ini = '[default]\\naws_secret_access_key = ${SECRET}\\naws_session_token = ${SESSION_TOKEN}\\n';`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 56, endLine: 1, endColumn: 96 }],
  },
  {
    name: 'ESM: a template whose second letter is escaped',
    code: `export const id = \`A\\u004BIA${KEY_ID_BODY}\`;`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 20, endLine: 1, endColumn: 45 }],
  },
  {
    name: 'ESM minified: a key ID split across a name declared in every function, next to another of the same name',
    code: `${Array.from({ length: 40 }, (_, index) => `function f${index}(t){var r='${index}';return r+t}`).join('\n')}
export const a=function(){var r='AKIA';return function(t){var r='-';return t+r}('x')+r+'${KEY_ID.slice(4)}'};`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 41, column: 47, endLine: 41, endColumn: 106 }],
  },
  {
    name: 'JS: a key ID and its secret as destructuring defaults of one arrow function are one finding',
    code: `const connect = ({ region = 'us-east-1', accessKeyId = '${KEY_ID}', secretAccessKey = '${SECRET}' } = {}) => ({ region, accessKeyId, secretAccessKey });
export default connect;`,
    output: null,
    errors: [{ messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 57, endLine: 1, endColumn: 77 }],
  },
  {
    name: 'ESM: a key built up with += from template literals',
    code: `let key = \`AKIA\`;
key += \`${KEY_ID.slice(4)}\`;
export { key };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 2, endColumn: 25 }],
  },
  {
    name: 'ESM: a secret named secret beside its key ID, and one that says AWS',
    code: `export const pair = { key: '${KEY_ID}', secret: '${SECRET}' };
export const AWS_SECRET = '${SECRET_2}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 29, endLine: 1, endColumn: 49 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 28, endLine: 2, endColumn: 68 },
    ],
  },
  {
    name: 'a secret assembled from a constant of the file and a literal, no key ID anywhere',
    code: `const SECRET_HEAD = '${SECRET.slice(0, 20)}';
export const credentials = { secretAccessKey: SECRET_HEAD + '${SECRET.slice(20)}' };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 47, endLine: 2, endColumn: 83 }],
  },
  ...jsxEntityCases,
  {
    name: 'a split key through a name two functions declare, one of them reading the other (a cycle of names)',
    code: `function f2() { const a = 'AKIA${KEY_ID.slice(4, 12)}'; const b = a; console.log(b + '${KEY_ID.slice(12)}'); }
function f1(b) { const a = b; return a + 'x'; }`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 68, endLine: 1, endColumn: 82 }],
  },
  {
    name: 'a split key found through a name another function of the file also declares (a cycle by name)',
    code: `function f2() { const a = ['AKIA', '${KEY_ID.slice(4)}']; const b = [...a]; console.log(b.join('')); }
function f1(b) { const a = [...b]; return a.join(''); }`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 87, endLine: 1, endColumn: 97 }],
  },
  {
    name: "a key split into a constant array, spread before .join('')",
    code: `const PARTS = ['AKIA', '${KEY_ID.slice(4)}'];
const CFG = { parts: PARTS };
export const a = [...PARTS].join('');
export const b = [...CFG.parts].join('');`,
    output: null,
    errors: [
      // Pieces written elsewhere: reported on the expression that assembles them
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 18, endLine: 3, endColumn: 37 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 4, column: 18, endLine: 4, endColumn: 41 },
    ],
  },
  {
    name: 'a key ID in an ES module',
    code: `export const id = '${KEY_ID}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 20, endLine: 1, endColumn: 40 },
    ],
  },
  {
    name: 'JSX attributes holding a key pair',
    code: `export const App = () => <Config accessKeyId="${KEY_ID}" secretAccessKey="${SECRET}" />;`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 47, endLine: 1, endColumn: 67 },
    ],
  },
  {
    name: 'JSX text holding a key ID',
    code: `export const Doc = () => <p>Use ${KEY_ID} for tests</p>;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 33, endLine: 1, endColumn: 53 },
    ],
  },
  {
    name: 'a key ID split across template expressions of constants',
    code: `const PREFIX = 'AKIA';
export const id = \`${'${'}PREFIX}${KEY_ID.slice(4)}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 19, endLine: 2, endColumn: 46 },
    ],
  },
  {
    name: "a key decoded with Buffer.from and toString('utf8')",
    code: `export const id = Buffer.from('${b64(KEY_ID)}', 'base64').toString('utf8');`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 19, endLine: 1, endColumn: 72 },
    ],
  },
  {
    name: 'a key ID cut inside its prefix pairs with a plain secret beside it (no credential name in the file)',
    code: `export const pair = ['AK' + '${KEY_ID.slice(2)}', '${SECRET}'];`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 23, endLine: 1, endColumn: 48 },
    ],
  },
  {
    name: 'a decoded key ID pairs with a plain secret beside it (no credential name in the file)',
    code: `export const pair = [atob('${b64(KEY_ID)}'), '${SECRET}'];`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 22, endLine: 1, endColumn: 58 },
    ],
  },
  {
    name: 'a decoded key ID pairs with a secret split in two beside it, in a file that also decodes run-time values',
    code: `export const path = (key) => decodeURIComponent(key);
export const pair = [atob('${b64(KEY_ID)}'), '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}'];`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 22, endLine: 2, endColumn: 58 },
    ],
  },
  {
    name: 'a named secret with an escaped character (the run of 40 is only in the cooked value)',
    code: `const secretAccessKey = '${SECRET.slice(0, 10)}\\u00${SECRET.charCodeAt(10).toString(16)}${SECRET.slice(11)}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 26, endLine: 1, endColumn: 71 },
    ],
  },
  {
    name: 'a key ID cut by a line continuation, in a file that decodes something',
    code: `export const body = Buffer.from(input, 'base64');
export const id = 'AK\\\n${KEY_ID.slice(2)}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 20, endLine: 3, endColumn: 19 },
    ],
  },
  {
    name: 'an identity escape inside the prefix, the only trace of a key ID in the file',
    code: `const k = 'A\\KIA${KEY_ID.slice(4)}';`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 1, endColumn: 33 }],
  },
  {
    name: 'a line continuation inside the prefix, the only trace of a key ID in the file',
    code: `export const k = 'AK\\\n${KEY_ID.slice(2)}';`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 19, endLine: 2, endColumn: 19 }],
  },
  {
    name: 'an identity escape inside the prefix, in a file whose other strings end in A',
    code: `const label = 'NA';
const k = 'A\\KIA${KEY_ID.slice(4)}';`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 12, endLine: 2, endColumn: 33 }],
  },
  {
    name: 'a property name spelled with an escape, in a file whose other strings end in A',
    code: `const label = 'NA';
const o = { '\\x73ecretKey': '${SECRET}' };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 30, endLine: 2, endColumn: 70 }],
  },
  {
    name: 'a comment naming the secret with a separator inside the word',
    code: `// sec_ret_key = ${SECRET}
// the secret is elsewhere`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 18, endLine: 1, endColumn: 58 }],
  },
  {
    name: 'Buffer.from of a key assembled with String()',
    code: `const k = Buffer.from(String('AK') + 'IA${KEY_ID.slice(4)}' + ' ok');`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 31, endLine: 1, endColumn: 57 }],
  },
  {
    name: 'with the prefix only escaped, comments count when they name the secret',
    code: `// aws_secret_access_key = ${SECRET}
// ${SECRET_2} is only a value
export const id = '\\u0041${KEY_ID.slice(1)}';`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 28, endLine: 1, endColumn: 68 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 20, endLine: 3, endColumn: 45 },
    ],
  },
];

const cjsValid: Valid[] = [
  {
    name: 'CJS: dashed groups rewritten in ways static evaluation does not read, or that leave the dashes',
    code: `const text = '${dashed(KEY_ID)}';
module.exports = {
  doubled: text.replace('-', '$&$&'),
  classes: text.replace(/[-]/g, ''),
  once: text.replace('-', ''),
  other: text.replace(/-/gi, ''),
};`,
  },
  {
    name: 'CJS: a secret-shaped value assembled under a neutral name and read where no credential name receives it',
    code: `// The database secret is rotated by Secrets Manager
const s = '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}';
module.exports = { label: s, build: new Date(s), list: [s] };`,
  },
  {
    name: 'CJS: names that hold a key-ID shape inside a longer name, and a documented example as a name',
    code: `const table = { ${KEY_ID}X: 1, _${KEY_ID}: 2, $${KEY_ID}: 3, AKIAIOSFODNN7EXAMPLE: 4 };
module.exports = table;`,
  },
  {
    name: 'CJS: new Buffer of run-time values and of a size, and a Buffer of the module',
    code: `exports.handler = async (event) => {
  const payload = new Buffer(event.awslogs.data, 'base64');
  const zeros = new Buffer(16);
  return { payload: payload.toString('ascii'), zeros };
};
function other() { const Buffer = function (s) { this.s = s; }; return new Buffer('${b64(KEY_ID)}', 'base64').toString(); }
module.exports.other = other;`,
  },
  {
    name: 'CJS: character codes of a separator, of a prefix alone, of run-time codes, and a String of the module',
    code: `const sep = String.fromCharCode(10);
const prefix = String.fromCharCode(${charCodes('AKIA')});
const fromInput = (codes) => String.fromCharCode(...codes);
module.exports = { sep, prefix, fromInput };`,
  },
  {
    name: 'CJS: fromCharCode of a String that is not the global',
    code: `const String = { fromCharCode: () => 'x' };
module.exports = { id: String.fromCharCode(${charCodes(KEY_ID)}) };`,
  },
  {
    name: "CJS: an encryption secret key and a key ID of a placeholder word (bogus)",
    code: `module.exports = { ENCRYPTION_SECRET_KEY: '${SECRET}', accessKeyId: 'AKIA${'BOGUSKEYFORCIXYZ'}' };`,
  },
  {
    name: 'CJS: a temporary placeholder key ID',
    code: `module.exports = { accessKeyId: 'AS' + 'IA${'TEMPORARYKEYIDXY'}' };`,
  },
  {
    name: "CJS: an Express app's token secrets",
    code: `module.exports = { accessTokenSecret: '${SECRET}', refreshTokenSecret: '${SECRET_2}' };`,
  },
  {
    name: 'CJS: a jest setup with an allowed key ID: its secret in the next statement is silenced with it',
    code: `process.env.AWS_ACCESS_KEY_ID = '${KEY_ID}';
process.env.AWS_SECRET_ACCESS_KEY = '${SECRET}';
module.exports = {};`,
    options: [{ allow: [KEY_ID] }],
  },
  {
    name: 'CJS: name/value pairs whose name is no AWS secret key name',
    code: `module.exports = { environment: [{ name: 'DB_PASSWORD', value: '${SECRET}' }, { name: 'AWS_SECRET_ARN', value: '${SECRET_2}' }], tags: [{ Key: 'owner', Value: '${SECRET}' }] };`,
  },
  {
    name: 'CJS: a session secret in module options',
    code: `module.exports = { cookie: { secret: '${SECRET}' }, stripe: { STRIPE_SECRET: '${SECRET_2}' } };`,
  },
  {
    name: 'SDK v2 with the default credential chain',
    code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ region: process.env.AWS_REGION });
module.exports.handler = async () => s3.listBuckets().promise();`,
  },
];

const cjsInvalid: Invalid[] = [
  {
    name: 'CJS: functions above the join read the key through an alias: one finding, where it is joined',
    code: `exports.url = function () { return alias + '/x'; };
exports.header = () => \`Credential=\${id}\`;
const alias = id;
const id = ['AK', 'IA', '${KEY_ID.slice(4)}'].join('');`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 4, column: 14, endLine: 4, endColumn: 42 }],
  },
  {
    name: 'CJS: a secret beside the key in a reader (above the join or below it) is one finding with the key there; the join reports the key',
    code: `exports.pair = function () { return \`\${id}:${SECRET}\`; };
exports.below = function () { return \`\${id}:${SECRET}\`; };
const id = ['AK', 'IA', '${KEY_ID.slice(4)}'].join('');
exports.after = \`\${id}:${SECRET}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 37, endLine: 1, endColumn: 85 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 38, endLine: 2, endColumn: 86 },
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 14, endLine: 3, endColumn: 42 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 4, column: 17, endLine: 4, endColumn: 65 },
    ],
  },
  {
    name: 'CJS: a key joined from pieces and read again by a template and Buffer.from: one finding, where it is joined',
    code: `const id = ['AK', 'IA', '${KEY_ID.slice(4)}'].join('');
const s3Url = \`https://s3.amazonaws.com/?X-Amz-Credential=\${id}\`;
module.exports = { s3Url, encoded: Buffer.from(id, 'utf8').toString('hex') };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 14, endLine: 1, endColumn: 42 }],
  },
  {
    name: 'CJS: a secret named secret alone under an aws key of the exported config',
    code: `module.exports = { aws: { region: 'us-east-1', secret: '${SECRET}' }, jwt: { secret: '${SECRET}' } };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 57, endLine: 1, endColumn: 97 }],
  },
  {
    name: 'CJS: a line continuation after the first letter, the only trace of a key ID in the file',
    code: `module.exports.k = 'A\\\n${KEY_ID.slice(1)}';`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 21, endLine: 2, endColumn: 20 }],
  },
  {
    name: 'CJS: a key ID in dashed groups split and joined again, beside its secret',
    code: `module.exports = { accessKeyId: '${dashed(KEY_ID)}'.split('-').join(''), secretAccessKey: '${SECRET}' };`,
    output: null,
    errors: [
      {
        messageId: 'accessKeyPair',
        data: { ...longTerm(KEY_ID), companions: SECRET_ONLY },
        line: 1,
        column: 34,
        endLine: 1,
        endColumn: 58,
      },
    ],
  },
  {
    name: 'CJS: a key ID as a list of bytes in the deprecated new Buffer, beside its secret',
    code: `module.exports = { accessKeyId: new Buffer([${byteList(KEY_ID)}]).toString(), secretAccessKey: '${SECRET}' };`,
    output: null,
    errors: [
      {
        messageId: 'accessKeyPair',
        data: { ...longTerm(KEY_ID), companions: SECRET_ONLY },
        line: 1,
        column: 33,
        endLine: 1,
        endColumn: 33 + `new Buffer([${byteList(KEY_ID)}])`.length,
      },
    ],
  },
  {
    name: 'CJS: Buffer(…, base64) called without new, beside its secret',
    code: `module.exports = { accessKeyId: Buffer('${b64(KEY_ID)}', 'base64').toString(), secretAccessKey: '${SECRET}' };`,
    output: null,
    errors: [
      {
        messageId: 'accessKeyPair',
        data: { ...longTerm(KEY_ID), companions: SECRET_ONLY },
        line: 1,
        column: 33,
        endLine: 1,
        endColumn: 33 + `Buffer('${b64(KEY_ID)}', 'base64')`.length,
      },
    ],
  },
  {
    name: 'CJS: a key ID of character codes joined to a constant prefix',
    code: `module.exports = { id: 'AKIA' + String.fromCharCode(${charCodes(KEY_ID.slice(4))}) };`,
    output: null,
    errors: [
      {
        messageId: 'accessKeyId',
        data: longTerm(KEY_ID),
        line: 1,
        // from the key's first character inside the quotes to the end of the call
        column: 25,
        endLine: 1,
        endColumn: 24 + `'AKIA' + String.fromCharCode(${charCodes(KEY_ID.slice(4))})`.length,
      },
    ],
  },
  {
    name: 'CJS: a secret key returned by an exported loader (loadSecretKey)',
    code: `function loadSecretKey() { return '${SECRET}'; }
module.exports = { loadSecretKey };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 36, endLine: 1, endColumn: 76 }],
  },
  {
    name: 'CJS: a token of STS length named AWS_SESSION_TOKEN, without the header markers',
    code: `module.exports = { AWS_SESSION_TOKEN: '${UNMARKED_TOKEN}' };`,
    output: null,
    errors: [{ messageId: 'sessionToken', data: { token: 'a 320-character secret' }, line: 1, column: 40, endLine: 1, endColumn: 360 }],
  },
  {
    name: 'CJS: a secret and a session token of one client config: one finding',
    code: `module.exports = { credentials: { secretAccessKey: '${SECRET}', sessionToken: '${SESSION_TOKEN}' } };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 53, endLine: 1, endColumn: 93 }],
  },
  {
    name: 'CJS: a line continuation inside the prefix',
    code: `module.exports = { id: 'AK\\\nIA' + '${KEY_ID_BODY}' };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 25, endLine: 2, endColumn: 24 }],
  },
  {
    name: 'CJS: a key decoded with atob in a module that also decodes S3 object keys',
    code: `exports.handler = async (event) => {
  const key = decodeURIComponent(event.Records[0].s3.object.key);
  return { key, id: atob('${b64(KEY_ID)}') };
};`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 21, endLine: 3, endColumn: 57 }],
  },
  {
    name: 'CJS: a secret assembled with + under a neutral name, handed to new AWS.Credentials in the secret position',
    code: `const AWS = require('aws-sdk');
const s = '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}';
module.exports.credentials = new AWS.Credentials(process.env.KEY_ID, s);`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 12, endLine: 2, endColumn: 57 }],
  },
  {
    name: "CJS: globalThis['atob'] of a key in a module that also decodes S3 object keys",
    code: `exports.handler = async (event) => {
  const key = decodeURIComponent(event.Records[0].s3.object.key);
  return { key, id: globalThis['atob']('${b64(KEY_ID)}') };
};`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 3, column: 21, endLine: 3, endColumn: 21 + `globalThis['atob']('${b64(KEY_ID)}')`.length },
    ],
  },
  {
    name: 'CJS: a key ID and its secret nested in one exported config object are one finding',
    code: `module.exports = {
  aws: { accessKeyId: '${KEY_ID}', s3: { secretAccessKey: '${SECRET}' } },
};`,
    output: null,
    errors: [{ messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 24, endLine: 2, endColumn: 44 }],
  },
  {
    name: 'CJS: a key built up with += in a var',
    code: `var key = '${KEY_ID.slice(0, 12)}';
key += '${KEY_ID.slice(12)}';
module.exports = { key };`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 12, endLine: 2, endColumn: 17 }],
  },
  {
    name: 'CJS: a secret beside a key read from the environment (knox)',
    code: `const knox = require('knox');
const client = knox.createClient({ key: process.env.S3_KEY, secret: '${SECRET}', bucket: 'uploads' });
module.exports = { client };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 70, endLine: 2, endColumn: 110 }],
  },
  {
    name: 'CJS: a CodeBuild override of the environment as a name/value pair',
    code: `const override = { environmentVariablesOverride: [{ name: 'AWS_SECRET_ACCESS_KEY', value: '${SECRET}', type: 'PLAINTEXT' }] };
module.exports = { override };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 1, column: 92, endLine: 1, endColumn: 132 }],
  },
  {
    name: 'a secret assembled from a constant of the file and a literal, no key ID anywhere, in CommonJS',
    code: `const SECRET_HEAD = '${SECRET.slice(0, 20)}';
module.exports = { secretAccessKey: SECRET_HEAD + '${SECRET.slice(20)}' };`,
    output: null,
    errors: [{ messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 37, endLine: 2, endColumn: 73 }],
  },
  {
    name: 'a key ID and its secret each trimmed, or each in new SecretValue(…) (required), are one pair per object',
    code: `const { SecretValue } = require('aws-cdk-lib');
const creds = { accessKeyId: '${KEY_ID}'.trim(), secretAccessKey: '${SECRET}'.trim() };
const wrapped = { accessKeyId: new SecretValue('${KEY_ID_2}'), secretAccessKey: new SecretValue('${SECRET_2}') };`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 31, endLine: 2, endColumn: 51 },
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID_2), companions: SECRET_ONLY }, line: 3, column: 49, endLine: 3, endColumn: 69 },
    ],
  },
  {
    name: 'CJS: a key written in a literal that decodeURIComponent decodes is one finding, on the literal',
    code: `const url = decodeURIComponent('https://b.s3.amazonaws.com/k?X-Amz-Credential=${KEY_ID}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request');`,
    output: null,
    errors: [{ messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 1, column: 79, endLine: 1, endColumn: 99 }],
  },
  {
    name: 'CJS: a String.raw template whose escapes have no cooked value (a Windows path) is read raw',
    code: `const ini = String.raw\`C:\\users\\me\\.aws\\credentials\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = ${SECRET}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 21, endLine: 2, endColumn: 41 },
    ],
  },
  {
    name: 'CJS: String.raw templates stand where their text does: a key ID and its secret in one object are one finding, a secret named by its const is found',
    code: `const creds = {\n  accessKeyId: String.raw\`${KEY_ID}\`,\n  secretAccessKey: String.raw\`${SECRET}\`,\n};\nconst secretAccessKey = String.raw\`${SECRET_2}\`;`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 27, endLine: 2, endColumn: 47 },
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 5, column: 36, endLine: 5, endColumn: 76 },
    ],
  },
  {
    name: "CJS: JSON text whose rows are separated by an escaped line break (the console's CSV, JSON-escaped)",
    code: `const j = '{"csv":"Access key ID,Secret access key\\\\n${KEY_ID},${SECRET}"}';`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 1, column: 54, endLine: 1, endColumn: 74 },
    ],
  },
  {
    name: 'CJS: constants handed to new AWS.Credentials(…) are named by their positions: one finding for the pair',
    code: `const AWS = require('aws-sdk');\nconst ID = '${KEY_ID}';\nconst S = '${SECRET}';\nAWS.config.credentials = new AWS.Credentials(ID, S);`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 13, endLine: 2, endColumn: 33 },
    ],
  },
  {
    name: 'CJS: a key decoded with Buffer required from node:buffer',
    code: `const { Buffer } = require('node:buffer');\nconst id = Buffer.from('${b64(KEY_ID)}', 'base64').toString();`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: longTerm(KEY_ID), line: 2, column: 12, endLine: 2, endColumn: 65 },
    ],
  },
  {
    name: 'a secret in the secretAccessKey position of new AWS.Credentials(…), with no other trace in the file',
    code: `const AWS = require('aws-sdk');
AWS.config.credentials = new AWS.Credentials(process.env.KEY_ID, '${SECRET}');`,
    output: null,
    errors: [
      { messageId: 'secretAccessKey', data: { secret: SECRET_TEXT }, line: 2, column: 67, endLine: 2, endColumn: 107 },
    ],
  },
  {
    name: 'a doubly percent-encoded X-Amz-Credential in CommonJS',
    code: `module.exports = { next: 'X-Amz-Credential%253D${TEMP_KEY_ID}%25252F20240101' };`,
    output: null,
    errors: [
      { messageId: 'accessKeyId', data: temporary(TEMP_KEY_ID), line: 1, column: 48, endLine: 1, endColumn: 68 },
    ],
  },
  {
    name: 'SDK v2 with split keys (the demo app)',
    code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({
  accessKeyId: 'AKIA' + '${KEY_ID.slice(4)}',
  secretAccessKey: '${SECRET.slice(0, 12)}' + '${SECRET.slice(12, 24)}' + '${SECRET.slice(24)}',
});
exports.handler = async () => s3.listBuckets().promise();`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 3, column: 17, endLine: 3, endColumn: 42 },
    ],
  },
  {
    name: 'AWS.config.update in CommonJS',
    code: `const AWS = require('aws-sdk');
AWS.config.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}', region: 'us-east-1' });`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 35, endLine: 2, endColumn: 55 },
    ],
  },
  {
    name: 'module.exports with a key pair',
    code: `module.exports = {
  aws: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' },
};`,
    output: null,
    errors: [
      { messageId: 'accessKeyPair', data: { ...longTerm(KEY_ID), companions: SECRET_ONLY }, line: 2, column: 24, endLine: 2, endColumn: 44 },
    ],
  },
];

tsRuleTester.run('no-hardcoded-aws-keys', rule, { valid: tsValid, invalid: tsInvalid });
jsRuleTester.run('no-hardcoded-aws-keys', rule, { valid: jsValid, invalid: jsInvalid });
cjsRuleTester.run('no-hardcoded-aws-keys', rule, { valid: cjsValid, invalid: cjsInvalid });

describe('no-hardcoded-aws-keys on ESLint 9', () => {
  itMatchesEslint9(rule, [
    ...tsInvalid.map((test) => ['ts', test] as const),
    ...jsInvalid.map((test) => ['js', test] as const),
    ...cjsInvalid.map((test) => ['cjs', test] as const),
  ]);
});

// ---------------------------------------------------------------------------------------------------------------
// Odd and huge input, through the real Linter

function lint(code: string, flavour: 'ts' | 'js' | 'script' = 'js', options: Options[0] = {}): Linter.LintMessage[] {
  const languageOptions =
    flavour === 'ts'
      ? { parser: tsParser }
      : flavour === 'script'
        ? { parser: espree, ecmaVersion: 'latest' as const, sourceType: 'script' as const }
        : { parser: espree, ecmaVersion: 'latest' as const, sourceType: 'module' as const, parserOptions: { ecmaFeatures: { jsx: true } } };
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions,
        plugins: { t: { rules: { rule: rule as never } } },
        rules: { 't/rule': ['error', options] },
      },
    ],
    flavour === 'ts' ? 'file.ts' : 'file.js',
  );
  for (const message of messages) producedMessages.push(message.message);
  return messages;
}

const summary = (messages: Linter.LintMessage[]) =>
  messages.map((message) => `${message.messageId ?? message.message}@${message.line}:${message.column}`);

describe('no-hardcoded-aws-keys on odd input', () => {
  it('underlines a key in an HTML-like comment of a script (`<!--`, `-->`) on its own characters', () => {
    const code = `<!-- aws_access_key_id = ${KEY_ID}\nf();\n--> ${TEMP_KEY_ID}`;
    const messages = lint(code, 'script');
    expect(messages.map((m) => [m.messageId, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['accessKeyId', 1, 26, 1, 46],
      ['accessKeyId', 3, 5, 3, 25],
    ]);
  });

  it('finds a key inside 500 nested arrays (as deep as the parsers go)', () => {
    const code = `const deep = ${'['.repeat(500)}'${KEY_ID}'${']'.repeat(500)};`;
    expect(summary(lint(code))).toEqual([`accessKeyId@1:${'const deep = '.length + 500 + 2}`]);
  });

  it('folds a 3,000-term concatenation without overflowing the stack', () => {
    const code = `const long = ${Array.from({ length: 3_000 }, () => "'ab '").join(' + ')} + 'AKIA' + '${KEY_ID_BODY}';`;
    const started = performance.now();
    const messages = lint(code);
    expect(performance.now() - started).toBeLessThan(10_000);
    // The key is the last 'AKIA' + '…': reported from its first to its last character.
    const start = code.indexOf("'AKIA'") + 1;
    expect(messages.map((message) => [message.messageId, message.column, message.endColumn])).toEqual([
      ['accessKeyId', start + 1, start + 1 + "AKIA' + '".length + KEY_ID_BODY.length],
    ]);
    // Halves of a key, glued to each other 1,500 times: no boundaries, so no key.
    const concatenated = `const many = ${Array.from({ length: 3_000 }, (_, index) => `'${KEY_ID.slice(index % 2 ? 10 : 0, index % 2 ? 20 : 10)}'`).join(' + ')};`;
    expect(lint(concatenated).filter((message) => message.fatal)).toEqual([]);
  });

  it('reads a string built up by a few hundred appends, and not one built up by thousands (no exception either way)', () => {
    const appends = (count: number): string =>
      `let k = 'AKIA';\nk += '${KEY_ID_BODY}';\n${'k += " ab";\n'.repeat(count)}export { k };`;
    expect(lint(appends(200)).map((message) => [message.messageId, message.line, message.column, message.endLine])).toEqual([
      ['accessKeyId', 1, 10, 2],
    ]);
    expect(lint(appends(20_000))).toEqual([]);
  });

  it('folds ten levels of arrays spreading each other eight times without exponential work', () => {
    let code = `const A0 = ['AKIA', '${KEY_ID_BODY}'];\n`;
    for (let level = 1; level <= 10; level++) {
      code += `const A${level} = [${Array.from({ length: 8 }, () => `...A${level - 1}`).join(', ')}];\n`;
    }
    code += `export const first = [...A0].join('');\nexport const all = [...A10].join('');\n`;
    const started = performance.now();
    const messages = lint(code);
    expect(performance.now() - started).toBeLessThan(10_000);
    // `first` is the key; `all` glues 8^10 copies into one run with no boundaries, so no key
    expect(summary(messages)).toEqual([`accessKeyId@12:22`]);
  });

  it('stays quiet and fast on a megabyte string and a megabyte comment', () => {
    const filler = 'AKIA secret key access token sha512- %2F '.repeat(25_000);
    const started = performance.now();
    expect(lint(`const big = '${filler}';\n/* ${filler} */`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reports every key in a megabyte of keys, once each', () => {
    const code = `const many = '${`${KEY_ID} `.repeat(2_000)}';`;
    const messages = lint(code);
    expect(messages).toHaveLength(2_000);
    expect(new Set(messages.map((message) => message.column)).size).toBe(2_000);
  });

  it('ignores code it cannot parse (a parse error is not a finding)', () => {
    expect(lint(`const id = '${KEY_ID}`).map((message) => message.fatal)).toEqual([true]);
  });

  it('handles a shebang, BOM, CRLF line endings and astral characters', () => {
    const code = `#!/usr/bin/env node\r\n// 🚀 ${KEY_ID}\r\nconst a = '😀 ${KEY_ID_2}';\r\n`;
    expect(summary(lint(`\uFEFF${code}`))).toEqual(['accessKeyId@2:7', 'accessKeyId@3:15']);
  });

  it('underlines exactly the key in templates and JSX text written with CRLF line endings', () => {
    const template = `const file = \`[default]\r\naws_access_key_id = ${KEY_ID}\r\n\`;\r\n`;
    const jsx = `const App = () => <pre>\r\n  hello\r\n  ${KEY_ID}\r\n</pre>;\r\n`;
    const withExpression = `const text = \`\${name}\r\n\r\n  ${KEY_ID}\`;\r\n`;
    const located = (messages: Linter.LintMessage[]) =>
      messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn]);
    const keyEnd = 'aws_access_key_id = '.length + KEY_ID.length + 1;
    expect(located(lint(template))).toEqual([['accessKeyId', 2, 21, 2, keyEnd]]);
    expect(located(lint(template, 'ts'))).toEqual([['accessKeyId', 2, 21, 2, keyEnd]]);
    expect(located(lint(jsx))).toEqual([['accessKeyId', 3, 3, 3, 3 + KEY_ID.length]]);
    expect(located(lint(withExpression))).toEqual([['accessKeyId', 3, 3, 3, 3 + KEY_ID.length]]);
  });

  it('reports a JSX key in TypeScript too', () => {
    const messages = new Linter({ configType: 'flat' }).verify(
      `export const App = () => <Config accessKeyId="${KEY_ID}" />;`,
      [
        {
          files: ['**/*.tsx'],
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { t: { rules: { rule: rule as never } } },
          rules: { 't/rule': 'error' },
        },
      ],
      'file.tsx',
    );
    expect(summary(messages)).toEqual(['accessKeyId@1:47']);
  });

  it('works on the temporary, bearer and context-specific prefixes in comments', () => {
    const code = `// ${TEMP_KEY_ID}\n// ${BEARER_KEY_ID}\n/* ${CONTEXT_KEY_ID} */`;
    expect(lint(code).map((message) => /`([^`]+)` \(([^)]+)\)/.exec(message.message)?.slice(1))).toEqual([
      [described(TEMP_KEY_ID), 'temporary'],
      [described(BEARER_KEY_ID), 'STS bearer'],
      [described(CONTEXT_KEY_ID), 'context-specific'],
    ]);
  });

  it('reports a long base64 value as a token only next to an ASIA key', () => {
    expect(summary(lint(`const a = ['${KEY_ID}', '${SESSION_TOKEN}'];`))).toEqual(['accessKeyId@1:13']);
    expect(summary(lint(`const a = ['${TEMP_KEY_ID}', '${SESSION_TOKEN}'];`))).toEqual(['accessKeyPair@1:13']);
    expect(summary(lint(`const a = ['${TEMP_KEY_ID}', '${LONG_BASE64}'];`))).toEqual(['accessKeyId@1:13']);
  });
});

describe('no-hardcoded-aws-keys messages', () => {
  it('name the kind and never hold a key ID or a secret', () => {
    // Runs last in this file: every message of every case above has been recorded.
    expect(producedMessages.length).toBeGreaterThan(50);
    for (const message of producedMessages) {
      expect(message).not.toMatch(KEY_SHAPED);
      for (const value of [KEY_ID, KEY_ID_2, TEMP_KEY_ID, SECRET, SECRET_2, SESSION_TOKEN.slice(0, 40)]) {
        expect(message).not.toContain(value);
      }
    }
  });
});
