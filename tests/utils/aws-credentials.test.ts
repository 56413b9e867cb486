import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessKeyIdKind,
  classifyCredentialValue,
  compileAllowList,
  credentialNamesWithin,
  holdsKeyIdPrefix,
  holdsCredentialRun,
  holdsSecretRun,
  keyIdTraceMatches,
  findAccessKeyIds,
  findCredentials,
  hasSessionTokenMarkers,
  isAccessKeyId,
  isExampleCredential,
  isPlaceholderKeyId,
  isPlaceholderValue,
  isSecretAccessKeyShape,
  isSecretName,
  isSessionTokenName,
  isSessionTokenShape,
  mightHoldCredential,
  namesBefore,
  pairCredentials,
  scanCredentialText,
  secretShapeProblem,
  shannonEntropy,
  sourceEvidence,
  TRACE_SOURCES,
  type CredentialCandidate,
  type PlacedCandidate,
} from '../../src/utils/aws-credentials.js';
import {
  BEARER_KEY_ID,
  CONTEXT_KEY_ID,
  EXAMPLE_KEY_ID,
  EXAMPLE_SECRET,
  KEY_ID,
  KEY_ID_2,
  KEY_ID_BODY,
  LONG_BASE64,
  SECRET,
  SECRET_2,
  SESSION_TOKEN,
  TEMP_KEY_ID,
  randomString,
} from './aws-credential-fixtures.js';


describe('fixtures', () => {
  it('have the shapes the tests assume', () => {
    expect([KEY_ID, KEY_ID_2, TEMP_KEY_ID, BEARER_KEY_ID, CONTEXT_KEY_ID].every(isAccessKeyId)).toBe(true);
    expect(secretShapeProblem(SECRET)).toBeNull();
    expect(secretShapeProblem(SECRET_2)).toBeNull();
    expect(isSessionTokenShape(SESSION_TOKEN)).toBe(true);
    expect(hasSessionTokenMarkers(SESSION_TOKEN)).toBe(true);
    expect(hasSessionTokenMarkers(LONG_BASE64)).toBe(false);
  });
});

describe('access key IDs', () => {
  it.each([
    [KEY_ID, 'long-term'],
    [TEMP_KEY_ID, 'temporary'],
    [BEARER_KEY_ID, 'STS bearer'],
    [CONTEXT_KEY_ID, 'context-specific'],
    ['AIDA' + KEY_ID_BODY, null],
    ['AROA' + KEY_ID_BODY, null],
    ['AGPA' + KEY_ID_BODY, null],
    ['AIPA' + KEY_ID_BODY, null],
    ['ANPA' + KEY_ID_BODY, null],
    ['ANVA' + KEY_ID_BODY, null],
    ['APKA' + KEY_ID_BODY, null],
    ['ASCA' + KEY_ID_BODY, null],
  ])('accessKeyIdKind(%s) = %s', (value, kind) => {
    expect(accessKeyIdKind(value)).toBe(kind);
  });

  it.each<[string, string, string[]]>([
    ['alone', KEY_ID, [KEY_ID]],
    ['in prose', `the key ${KEY_ID} leaked`, [KEY_ID]],
    ['key = value', `aws_access_key_id=${KEY_ID}\n`, [KEY_ID]],
    ['quoted JSON', `{"AccessKeyId":"${KEY_ID}"}`, [KEY_ID]],
    ['two of them', `${KEY_ID},${KEY_ID_2}`, [KEY_ID, KEY_ID_2]],
    ['after a percent escape', `Credential=x%2F${KEY_ID}%2F20240101`, [KEY_ID]],
    ['before a percent escape', `X-Amz-Credential=${TEMP_KEY_ID}%2F20240101`, [TEMP_KEY_ID]],
    ['after a doubly percent-encoded escape', `X-Amz-Credential%253D${KEY_ID}%25252F20240101`, [KEY_ID]],
    ['after hex digits that are not an escape', `x%2${KEY_ID}`, []],
    ['after an underscore', `KEY_${KEY_ID}`, [KEY_ID]],
    ['glued to a letter before', `X${KEY_ID}`, []],
    ['glued to a digit after', `${KEY_ID}9`, []],
    ['glued to a lower-case letter after', `${KEY_ID}a`, []],
    ['one character short', KEY_ID.slice(0, 19), []],
    ['inside a long base64 run', `${randomString(9, 30)}${KEY_ID}${randomString(10, 30)}`, []],
    ['lower-case look-alike', KEY_ID.toLowerCase(), []],
    ['body with 0 1 8 9', 'AKIA' + '0189ABCDEFGHJKLM', []],
    ['body with 1', 'AKIA' + KEY_ID_BODY.slice(0, 15) + '1', []],
    ['AWS example', EXAMPLE_KEY_ID, []],
    ['ends in EXAMPLE', 'ASIA' + 'Q3EGRU5XNEXAMPLE', []],
    ['a run of one character', 'AKIA' + 'X'.repeat(16), []],
    ['a redaction keeping the last four', 'AKIA' + 'X'.repeat(12) + 'J2LW', []],
    ['an alphabet sequence', 'AKIA' + 'ABCDEFGHIJKLMNOP', []],
    ['three distinct characters', 'AKIA' + 'ABCABCABCABCABCA', []],
    ['a regex source', 'AKIA[A-Z2-7]{16}', []],
    ['a role unique ID', 'AROA' + KEY_ID_BODY, []],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(findAccessKeyIds(text).map((match) => match.value)).toEqual(expected);
  });

  it('reports offsets', () => {
    const text = `id: ${KEY_ID}`;
    expect(findAccessKeyIds(text)).toEqual([{ value: KEY_ID, start: 4, end: 24, kind: 'long-term' }]);
  });

  it.each([
    [KEY_ID, true],
    [` ${KEY_ID}`, false],
    [EXAMPLE_KEY_ID, false],
    ['AKIA' + 'X'.repeat(16), false],
    ['AIDA' + KEY_ID_BODY, false],
    [KEY_ID + 'A', false],
  ])('isAccessKeyId(%s) = %s', (value, expected) => {
    expect(isAccessKeyId(value)).toBe(expected);
  });

  it.each([
    [EXAMPLE_KEY_ID, true],
    ['AKIA' + 'XXXXXXXXXXXXXXXX', true],
    ['AKIA' + 'ABCDEFGHIJKLMNOP', true],
    // a word or group written again and again
    ['AKIA' + 'FAKE'.repeat(4), true],
    ['AKIA' + 'TEST'.repeat(4), true],
    ['AKIA' + 'Q3EG'.repeat(4), true],
    ['AKIA' + 'ABCDE2GH'.repeat(2), true],
    ['AKIA' + 'ABC'.repeat(5) + 'A', true],
    // placeholders written with words: your, here, replace, insert, key id, test, keyboard rows
    ['AKIA' + 'YOURKEYIDHEREXXX', true],
    ['AKIA' + 'REPLACEWITHYOURS', true],
    ['AKIA' + 'INSERTKEYHEREXXX', true],
    ['AKIA' + 'TESTACCESSKEYIDX', true],
    ['AKIA' + 'QWERTYUIOPASDFGH', true],
    ['AS' + 'IA' + 'TEMPORARYKEYIDXY', true],
    ['AKIA' + 'MOCKQ3EGRU5XN7CZ', true],
    // a group of nine is no longer a placeholder's pattern; nor a group that does not repeat to the end
    ['AKIA' + 'Q3EGRU5XN' + 'Q3EGRU5', false],
    ['AKIA' + 'Q3EG'.repeat(3) + 'RU5X', false],
    // words: a region name in an enum, not a temporary key ID
    ['AS' + 'IA' + 'PACIFICSOUTHEAST', true],
    ['AS' + 'IA' + 'PACIFICNORTHEAST', true],
    // other prefixes keep every letters-only body: no word follows them
    ['AKIA' + 'PACIFICNORTHEAST', false],
    // letters only but not word-like: a long consonant run, or too few vowels
    ['AKIA' + 'QWRTPLKJHGFDSZXC', false],
    ['AKIA' + 'QAZWSXEDCRFVTGBY', false],
    // three distinct characters, in no period and no long run; four are a key's
    ['AKIA' + 'ABBACABCCBAACBAB', true],
    ['AKIA' + 'ABDCADBCCABDDBAC', false],
    // a placeholder word anywhere in the body
    ['AKIA' + 'X7K2LOCALM4PQ5ZZ', true],
    [KEY_ID, false],
    [KEY_ID_2, false],
  ])('isPlaceholderKeyId(%s) = %s', (value, expected) => {
    expect(isPlaceholderKeyId(value)).toBe(expected);
  });
});

