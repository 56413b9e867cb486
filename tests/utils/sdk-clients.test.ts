import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  endpointLocality,
  getCredentialTarget,
  isLocalEndpointUrl,
  isLocalHost,
  isV2GlobalConfig,
  v2ConfigInstanceOf,
  type CredentialTarget,
  type EndpointLocality,
} from '../../src/utils/sdk-clients.js';
import { getStaticValue } from '../../src/utils/static-value.js';
import { DIALECTS, runProbe, type Dialect } from './probe.js';

/**
 * `__target(new X())` / `__target(f())`: getCredentialTarget; `__endpoint({ endpoint: … })`: endpointLocality;
 * `__config(x)`: isV2GlobalConfig; `__instance(x)`: whether v2ConfigInstanceOf finds a Config.
 */
function probe(code: string, dialect: Dialect): unknown[] {
  const results: unknown[] = [];
  runProbe(code, dialect, (context) => ({
    CallExpression(node) {
      if (node.callee.type !== AST_NODE_TYPES.Identifier) return;
      const argument = node.arguments[0] as TSESTree.Node;
      const sourceCode = context.sourceCode;
      switch (node.callee.name) {
        case '__target':
          results.push(
            argument.type === AST_NODE_TYPES.NewExpression || argument.type === AST_NODE_TYPES.CallExpression
              ? getCredentialTarget(argument, sourceCode)
              : 'not a call',
          );
          break;
        case '__endpoint': {
          const value = getStaticValue(argument, sourceCode);
          results.push(value.kind === 'object' ? endpointLocality(value.properties.get('endpoint'), sourceCode) : 'not an object');
          break;
        }
        case '__config':
          results.push(isV2GlobalConfig(argument, sourceCode));
          break;
        case '__instance':
          results.push(v2ConfigInstanceOf(argument, sourceCode) !== null);
          break;
      }
    },
  }));
  return results;
}

const target = (kind: CredentialTarget['kind'], name: string): CredentialTarget => ({ kind, name }) as CredentialTarget;

