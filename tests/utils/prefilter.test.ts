import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { awsApi } from '../../src/utils/modules.js';
import { DIALECTS, runProbe } from './probe.js';
import {
  mayImportAwsSdk,
  mayImportCdk,
  mayImportLambdaTypes,
  mayImportSdkClientOf,
  mayHideNames,
  mayMention,
  holdsHtmlEntity,
  includesText,
} from '../../src/utils/prefilter.js';

/** The prefilters read only the text; each call gets a fresh object (the caches are per SourceCode). */
function source(text: string): Readonly<TSESLint.SourceCode> {
  return { text } as unknown as Readonly<TSESLint.SourceCode>;
}

describe('mayMention', () => {
  it.each([
    ['the word itself', 'const doc = { Statement: [] };', true],
    ['inside a longer name', 'const xStatementy = 1;', true],
    ['absent, no escapes', 'const a = "line\\n" + \'it\\\'s\' + `\\t`;', false],
    ['absent, escaped backslashes only', String.raw`const re = '\\d+\\s';`, false],
    ['a unicode escape could spell it', String.raw`const k = '\u0053tatement';`, true],
    ['a code point escape', String.raw`const k = '\u{53}tatement';`, true],
    ['a hex escape', String.raw`const k = '\x53tatement';`, true],
    ['an octal escape', String.raw`const k = '\123tatement';`, true],
    ['a needless escape', String.raw`const k = '\Statement';`, true],
    [
      'needless escapes of punctuation no name holds (a regular expression source)',
      String.raw`const re = new RegExp('^[/.a-z0-9-\*]+\(\)\[\]\{\}\|\^\,\;\!\#\%\&\<\>\~\?$');`,
      false,
    ],
    ['a needless escape of a dot', String.raw`const host = 'api\.example';`, true],
    ['a needless escape of a dollar sign', 'const t = `\\${x}`;', true],
    ['a needless escape of a colon', String.raw`const action = 's3\:GetObject';`, true],
    ['a line continuation', 'const k = \'State\\\nment\';', true],
    ['an escaped identifier', String.raw`const \u0053tatement = 1;`, true],
    ['an HTML entity (JSX)', 'const a = <p title="&#83;tatement" />;', true],
    ['an ampersand that is no entity', 'const a = b && c;', false],
    ['a trailing backslash', 'const a = 1; \\', true],
    ['an empty file', '', false],
  ])('%s', (_name, text, expected) => {
    expect(mayMention(source(text), 'Statement')).toBe(expected);
  });
});

describe('mayHideNames, on parsed code', () => {
  it.each([
    ['escapes in regular expression literals only', String.raw`const re = /\d+\.\w/u; const b = /[\x41-\x5a]/;`, false],
    ['escapes in comments only', 'const a = 1; // \\u0041 \\d\n/* \\x41 */', false],
    ['an escape in a string after a regular expression', String.raw`const re = /\d/; const k = '\x53';`, true],
    ['an escape in a template', 'const re = /\\d/; const k = `\\u0053`;', true],
    ['an escape in a name', String.raw`const re = /\d/; const \u0053x = 1;`, true],
    ['a regular expression source in a string', String.raw`const re = new RegExp('\d+');`, true],
  ])('%s', (_name, code, expected) => {
    for (const dialect of DIALECTS) {
      let answer: boolean | undefined;
      runProbe(code, dialect, (context) => {
        answer = mayHideNames(context.sourceCode);
        return {};
      });
      expect(answer, dialect).toBe(expected);
    }
  });
});