describe('secret access keys', () => {
  it.each<[string, string, string | null]>([
    ['a random key', SECRET, null],
    ['another random key', SECRET_2, null],
    ['AWS example', EXAMPLE_SECRET, 'placeholder'],
    ['39 characters', SECRET.slice(1), 'length'],
    ['41 characters', SECRET + 'A', 'length'],
    ['a character outside base64', SECRET.slice(1) + '-', 'alphabet'],
    ['a SHA-1', 'da39a3ee5e6b4b0d' + '3255bfef95601890afd80709', 'hex'],
    ['upper-case hex', 'DA39A3EE5E6B4B0D' + '3255BFEF95601890AFD80709', 'hex'],
    ['lower case only', SECRET.toLowerCase().replace(/[^a-z0-9]/g, 'q'), 'single-case'],
    ['a run of one character', 'Z'.repeat(40), 'single-case'],
    ['a run of five', SECRET.slice(0, 30) + 'zzzzz' + SECRET.slice(35), 'repeated'],
    ['an alphabet sequence', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn', 'sequential'],
    ['digits in sequence', SECRET.slice(0, 30) + '12345' + SECRET.slice(35), 'sequential'],
    ['camelCase words', 'getEndpointParameterInstructionsFromCfgA', 'words'],
    ['a path', 'src/components/forms/inputs/TextFieldAbc', 'words'],
    ['a placeholder phrase', 'YourSecretAccessKeyGoesHere0123456789abc', 'placeholder'],
    ['low entropy', 'xYzQ'.repeat(10), 'entropy'],
  ])('%s', (_name, value, problem) => {
    expect(secretShapeProblem(value)).toBe(problem);
    expect(isSecretAccessKeyShape(value)).toBe(problem === null);
  });

  it('entropy is computed in bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy(SECRET)).toBeGreaterThan(4.25);
  });

  it('random session tokens pass the shape checks (fewer than 1 in 200 rejected)', () => {
    let rejected = 0;
    for (let seed = 100; seed < 1100; seed++) if (!isSessionTokenShape('IQoJb3JpZ2lu' + randomString(seed, 400))) rejected++;
    expect(rejected).toBeLessThan(5);
  });

  it('random keys pass the shape checks (fewer than 1 in 200 rejected)', () => {
    let rejected = 0;
    for (let seed = 100; seed < 2100; seed++) if (!isSecretAccessKeyShape(randomString(seed, 40))) rejected++;
    expect(rejected).toBeLessThan(10);
  });
});