describe('getCredentialTarget', () => {
  describe.each(DIALECTS)('%s', (dialect) => {
    const v3 = "const { S3Client, S3, PutObjectCommand, S3ServiceException } = require('@aws-sdk/client-s3');\n";
    const providers = "const providers = require('@aws-sdk/credential-providers');\n";
    const v2 = "const AWS = require('aws-sdk');\n";
    it.each<[string, string, CredentialTarget | null]>([
      ['v3 client', `${v3}__target(new S3Client({}));`, target('v3-client', 'S3Client')],
      ['v3 aggregated client', `${v3}__target(new S3({}));`, target('v3-client', 'S3')],
      ['v3 command', `${v3}__target(new PutObjectCommand({}));`, null],
      ['v3 exception', `${v3}__target(new S3ServiceException({}));`, null],
      ['v3 client called without new', `${v3}__target(S3Client({}));`, null],
      ['v3 lib wrapper', "const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');\n__target(DynamoDBDocumentClient.from(c));", null],
      ['fromIni', `${providers}__target(providers.fromIni());`, target('profile-provider', 'fromIni')],
      ['fromProcess', `${providers}__target(providers.fromProcess());`, target('profile-provider', 'fromProcess')],
      ['fromSSO', "const { fromSSO } = require('@aws-sdk/credential-provider-sso');\n__target(fromSSO());", target('profile-provider', 'fromSSO')],
      ['fromIni package', "const { fromIni: ini } = require('@aws-sdk/credential-provider-ini');\n__target(ini());", target('profile-provider', 'fromIni')],
      ['fromEnv', `${providers}__target(providers.fromEnv());`, target('env-provider', 'fromEnv')],
      ['fromNodeProviderChain', `${providers}__target(providers.fromNodeProviderChain());`, null],
      ['fromTemporaryCredentials', `${providers}__target(providers.fromTemporaryCredentials({}));`, null],
      ['fromStatic', "const { fromStatic } = require('@smithy/property-provider');\n__target(fromStatic({}));", target('static-provider', 'fromStatic')],
      [
        'SignatureV4',
        "const { SignatureV4 } = require('@smithy/signature-v4');\n__target(new SignatureV4({}));",
        { kind: 'signer', name: 'SignatureV4', option: 'credentials', argument: 0 },
      ],
      [
        "the SDK's SignatureV4MultiRegion",
        "const { SignatureV4MultiRegion: S } = require('@aws-sdk/signature-v4-multi-region');\n__target(new S({}));",
        { kind: 'signer', name: 'SignatureV4MultiRegion', option: 'credentials', argument: 0 },
      ],
      ['SignatureV4 called without new', "const { SignatureV4 } = require('@smithy/signature-v4');\n__target(SignatureV4({}));", null],
      ['another export of a signer module', "const { SignatureV4 } = require('@aws-sdk/signature-v4-multi-region');\n__target(new SignatureV4({}));", null],
      [
        'aws4.sign',
        "const aws4 = require('aws4');\n__target(aws4.sign({}, {}));",
        { kind: 'signer', name: 'aws4.sign', option: null, argument: 1 },
      ],
      [
        'aws4.RequestSigner',
        "const aws4 = require('aws4');\n__target(new aws4.RequestSigner({}, {}));",
        { kind: 'signer', name: 'aws4.RequestSigner', option: null, argument: 1 },
      ],
      ['aws4.sign called with new', "const aws4 = require('aws4');\n__target(new aws4.sign({}));\n", null],
      [
        "OpenSearch's AwsSigv4Signer",
        "const { AwsSigv4Signer } = require('@opensearch-project/opensearch/aws');\n__target(AwsSigv4Signer({}));",
        { kind: 'signer', name: 'AwsSigv4Signer', option: 'getCredentials', argument: 0 },
      ],
      ['a local aws4', "const aws4 = require('./aws4');\n__target(aws4.sign({}, {}));", null],
      ['v2 service', `${v2}__target(new AWS.S3());`, target('v2-options', 'AWS.S3')],
      ['v2 nested class', `${v2}__target(new AWS.DynamoDB.DocumentClient());`, target('v2-options', 'AWS.DynamoDB.DocumentClient')],
      ['v2 config class', `${v2}__target(new AWS.Config({}));`, target('v2-options', 'AWS.Config')],
      ['v2 config.update', `${v2}__target(AWS.config.update({}));`, target('v2-options', 'AWS.config.update')],
      [
        'v2 Config instance update',
        `${v2}const config = new AWS.Config();\n__target(config.update({}));`,
        { kind: 'v2-options', name: 'AWS.Config.update', configInstance: true },
      ],
      ['update of another instance', `${v2}const s3 = new AWS.S3();\n__target(s3.update({}));`, null],
      ['update of an unbound name', `__target(config.update({}));`, null],
      ['v2 config.loadFromPath', `${v2}__target(AWS.config.loadFromPath('x'));`, target('profile-provider', 'AWS.config.loadFromPath')],
      ['v2 Credentials', `${v2}__target(new AWS.Credentials('a', 'b'));`, target('v2-credentials', 'AWS.Credentials')],
      ['v2 SharedIniFileCredentials', `${v2}__target(new AWS.SharedIniFileCredentials());`, target('v2-shared-ini', 'AWS.SharedIniFileCredentials')],
      ['v2 EnvironmentCredentials', `${v2}__target(new AWS.EnvironmentCredentials('X'));`, target('v2-environment', 'AWS.EnvironmentCredentials')],
      ['v2 ProcessCredentials', `${v2}__target(new AWS.ProcessCredentials());`, target('profile-provider', 'AWS.ProcessCredentials')],
      ['v2 ChainableTemporaryCredentials', `${v2}__target(new AWS.ChainableTemporaryCredentials({}));`, null],
      ['v2 Endpoint', `${v2}__target(new AWS.Endpoint('x'));`, null],
      ['v2 util', `${v2}__target(new AWS.util.Thing());`, null],
      ['v2 other config method', `${v2}__target(AWS.config.getCredentials(cb));`, null],
      ['v2 clients file', "const S3 = require('aws-sdk/clients/s3');\n__target(new S3());", target('v2-options', 'AWS.S3')],
      ['v2 unknown clients file', "const X = require('aws-sdk/clients/newservice');\n__target(new X());", target('v2-options', 'AWS.newservice')],
      ['v2 member require', "__target(new (require('aws-sdk').SQS)());", target('v2-options', 'AWS.SQS')],
      ['local class', 'class S3Client {}\n__target(new S3Client({}));', null],
      ['user module', "const { S3Client } = require('./client-s3');\n__target(new S3Client({}));", null],
      ['unbound', '__target(new S3Client({}));', null],
    ])('%s', (_name, code, expected) => {
      expect(probe(code, dialect)).toEqual([expected]);
    });
  });

  it.each<[string, string, CredentialTarget | null]>([
    ['ESM named import', "import { S3Client } from '@aws-sdk/client-s3';\n__target(new S3Client({}));", target('v3-client', 'S3Client')],
    ['ESM namespace', "import * as s3 from '@aws-sdk/client-s3';\n__target(new s3.S3Client({}));", target('v3-client', 'S3Client')],
    ['ESM default v2', "import AWS from 'aws-sdk';\n__target(new AWS.Lambda());", target('v2-options', 'AWS.Lambda')],
    ['ESM named v2', "import { config } from 'aws-sdk';\n__target(config.update({}));", target('v2-options', 'AWS.config.update')],
    [
      'ESM default aws4',
      "import aws4 from 'aws4';\n__target(aws4.sign({}, {}));",
      { kind: 'signer', name: 'aws4.sign', option: null, argument: 1 },
    ],
  ])('%s', (_name, code, expected) => {
    expect(probe(code, 'esm')).toEqual([expected]);
  });
});