describe('holdsHtmlEntity', () => {
  const ENTITY = /&[#\w]+;/u;
  it.each([
    ['a named entity', 'a &amp; b', true],
    ['a decimal entity', '<p>&#65;KIA</p>', true],
    ['a hex entity', '&#x41;', true],
    ['an entity at the very end', 'x &lt;', true],
    ['logical and', 'a && b; c & d;', false],
    ['an ampersand before a semicolon', 'a &;', false],
    ['an entity after many ampersands', '&&&&&&&&&&&&&&&&amp;', true],
    ['a run that ends the text', '&abc', false],
    ['an empty text', '', false],
  ])('%s', (_name, text, expected) => {
    expect(holdsHtmlEntity(text)).toBe(expected);
    expect(holdsHtmlEntity(text)).toBe(ENTITY.test(text));
  });

  it('answers as the regex does on random texts over its alphabet', () => {
    const alphabet = ['&', ';', '#', 'a', 'Z', '0', '_', ' ', '-', '\u00e9', '$'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let round = 0; round < 5_000; round++) {
      const length = next() % 12;
      let text = '';
      for (let index = 0; index < length; index++) text += alphabet[next() % alphabet.length];
      expect(holdsHtmlEntity(text), JSON.stringify(text)).toBe(ENTITY.test(text));
    }
  });
});

describe('includesText, for a package name', () => {
  it.each([
    ['the name', `import x from 'aws-sdk';`, true],
    ['the name inside a longer one', `import x from '@aws-sdk/client-s3';`, true],
    ['the tail alone', `const a = 'my-sdk';`, false],
    ['the head alone', `const awssdk = 1;`, false],
    ['both, apart', `const a = 'aws'; const b = 'x-sdk';`, false],
    ['neither', `const a = 1;`, false],
    ['an empty text', '', false],
  ])('%s', (_name, text, expected) => {
    expect(includesText(text, 'aws-sdk')).toBe(expected);
    expect(includesText(text, 'aws-sdk')).toBe(text.includes('aws-sdk'));
  });
});

describe('includesText', () => {
  it.each([
    ['at the start', 'export const a = 1;', 'export', true],
    ['the anchor with no room before it', 'xport const a = 1;', 'export', false],
    ['the anchor after another prefix, then the word', 'const expxport = 1; export {};', 'export', true],
    ['at the very end', 'const a = 1; // cdk', 'cdk', true],
    ['only the part before the anchor', 'const cd = 1;', 'cdk', false],
    ['a word of one character', 'a.k', 'k', true],
    ['an empty word', 'abc', '', true],
    ['an empty text', '', 'export', false],
    ['sst.aws. cut by the anchor', 'const ws = sst.aw; a.ws.b', 'sst.aws.', false],
    ['sst.aws.', 'new sst.aws.Function()', 'sst.aws.', true],
  ])('%s', (_name, text, word, expected) => {
    expect(includesText(text, word)).toBe(expected);
    expect(includesText(text, word)).toBe(text.includes(word));
  });

  it('answers as String#includes on random texts over a small alphabet', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const alphabet = 'exportcdk. sw';
    const words = ['export', 'xport', 'cdk', 'sst.aws.', 'ws.', 'kk', 'e'];
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = next() % 40;
      for (let index = 0; index < length; index++) text += alphabet[next() % alphabet.length];
      for (const word of words) expect(includesText(text, word), `${word} in ${JSON.stringify(text)}`).toBe(text.includes(word));
    }
  });
});