describe('session tokens', () => {
  it.each<[string, string, boolean]>([
    ['an STS token', SESSION_TOKEN, true],
    ['long random base64', LONG_BASE64, true],
    ['too short', SESSION_TOKEN.slice(0, 99), false],
    ['a KMS ciphertext blob', 'AQICAH' + randomString(20, 300), false],
    ['one character', 'A'.repeat(200), false],
    ['with padding', SESSION_TOKEN + '==', true],
    ['hex', 'ab12'.repeat(50), false],
    ['words and digit runs', 'TestSession' + 'TokenVeryLongStringWithLotsOfCharactersToSimulateRealSTSToken' + '1234567890'.repeat(3), false],
    ['an STS header with a run of slashes', 'IQoJb3JpZ2luX2VjE' + '/'.repeat(10) + 'wEa' + randomString(7, 400), true],
    ['a digit sequence inside random base64', SESSION_TOKEN.slice(0, 60) + '123456789' + SESSION_TOKEN.slice(60), false],
  ])('isSessionTokenShape: %s', (_name, value, expected) => {
    expect(isSessionTokenShape(value)).toBe(expected);
  });
});

describe('names', () => {
  it.each([
    ['secretAccessKey', true],
    ['SecretAccessKey', true],
    ['aws_secret_access_key', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['AWS_SECRET_KEY', true],
    ['secretKey', true],
    ['accessKey', true],
    ['awsKey', true],
    ['clientSecret', false],
    ['client_secret', false],
    ['WEBHOOK_SECRET', false],
    ['jwtSecret', false],
    ['awsClientSecret', true],
    ['awsSecret', true],
    ['SECRET_KEY', true],
    // A token's signing secret (a JWT's access token) unless the name says AWS, Amazon or S3
    ['ACCESS_TOKEN_SECRET', false],
    ['accessTokenSecret', false],
    ['access_token_secret', false],
    ['JWT_ACCESS_SECRET', false],
    ['SECRET_ACCESS_TOKEN', false],
    ['ACCESS_SECRET', false],
    ['accessTokenSecretKey', false],
    ['JWT_SECRET_KEY', false],
    ['REFRESH_SECRET_KEY', false],
    ['AWS_ACCESS_SECRET', true],
    ['S3_ACCESS_SECRET', true],
    ['amazonAccessSecret', true],
    ['awsAccessTokenSecret', true],
    // `secret` alone names any service's secret: an AWS key's name also says key, access or AWS
    ['secret', false],
    ['SESSION_SECRET', false],
    ['NEXTAUTH_SECRET', false],
    ['sessionSecret', false],
    ['SecretString', false],
    ['accessKeyId', false],
    ['AWS_ACCESS_KEY_ID', false],
    ['secretId', false],
    ['SecretArn', false],
    ['secretName', false],
    ['SecretsManager', false],
    ['secretPath', false],
    ['apiKey', false],
    ['objectKey', false],
    // An access key named for a service says nothing against AWS's (Kinesis, Cognito, an S3-compatible store's
    // secrets look the same)
    ['KINESIS_ACCESS_KEY', true],
    ['COGNITO_ACCESS_KEY', true],
    ['hash', false],
    ['', false],
  ])('isSecretName(%s) = %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });

  it.each([
    ['sessionToken', true],
    ['SessionToken', true],
    ['aws_session_token', true],
    ['AWS_SESSION_TOKEN', true],
    ['AWS_SECURITY_TOKEN', true],
    ['X-Amz-Security-Token', true],
    ['token', false],
    ['idToken', false],
    ['sessionTokenArn', false],
  ])('isSessionTokenName(%s) = %s', (name, expected) => {
    expect(isSessionTokenName(name)).toBe(expected);
  });

  it.each<[string, string, string[]]>([
    ['INI', 'aws_secret_access_key = V', ['aws_secret_access_key']],
    ['env', 'AWS_SECRET_ACCESS_KEY=V', ['AWS_SECRET_ACCESS_KEY']],
    ['JSON', '{"SecretAccessKey": "V', ['SecretAccessKey']],
    ['escaped JSON', '{\\"secretAccessKey\\":\\"V', ['secretAccessKey']],
    ['YAML', 'secret_access_key: V', ['secret_access_key']],
    ['XML', '<SecretAccessKey>V', ['SecretAccessKey']],
    ['CLI flag', '--aws-secret-access-key V', ['--aws-secret-access-key']],
    ['prose', 'AWS Secret Access Key: V', ['Key', 'AccessKey', 'SecretAccessKey']],
    ['nothing before', 'V', []],
    ['a previous line is not a name', 'secret\n\nV', []],
  ])('namesBefore: %s', (_name, text, expected) => {
    expect(namesBefore(text, text.length - 1)).toEqual(expected);
  });
});

describe('placeholders and classification', () => {
  it.each([
    ['', true],
    ['<YOUR_ACCESS_KEY_ID>', true],
    ['<your-secret-access-key>', true],
    ['${ssm:/app/aws/secret}', true],
    ['${env:AWS_SECRET_ACCESS_KEY}', true],
    ['{{ aws_secret_access_key }}', true],
    ['$AWS_SECRET_ACCESS_KEY', true],
    ['$(AWS_KEY)', true],
    ['%AWS_SECRET%', true],
    ['__SECRET__', true],
    ['xxxxxxxx', true],
    ['********', true],
    ['AKIA' + 'X'.repeat(16), true],
    ['AKIAXXXX', true],
    [EXAMPLE_KEY_ID, true],
    [EXAMPLE_SECRET, true],
    ['changeme', true],
    ['replace-with-your-key', true],
    ['dummy', true],
    [KEY_ID, false],
    [SECRET, false],
    ['s3cr3t-value', false],
  ])('isPlaceholderValue(%s) = %s', (value, expected) => {
    expect(isPlaceholderValue(value)).toBe(expected);
  });

  it.each([
    [EXAMPLE_KEY_ID, true],
    [EXAMPLE_SECRET, true],
    ['AKIA' + 'Q3EGRU5XNEXAMPLE', true],
    [KEY_ID, false],
    ['EXAMPLE-bucket', false],
  ])('isExampleCredential(%s) = %s', (value, expected) => {
    expect(isExampleCredential(value)).toBe(expected);
  });

  it.each([
    [KEY_ID, 'access-key-id'],
    [` ${TEMP_KEY_ID} `, 'access-key-id'],
    [SECRET, 'secret-access-key'],
    [SESSION_TOKEN, 'session-token'],
    [EXAMPLE_KEY_ID, 'example'],
    [EXAMPLE_SECRET, 'example'],
    ['<YOUR_ACCESS_KEY_ID>', 'placeholder'],
    ['${ssm:/x}', 'placeholder'],
    ['AKIA' + 'X'.repeat(16), 'placeholder'],
    ['test', 'other'],
    ['da39a3ee5e6b4b0d' + '3255bfef95601890afd80709', 'other'],
  ])('classifyCredentialValue(%s) = %s', (value, expected) => {
    expect(classifyCredentialValue(value)).toBe(expected);
  });
});

/** `type:value-prefix:named:whole` per candidate, for compact expectations. */
function summary(candidates: readonly CredentialCandidate[]): string[] {
  return candidates.map(
    (candidate) =>
      `${candidate.type}@${candidate.start}-${candidate.end}${candidate.named ? ' named' : ''}${candidate.whole ? ' whole' : ''}${candidate.marked ? ' marked' : ''}`,
  );
}

describe('scanCredentialText', () => {
  it.each<[string, string, readonly string[], string[]]>([
    ['a key ID alone', KEY_ID, [], ['access-key-id@0-20 named whole']],
    ['a whole secret without a name', SECRET, [], ['secret-access-key@0-40 whole']],
    ['a whole secret with its name', SECRET, ['secretAccessKey'], ['secret-access-key@0-40 named whole']],
    ['a name applies only to a whole value', `x ${SECRET}`, ['secretAccessKey'], ['secret-access-key@2-42']],
    ['a key = value name', `aws_secret_access_key = ${SECRET}`, [], ['secret-access-key@24-64 named']],
    ['a secret followed by padding is base64, not a key', `${SECRET}=`, ['secret'], []],
    ['a secret inside a longer run', `${SECRET}${SECRET_2}`, ['secret'], []],
    ['a secret glued to a dash', `x-${SECRET}`, [], []],
    ['an integrity hash', `sha1-${SECRET}`, [], []],
    ['percent-encoded secret in a URL', `?aws_secret_access_key=${encodeURIComponent(SECRET)}&x=1`, [], [`secret-access-key@23-${23 + encodeURIComponent(SECRET).length} named`]],
    ['a named token', `aws_session_token = ${SESSION_TOKEN}`, [], [`session-token@20-${20 + SESSION_TOKEN.length} named marked`]],
    // JSON text inside a string: escapes resolved, offsets on the text as written
    ['a key ID with a JSON \\u escape', `{"AccessKeyId":"\\u0041${KEY_ID.slice(1)}"}`, [], ['access-key-id@16-41 named']],
    ['a secret with a JSON-escaped slash', `{"SecretAccessKey":"${SECRET.slice(0, 10)}\\/${SECRET.slice(11)}"}`, [], ['secret-access-key@20-61 named']],
    ['an escaped backslash before a slash is no escape of it', `{"k":"a\\\\/b ${KEY_ID}"}`, [], ['access-key-id@12-32 named']],
    ['a marked token without a name', `x ${SESSION_TOKEN}`, [], [`session-token@2-${2 + SESSION_TOKEN.length} marked`]],
    ['long base64 without name or markers is nothing', `x ${LONG_BASE64}`, [], []],
    ['a JWT part is not a token', `sessionToken: eyJhbGciOiJIUzI1NiJ9.${LONG_BASE64}.sig`, [], []],
    ['short text', 'AKIA', [], []],
    ['plain prose', 'The quick brown fox jumps over the lazy dog, twice over.', [], []],
  ])('%s', (_name, text, names, expected) => {
    expect(summary(scanCredentialText(text, { names }))).toEqual(expected);
  });

  it('asks for the names only when a run has the shape of a key', () => {
    let asked = 0;
    const names = (): string[] => {
      asked++;
      return ['secretAccessKey'];
    };
    scanCredentialText(`id ${KEY_ID} and some more text to pass forty characters`, { names });
    expect(asked).toBe(0);
    scanCredentialText(SECRET, { names });
    expect(asked).toBe(1);
  });

  it('survives a names callback that throws', () => {
    const names = (): string[] => {
      throw new Error('boom');
    };
    expect(summary(scanCredentialText(SECRET, { names }))).toEqual(['secret-access-key@0-40 whole']);
  });
});

function kinds(text: string): string[] {
  return findCredentials(text).map((finding) =>
    [finding.keyId ? 'id' : null, finding.secret ? 'secret' : null, finding.token ? 'token' : null]
      .filter(Boolean)
      .join('+'),
  );
}

describe('findCredentials (scan and pair one text)', () => {
  it.each<[string, string, string[]]>([
    ['a key ID', `key ${KEY_ID}`, ['id']],
    ['an INI profile', `[default]\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = ${SECRET}\n`, ['id+secret']],
    [
      'two INI profiles',
      `[a]\naws_access_key_id=${KEY_ID}\naws_secret_access_key=${SECRET}\n[b]\naws_access_key_id=${KEY_ID_2}\naws_secret_access_key=${SECRET_2}\n`,
      ['id+secret', 'id+secret'],
    ],
    ['JSON', `{"AccessKeyId":"${KEY_ID}","SecretAccessKey":"${SECRET}"}`, ['id+secret']],
    ['a secret with only a key ID for context', `${KEY_ID} ${SECRET}`, ['id+secret']],
    ['a secret with a name', `secretAccessKey: ${SECRET}`, ['secret']],
    ['a secret with nothing', `value: ${SECRET}`, []],
    ['temporary credentials with a marked token', `${TEMP_KEY_ID} ${SECRET} ${SESSION_TOKEN}`, ['id+secret+token']],
    ['a marked token needs an ASIA key or a name', `${KEY_ID} ${SESSION_TOKEN}`, ['id']],
    ['a named token alone', `AWS_SESSION_TOKEN=${SESSION_TOKEN}`, ['token']],
    [
      'a presigned URL',
      `https://b.s3.amazonaws.com/k?X-Amz-Credential=${TEMP_KEY_ID}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${encodeURIComponent(SESSION_TOKEN)}&X-Amz-Signature=abc`,
      ['id+token'],
    ],
    ['examples stay quiet', `${EXAMPLE_KEY_ID} ${EXAMPLE_SECRET}`, []],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

function place(candidate: Partial<CredentialCandidate> & Pick<CredentialCandidate, 'type'>, position: number, text: unknown): PlacedCandidate {
  return {
    candidate: {
      value: 'v',
      start: 0,
      end: 1,
      keyIdKind: candidate.type === 'access-key-id' ? 'long-term' : null,
      named: false,
      marked: false,
      whole: true,
      ...candidate,
    },
    position,
    text,
  };
}

describe('pairCredentials', () => {
  it('pairs a whole secret with a key ID of the same group', () => {
    const findings = pairCredentials([place({ type: 'access-key-id' }, 10, 'a'), place({ type: 'secret-access-key' }, 50, 'b')]);
    expect(findings.map((finding) => [finding.keyId?.position, finding.secret?.position])).toEqual([[10, 50]]);
  });

  it('drops an unnamed secret that is not the whole value', () => {
    const findings = pairCredentials([
      place({ type: 'access-key-id' }, 10, 'a'),
      place({ type: 'secret-access-key', whole: false }, 50, 'b'),
    ]);
    expect(findings.map((finding) => finding.secret)).toEqual([null]);
  });

  it('pairs each secret with the nearest free key ID, same text first', () => {
    const findings = pairCredentials([
      place({ type: 'access-key-id' }, 0, 'one'),
      place({ type: 'secret-access-key', named: true }, 10, 'one'),
      place({ type: 'access-key-id' }, 20, 'two'),
      place({ type: 'secret-access-key', named: true }, 12, 'two'),
    ]);
    expect(findings.map((finding) => [finding.keyId?.position, finding.secret?.position])).toEqual([
      [0, 10],
      [20, 12],
    ]);
  });

  it('leaves a secret alone when every key ID has one', () => {
    const findings = pairCredentials([
      place({ type: 'access-key-id' }, 0, 't'),
      place({ type: 'secret-access-key', named: true }, 10, 't'),
      place({ type: 'secret-access-key', named: true }, 20, 't'),
    ]);
    expect(findings.map((finding) => [finding.keyId?.position ?? null, finding.secret?.position])).toEqual([
      [0, 10],
      [null, 20],
    ]);
  });

  it('prefers an ASIA key for a token', () => {
    const findings = pairCredentials([
      place({ type: 'access-key-id' }, 0, 't'),
      place({ type: 'access-key-id', keyIdKind: 'temporary' }, 100, 't'),
      place({ type: 'session-token', marked: true }, 10, 't'),
    ]);
    expect(findings.map((finding) => [finding.keyId?.position, finding.token?.position ?? null])).toEqual([
      [0, null],
      [100, 10],
    ]);
  });

  it('scales to many candidates', () => {
    const items: PlacedCandidate[] = [];
    for (let index = 0; index < 20_000; index++) {
      items.push(place({ type: index % 2 ? 'secret-access-key' : 'access-key-id', named: true }, index, 't'));
    }
    const started = performance.now();
    expect(pairCredentials(items)).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('compileAllowList', () => {
  it.each<[string[], string, boolean]>([
    [[KEY_ID], KEY_ID, true],
    [[KEY_ID], KEY_ID_2, false],
    [['/^AKIAQ3EG/'], KEY_ID, true],
    [['/^akiaq3eg/i'], KEY_ID, true],
    [['/^akiaq3eg/'], KEY_ID, false],
    [['/^AKIA/g'], KEY_ID, true],
    [['/[/'], '/[/', true],
    [['/[/'], KEY_ID, false],
    [['/x/zz'], '/x/zz', true],
    [[], KEY_ID, false],
  ])('%j accepts %s: %s', (entries, value, expected) => {
    const allowed = compileAllowList(entries);
    expect(allowed(value)).toBe(expected);
    // A compiled list is stateless (no lastIndex from a g flag).
    expect(allowed(value)).toBe(expected);
  });

  it('accepts undefined', () => {
    expect(compileAllowList(undefined)(KEY_ID)).toBe(false);
  });
});

describe('mightHoldCredential (the per-string prefilter)', () => {
  it.each<[string, string, boolean]>([
    ['a key ID', `x ${KEY_ID}`, true],
    ['a key-ID prefix is enough', `x AKIA and more text to pass twenty`, true],
    ['a 40-character base64 run', `v=${SECRET}`, true],
    ['a percent-encoded run', `k=${encodeURIComponent(SECRET)}`, true],
    ['short text', 'AKIA', false],
    ['prose', 'nothing to see here, move along please', false],
    ['IAM unique IDs only', `AIDA${KEY_ID_BODY} AROA${KEY_ID_BODY}`, false],
    ['a key ID behind a JSON \\u escape', `"\\u0041${KEY_ID.slice(1)}"`, true],
    ['a JSON escape alone', `"\\u0041 and \\/ and nothing else here"`, false],
  ])('%s', (_name, text, expected) => {
    expect(mightHoldCredential(text)).toBe(expected);
  });

  it('never rejects a text in which scanCredentialText finds something', () => {
    for (let seed = 0; seed < 300; seed++) {
      const text = `${randomString(seed, seed % 50)} ${seed % 3 ? KEY_ID : SECRET} ${randomString(seed + 1, seed % 30)}`;
      if (scanCredentialText(text, { names: ['secretAccessKey'] }).length > 0) expect(mightHoldCredential(text)).toBe(true);
    }
  });
});

describe('sourceEvidence (the per-file prefilter)', () => {
  it.each<[string, string, { keyId: boolean; name: boolean; decodedOnly?: boolean }]>([
    ['a key ID', `const id = '${KEY_ID}';`, { keyId: true, name: false }],
    ['a prefix split by a quote', `const id = 'AK' + 'IA…';`, { keyId: true, name: false }],
    ['a prefix split three ways', `const id = 'AKI' + x; const x = 'A…';`, { keyId: true, name: false }],
    ['a prefix cut by a template expression', 'const id = `AS${rest}`; const rest = "IA…";', { keyId: true, name: false }],
    ['a prefix cut after its first letter', "const id = 'A' + rest; const rest = 'KIA…';", { keyId: true, name: false }],
    ['a prefix rest after a template expression', 'const id = `A${empty}KIA…`;', { keyId: true, name: false }],
    ['single characters', "['A', 'K', 'I', 'A']", { keyId: true, name: false }],
    ['ACCA split', "'AC' + 'CA'", { keyId: true, name: false }],
    ['ACCA split after its third letter', "'ACC' + 'A…'", { keyId: true, name: false }],
    ['strings that end in A', "const algorithms = ['SHA', 'DATA']; const kind = `MEDIA${x}`;", { keyId: false, name: false }],
    ['a cut prefix with no rest written', `const id = 'xAK' + x;`, { keyId: false, name: false }],
    ['a prefix start with a rest for another cut', "const a = 'AK' + x; const b = 'SIX';", { keyId: false, name: false }],
    ['Buffer.from without an encoding that makes letters', "Buffer.from(body, 'utf8')", { keyId: false, name: false }],
    ['Buffer.from with hex', "Buffer.from(x, 'hex')", { keyId: true, decodedOnly: true, name: false }],
    ['Buffer.from of a list of bytes', 'Buffer.from([0x41, 0x4b]).toString()', { keyId: true, decodedOnly: true, name: false }],
    ['new Buffer of a list of bytes', 'new Buffer( [65, 75] )', { keyId: true, decodedOnly: true, name: false }],
    ['Buffer.from of a named list (no byte list written in place)', 'Buffer.from(bytes).toString()', { keyId: false, name: false }],
    ['String.fromCharCode of a spread list', 'String.fromCharCode(...codes)', { keyId: true, decodedOnly: true, name: false }],
    ['String.fromCharCode.apply (not read)', 'String.fromCharCode.apply(null, codes)', { keyId: false, name: false }],
    ['Buffer.from with an escaped encoding (its escapes spell no name)', "Buffer.from(x, '\\x62ase64')", { keyId: true, decodedOnly: true, name: false }],
    ['Buffer.from, and a name spelled with an escape', "Buffer.from(x, 'base64'); o = { '\\x73ecretKey': s }", { keyId: true, decodedOnly: true, name: true }],
    ['a string ending in A, and an escape in a regular expression', "const na = 'N/A'; const digits = /\\d+/;", { keyId: false, name: false }],
    ['a string ending in A, and a name spelled with an escape', "const na = 'N/A'; o = { '\\x73ecretKey': s };", { keyId: false, name: true }],
    ['a string ending in A, and a name spelled with a unicode escape in an identifier', "const na = 'N/A'; const \\u0073ession_token = s;", { keyId: false, name: true }],
    ['a string ending in A, and an escaped backslash before letters', "const na = 'N/A'; const p = 'C:\\\\x73ecret';", { keyId: false, name: false }],
    ['a unicode escape', "'\\u0041KIA'", { keyId: true, name: false }],
    ['a code point escape', "'\\u{41}KIA'", { keyId: true, name: false }],
    ['a hex escape', "'\\x41KIA'", { keyId: true, name: false }],
    ['an octal escape', "'\\101KIA'", { keyId: true, name: false }],
    ['an escape of the second letter, after a written A', "'A\\u004BIA'", { keyId: true, name: false }],
    ['a hex escape of the third letter', "'AK\\x49A'", { keyId: true, name: false }],
    ['a line continuation after the second letter', "'AK\\\nIA'", { keyId: true, name: false }],
    ['a backslash after A that escapes nothing a prefix needs', "'A\\n' + 'B\\t'", { keyId: false, name: false }],
    ['a needless escape of the second letter, nothing else', "'A\\KIA'", { keyId: true, name: false }],
    ['a line continuation after the first letter, nothing else', "'A\\\nKIA'", { keyId: true, name: false }],
    ['a backslash after A that starts a line break escape', "'A\\n' + 'K'", { keyId: false, name: false }],
    ['a percent escape', "decodeComponent('%41KIA')", { keyId: true, name: false }],
    ['an HTML entity', '<p>&#65;KIA</p>', { keyId: true, name: false }],
    ['a percent escape of Z, in lower-case hex', "'%5a%5AKIA'", { keyId: true, name: false }],
    ['percent escapes of brackets, @ and ^ (URL-encoding code)', "const ENC = /%5e/gi; q.replace('%5B', '[').replace('%40', '@'); '%5f%4'", { keyId: false, name: false }],
    ['atob', 'atob(x)', { keyId: true, decodedOnly: true, name: false }],
    ['Buffer.from', "Buffer.from(x, 'base64')", { keyId: true, decodedOnly: true, name: false }],
    ['decodeURIComponent', 'decodeURIComponent(x)', { keyId: true, decodedOnly: true, name: false }],
    ['a decoding call and a key ID', `atob(x); const id = '${KEY_ID}';`, { keyId: true, name: false }],
    ['a decoding call, then an escape', "decodeURI(x); '\\x41KIA'", { keyId: true, name: false }],
    ['a decoding call and a cut prefix', "Buffer.from(x, 'base64'); const id = 'AK' + 'IA…';", { keyId: true, name: false }],
    ['a decoding call and a name', "atob(x); const { secretAccessKey } = y;", { keyId: true, decodedOnly: true, name: true }],
    ['secretAccessKey', 'const { secretAccessKey } = x;', { keyId: false, name: true }],
    ['AWS_SECRET_ACCESS_KEY', 'process.env.AWS_SECRET_ACCESS_KEY', { keyId: false, name: true }],
    ['access key in prose', '// the Access   Key is', { keyId: false, name: true }],
    ['awsKey', 'const awsKey = x;', { keyId: false, name: true }],
    ['sessionToken', 'c.sessionToken', { keyId: false, name: true }],
    ['X-Amz-Security-Token', "'X-Amz-Security-Token'", { keyId: false, name: true }],
    ['ordinary code', "export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });", { keyId: false, name: false }],
    ['IAM unique IDs and lower-case look-alikes', `const ids = ['AIDA${KEY_ID_BODY}', '${KEY_ID.toLowerCase()}'];`, { keyId: false, name: false }],
    ['an apiKey is not an AWS credential name', 'const apiKey = x; const token = y;', { keyId: false, name: false }],
    ['the SDK v2 credentials class, whose positions name keys', 'new AWS.Credentials(id, key)', { keyId: false, name: true }],
    ['the credentials class imported', 'new Credentials(id, key)', { keyId: false, name: true }],
    ['a longer name ending in Credentials is no such class', 'renderCredentials(props); toCredentials(x)', { keyId: false, name: false }],
  ])('%s', (_name, text, expected) => {
    expect(sourceEvidence(text)).toEqual({ decodedOnly: false, ...expected });
  });

  it('checks the combined trace as the alternation of the key ID and name traces', () => {
    expect(TRACE_SOURCES.combined).toBe(`${TRACE_SOURCES.keyId}|${TRACE_SOURCES.name}`);
  });

  it('finds the key ID traces the expression finds, from their anchor characters', () => {
    const expression = new RegExp(TRACE_SOURCES.keyId, 'gu');
    const reference = (text: string): [number, string][] =>
      [...text.matchAll(expression)].map((match): [number, string] => [match.index, match[0]]);
    const piece = fc.constantFrom(
      ...['A', 'K', 'S', 'B', 'C', 'I', 'IA', "'", '"', '`', '$', '${', '}', '\\', '\n', '\r', 'u00', 'u{', '4', '5'],
      ...['x', '1', '%', '&', '#', 'atob', 'ato', 'b', 'Buffer', 'Buff', '.from', '(', '[', 'decodeURI', 'decode'],
      ...['URI', 'fromCharCode', 'fromCodePoint', 'from', ' ', '...', '0', '9', 'a', '.', 'w', '\u2028', 'é', 'AKIA'],
      ...['%4', '%5', '%41', '\\101', '\\x41', '\\u0041', '\\u00', '\\x4', '\\u{0', '\\1', '&#', 'AC', 'ACC', 'AKI', 'AS', 'ASI'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(keyIdTraceMatches(text)).toEqual(reference(text));
      }),
      { numRuns: 3_000, seed: 4 },
    );
    const published = "const s = Buffer.from(x); const a = 'DATA'; atob(y); String.fromCharCode(65); '\\u0041' + '%41'";
    expect(keyIdTraceMatches(published)).toEqual(reference(published));
    expect(keyIdTraceMatches(published).length).toBeGreaterThan(5);
    // Text dense with anchor characters is read by the expression from where the scan judged it so
    for (const flood of ['B', 'AB', '%5', 'A', '\\u', 'AAAA,AACA;', "A'", 'Buffer(', '\\x41']) {
      const text = `x'AK' + 'IA' ${flood.repeat(3_000)} atob(s) ${flood.repeat(50)} Buffer.from([1]) \\u0041`;
      expect(keyIdTraceMatches(text), flood).toEqual(reference(text));
    }
  });

  it('finds a run of 40 secret characters as the regex does, reading one character in forty', () => {
    const pattern = /[A-Za-z0-9+/%]{40}/u;
    const texts = [
      '',
      SECRET,
      ` ${SECRET} `,
      `${'a'.repeat(39)} ${'b'.repeat(39)}`,
      `${'a'.repeat(20)}%2B${'b'.repeat(17)}`,
      `x${'é'.repeat(50)}${'c'.repeat(40)}`,
      'ab-'.repeat(100),
    ];
    for (let seed = 0; seed < 2_000; seed++) texts.push(randomString(seed, seed % 120).replaceAll(/[^a-z]/gu, (c) => (seed % 3 ? c : ' ')));
    for (const text of texts) expect(holdsSecretRun(text), text).toBe(pattern.test(text));
  });

  it('finds the runs that can hold a secret or token as written, not long names', () => {
    // Reference: every maximal run, judged by its length, its shape, the backslash before it and a `%` in it
    const reference = (text: string): boolean =>
      [...text.matchAll(/[A-Za-z0-9+/%]+/gu)].some(({ 0: run, index }) => {
        if (run.length < 40) return false;
        if (run.length >= 100 || run.includes('%')) return true;
        if (run.length === 40) return isSecretAccessKeyShape(run);
        return run.length === 41 && text[index - 1] === '\\' && isSecretAccessKeyShape(run.slice(1));
      });
    const texts = [
      '',
      SECRET,
      ` ${SECRET}x `,
      `'\\n${SECRET}'`,
      `'n${SECRET}'`,
      'const p = defaultIAMHttpAuthSchemeParametersProvider;',
      `${'a'.repeat(20)}%2B${'b'.repeat(20)}`,
      'A'.repeat(99),
      'A'.repeat(100),
      `x${'é'.repeat(50)}${'c'.repeat(40)}`,
      `${'%'.repeat(1)}${'q'.repeat(60)}`,
      ` ${SECRET}${SECRET} `,
    ];
    for (let seed = 0; seed < 2_000; seed++) texts.push(randomString(seed, seed % 160).replaceAll(/[^a-z]/gu, (c) => (seed % 5 ? c : ' ')));
    for (const text of texts) expect(holdsCredentialRun(text), text).toBe(reference(text));
    expect(holdsCredentialRun('const p = defaultIAMHttpAuthSchemeParametersProvider;')).toBe(false);
    expect(holdsCredentialRun("type T = 'GetBucketIntelligentTieringConfiguration';")).toBe(false);
    expect(holdsCredentialRun(` ${SECRET} `)).toBe(true);
    expect(holdsCredentialRun(`'\\n${SECRET}'`)).toBe(true);
  });

  it('finds a credential prefix written out', () => {
    expect(holdsKeyIdPrefix(`x = '${KEY_ID}'`)).toBe(true);
    expect(holdsKeyIdPrefix('ACCA')).toBe(true);
    expect(holdsKeyIdPrefix("'AK' + 'IA' AIDA ACC")).toBe(false);
  });

  it('tells whether a name is written within ranges asked in pre-order', () => {
    const text = 'a secret, an ACCESS_KEY and a sessionToken';
    const within = credentialNamesWithin(text);
    // Outer ranges, then ranges inside them (answered from the names found there)
    expect([within(0, 8), within(2, 8), within(3, 8), within(9, 42), within(13, 23), within(13, 22)]).toEqual([
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
    expect([within(29, 42), within(30, 42), within(31, 42)]).toEqual([true, true, false]);
    expect(credentialNamesWithin('nothing')(0, 7)).toBe(false);
    expect(credentialNamesWithin('secretsecret')(1, 12)).toBe(true);
  });

  it('answers ranges nested deep in one another from the names found in the outermost', () => {
    // Folds nested in calls (`f('…' + g('…' + …))`): the text is read once, for the outermost range
    const depth = 2_000;
    const text = 'f('.repeat(depth) + "'secret'" + ')'.repeat(depth);
    const within = credentialNamesWithin(text);
    for (let level = 0; level < depth; level++) expect(within(level * 2, text.length - level)).toBe(true);
    expect(within(depth * 2 + 2, depth * 2 + 7)).toBe(false);
  });

  it('is fast on a megabyte of code', () => {
    const code = 'export function f(a, b) { return a + b * 2; }\n'.repeat(22_000);
    const started = performance.now();
    expect(sourceEvidence(code)).toEqual({ keyId: false, decodedOnly: false, name: false });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('huge input stays linear', () => {
  /** Fastest of three runs, in milliseconds. */
  function time(run: () => void): number {
    let best = Infinity;
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = performance.now();
      run();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  it.each<[string, (size: number) => string]>([
    ['key-ID prefixes glued together', (size) => 'AKIA'.repeat(size / 4)],
    ['one base64 run', (size) => randomString(5, size)],
    ['40-character runs with a name each', (size) => `aws_secret_access_key=${SECRET}\n`.repeat(Math.ceil(size / 63))],
    ['percent escapes', (size) => '%2F'.repeat(size / 3)],
    ['prose', (size) => 'secret key access token '.repeat(size / 24)],
  ])('%s', (_name, make) => {
    const small = make(128 * 1024);
    const large = make(1024 * 1024);
    const smallTime = time(() => scanCredentialText(small, { names: ['secretAccessKey'] }));
    const largeTime = time(() => findCredentials(large, { names: ['secretAccessKey'] }));
    // 8× the input: linear is ~8× the time; quadratic would be ~64×.
    expect(largeTime).toBeLessThan(Math.max(smallTime * 24, 250));
  });
});