describe('isV2GlobalConfig', () => {
  it.each<[string, boolean]>([
    ["const AWS = require('aws-sdk');\n__config(AWS.config);", true],
    ["const { config } = require('aws-sdk');\n__config(config);", true],
    ["const AWS = require('aws-sdk/global');\n__config(AWS.config);", true],
    ["const AWS = require('aws-sdk');\n__config(AWS);", false],
    ["const AWS = require('aws-sdk');\n__config(AWS.config.credentials);", false],
    ['__config(AWS.config);', false],
  ])('%s', (code, expected) => {
    expect(probe(code, 'cjs')).toEqual([expected]);
  });
});

describe('v2ConfigInstanceOf', () => {
  it.each<[string, boolean]>([
    ["const AWS = require('aws-sdk');\nconst c = new AWS.Config();\n__instance(c);", true],
    ["const { Config } = require('aws-sdk');\nconst c = new Config({ region: 'x' });\n__instance(c);", true],
    // Declared, then assigned once in the same block before any read: that value
    ["const AWS = require('aws-sdk');\nlet c;\nc = new AWS.Config();\n__instance(c);", true],
    ["const AWS = require('aws-sdk');\nlet c;\nif (process.env.X) c = new AWS.Config();\n__instance(c);", false],
    ["const AWS = require('aws-sdk');\nlet c;\n__instance(c);\nc = new AWS.Config();", false],
    ["const AWS = require('aws-sdk');\nlet c;\nc = new AWS.Config();\nc = new AWS.S3();\n__instance(c);", false],
    ["const AWS = require('aws-sdk');\nconst s3 = new AWS.S3();\n__instance(s3);", false],
    ["const AWS = require('aws-sdk');\n__instance(AWS.config);", false],
    ['class Config {}\nconst c = new Config();\n__instance(c);', false],
  ])('%s', (code, expected) => {
    expect(probe(code, 'cjs')).toEqual([expected]);
  });
});