describe('mayImportAwsSdk / mayImportCdk', () => {
  it.each([
    ["import { S3Client } from '@aws-sdk/client-s3';", true, false],
    ['const AWS = require("aws-sdk");', true, false],
    ["const S3 = require('aws-sdk/clients/s3');", true, false],
    ['const m = await import(`@aws-sdk/lib-dynamodb`);', true, false],
    ["import * as cdk from 'aws-cdk-lib';", false, true],
    ["import { aws_iam as iam } from 'aws-cdk-lib';", false, true],
    ["import * as iam from 'aws-cdk-lib/aws-iam';", false, true],
    ["import * as iam from '@aws-cdk/aws-iam';", false, true],
    ["import iam = require('aws-cdk-lib/aws-iam');", false, true],
    ["import { Construct, aws_iam as iam } from 'monocdk';", false, true],
    ["const iam = require('monocdk/aws-iam');", false, true],
    ["import { x } from 'monocdk-experiment';", false, false],
    // Mentions that are not specifiers
    ["const fqn = 'aws-cdk-lib.aws_iam.PolicyStatement'; // from aws-sdk docs", false, false],
    ["import { x } from 'aws-sdk-client-mock';", false, false],
    ["import { x } from '../aws-sdk';", false, false],
    ["import { x } from './local';", false, false],
    // An escape could spell any specifier
    [String.raw`const AWS = require('aws\x2dsdk');`, true, true],
  ])('%s', (text, sdk, cdk) => {
    expect(mayImportAwsSdk(source(text))).toBe(sdk);
    expect(mayImportCdk(source(text))).toBe(cdk);
  });

  // Every specifier awsApi knows must pass the prefilter of its family, in every kind of quote.
  it.each([
    ['aws-sdk', 'sdk-v2'],
    ['aws-sdk/global', 'sdk-v2'],
    ['aws-sdk/clients/s3', 'sdk-v2'],
    ['@aws-sdk/client-iam', 'sdk-v3'],
    ['@aws-sdk/credential-providers', 'sdk-v3'],
    ['aws-cdk-lib', 'cdk'],
    ['aws-cdk-lib/core', 'cdk'],
    ['aws-cdk-lib/aws-iam', 'cdk'],
    ['@aws-cdk/core', 'cdk'],
    ['@aws-cdk/aws-apigatewayv2-alpha', 'cdk'],
  ])('%s is family %s and passes its prefilter', (specifier, family) => {
    expect(awsApi({ module: specifier, path: [] })?.family).toBe(family);
    for (const quote of ["'", '"', '`']) {
      const sourceCode = source(`const m = require(${quote}${specifier}${quote});`);
      expect(family === 'cdk' ? mayImportCdk(sourceCode) : mayImportAwsSdk(sourceCode)).toBe(true);
    }
  });
});

describe('mayImportLambdaTypes', () => {
  it.each([
    ["import type { Handler } from 'aws-lambda';", true],
    ['import type { Context } from "aws-lambda";', true],
    ["import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';", true],
    ["import { Logger } from '@aws-lambda-powertools/logger';", false],
    ["import { handle } from 'hono/aws-lambda'; // aws-lambda", false],
    ["const name = 'aws-lambda-fastify';", false],
    [String.raw`import type { Handler } from 'aws\u002dlambda';`, true],
    // CDK code spells the name often before (or without) the specifier itself
    ["import * as fn from 'aws-cdk-lib/aws-lambda'; // aws-lambda\nimport type { Context } from 'aws-lambda';", true],
    ["import * as fn from 'aws-cdk-lib/aws-lambda';\nconst x = `@aws-lambda-powertools/commons`;", true],
    ["import * as fn from 'aws-cdk-lib/aws-lambda';\nconst p = '/@aws-lambda-powertools/commons';", false],
  ])('%s', (text, expected) => {
    expect(mayImportLambdaTypes(source(text))).toBe(expected);
  });
});

describe('mayImportSdkClientOf', () => {
  const services = new Set(['iam', 'secretsmanager']);
  it.each([
    ["import { IAMClient } from '@aws-sdk/client-iam';", true],
    ["import { PutResourcePolicyCommand } from '@aws-sdk/client-secrets-manager';", true],
    ["const { IAM } = require('@aws-sdk/client-iam/dist-cjs/index.js');", true],
    ["const AWS = require('aws-sdk');", true],
    ["const IAM = require('aws-sdk/clients/iam');", true],
    ["import { S3Client } from '@aws-sdk/client-s3';", false],
    ["import { IAMClient } from '@aws-sdk/client-iamx';", false],
    ["import { fromIni } from '@aws-sdk/credential-providers';", false],
    ["const name = '@aws-sdk/client-iam'; // no import, still a candidate", true],
    ['// nothing of the SDK', false],
  ])('%s', (text, expected) => {
    expect(mayImportSdkClientOf(source(text), services)).toBe(expected);
  });
});