describe('isLocalHost / isLocalEndpointUrl', () => {
  it.each<[string, boolean]>([
    ['http://localhost:4566', true],
    ['localhost:8000', true],
    ['HTTP://LOCALHOST', true],
    ['https://s3.localhost.localstack.cloud:4566', true],
    ['http://localstack:4566', true],
    ['http://localstack-main:4566', true],
    ['http://minio.localhost:9000', true],
    ['http://127.0.0.1:8000', true],
    ['http://127.1.2.3', true],
    ['http://[::1]:4566', true],
    ['http://0.0.0.0:8000', true],
    ['http://host.docker.internal:4566', true],
    // one label: a docker-compose service, a machine of the local network; no AWS endpoint is one
    ['http://dynamodb-local:8000', true],
    ['http://minio:9000', true],
    ['http://dynamo_db:8000', true],
    [' http://localhost:4566 ', true],
    ['https://s3.eu-west-1.amazonaws.com', false],
    ['https://localhost.example.com', false],
    ['http://128.0.0.1', false],
    ['http://10.0.0.5:4566', false],
    ['dynamodb.us-east-1.amazonaws.com', false],
    ['http://mylocalstack.com', false],
    ['', false],
    ['not a url at all', false],
    ['http://', false],
    [`http://${'a'.repeat(5_000)}.localhost`, false],
  ])('%j → %s', (url, expected) => {
    expect(isLocalEndpointUrl(url)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['localhost', true],
    ['[::1]', true],
    ['localhost.', true],
    ['dynamodb-local', true],
    ['example.com', false],
    ['::ffff:a00:1', false],
    ['12345', false],
  ])('host %j → %s', (host, expected) => {
    expect(isLocalHost(host)).toBe(expected);
  });
});

describe('endpointLocality', () => {
  describe.each(DIALECTS)('%s', (dialect) => {
    it.each<[string, EndpointLocality]>([
      ["__endpoint({ endpoint: 'http://localhost:4566' });", 'local'],
      ["const LOCAL = 'http://127.0.0.1:8000';\n__endpoint({ endpoint: LOCAL });", 'local'],
      ['__endpoint({ endpoint: `http://localhost:${port}` });', 'local'],
      ['__endpoint({ endpoint: `https://s3.${region}.amazonaws.com` });', 'remote'],
      ['__endpoint({ endpoint: `https://${account}.r2.cloudflarestorage.com` });', 'foreign'],
      ["__endpoint({ endpoint: 'https://nyc3.digitaloceanspaces.com' });", 'foreign'],
      ["__endpoint({ endpoint: 'http://minio.internal:9000' });", 'foreign'],
      ["__endpoint({ endpoint: 'https://10.0.0.5:9000' });", 'remote'],
      ["__endpoint({ endpoint: 'https://bucket.vpce-1a2b.s3.us-east-1.vpce.amazonaws.com' });", 'remote'],
      ["__endpoint({ endpoint: 'https://s3.cn-north-1.amazonaws.com.cn' });", 'remote'],
      ['__endpoint({ endpoint: `https://${host}.com` });', 'unknown'],
      ['__endpoint({ endpoint: `https://${host}` });', 'unknown'],
      ['__endpoint({ endpoint: `http://${host}:${port}` });', 'local'],
      ['__endpoint({ endpoint: `http://${host}:4569/` });', 'local'],
      ['__endpoint({ endpoint: `http://${bucket}.s3.amazonaws.com:80` });', 'remote'],
      ['__endpoint({ endpoint: `https://${host}:${port}` });', 'unknown'],
      ['__endpoint({ endpoint: `http://${host}` });', 'unknown'],
      ["__endpoint({ endpoint: { hostname: 'storage.example.net' } });", 'foreign'],
      ['__endpoint({ endpoint: `https://dynamodb.eu-west-1.amazonaws.com/${path}` });', 'remote'],
      ["__endpoint({ endpoint: new URL('http://localhost:4566') });", 'local'],
      ["__endpoint({ endpoint: { url: new URL('http://localhost:4566') } });", 'local'],
      ["__endpoint({ endpoint: { hostname: 'localhost', protocol: 'http:', port: 4566, path: '/' } });", 'local'],
      ["__endpoint({ endpoint: 'https://s3.eu-west-1.amazonaws.com' });", 'remote'],
      ["__endpoint({ endpoint: offline ? 'http://localhost:8000' : undefined });", 'maybe-local'],
      ["__endpoint({ endpoint: process.env.ENDPOINT || 'http://localhost:4566' });", 'maybe-local'],
      ["const ENDPOINT = process.env.ENDPOINT || 'http://localhost:4566';\n__endpoint({ endpoint: ENDPOINT });", 'maybe-local'],
      ["let endpoint = 'http://localhost:4566';\nendpoint = other;\n__endpoint({ endpoint });", 'unknown'],
      ["__endpoint({ endpoint: a ? 'http://localhost:1' : 'http://127.0.0.1:2' });", 'local'],
      ['__endpoint({ endpoint: process.env.ENDPOINT });', 'unknown'],
      ['__endpoint({ endpoint: getEndpoint() });', 'unknown'],
      ["__endpoint({ endpoint: new Other('http://localhost') });", 'unknown'],
      ['__endpoint({ endpoint: undefined });', 'absent'],
      ["__endpoint({ endpoint: '' });", 'absent'],
      ["__endpoint({ region: 'eu-west-1' });", 'absent'],
    ])('%s', (code, expected) => {
      expect(probe(code, dialect)).toEqual([expected]);
    });
  });

  it('reads v2 AWS.Endpoint through the import', () => {
    expect(
      probe(
        "import AWS from 'aws-sdk';\n__endpoint({ endpoint: new AWS.Endpoint('http://localhost:4566') });\n__endpoint({ endpoint: new Endpoint('http://localhost:4566') });",
        'esm',
      ),
    ).toEqual(['local', 'unknown']);
  });

  it('does not take a local URL class for the global one', () => {
    expect(probe("class URL {}\n__endpoint({ endpoint: new URL('http://localhost:4566') });", 'esm')).toEqual(['unknown']);
  });
});
