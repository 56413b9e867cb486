import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-wildcard-iam-policy.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import { itMatchesEslint9 } from './eslint-v9-parity.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

// Every invalid case states the exact span of the wildcard it reports: the '*' element, the identifier used in
// the statement when the value is defined elsewhere, the JSON token inside a string, the CDK call or principal.
// No finding has a fix or a suggestion (narrowing a policy changes behaviour).

/** Message data of an `allResources` finding on `'*'`. */
const ALL_RESOURCES = { value: '*' };
/** Message data of an `allResources` finding on `arn:aws:s3:::*\/*` (written as `value`). */
function everyObject(value: string): { value: string; scope: string } {
  return { value, scope: 'every object in every S3 bucket (a whole-service wildcard ARN)' };
}
/** Message data of an `allResources` finding on an ARN of every resource of one service (`arn:aws:s3:::*`). */
function serviceWide(value: string, service: string): { value: string; scope: string } {
  return { value, scope: `every ${service} resource (a whole-service wildcard ARN)` };
}

// Deep nesting must not blow the stack. The parsers themselves give up a little beyond 500 levels of nested
// source, so source nesting is tested at 500; JSON text inside a string is not parsed by them: 10,000 levels.
const DEEP = `const p = { Version: '2012-10-17', Statement: ${'['.repeat(500)}${']'.repeat(500)} };
import * as iam from 'aws-cdk-lib/aws-iam';
new iam.Role(this, 'R', { assumedBy: ${'new iam.CompositePrincipal('.repeat(500)}new iam.AnyPrincipal()${')'.repeat(500)} });`;
const DEEP_JSON = `const p = '{"Version":"2012-10-17","Statement":${'['.repeat(10_000)}${']'.repeat(10_000)}}';
const q = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}]}';`;
/**
 * Intrinsics that fan out: five constants, each an `Fn::Join` of 100 uses of the next (100^5 pieces if expanded).
 * Reading the principal must stay bounded (it ran out of memory once); the root is not proven, so `kms:*` stays.
 */
const FAN_OUT_LEVELS = ['L0', 'L1', 'L2', 'L3', 'L4'];
const FAN_OUT_INTRINSICS = `import * as iam from 'aws-cdk-lib/aws-iam';
const L5 = 'x';
${FAN_OUT_LEVELS.map((name, level) => `const ${name} = { 'Fn::Join': ['', [${Array(100).fill(`L${level + 1}`).join(', ')}]] };`)
  .reverse()
  .join('\n')}
export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: L0 }, Action: 'kms:*', Resource: '*' }] };`;
/** A long JSON policy in one string. */
const LONG_JSON = `const p = '${JSON.stringify({
  Version: '2012-10-17',
  Statement: Array.from({ length: 2_000 }, (_, index) => ({
    Effect: 'Allow',
    Action: `s3:GetObject${index}`,
    Resource: `arn:aws:s3:::bucket-${index}/*`,
  })),
})}';`;

const tsValid: Valid[] = [
  {
    name: 'CDK for Terraform: a policy document statement scoped by a condition or to one ARN, permissions scoped or to a service, the basic execution policy, a look-alike',
    code: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { DataAwsIamPolicyDocument as Lookalike } from './local';
export class Scoped extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new DataAwsIamPolicyDocument(this, 'scoped', {
      statement: [
        { actions: ['s3:GetObject'], resources: ['*'], condition: [{ test: 'StringEquals', variable: 'aws:ResourceAccount', values: ['123456789012'] }] },
        { actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:orders'] },
      ],
    });
    new LambdaPermission(this, 'api', { functionName: 'f', action: 'lambda:InvokeFunction', principal: 'apigateway.amazonaws.com' });
    new LambdaPermission(this, 'scoped-perm', { functionName: 'f', action: 'lambda:InvokeFunction', principal: '*', sourceArn: 'arn:aws:execute-api:us-east-1:123456789012:abc/*' });
    new IamRolePolicyAttachment(this, 'basic', { role: 'r', policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });
    new Lookalike(this, 'x', { statement: [{ actions: ['s3:*'], resources: ['*'] }] });
  }
}`,
  },
  {
    name: "a Lambda authorizer's answer given its policy document by member assignment (AWS's blueprint): not an IAM policy",
    code: `import type { APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
export const handler = async (event: APIGatewayTokenAuthorizerEvent) => {
  const authResponse: any = { principalId: 'user' };
  const policyDocument: any = { Version: '2012-10-17', Statement: [] };
  policyDocument.Statement.push({ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' });
  authResponse.policyDocument = policyDocument;
  const later: any = {};
  later.principalId = event.authorizationToken;
  later.policyDocument = { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }] };
  return event.type === 'TOKEN' ? authResponse : later;
};`,
  },
  {
    name: "a Cognito user pool's SMS role (trusted by cognito-idp alone) publishing to phone numbers, which have no ARN",
    filename: 'serverless/cognito.ts',
    code: `export const resources = {
  CognitoSmsRole: {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: ['cognito-idp.amazonaws.com'] }, Action: 'sts:AssumeRole' }],
      },
      Policies: [
        { PolicyName: 'sms', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:publish', Resource: '*' }] } },
      ],
    },
  },
};`,
  },
  {
    name: "a CDK role only Cognito assumes (a user pool's SMS role) publishing to phone numbers: inline policy, addToPolicy",
    code: `import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
export class AuthStack extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    new iam.Role(this, 'SmsRole', {
      assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com', { conditions: { StringEquals: { 'sts:ExternalId': 'x' } } }),
      inlinePolicies: {
        sms: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] }),
      },
    });
    const smsRole = new iam.Role(this, 'SmsRole2', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') });
    const publish = new iam.PolicyStatement({ actions: ['sns:publish'], resources: ['*'] });
    smsRole.addToPolicy(publish);
    smsRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
  }
}`,
  },
  {
    name: "a CDK iam.Policy attached only to Cognito SMS roles publishing to phone numbers: roles prop, attachInlinePolicy, attachToRole, a document, addStatements; its construct node read, a dependency",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NagSuppressions } from 'cdk-nag';
import { addCfnNagSuppressRules } from './cfn-nag';
declare const stack: any;
const smsRole = new iam.Role(stack, 'SmsRole', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') });
const inline = new iam.Policy(stack, 'A', { statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
smsRole.attachInlinePolicy(inline);
const cfnInline = inline.node.defaultChild as iam.CfnPolicy;
addCfnNagSuppressRules(cfnInline, [{ id: 'W12', reason: 'SMS to phone numbers' }]);
cfnInline.addMetadata('checkov', { skip: [] });
NagSuppressions.addResourceSuppressions(inline, [{ id: 'AwsSolutions-IAM5', reason: 'SMS' }]);
stack.node.addDependency(smsRole, inline);
new iam.Policy(stack, 'B', { roles: [smsRole], statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
const attached = new iam.Policy(stack, 'C', {
  document: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] }),
});
attached.attachToRole(smsRole);
const grown = new iam.Policy(stack, 'D');
grown.addStatements(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
smsRole.attachInlinePolicy(grown);`,
  },
  {
    name: 'statement lists a module keeps to itself, lists not in IAM\'s shape, and lists under other names',
    code: `const statements = [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }];
export const count = statements.length;
export const labelStatements = [{ Effect: 'fade', duration: 2 }];
export const policyStatements = [{ effect: 'allow', actions: ['kms:*'], resources: ['*'] }];
export const rules = [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }];`,
  },
  {
    name: "new PolicyStatement(props) over a loop's props: each element read on its own (a star-only action on '*', a scoped one)",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const SPECS: iam.PolicyStatementProps[] = [
  { actions: ['s3:ListAllMyBuckets'], resources: ['*'] },
  { actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:q'] },
];
for (const spec of SPECS) new iam.PolicyStatement(spec);
export const statementFor = (props: iam.PolicyStatementProps) => new iam.PolicyStatement(props);`,
  },
  {
    name: "a helper's parameters read in two fields of a statement are paired by each call: star-only actions on '*', object actions on an ARN",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const allow = (actions: string[], resources: string[]) => new iam.PolicyStatement({ actions, resources });
export const list = allow(['s3:ListAllMyBuckets'], ['*']);
export const read = allow(['s3:GetObject'], ['arn:aws:s3:::uploads/*']);
export const scoped = (service: string, arn: string) => new iam.PolicyStatement({ actions: [\`\${service}:GetObject\`], resources: [arn] });
scoped('s3', 'arn:aws:s3:::uploads/*');`,
  },
  {
    name: "a template of two of a helper's parameters: each call's action (star-only on '*'); a loop variable beside a parameter, or a call the rule cannot read, stays quiet",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const verbFromConfig: string;
const grant = (service: string, verb: string) => new iam.PolicyStatement({ actions: [\`\${service}:\${verb}\`], resources: ['*'] });
export const identity = grant('sts', 'GetCallerIdentity');
export const buckets = grant('s3', 'ListAllMyBuckets');
const grantAll = (service: string, arn: string) => ['*', 'Get*'].map((verb) => new iam.PolicyStatement({ actions: [\`\${service}:\${verb}\`], resources: [arn] }));
export const loops = grantAll('s3', 'arn:aws:s3:::b');
const scoped = (service: string, verb: string) => new iam.PolicyStatement({ actions: [\`\${service}:\${verb}\`], resources: ['arn:aws:s3:::b'] });
export const known = scoped('s3', '*');
export const unknown = scoped('s3', verbFromConfig);`,
  },
  {
    name: "a helper's parameter read in a statement: calls that give star-only actions on '*', or no call in the file",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const allow = (actions: string[]) => new iam.PolicyStatement({ actions, resources: ['*'] });
export const list = allow(['s3:ListAllMyBuckets']);
export const statementFor = (actions: string[]) => new iam.PolicyStatement({ actions, resources: ['*'] });`,
  },
  {
    name: "grant on a receiver that is not known to be CDK's: untyped, any, a type of the file, a class of its own",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
interface Acl { grant(user: string, permission: string): void }
export function share(acl: Acl, roles: any, user: string, fn: iam.IGrantable, registry) {
  acl.grant(user, 's3:*');
  roles.grant(user, '*');
  registry.grant(fn, 'dynamodb:*');
}
export class Store { grant(p: iam.IGrantable, ...a: string[]) {} open(fn: iam.IGrantable) { this.grant(fn, 'dynamodb:*'); } }`,
  },
  {
    name: 'L1 queue policies scoped by a source ARN, and a class of another module by the same name',
    code: `import * as sqs from 'aws-cdk-lib/aws-sqs';
import { CfnQueuePolicy as Other } from './my-constructs';
export function policies(scope: any, queue: sqs.Queue, topicArn: string) {
  new sqs.CfnQueuePolicy(scope, 'QP', {
    queues: [queue.queueUrl],
    policyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: queue.queueArn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }] },
  });
  new sqs.CfnQueuePolicy(scope, 'QP2', {
    queues: [queue.queueUrl],
    policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queue.queueArn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }] },
  });
  new Other(scope, 'X', { policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: '*' }] } });
}`,
  },
  {
    name: 'a bucket without public read access, and grantPublicAccess on an object of a type of the file',
    code: `import * as s3 from 'aws-cdk-lib/aws-s3';
interface Share { grantPublicAccess(): void }
export function f(scope: any, share: Share) {
  new s3.Bucket(scope, 'Private', { publicReadAccess: false, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
  share.grantPublicAccess();
}
// A bucket class granting what its props ask (CDK's own Bucket does this)
export class SiteBucket extends s3.Bucket {
  constructor(scope: any, id: string, props: { open?: boolean }) {
    super(scope, id);
    if (props.open) this.grantPublicAccess();
  }
}`,
  },
  {
    name: 'a NotAction / NotResource Deny guard that leaves out other actions or resources scopes the Allow',
    code: `export const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', NotAction: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
  ],
};
export const byResource = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:*', NotResource: 'arn:aws:s3:::public-b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
  ],
};`,
  },
  {
    name: 'a const list of actions grown by push with narrow values only, and one changed otherwise (not read)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const role: iam.Role;
declare const extra: boolean;
const actions = ['s3:GetObject'];
if (extra) actions.push('s3:PutObject', 's3:DeleteObject');
role.addToPolicy(new iam.PolicyStatement({ actions, resources: ['arn:aws:s3:::b/*'] }));
const changed = ['s3:GetObject'];
changed.push('s3:*');
changed.length = 1;
role.addToPolicy(new iam.PolicyStatement({ actions: changed, resources: ['arn:aws:s3:::b/*'] }));`,
  },
  {
    name: 'grown statement lists that stay quiet: only scoped statements pushed, a list also spliced, more than 16 push calls (not read)',
    code: `const safe: object[] = [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }];
safe.push({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' });
export const safePolicy = { Version: '2012-10-17', Statement: safe };
const spliced: object[] = [];
spliced.push({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
spliced.splice(0, 1);
export const splicedPolicy = { Version: '2012-10-17', Statement: spliced };
const many: object[] = [];
${Array.from({ length: 17 }, (_, index) => `many.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b${index}/*' });`).join('\n')}
many.push({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
export const manyPolicy = { Version: '2012-10-17', Statement: many };`,
  },
  {
    name: "pushes onto a document the rule cannot read that stay quiet: scoped statements, an authorizer's answer, a lower-case list, other shapes, a computed method",
    code: `declare function makeAnswer(): { policyDocument: { Statement: object[] } };
declare const report: { statement: object[]; Statement: object[] };
declare const doc: { Statement: object[] };
declare const method: 'push';
export function build(role: { policy: { Statement: object[] } }) {
  role.policy.Statement.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
  role.policy.Statement.push({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
  const answer = makeAnswer();
  answer.policyDocument.Statement.push({ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' });
  report.statement.push({ Effect: 'Allow', Action: '*', Resource: '*' });
  report.Statement.push({ Effect: 'Allow', Action: '*' }, { value: '*', Resource: '*' });
  doc.Statement[method]({ Effect: 'Allow', Action: '*', Resource: '*' });
  return answer;
}`,
  },
  {
    name: "a document's Statement list grown through its name stays quiet when the name may change the list otherwise, and an authorizer's document grown so (in its answer, or through a name)",
    code: `declare const key: string;
declare function merge(target: object, source: object): void;
const reassigned = { Version: '2012-10-17', Statement: [] as object[] };
reassigned.Statement.push({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
reassigned.Statement = [];
export { reassigned };
const spliced = { Version: '2012-10-17', Statement: [] as object[] };
spliced.Statement.push({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
spliced.Statement.splice(0, 1);
export { spliced };
const computed = { Version: '2012-10-17', Statement: [] as object[] };
computed.Statement.push({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
(computed as Record<string, unknown>)[key] = [];
export { computed };
const scoped = { Version: '2012-10-17', Statement: [] as object[] };
scoped.Statement.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
export { scoped };
export const handler = async (event: { methodArn: string }) => {
  const answer = { principalId: 'user', policyDocument: { Version: '2012-10-17', Statement: [] as object[] } };
  answer.policyDocument.Statement.push({ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' });
  return answer;
};
export const authorize = async () => {
  const policyDocument = { Version: '2012-10-17', Statement: [] as object[] };
  policyDocument.Statement.push({ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' });
  return { principalId: 'user', policyDocument };
};`,
  },
  {
    name: "an API Gateway authorizer's policy document returned by a function of the file whose every call answers the authorizer",
    code: `import type { APIGatewayAuthorizerResult, PolicyDocument } from 'aws-lambda';
const allowAll = (): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }],
});
function denyAll() {
  return { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Deny', Resource: '*' }] };
}
export const handler = async (event: { authorizationToken: string }): Promise<APIGatewayAuthorizerResult> => {
  if (event.authorizationToken !== 'ok') return { principalId: 'anon', policyDocument: denyAll() };
  const policyDocument = allowAll();
  return { principalId: 'user', policyDocument };
};`,
  },
  {
    name: 'under a policy key: a Version that is no IAM version, a Lambda authorizer answer and its context',
    code: `export const oss = { policy: JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: ['oss:*'], Resource: ['*'] }] }) };
export const weird = { policy: { Version: 3, Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };
export const authorize = async () => ({
  principalId: 'user',
  policy: { Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }] },
  context: { policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: '*' }] }) },
});`,
  },
  {
    name: 'a Statement without Version that is no policy document: not under policy, or not written with IAM keys',
    code: `declare const statements: unknown[];
export const config = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
export const a = { policy: { Statement: statements } };
export const b = { policy: JSON.stringify({ Statement: [{ Sid: 'x', Rules: ['*'] }] }) };`,
  },
  {
    name: 'AwsCustomResource: an assumed role in every branch, a policy chosen between a scoped one and an unknown one',
    code: `import * as cr from 'aws-cdk-lib/custom-resources';
export function stack(scope: any, cond: boolean, arn: string, other: cr.AwsCustomResourcePolicy) {
  new cr.AwsCustomResource(scope, 'A', {
    onCreate: { service: 'SSM', action: 'putParameter', assumedRoleArn: cond ? arn : 'arn:aws:iam::123456789012:role/r' },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
  new cr.AwsCustomResource(scope, 'B', {
    onCreate: { service: 'SSM', action: 'putParameter' },
    policy: cond ? cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [arn] }) : other,
  });
}`,
  },
  {
    name: 'an Object Lambda function answering through WriteGetObjectResponse on * (AWS grants it so)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
export function allowObjectLambda(fn: lambda.IFunction): void {
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3-object-lambda:WriteGetObjectResponse'], resources: ['*'] }));
}`,
  },
    {
      name: 'quiet: an open access policy (anyone, es:ESHttp*) on an OpenSearch domain with fine-grained access control is what AWS recommends: the domain authenticates e',
      code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Domain, EngineVersion } from 'aws-cdk-lib/aws-opensearchservice';
import { SecretValue, Stack } from 'aws-cdk-lib';

export class SearchStack extends Stack {
  constructor(scope: any, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    const accessPolicy = new iam.PolicyStatement();
    accessPolicy.addAnyPrincipal();
    accessPolicy.addResources(\`arn:aws:es:\${this.region}:\${this.account}:domain/search/*\`);
    accessPolicy.addActions('es:ESHttp*');
    new Domain(this, 'search', {
      domainName: 'search',
      version: EngineVersion.OPENSEARCH_2_5,
      vpc,
      enforceHttps: true,
      nodeToNodeEncryption: true,
      encryptionAtRest: { enabled: true },
      fineGrainedAccessControl: { masterUserName: 'admin', masterUserPassword: SecretValue.secretsManager('os-admin') },
      accessPolicies: [accessPolicy],
    });
  }
}`,
    },
    {
      name: 'an Organizations control policy type held in a const',
      code: `import { Stack } from 'aws-cdk-lib';
import * as organizations from 'aws-cdk-lib/aws-organizations';

const SCP = 'SERVICE_CONTROL_POLICY';
export class OrgStack extends Stack {
  constructor() {
    super();
    new organizations.CfnPolicy(this, 'FullAccess', { name: 'FullAccess', type: SCP, content: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } });
  }
}`,
    },
    {
      name: 'the content of an AWS Organizations control policy (SCP or RCP: CfnPolicy props, AWS::Organizations::Policy, the SDK CreatePolicy input, beside an Organizations policy ARN) grants nothing',
      code: `import * as organizations from 'aws-cdk-lib/aws-organizations';
import { OrganizationsClient, CreatePolicyCommand } from '@aws-sdk/client-organizations';
import { simulate } from './engine';
const FULL_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
new organizations.CfnPolicy(this, 'Scp', { name: 'full', type: 'SERVICE_CONTROL_POLICY', content: FULL_ACCESS });
const template = {
  Resources: {
    Rcp: {
      Type: 'AWS::Organizations::Policy',
      Properties: {
        Type: 'RESOURCE_CONTROL_POLICY',
        Content: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] },
      },
    },
  },
};
await new OrganizationsClient({}).send(
  new CreatePolicyCommand({
    Name: 'full',
    Type: 'SERVICE_CONTROL_POLICY',
    Description: 'default',
    Content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
  }),
);
const DEFAULT_RCP = {
  arn: 'arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess',
  policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] },
};
export const result = simulate({ template, rcps: [DEFAULT_RCP] });`,
    },
  {
    name: 'a policy quoted inside prose (help text built with +) is not policy text',
    code: `export const settings = {
  wildcards: {
    description: 'Allows service wildcards in Action. Example: consider this inline policy ' +
      \`{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": ["cognito-sync:*"], "Resource": ["*"] }] }\` +
      ' If the setting is true, the check passes.',
  },
  example: 'The old role granted everything, as in ' + '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
};`,
  },
  {
    name: 'choices with no wildcard branch: a scoped default, a reassigned or changed name, an unknown default, a condition',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const props: { actions?: string[]; arn?: string; dev: boolean; scoped?: object };
let LATER = props.dev ? ['s3:*'] : ['s3:GetObject'];
LATER = ['s3:GetObject'];
const GROWN = props.dev ? ['sqs:*'] : [];
GROWN.length = 0;
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [props.arn ?? 'arn:aws:s3:::b/*'] });
new iam.PolicyStatement({ actions: LATER, resources: ['arn:aws:s3:::b/*'] });
new iam.PolicyStatement({ actions: GROWN, resources: ['arn:aws:sqs:us-east-1:1:q'] });
new iam.PolicyStatement({ actions: props.actions ?? props.dev, resources: ['arn:aws:s3:::b/*'] });
export const policy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:1:q',
    Condition: props.scoped ?? { StringEquals: { 'aws:SourceAccount': '123456789012' } } }],
};`,
  },
  {
    name: 'addManagedPolicy with a { managedPolicyArn } object on a receiver not shown to be CDK (a type of another module, an untyped parameter, a local object), or naming no AWS full-access policy',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Thing } from './thing';
export function attach(target: Thing, other) {
  target.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' });
  other.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' });
}
const local = { addManagedPolicy(policy: unknown) { return policy; } };
local.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' });
const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
role.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::123456789012:policy/TeamFullAccess' });
role.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
role.addManagedPolicy({ managedPolicyArn: arnFromElsewhere });`,
  },
  {
    name: "AWS's default key policy statement built with addAccountRootPrincipal() and addAllResources()",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
export function key(scope: any) {
  const root = new iam.PolicyStatement({ actions: ['kms:*'] });
  root.addAccountRootPrincipal();
  root.addAllResources();
  return new kms.Key(scope, 'K', { policy: new iam.PolicyDocument({ statements: [root] }) });
}`,
  },
  {
    name: 'a let assigned different statements, in a loop, in a nested function, or used before its assignment: add* calls not followed',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const dev: boolean;
let u: iam.PolicyStatement;
if (dev) u = new iam.PolicyStatement({ actions: ['s3:GetObject'] });
else u = new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::b/*'] });
u.addResources('*');
let v: iam.PolicyStatement | undefined;
for (const name of ['a', 'b']) {
  v?.addActions('s3:*');
  v = new iam.PolicyStatement({ actions: [name], resources: ['arn:aws:s3:::b'] });
}
let w: iam.PolicyStatement | undefined;
w?.addAllResources();
w = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b'] });
let x;
x = new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] });
x.effect = iam.Effect.DENY;
var z: iam.PolicyStatement;
function assign() { z = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b'] }); }
assign();
z!.addActions('s3:*');
let r;
r = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' });
r.customise();
let q = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b' });
q = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::c' });
q.addAllResources();
export { u, v, w, x, z, r, q, assign };`,
  },
  {
    name: 'choices in two fields of one statement are paired at run time: their branches are not read apart',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ actions: dev ? ['s3:GetObject'] : ['*'], resources: dev ? ['*'] : [bucketArn] });
new iam.PolicyStatement({ actions: t ? ['dynamodb:GetItem'] : ['dynamodb:ListTables'], resources: [t ? t : '*'] });`,
  },
  {
    name: 'SST v2 look-alikes: a module that only ends in /constructs, and SST named only in a comment',
    code: `import { Function } from '@acme/not-sst/constructs';
// ported from sst/constructs
export function Stack({ stack }: any) {
  new Function(stack, 'f', { handler: 'a.handler', permissions: ['s3'] });
  const routes = [{ path: '/admin', handler: 'admin.main', permissions: ['users', 'billing:read'] }];
  stack.setDefaultFunctionProps({ permissions: ['ses'] });
  return routes;
}`,
  },
  {
    name: 'Pulumi attachments of non-admin or unknown managed policies; a local class of the same name',
    code: `import * as aws from '@pulumi/aws';
import { RolePolicyAttachment } from './iam';
new aws.iam.RolePolicyAttachment('a', { role, policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole });
new aws.iam.RolePolicyAttachment('b', { role, policyArn: policy.arn });
new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] });
new RolePolicyAttachment('c', { role, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });`,
  },
  {
    name: "Pulumi policy documents: a service's trust, a condition that scopes a public principal, Deny, the key policy of the deployed account's root, look-alikes",
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { getPolicyDocument } from './policies';
export const trust = aws.iam.getPolicyDocumentOutput({
  statements: [{ actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['lambda.amazonaws.com'] }] }],
});
export const scoped = aws.iam.getPolicyDocument({
  statements: [{ actions: ['s3:GetObject'], resources: [\`\${bucketArn}/*\`], principals: [{ type: 'AWS', identifiers: ['*'] }], conditions: [{ test: 'StringEquals', variable: 'aws:PrincipalOrgID', values: ['o-abc123'] }] }],
});
export const guard = aws.iam.getPolicyDocument({ statements: [{ effect: 'Deny', actions: ['*'], resources: ['*'] }] });
export const key = aws.iam.getPolicyDocument({
  statements: [{ actions: ['kms:*'], resources: ['*'], principals: [{ type: 'AWS', identifiers: [pulumi.interpolate\`arn:aws:iam::\${accountId}:root\`] }] }],
});
export const local = getPolicyDocument({ statements: [{ actions: ['s3:*'], resources: ['*'] }] });
export const plain = { statements: [{ actions: ['s3:*'], resources: ['*'] }] };`,
  },
  {
    name: 'SST v3 permissions scoped to resources, denied, narrowed by a condition, or star-only; the same shape with no SST',
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    new sst.aws.Function('Worker', {
      handler: 'src/worker.handler',
      permissions: [
        { actions: ['s3:GetObject'], resources: [bucket.arn] },
        { effect: 'deny', actions: ['iam:*'], resources: ['*'] },
        { actions: ['s3:GetObject'], resources: ['*'], conditions: [{ test: 'StringEquals', variable: 'aws:ResourceTag/app', values: ['shop'] }] },
        { actions: ['xray:PutTraceSegments'], resources: ['*'] },
      ],
    });
    new sst.Linkable('Cache', { properties: {}, include: [sst.aws.permission({ actions: ['sqs:SendMessage'], resources: [queue.arn] })] });
  },
});`,
  },
  {
    name: 'SST v3 CognitoIdentityPool permissions scoped, denied or star-only; other keys and shorthands are not its statements',
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    new sst.aws.CognitoIdentityPool('IdentityPool', {
      userPools: [{ userPool: 'pool-id', client: 'client-id' }],
      permissions: {
        authenticated: [{ actions: ['s3:GetObject', 's3:PutObject'], resources: ['arn:aws:s3:::my-bucket/*'] }],
        unauthenticated: [{ effect: 'deny', actions: ['*'], resources: ['*'] }, { actions: ['mobileanalytics:PutEvents'], resources: ['*'] }],
      },
    });
    new sst.aws.CognitoIdentityPool('Other', { permissions: { readers: [{ actions: ['s3:*'], resources: ['*'] }], authenticated: ['s3'] } });
  },
});`,
  },
  {
    name: "identity-pool-shaped permissions in a file that does not use SST's global (a local sst)",
    code: `const sst = { aws: { CognitoIdentityPool: class { constructor(_name: string, _args: object) {} } } };
export const pool = new sst.aws.CognitoIdentityPool('P', { permissions: { authenticated: [{ actions: ['s3:*'], resources: ['*'] }] } });`,
  },
  {
    name: "SST-shaped permissions in a file that does not use SST, and a local look-alike of SST's global",
    code: `export const props = { permissions: [{ actions: ['s3:*'], resources: ['*'] }] };
const sst = { aws: { permission: (input: object) => input } };
export const linked = sst.aws.permission({ actions: ['s3:*'], resources: ['*'] });`,
  },
  {
    name: 'SST v2 permissions as constructs, grant methods and star-only actions; permissions that are not SST props',
    code: `import { Function, type StackContext } from 'sst/constructs';
export function Stack({ stack }: StackContext) {
  new Function(stack, 'Fn', { handler: 'src/fn.handler', permissions: [table, [topic, 'grantPublish'], 'xray:PutTraceSegments'] });
  const roles = { permissions: ['read', 'write'] };
  new Function(stack, 'C', { handler: 'src/c.handler', permissions: bucketPermissions });
  createFunction(stack, 'D', { handler: 'src/d.handler', permissions: withKeyPolicy(['s3']) });
}`,
  },
  {
    name: 'attachPermissions in a file that does not import SST v2',
    code: `import { thing } from './thing';
thing.attachPermissions(['s3']);`,
  },
  {
    name: 'AwsCustomResource: star-only SDK calls, named resources, an assumed role, lambda invoke, policies from statements or unread calls',
    code: `import * as cr from 'aws-cdk-lib/custom-resources';
import * as iam from 'aws-cdk-lib/aws-iam';
const id = cr.PhysicalResourceId.of('x');
export function stack(scope: any, table: { tableArn: string }, call: cr.AwsSdkCall, svc: string) {
  new cr.AwsCustomResource(scope, 'A', {
    onCreate: { service: 'EC2', action: 'describeNetworkInterfaces', physicalResourceId: id },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
  new cr.AwsCustomResource(scope, 'B', {
    onCreate: { service: 'DynamoDB', action: 'putItem', physicalResourceId: id },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [table.tableArn] }),
  });
  new cr.AwsCustomResource(scope, 'C', {
    onCreate: { service: 'SSM', action: 'getParameter', assumedRoleArn: 'arn:aws:iam::123456789012:role/r', physicalResourceId: id },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
  new cr.AwsCustomResource(scope, 'D', {
    onCreate: { service: 'Lambda', action: 'invoke', physicalResourceId: id },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
  new cr.AwsCustomResource(scope, 'E', {
    onCreate: { service: 'SSM', action: 'getParameter', physicalResourceId: id },
    policy: cr.AwsCustomResourcePolicy.fromStatements([new iam.PolicyStatement({ actions: ['ssm:GetParameter'], resources: ['arn:aws:ssm:us-east-1:123456789012:parameter/p'] })]),
  });
  new cr.AwsCustomResource(scope, 'F', {
    onCreate: call,
    onUpdate: { service: svc, action: 'getParameter', physicalResourceId: id },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
}`,
  },
  {
    name: 'AwsCustomResource and AwsCustomResourcePolicy not from CDK',
    code: `import { AwsCustomResource, AwsCustomResourcePolicy } from './my-constructs';
export const a = (scope: any) => new AwsCustomResource(scope, 'A', {
  onCreate: { service: 'SSM', action: 'getParameter' },
  policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: AwsCustomResourcePolicy.ANY_RESOURCE }),
});`,
  },
  {
    name: "CallAwsService names the service as the SDK does (sfn → states); scoped policyStatements; a star-only Polly task",
    code: `import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { CustomResourceProvider } from 'aws-cdk-lib';
export const a = (scope: any) => new tasks.CallAwsService(scope, 'A', { service: 'sfn', action: 'listStateMachines', iamResources: ['*'] });
export const b = (scope: any) => new tasks.CallAwsService(scope, 'B', { service: 'polly', action: 'startSpeechSynthesisTask', iamResources: ['*'] });
export const c = (scope: any) => CustomResourceProvider.getOrCreate(scope, 'Custom::X', {
  policyStatements: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' }],
});`,
  },
  {
    name: 'a condition chosen at run time with a branch that may narrow the resources, or scope a public principal',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export const s = (tagged: boolean, org: string) => [
  new iam.PolicyStatement({ actions: ['ec2:StopInstances'], resources: ['*'], conditions: tagged ? { StringEquals: { 'aws:ResourceTag/team': 'a' } } : undefined }),
  new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], conditions: org ? { StringEquals: { 'aws:PrincipalOrgID': org } } : {} }),
];`,
  },
  {
    name: "AWS's default key policy: the stack's own account root gets kms:* on the key (JSON, templates, intrinsics, CDK)",
    code: `import { Aws } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
export const keyPolicy = (account: string) => ({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${account}:root\` }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: [\`arn:\${Aws.PARTITION}:iam::\${Aws.ACCOUNT_ID}:root\`] }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'AWS::AccountId' }, ':root']] } }, Action: 'kms:*', Resource: '*' },
  ],
});
export const makeKey = (scope: any, account: string) =>
  new kms.Key(scope, 'Key', {
    policy: new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['kms:*'], resources: ['*'] }),
        new iam.PolicyStatement({ principals: [new iam.AccountPrincipal(account)], actions: ['kms:*'], resources: ['*'] }),
      ],
    }),
  });`,
  },
  {
    name: 'a key policy whose principals are CloudFormation intrinsics (in a list or not): a resource policy, * is the key',
    code: `export const resources = {
  AppKey: {
    Type: 'AWS::KMS::Key',
    Properties: {
      KeyPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: [{ 'Fn::GetAtt': ['AppRole', 'Arn'] }] }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: [{ Ref: 'AdminRoleArn' }, { 'Fn::ImportValue': 'ops-role' }] }, Action: 'kms:DescribeKey', Resource: '*' },
          { Effect: 'Allow', Principal: { Service: [{ 'Fn::Sub': 'logs.\${AWS::Region}.amazonaws.com' }] }, Action: 'kms:Encrypt', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: [] }, Action: 'kms:Encrypt', Resource: '*' },
          { Effect: 'Allow', NotPrincipal: { AWS: [{ Ref: 'Auditor' }] }, Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
        ],
      },
    },
  },
};`,
  },
  {
    name: "AWS's default key policy with the root ARN built by intrinsics: Fn::Join with any separator, Fn::Sub and its variables, the account ID alone",
    code: `export const KeyPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Join': [':', ['arn:aws:iam:', { Ref: 'AWS::AccountId' }, 'root']] } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: [{ 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 'iam', '', { Ref: 'AWS::AccountId' }, 'root']] }] }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': ['arn:\${Partition}:iam::\${Account}:root', { Partition: { Ref: 'AWS::Partition' }, Account: { Ref: 'AWS::AccountId' } }] } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': ['arn:aws:iam::\${Id}:root', { Id: { 'Fn::Sub': '\${AWS::AccountId}' } }] } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { Ref: 'AWS::AccountId' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': '\${AWS::AccountId}' } }, Action: 'kms:*', Resource: '*' },
  ],
};`,
  },
  {
    name: 'lists extended by push but also changed otherwise (splice, an index, length, shift, Object.assign), a let, star-only actions',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
declare const dev: boolean;
const spliced = ['s3:*'];
spliced.push('s3:GetObject');
spliced.splice(0, 1);
export const a = new PolicyStatement({ actions: spliced, resources: ['arn:aws:s3:::b/*'] });
const assigned = ['s3:*', 's3:PutObject'];
assigned.push('s3:GetObject');
assigned[0] = 's3:ListBucket';
export const b = new PolicyStatement({ actions: assigned, resources: ['arn:aws:s3:::b/*'] });
const emptied = ['*'];
emptied.push('arn:aws:s3:::b/*');
emptied.length = 0;
export const c = new PolicyStatement({ actions: ['s3:GetObject'], resources: emptied });
const popped = ['sqs:*'];
popped.push('sqs:SendMessage');
popped.shift();
export const d = new PolicyStatement({ actions: popped, resources: ['arn:aws:sqs:us-east-1:123456789012:q'] });
let reassigned = ['sns:*'];
reassigned.push('sns:Publish');
if (dev) reassigned = ['sns:Publish'];
export const e = new PolicyStatement({ actions: reassigned, resources: ['arn:aws:sns:us-east-1:123456789012:t'] });
let once = ['sns:*'];
once.push('sns:Publish');
export const f = new PolicyStatement({ actions: once, resources: ['arn:aws:sns:us-east-1:123456789012:t'] });
const starOnly = ['xray:PutTraceSegments'];
starOnly.push('xray:PutTelemetryRecords');
export const g = new PolicyStatement({ actions: starOnly, resources: ['*'] });
const assignedObject = Object.assign(['ssm:*'], {});
assignedObject.push('ssm:GetParameter');
const filtered = ['lambda:*'];
filtered.push('lambda:InvokeFunction');
Object.assign(filtered, ['lambda:InvokeFunction']);
export const h = new PolicyStatement({ actions: filtered, resources: ['arn:aws:lambda:us-east-1:123456789012:function:f'] });`,
  },
  {
    name: 'SAM in CDK: scoped statements and policy templates; a statement key outside policies',
    code: `import * as sam from 'aws-cdk-lib/aws-sam';
new sam.CfnFunction(this, 'A', { codeUri: 'a/', policies: [{ dynamoDbCrudPolicy: { tableName: 't' } }, { statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }] });
export const notAPolicy = { statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };`,
  },
  {
    name: "a Lambda authorizer's response policy (API Gateway reads it only for execute-api:Invoke): in place and through a variable",
    code: `import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
export const handler = async (event: APIGatewayTokenAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => ({
  principalId: 'user',
  policyDocument: { Version: '2012-10-17', Statement: [{ Action: '*', Effect: 'Allow', Resource: '*' }] },
});
export function allow(principalId: string) {
  const policyDocument = { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }] } as const;
  return { principalId, policyDocument, context: { scope: 'all' } };
}`,
  },
  {
    name: 'a fromJson statement given a condition after it is built: the condition scopes its public principal',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const s = iam.PolicyStatement.fromJson({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
s.addCondition('StringEquals', { 'aws:PrincipalOrgID': 'o-123' });
export const doc = new iam.PolicyDocument({ statements: [s] });`,
  },
  {
    name: 'fromJson statements changed later: effect = DENY is read; an unread method, or calls on a reassigned let, leave them unjudged',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const e = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' });
e.effect = iam.Effect.DENY;
const f = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' });
f.customise();
let g = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Principal: '*', Resource: 'arn:aws:s3:::b/*' });
g.addCondition('StringEquals', { 'aws:PrincipalOrgID': 'o-123' });
g = other;
const h = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Principal: '*', Resource: 'arn:aws:s3:::b/*' });
h.addConditions({ StringEquals: { 'aws:SourceAccount': '111122223333' } });
export const doc = new iam.PolicyDocument({ statements: [e, f, g, h] });`,
  },
  {
    name: 'anyone may call OPTIONS only: a CORS preflight in an API resource policy',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export const preflight = new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*/OPTIONS/*'] });
export const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'arn:aws:execute-api:us-east-1:111122223333:abc123/prod/OPTIONS/*' }] };`,
  },
  {
    name: 'PolicyStatement.fromJson statements of one document: a Deny unless aws:SourceIp guards the public Allow',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const doc = new iam.PolicyDocument();
doc.addStatements(iam.PolicyStatement.fromJson({ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/*/*' }));
const deny = iam.PolicyStatement.fromJson({ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/*/*', Condition: { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } });
doc.addStatements(deny);
export const mixed = new iam.PolicyDocument({ statements: [
  iam.PolicyStatement.fromJson({ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/*/*' }),
  new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*/*/*'], conditions: { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } }),
] });`,
  },
  {
    name: 'VPC endpoints declared with endpoint types: unions, local aliases, class fields, props members, typed variables',
    code: `import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AnyPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
type Endpoint = ec2.GatewayVpcEndpoint;
interface Props { endpoint: ec2.InterfaceVpcEndpoint }
declare function make(): ec2.GatewayVpcEndpoint;
export class Stack {
  private readonly field: Endpoint | undefined;
  constructor(props: Props, private readonly viaParam: ec2.GatewayVpcEndpoint) {
    this.field!.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new AnyPrincipal()] }));
    this.viaParam.addToPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'], principals: [new AnyPrincipal()] }));
    props.endpoint.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'], principals: [new AnyPrincipal()] }));
    const made: ec2.GatewayVpcEndpoint = make();
    made.addToPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'], principals: [new AnyPrincipal()] }));
  }
}`,
  },
  {
    name: "VPC endpoints read through another object's field: a class of the file, or a class of another module named as an endpoint, with principals",
    code: `import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { NetworkConstruct } from './network';
export class Net {
  public readonly ddbEndpoint?: ec2.GatewayVpcEndpoint;
  constructor(readonly logs: ec2.InterfaceVpcEndpoint) {}
}
export function allow(net: Net, networkConstruct: NetworkConstruct, arns: string[], roleArn: string) {
  net.ddbEndpoint?.addToPolicy(new PolicyStatement({ principals: [new AnyPrincipal()], actions: ['dynamodb:*'], resources: arns }));
  net.logs.addToPolicy(new PolicyStatement({ principals: [new AnyPrincipal()], actions: ['logs:*'], resources: ['*'] }));
  networkConstruct.ddbEndpoint?.addToPolicy(
    PolicyStatement.fromJson({
      Effect: Effect.ALLOW,
      Principal: { AWS: '*' },
      Action: 'dynamodb:*',
      Resource: arns,
      Condition: { ArnEquals: { 'aws:PrincipalArn': roleArn } },
    }),
  );
}`,
  },
  {
    name: 'a VPC endpoint received as a typed parameter: its policy is not read',
    code: `import { IGatewayVpcEndpoint, GatewayVpcEndpoint } from 'aws-cdk-lib/aws-ec2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AnyPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
export function allow(endpoint: IGatewayVpcEndpoint, other: GatewayVpcEndpoint, third: ec2.IInterfaceVpcEndpoint) {
  endpoint.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new AnyPrincipal()] }));
  other.addToPolicy(PolicyStatement.fromJson({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }));
  third.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'], principals: [new AnyPrincipal()] }));
}`,
  },
  {
    name: 'a CfnVPCEndpoint given a CDK PolicyDocument, and an API guard whose resource pattern covers the Allow\'s',
    code: `import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
new ec2.CfnVPCEndpoint(this, 'S3Endpoint', { vpcId, serviceName,
  policyDocument: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
    principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: ['*'] })] }) });
export const api = new iam.PolicyDocument({ statements: [
  new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'] }),
  new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*/*/*'], conditions: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } } }),
] });`,
  },
  {
    name: 'API guards are compared by stage, method and path: shorthand, full ARNs and short wildcard tails alike',
    code: `export const fullGuard = { Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/GET/items' },
  { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, Resource: 'arn:aws:execute-api:*:*:*/prod/*' },
] };
export const shortGuard = { Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3/*' },
  { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, Resource: 'execute-api:/*' },
] };
export const shortAllow = { Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/*' },
  { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, Resource: 'execute-api:/prod/*/*' },
] };`,
  },
  {
    name: 'a REST API policy letting everyone execute-api:Invoke, in a file without IAM authorization: as no policy',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { AnyPrincipal, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
const policy = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new AnyPrincipal()] })] });
new apigw.RestApi(this, 'A', { policy, defaultMethodOptions: { authorizationType: apigw.AuthorizationType.COGNITO } });
const ranged = new PolicyDocument();
ranged.addStatements(new PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/prod/*/*'], principals: [new AnyPrincipal()], conditions: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0'] } } }));
new apigw.LambdaRestApi(this, 'B', { handler, policy: ranged as PolicyDocument, endpointTypes: [apigw.EndpointType.REGIONAL] });`,
  },
  {
    name: 'a REST API policy letting everyone execute-api:Invoke, returned by a function or private method of the file whose every call is a REST API policy (also through a choice)',
    code: `import { RestApi, LambdaRestApi, EndpointType } from 'aws-cdk-lib/aws-apigateway';
import { AnyPrincipal, Effect, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Stack } from 'aws-cdk-lib';
function openPolicy(): PolicyDocument {
  return new PolicyDocument({ statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['execute-api:Invoke'], resources: ['*'], principals: [new AnyPrincipal()] })] });
}
const arrowPolicy = () => new PolicyDocument({ statements: [new PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new AnyPrincipal()] })] });
export function createRestApi(stack: Stack, id: string, ips?: string[]): RestApi {
  const policy = ips === undefined ? openPolicy() : restricted(ips);
  return new RestApi(stack, id, { endpointTypes: [EndpointType.REGIONAL], policy });
}
new LambdaRestApi(this, 'B', { handler, policy: arrowPolicy() as PolicyDocument });
const gated = () => new PolicyDocument({ statements: [new PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new AnyPrincipal()] })] });
new RestApi(this, 'D', { policy: ips ? restricted(ips) : gated() });
export class ApiStack extends Stack {
  constructor() {
    super();
    new RestApi(this, 'C', { policy: this.policy() });
  }
  private policy(): PolicyDocument {
    return new PolicyDocument({ statements: [new PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new AnyPrincipal()] })] });
  }
}`,
  },
  {
    name: 'VPC endpoint policies (L2 addToPolicy, vpc.addGatewayEndpoint, CfnVPCEndpoint, CloudFormation) only filter a private path',
    code: `import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
const endpoint = new ec2.InterfaceVpcEndpoint(this, 'Logs', { vpc, service: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS });
endpoint.addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['logs:*'], resources: ['*'] }));
const s3 = vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
const statement = new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:*'], resources: ['*'] });
s3.addToPolicy(statement);
new ec2.CfnVPCEndpoint(this, 'E', { vpcId, serviceName, policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] } });
export const template = { Resources: { E: { Type: 'AWS::EC2::VPCEndpoint', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] } } } } };`,
  },
  {
    name: 'policies in test files (fixtures, template assertions) deploy nothing',
    filename: 'test/stack.test.ts',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Template } from 'aws-cdk-lib/assertions';
const fixture = new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] });
Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } });`,
  },
  {
    name: 'scoped actions and resources in raw JSON',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' },
    { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::assets/*'] },
    { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: 'arn:aws:logs:*:*:log-group:/aws/lambda/orders:*' },
  ],
};`,
  },
  {
    name: 'Deny statements are guardrails',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    { Effect: 'Deny', NotAction: 'iam:*', Principal: '*', NotResource: '*' },
  ],
};`,
  },
  {
    name: 'an effect computed at run time',
    code: `const policy = { Version: '2012-10-17', Statement: [{ Effect: process.env.EFFECT, Action: '*', Resource: '*' }] };`,
  },
  {
    name: 'an object that is not a policy',
    code: `const config = { Action: '*', Resource: '*' };
const other = { Version: '1.0', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const noStatementShape = { Version: '2012-10-17', Statement: [{ Sid: 'x', Action: '*' }] };`,
  },
  {
    name: 'actions that only accept Resource *',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules'], Resource: '*' },
    { Effect: 'Allow', Action: ['ec2:DescribeNetworkInterfaces', 'ec2:CreateNetworkInterface'], Resource: ['*'] },
    { Effect: 'Allow', Action: ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface'], Resource: ['*'] },
    { Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' },
  ],
};`,
  },
  {
    name: 'CDK statements whose actions have no resource type in the Service Authorization Reference',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
new PolicyStatement({ actions: ['ce:UpdateCostAllocationTagsStatus'], resources: ['*'] });
new PolicyStatement({ actions: ['cloudformation:ListStackSets', 'timestream:DescribeEndpoints'], resources: ['*'] });
new PolicyStatement({ actions: ['iotsitewise:CreateGateway', 'iotsitewise:ListGateways'], resources: ['*'] });
new PolicyStatement({ actions: ['xray:UpdateIndexingRule', 'xray:GetIndexingRules'], resources: ['*'] });`,
  },
  {
    name: 'Resource * narrowed by a condition',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['ec2:StartInstances', 'ec2:StopInstances'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'orders' } } }],
};`,
  },
  {
    name: 'Resource * in a resource policy means this resource',
    code: `const keyPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/orders' }, Action: ['kms:Decrypt'], Resource: '*' }],
};`,
  },
  {
    name: 'public principal scoped to the organisation',
    code: `const bucketPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::assets/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }],
};`,
  },
  {
    name: 'public principal scoped by the source ARN',
    code: `const topicPolicy = {
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:123456789012:t', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } }],
};`,
  },
  {
    name: 'partial action wildcards are what CDK grants produce',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ actions: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'], resources: ['arn:aws:s3:::assets', 'arn:aws:s3:::assets/*'] });`,
  },
  {
    name: 'full-access managed policies: customer managed, read-only, a permissions boundary, a user module',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { ManagedPolicy as Local } from './iam';
role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Team', 'arn:aws:iam::123456789012:policy/TeamFullAccess'));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3ReadOnlyAccess'));
new iam.Role(this, 'R', { assumedBy, permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess') });
Local.fromAwsManagedPolicyName('AmazonS3FullAccess');
new iam.CfnRole(this, 'L1', { assumeRolePolicyDocument, managedPolicyArns: ['arn:aws:iam::123456789012:policy/OpsFullAccess'] });`,
  },
  {
    name: "fullAccessManagedPolicies: 'ignore' turns the full-access policies off",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as aws from '@pulumi/aws';
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess'));
new aws.iam.RolePolicyAttachment('db', { role, policyArn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess' });`,
    options: [{ fullAccessManagedPolicies: 'ignore' }],
  },
  {
    name: 'allow accepts a full-access managed policy by name',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess'));
iam.ManagedPolicy.fromManagedPolicyArn(this, 'S3', 'arn:aws:iam::aws:policy/AmazonS3FullAccess');`,
    options: [{ allow: ['ManagedPolicy::AmazonS3FullAccess'] }],
  },
  {
    name: 'a full-access managed policy attached in a test file',
    filename: 'test/stack.test.ts',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess'));`,
  },
  {
    name: 'a local class named PolicyStatement',
    code: `class PolicyStatement { constructor(readonly props: unknown) {} }
new PolicyStatement({ actions: ['*'], resources: ['*'] });`,
  },
  {
    name: 'a broad managed policy used as a permissions boundary (a ceiling, not a grant)',
    code: `import { ManagedPolicy, PermissionsBoundary, Role } from 'aws-cdk-lib/aws-iam';
PermissionsBoundary.of(stage).apply(ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess'));
new Role(this, 'R', { assumedBy, permissionsBoundary: ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess') });
const boundary = ManagedPolicy.fromManagedPolicyArn(this, 'B', 'arn:aws:iam::aws:policy/AdministratorAccess');
new Role(this, 'R2', { assumedBy, permissionsBoundary: boundary });
PermissionsBoundary.of(this).apply(boundary);
new Role(this, 'R3', { assumedBy, permissionsBoundary: strict ? boundary : ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess') });`,
  },
  {
    name: 'statements of a customer managed policy used only as a permissions boundary (a ceiling, not a grant)',
    code: `import { Effect, ManagedPolicy, PermissionsBoundary, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
declare const stage: Role;
const boundary = new ManagedPolicy(this, 'Boundary', {
  statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:*'], resources: ['*'] })],
});
new Role(this, 'ConsumerRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), permissionsBoundary: boundary });
const applied = new ManagedPolicy(this, 'Applied');
const extra = new PolicyStatement({ actions: ['iam:*'] });
extra.addAllResources();
applied.addStatements(extra, PolicyStatement.fromJson({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }));
PermissionsBoundary.of(stage).apply(applied);
const document = new PolicyDocument();
document.addStatements(new PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
PermissionsBoundary.of(this).apply(new ManagedPolicy(this, 'FromDocument', { document }));
new Role(this, 'InPlace', {
  assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
  permissionsBoundary: new ManagedPolicy(this, 'Inline', {
    document: new PolicyDocument({ statements: [new PolicyStatement({ actions: ['*'], resources: ['*'] })] }),
  }),
});`,
  },
  {
    name: 'a permissions boundary with inline statements, namespace import, built by a function only used so',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
function boundaryFor(scope: iam.Role) {
  return new iam.ManagedPolicy(scope, 'B', { statements: [new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] })] });
}
export function bound(role: iam.Role) {
  iam.PermissionsBoundary.of(role).apply(boundaryFor(role));
  return new iam.User(role, 'U', { permissionsBoundary: boundaryFor(role) });
}`,
  },
  {
    name: 'PolicyStatement from a user module',
    code: `import { PolicyStatement, ManagedPolicy } from './iam';
const s = new PolicyStatement({ actions: ['*'], resources: ['*'] });
s.addAllResources();
ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess');`,
  },
  {
    name: 'values built at run time are not guessed',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const bucket: { arnForObjects(p: string): string }; declare const action: string;
new iam.PolicyStatement({ actions: [action, \`s3:\${process.env.ACTION}\`], resources: [bucket.arnForObjects('*')] });
new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [props.tableArn] });`,
  },
  {
    name: 'an unknown spread may set the effect',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ ...props.base, actions: ['s3:GetObject'], resources: ['*'] });`,
  },
  {
    name: 'CDK Deny statements, also through the effect setter',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['*'], resources: ['*'], principals: [new iam.AnyPrincipal()] });
const guard = new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] });
guard.effect = iam.Effect.DENY;`,
  },
  {
    name: 'statement methods with scoped values',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const s = new iam.PolicyStatement();
s.addActions('xray:PutTraceSegments', 'xray:PutTelemetryRecords');
s.addAllResources();
const t = new iam.PolicyStatement({ actions: ['sqs:SendMessage'] });
t.addResources('arn:aws:sqs:us-east-1:123456789012:orders');`,
  },
  {
    name: 'principals scoped with conditions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({
  actions: ['s3:GetObject'],
  resources: ['arn:aws:s3:::assets/*'],
  principals: [new iam.AnyPrincipal().withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })],
});
new iam.Role(this, 'OrgRole', { assumedBy: new iam.PrincipalWithConditions(new iam.AnyPrincipal(), { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }) });
new iam.Role(this, 'FnRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });`,
  },
  {
    name: 'scoped Lambda permissions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'Fn', { runtime, handler: 'index.handler', code });
fn.addPermission('ApiGw', { principal: new iam.ServicePrincipal('apigateway.amazonaws.com'), sourceArn: api.arnForExecuteApi() });
fn.addPermission('Org', { principal: new iam.AnyPrincipal(), organizationId: 'o-a1b2c3d4e5' });
fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
new lambda.CfnPermission(this, 'P', { action: 'lambda:InvokeFunction', functionName: fn.functionName, principal: '*', principalOrgId: 'o-a1b2c3d4e5' });
new lambda.CfnPermission(this, 'S3', { action: 'lambda:InvokeFunction', functionName: fn.functionName, principal: 's3.amazonaws.com', sourceAccount: '123456789012' });`,
  },
  {
    name: 'addPermission on something that is not a CDK function',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const fn: { addPermission(id: string, p: unknown): void };
fn.addPermission('x', { principal: new iam.AnyPrincipal() });`,
  },
  {
    name: 'managed policies that are not admin',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole');
iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess');
iam.ManagedPolicy.fromManagedPolicyArn(this, 'Own', 'arn:aws:iam::123456789012:policy/AdministratorAccess');`,
  },
  {
    name: 'allow option accepts a finding per value',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ actions: ['ssm:*'], resources: ['*'] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], principals: [new iam.AnyPrincipal()] });
iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess');`,
    options: [{ allow: ['Action::ssm:*', 'Resource::*', 'Principal::*', 'ManagedPolicy::PowerUserAccess'] }],
  },
  {
    name: 'starOnlyActions option',
    code: `const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['appconfig:GetLatestConfiguration', 'custom:ListThings'], Resource: '*' }] };`,
    options: [{ starOnlyActions: ['appconfig:GetLatestConfiguration', 'custom:List*'] }],
  },
  {
    name: 'trust policy with a service principal',
    code: `import { CreateRoleCommand } from '@aws-sdk/client-iam';
new CreateRoleCommand({
  RoleName: 'orders',
  AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
});`,
  },
  {
    name: 'trust policy open to anyone in the organisation',
    code: `import { IAMClient, CreateRoleCommand } from '@aws-sdk/client-iam';
await new IAMClient({}).send(new CreateRoleCommand({
  RoleName: 'shared',
  AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}',
}));`,
  },
  {
    name: 'SDK Lambda permissions scoped to a source',
    code: `import { LambdaClient, AddPermissionCommand, AddLayerVersionPermissionCommand } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
await client.send(new AddPermissionCommand({ FunctionName: 'f', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: '*', SourceAccount: '123456789012' }));
await client.send(new AddLayerVersionPermissionCommand({ LayerName: 'l', VersionNumber: 1, StatementId: 'org', Action: 'lambda:GetLayerVersion', Principal: '*', OrganizationId: 'o-a1b2c3d4e5' }));`,
  },
  {
    name: 'a policy document passed to a method of an unknown object',
    code: `declare const client: { putRolePolicy(p: unknown): void };
client.putRolePolicy({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) });`,
  },
  {
    name: 'SDK commands imported from a user module',
    code: `import { PutRolePolicyCommand } from './commands';
new PutRolePolicyCommand({ PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) });`,
  },
  {
    name: 'a private API: Allow for everyone, Deny unless through the VPC endpoint',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const policy = new iam.PolicyDocument({
  statements: [
    new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], conditions: { StringNotEquals: { 'aws:SourceVpce': endpoint.vpcEndpointId } } }),
    new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'] }),
  ],
});
const allowed = new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] });
const guard = new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['s3:*'], resources: [bucket.arnForObjects('*')], conditions: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } });
bucket.addToResourcePolicy(guard);
bucket.addToResourcePolicy(allowed);`,
  },
  {
    name: 'a JSON policy guarded by a Deny statement',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
    { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } } },
  ],
};`,
  },
  {
    name: 'service keys that tie access to the account: EFS mount targets and S3 access points',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
fileSystem.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['elasticfilesystem:ClientMount'],
  principals: [new iam.AnyPrincipal()],
  conditions: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
}));
new iam.PolicyStatement({ actions: ['s3:GetObject'], principals: [new iam.AnyPrincipal()], resources: [bucket.arnForObjects('*')], conditions: { StringEquals: { 's3:DataAccessPointAccount': Aws.ACCOUNT_ID } } });`,
  },
  {
    name: 'stateless APIs that only accept Resource *',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const s = new iam.PolicyStatement();
s.addActions('rekognition:DetectLabels', 'comprehend:DetectSentiment', 'textract:DetectDocumentText');
s.addAllResources();`,
  },
  {
    name: 'empty file',
    code: ``,
  },
  {
    name: 'unicode, JSX and decorators',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const ünïcödé = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bücket/✓/*' }] };
const view = <Policy statement={new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queueArn] })} />;
@decorate({ policy: { Version: '2012-10-17', Statement: [] } })
class Stack { @field() statement = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }); }`,
  },
  {
    name: 'malformed JSON and statements of the wrong type',
    code: `const a = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}';
const b = { Version: '2012-10-17', Statement: 'nope' };
const c = { Version: '2012-10-17', Statement: [null, 1, 'x', [], { Effect: 'Allow', Action: 42, Resource: true }] };`,
  },
  {
    name: 'deeply nested Statement and principals',
    code: DEEP,
  },
  {
    name: 'deeply nested JSON text',
    code: DEEP_JSON,
  },
  {
    name: 'a long JSON policy',
    code: LONG_JSON,
  },
  {
    name: 'a statement kept on this and turned into a Deny stays quiet',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export class Stack {
  guard = new iam.PolicyStatement({ actions: ['*'], resources: ['*'] });
  constructor() {
    this.guard.effect = iam.Effect.DENY;
  }
}`,
  },
  {
    name: 'template JSON: what the known parts cannot prove stays quiet',
    code: `declare const bucket: string, account: string, effect: string, condition: string, extra: string, key: string, cond: object;
const a = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::\${bucket}/*"\${condition}}]}\`;
const b = \`{"Version":"2012-10-17","Statement":[{\${extra}"Effect":"Allow","Action":"*","Resource":"*"}]}\`;
const c = \`{"Version":"2012-10-17","Statement":[{"Effect":"\${effect}","Action":"*","Resource":"*"}]}\`;
const d = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\${account}:root"},"Action":"s3:GetObject","Resource":"*"}]}\`;
const e = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"\${bucket}"}]}\`;
const f = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","\${key}":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}]}\`;
const g = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":\${JSON.stringify(cond)}}]}\`;
const h = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b"}]}\${extra}\`;
const i = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":1\${extra}}]}\`;
const j = html\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"\${bucket}"}]}\`;
const k = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*\\\\\${extra}","Resource":"arn:aws:s3:::b"}]}\`;`,
  },
  {
    name: 'public principals scoped by conditions with real values',
    code: `declare const account: string;
const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
    { Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:q', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:*' } } },
    { Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:f', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/*'] } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObjectAcl', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceAccount': account } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObjectTagging', Resource: 'arn:aws:s3:::b/*', Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObjectVersion', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' }, Bool: { 'aws:SecureTransport': 'true' } } },
  ],
};`,
  },
  {
    name: 'the KMS key policy statement AWS documents for use through a service',
    code: `const keyPolicy = {
  Version: '2012-10-17',
  Statement: [{
    Sid: 'Allow access through EBS for all principals in the account that are authorized to use EBS',
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
    Resource: '*',
    Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
  }],
};`,
  },
  {
    name: 'Resource * with a condition that may narrow resources',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const conditions: Record<string, Record<string, string>>;
new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'], conditions: { StringLike: { 's3:prefix': ['home/*'] }, Bool: { 'aws:SecureTransport': 'true' } } });
new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'], conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['u1'] } } });
new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], conditions: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } } });
new iam.PolicyStatement({ actions: ['ec2:StopInstances'], resources: ['*'], conditions: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:ResourceTag/team': 'orders' } } });
new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'], conditions: { StringEquals: { 'custom:Unknown': 'x' } } });
new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'], conditions });`,
  },
  {
    name: 'partly known actions that do not end in :* are not guessed',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const service: string, operation: string, partition: string;
new iam.PolicyStatement({ actions: [\`\${service}:GetObject\`, \`\${service}:Get*\`, \`s3:\${operation}\`, \`s3:\${operation}:*\`, \`\${service}*\`], resources: ['*'] });
new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: [\`\${service}:*\`], resources: ['arn:aws:s3:::b'] });`,
  },
  {
    name: 'a partly known service wildcard accepted by allow, as shown',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export const allow = (service: string) => new iam.PolicyStatement({ actions: [\`\${service}:*\`], resources: ['arn:aws:s3:::b'] });`,
    options: [{"allow":["Action::…:*"]}],
  },
  {
    name: 'resource ARNs an unknown part or a resource type may narrow, or that reach no resource of the actions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export function statements(bucket: string, table: string, regionAndAccount: string, prefix: string, partition: string) {
  return [
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [\`arn:aws:s3:::\${bucket}/*\`] }),
    new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [\`arn:aws:dynamodb:*:*:table/\${table}\`] }),
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*-logs', 'arn:aws:s3:::*/uploads/*'] }),
    new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['arn:aws:dynamodb:*:*:table/*'] }),
    new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: ['arn:aws:lambda:*:*:function:*'] }),
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [\`arn:aws:sqs:\${regionAndAccount}:*\`, \`\${prefix}:*\`] }),
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [\`arn:aws:sqs:*:*:\${prefix}*\`] }),
    new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: [\`arn:\${partition}:logs:::*\`] }),
    new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemtryRecords'], resources: ['arn:aws:logs:*:*:*'] }),
    new iam.PolicyStatement({ actions: ['sqs:ListQueues'], resources: ['arn:aws:sqs:*:*:*'] }),
  ];
}`,
  },
  {
    name: 'shortened ARNs that name a resource, reach nothing, leave the service open, hold an unknown after the service, or are narrowed',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export function statements(region: string, rest: string, service: string) {
  return [
    new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['arn:aws:dynamodb:*:*:table/Orders', 'arn:aws:dynamodb:*:*:table/*'] }),
    new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: ['arn:aws:ses:us-east-1:123456789012:identity/*', 'arn:aws:ses:*:*:identity/*'] }),
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::my-bucket/*'] }),
    new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: ['arn:aws:ses::*', 'arn:aws::*', 'arn::ses:*', 'arn:aws:ses:us-*'] }),
    new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: [\`arn:aws:ses:\${region}:*\`, \`arn:aws:lambda:\${rest}:*\`, \`arn:aws:\${service}:*\`] }),
    new iam.PolicyStatement({ actions: ['xray:PutTraceSegments'], resources: ['arn:aws:logs:*'] }),
    new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: ['arn:aws:ses:*'], conditions: { StringEquals: { 'aws:ResourceTag/team': 'mail' } } }),
  ];
}`,
  },
  {
    name: 'arn:aws:s3:::*/* for actions that take no object (bucket actions, another service), in a region S3 objects have not, with a principal; a key or bucket name pattern',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ actions: ['s3:ListBucket', 's3:GetBucket*', 's3:PutBucketObjectLockConfiguration'], resources: ['arn:aws:s3:::*/*'] });
new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:s3:::*/*'] });
export const regional = (region: string) => new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [\`arn:aws:s3:\${region}::*/*\`] });
new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('111122223333')], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*/*'] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*/uploads/*', 'arn:aws:s3:::*-logs/*', 'arn:aws:s3::*/*'] });`,
  },
  {
    name: 'arn:aws:s3:::*/* accepted by the allow option, as written or as shown with … for unknown parts',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Aws } from 'aws-cdk-lib';
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*/*'] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [\`arn:\${Aws.PARTITION}:s3:::*/*\`] });`,
    options: [{ allow: ['Resource::arn:aws:s3:::*/*', 'Resource::arn:…:s3:::*/*'] }],
  },
  {
    name: 'whole-service resource ARNs under the exceptions of Resource *: a principal, a narrowing condition, Deny, NotResource',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('111122223333')], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*'] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*'], conditions: { StringEquals: { 'aws:ResourceTag/team': 'orders' } } });
new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['logs:*'], resources: ['arn:aws:logs:*:*:*'] });
new iam.PolicyStatement({ actions: ['sns:Publish'], notResources: ['arn:aws:sns:*:*:*'] });
const bucketPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::*' }] };`,
  },
  {
    name: 'whole-service resource ARNs accepted by the allow option, as written or as shown with … for unknown parts',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export function statements(region: string, account: string) {
  return [
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*'] }),
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [\`arn:aws:sqs:\${region}:\${account}:*\`] }),
  ];
}`,
    options: [{ allow: ['Resource::arn:aws:s3:::*', 'Resource::arn:aws:sqs:…:…:*'] }],
  },
  {
    name: 'managed policies outside the places that attach them: loose props, an SSO permission set, a role\'s inline Policies, an unknown Type, read-only and customer managed ones',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as sso from 'aws-cdk-lib/aws-sso';
export const props = { managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] };
export const notARole = { managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' };
new sso.CfnPermissionSet(this, 'PS', { instanceArn, name: 'ops', managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] });
export const other = { Type: 'AWS::IAM::Role', Properties: { Policies: ['AmazonS3FullAccess'] } };
export const loose = { Policies: ['AmazonS3FullAccess'] };
export const unknownType = (type: string) => ({ Type: type, Properties: { Policies: ['AmazonS3FullAccess'] } });
export const sam = { Type: 'AWS::Serverless::Function', Properties: { Policies: ['AWSLambdaBasicExecutionRole', 'AmazonS3ReadOnlyAccess'] } };
new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), managedPolicies: [{ managedPolicyArn: 'arn:aws:iam::123456789012:policy/TeamFullAccess' }] });`,
  },
  {
    name: 'a SAM template in a test file',
    code: `export const template = { Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: { Policies: ['AmazonS3FullAccess'] } } } };`,
    filename: 'test/template.test.ts',
  },
  {
    name: "SAM and Serverless managed policies accepted with allow: ['ManagedPolicy::…']",
    code: `export const template = { Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: { Policies: ['AmazonS3FullAccess', 'AdministratorAccess'] } } } };
export const config = { provider: { iam: { role: { managedPolicies: ['arn:aws:iam::aws:policy/AmazonSQSFullAccess'] } } } };`,
    options: [{ allow: ['ManagedPolicy::AmazonS3FullAccess', 'ManagedPolicy::AdministratorAccess', 'ManagedPolicy::AmazonSQSFullAccess'] }],
  },
  {
    name: "fullAccessManagedPolicies: 'ignore' in a SAM template",
    code: `export const template = { Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: { Policies: 'AmazonS3FullAccess' } } } };`,
    options: [{ fullAccessManagedPolicies: 'ignore' }],
  },
  {
    name: 'CloudFormation IAM identities written in code: customer managed and read-only ARNs, a Type the rule cannot read, another resource type, intrinsics that are not an AWS managed ARN',
    code: `export const template = {
  Resources: {
    Role: {
      Type: 'AWS::IAM::Role',
      Properties: {
        ManagedPolicyArns: [
          'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
          'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
          'arn:aws:iam::123456789012:policy/TeamFullAccess',
          { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/OpsFullAccess' },
          { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::aws:policy/\${PolicyName}' },
          { 'Fn::ImportValue': 'SharedFullAccessPolicyArn' },
          { Ref: 'AWS::Partition' },
        ],
      },
    },
    PermissionSet: { Type: 'AWS::SSO::PermissionSet', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } },
  },
};
export const anyType = (type: string) => ({ Type: type, Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } });
export const loose = { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] };`,
  },
  {
    name: 'a CloudFormation IAM role written in code in a test file',
    code: `export const role = { Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } };`,
    filename: 'test/template.test.ts',
  },
  {
    name: "ManagedPolicyArns of a CloudFormation IAM role accepted with allow: ['ManagedPolicy::…']",
    code: `export const role = { Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3FullAccess', { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess' }] } };`,
    options: [{ allow: ['ManagedPolicy::AmazonS3FullAccess', 'ManagedPolicy::AdministratorAccess'] }],
  },
  {
    name: "Pulumi: interpolate and concat of another module, or a local object's, are not Pulumi's: their text is unknown",
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { interpolate, concat } from './strings';
declare const bucket: aws.s3.Bucket, role: aws.iam.Role, queue: aws.sqs.Queue;
declare const action: string, actions: string[];
const local = { interpolate: String.raw };
new aws.iam.RolePolicy('a', { role: role.id, policy: interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"\${bucket.arn}"}]}\` });
new aws.iam.RolePolicy('b', { role: role.id, policy: local.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"\${bucket.arn}"}]}\` });
new aws.iam.RolePolicy('c', { role: role.id, policy: concat('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"', bucket.arn, '"}]}') });`,
  },
  {
    name: 'Pulumi: narrow policies through pulumi.interpolate; an action written as an expression that cannot be read is unknown',
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const bucket: aws.s3.Bucket, role: aws.iam.Role, queue: aws.sqs.Queue;
declare const action: string, actions: string[];
new aws.iam.RolePolicy('d', { role: role.id, policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"\${bucket.arn}/*"}]}\` });
new aws.sqs.QueuePolicy('e', { queueUrl: queue.id, policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"\${queue.arn}"}]}\` });
new aws.iam.RolePolicy('f', { role: role.id, policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\${action}","Resource":"\${bucket.arn}/*"},{"Effect":"Allow","Action":\${JSON.stringify(actions)},"Resource":"\${queue.arn}"}]}\` });
new aws.iam.RolePolicy('g', { role: role.id, policy: pulumi.concat('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"', action, '","Resource":"', bucket.arn, '"}]}') });`,
  },
  {
    name: "a key policy's kms:* for an account the code names as a bare ID (`AWS: [accountId]`, `process.env.AWS_ACCOUNT_ID`, `stack.account`): that account's root, as in a root ARN built from it",
    code: `import * as aws from '@pulumi/aws';
import * as iam from 'aws-cdk-lib/aws-iam';
const accountId = process.env.AWS_ACCOUNT_ID;
new aws.kms.Key('a', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: [accountId] }, Action: 'kms:*', Resource: '*' }] }) });
new aws.kms.Key('b', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: process.env.CDK_DEFAULT_ACCOUNT as string }, Action: 'kms:*', Resource: '*' }] }) });
declare const stack: { account: string };
new iam.PolicyStatement({ principals: [new iam.ArnPrincipal(stack.account)], actions: ['kms:*'], resources: ['*'] });`,
  },
  {
    name: "Pulumi: a key policy for the deployed account's root written with pulumi.interpolate inside a policy object; a bucket's own objects",
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const accountId: pulumi.Output<string>, bucket: aws.s3.Bucket;
new aws.kms.Key('k', { policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: pulumi.interpolate\`arn:aws:iam::\${accountId}:root\` }, Action: 'kms:*', Resource: '*' }] }) });
new aws.s3.BucketPolicy('b', { bucket: bucket.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate\`\${bucket.arn}/*\` }] }) });`,
  },
  {
    name: "a KMS key policy's Action '*' for the deploying account's root is AWS's default key policy statement (kms:* there): CDK Key policy, addToResourcePolicy, CfnKey, a template",
    code: `import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
export class KeyStack extends Stack {
  readonly shared = new kms.Key(this, 'Shared');
  createKey(extra?: iam.PolicyStatement[]) {
    return new kms.Key(this, 'Key', {
      policy: extra
        ? new iam.PolicyDocument({
            statements: [
              new iam.PolicyStatement({ effect: iam.Effect.ALLOW, actions: ['*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }),
              ...extra,
            ],
          })
        : undefined,
    });
  }
  more(props: { key: kms.IKey }, given: kms.Key) {
    const key = new kms.Key(this, 'K');
    key.addToResourcePolicy(new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
    this.shared.addToResourcePolicy(new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountPrincipal(this.account)], resources: ['*'] }));
    props.key.addToResourcePolicy(new iam.PolicyStatement({ actions: ['*', 'kms:Decrypt'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
    const doc = new iam.PolicyDocument();
    doc.addStatements(new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
    new kms.Key(this, 'D', { policy: doc });
    new kms.Key(this, 'J', { policy: iam.PolicyDocument.fromJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: \`arn:\${this.partition}:iam::\${this.account}:root\` }, Action: '*', Resource: '*' }] }) });
    new kms.CfnKey(this, 'C', { keyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' } }, Action: '*', Resource: '*' }] } });
    new kms.CfnKey(this, 'L', { keyPolicy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] })] }) });
  }
}
export const template = { Resources: {
  Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } }, Action: '*', Resource: '*' }] } } },
} };`,
  },
  {
    name: "Pulumi: Action '*' for the deployed account's root in an aws.kms.Key or aws.kms.KeyPolicy policy",
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const accountId: pulumi.Output<string>, key: aws.kms.Key;
new aws.kms.Key('k', { policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: pulumi.interpolate\`arn:aws:iam::\${accountId}:root\` }, Action: '*', Resource: '*' }] }) });
new aws.kms.KeyPolicy('p', { keyId: key.id, policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\${accountId}:root"},"Action":"*","Resource":"*"}]}\` });`,
  },
  {
    name: 'Pulumi: the deployed account\'s root built by pulumi.concat is its own root',
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const accountId: pulumi.Output<string>;
export const key = aws.iam.getPolicyDocument({
  statements: [{ actions: ['kms:*'], resources: ['*'], principals: [{ type: 'AWS', identifiers: [pulumi.concat('arn:aws:iam::', accountId, ':root')] }] }],
});`,
  },
  {
    name: 'loops over lists that may change or over values that may be reassigned are not read: a const pushed to, handed to a function, a let, a reassigned loop variable, an index loop, a callback that writes through the array, two looped fields of two values each',
    code: `import * as aws from '@pulumi/aws';
import * as iam from 'aws-cdk-lib/aws-iam';
const pushed = ['arn:aws:iam::aws:policy/AdministratorAccess'];
pushed.push(extra);
for (const arn of pushed) new aws.iam.RolePolicyAttachment('a', { role, policyArn: arn });
const handed = ['arn:aws:iam::aws:policy/AdministratorAccess'];
configure(handed);
for (const arn of handed) new aws.iam.RolePolicyAttachment('b', { role, policyArn: arn });
let reassignable = ['arn:aws:iam::aws:policy/AdministratorAccess'];
for (const arn of reassignable) new aws.iam.RolePolicyAttachment('c', { role, policyArn: arn });
for (let arn of ['arn:aws:iam::aws:policy/AdministratorAccess']) {
  arn = narrow(arn);
  new aws.iam.RolePolicyAttachment('d', { role, policyArn: arn });
}
const indexed = ['arn:aws:iam::aws:policy/AdministratorAccess'];
for (let i = 0; i < indexed.length; i++) new aws.iam.RolePolicyAttachment('e', { role, policyArn: indexed[i] });
const changed = ['AdministratorAccess'];
changed.forEach((name, index, all) => { all[index] = 'ReadOnlyAccess'; });
changed.forEach((name) => role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(name)));
for (const action of ['iam:*', 'iam:GetRole']) for (const resource of ['*', 'arn:aws:iam::123456789012:role/r']) role.addToPolicy(new iam.PolicyStatement({ actions: [action], resources: [resource] }));
for (const policy of [aws.iam.ManagedPolicy.AmazonS3ReadOnlyAccess]) new aws.iam.RolePolicyAttachment('f', { role, policyArn: policy });`,
  },
  {
    name: "concat whose parts cannot be read, or that may join strings, is not guessed: `service.concat(':*')`, two unknown lists",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export function grant(role: iam.Role, service: string, statements: iam.PolicyStatement[], more: iam.PolicyStatement[]) {
  role.addToPolicy(new iam.PolicyStatement({ actions: [service.concat(':*')], resources: ['arn:aws:s3:::b/*'] }));
  new iam.PolicyDocument({ statements: statements.concat(more) });
}`,
  },
  {
    name: 'loop members and templates stay unread: two loop variables in one value, an element changed through the variable, a member some elements lack, two fields from one loop, numbers added',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const SERVICES = ['s3', 'sqs'];
const VERBS = ['*', 'Get*'];
for (const svc of SERVICES) for (const verb of VERBS) role.addToPolicy(new iam.PolicyStatement({ actions: [\`\${svc}:\${verb}\`], resources: ['arn:aws:s3:::b'] }));
const MUTATED = [{ action: 's3:*' }];
for (const s of MUTATED) { s.action = 's3:GetObject'; role.addToPolicy(new iam.PolicyStatement({ actions: [s.action], resources: ['arn:aws:s3:::b'] })); }
const PARTIAL = [{ action: 's3:GetObject', resource: '*' }, { action: 's3:GetObject' }];
for (const s of PARTIAL) role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [s.resource] }));
const PAIRS = [{ action: 's3:*', resource: 'arn:aws:s3:::b' }, { action: 's3:GetObject', resource: '*' }];
for (const s of PAIRS) role.addToPolicy(new iam.PolicyStatement({ actions: [s.action], resources: [s.resource] }));
const NUMS = [1, 2];
for (const n of NUMS) role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [n + 1 + '*'] }));`,
  },
  {
    name: 'a loop variable whose element is changed through it (a member written, a mutating method) is not the element written in the list',
    code: `import * as aws from '@pulumi/aws';
import * as iam from 'aws-cdk-lib/aws-iam';
const STATEMENTS = [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }];
for (const s of STATEMENTS) {
  s.Action = 's3:GetObject';
  s.Resource = bucketArn;
  new aws.iam.RolePolicy('p', { role, policy: { Version: '2012-10-17', Statement: [s] } });
}
const MORE = [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }];
MORE.forEach((s) => {
  Object.assign(s, { Action: 's3:GetObject', Resource: bucketArn });
  new aws.iam.RolePolicy('q', { role, policy: { Version: '2012-10-17', Statement: [s] } });
});
const LISTS = [['s3:*', 's3:GetObject']];
for (const actions of LISTS) {
  actions.splice(0, 1);
  role.addToPolicy(new iam.PolicyStatement({ actions, resources: [bucketArn] }));
}`,
  },
  {
    name: 'concat on a name declared a string joins an array argument into the string: `prefix.concat([\'*\'])` is no list',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export function grant(role: iam.Role, prefix: string, maybe: string | undefined) {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [prefix.concat(['*'])] }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: prefix.concat(['*']) }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: maybe!.concat(['*']) }));
}`,
  },
];

const tsInvalid: Invalid[] = [
  {
    name: "CDK for Terraform: a policy document's wildcard statement, a public Lambda permission, admin managed policies attached (lib file or provider root)",
    code: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import * as aws from '@cdktf/provider-aws';
export class Iam extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new DataAwsIamPolicyDocument(this, 'doc', { statement: [{ effect: 'Allow', actions: ['s3:*'], resources: ['*'] }] });
    new LambdaPermission(this, 'perm', { functionName: 'f', action: 'lambda:InvokeFunction', principal: '*' });
    new aws.iamRolePolicyAttachment.IamRolePolicyAttachment(this, 'admin', { role: 'r', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    new aws.iamRole.IamRole(this, 'role', { assumeRolePolicy: '{}', managedPolicyArns: ['arn:aws:iam::aws:policy/PowerUserAccess'] });
  }
}`,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 9, column: 90, endLine: 9, endColumn: 96, suggestions: [] },
      { messageId: 'allResources', data: { value: '*' }, line: 9, column: 111, endLine: 9, endColumn: 114, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 10, column: 105, endLine: 10, endColumn: 108, suggestions: [] },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 11, column: 125, endLine: 11, endColumn: 144, suggestions: [] },
      { messageId: 'adminManagedPolicy', data: { value: 'PowerUserAccess' }, line: 12, column: 114, endLine: 12, endColumn: 129, suggestions: [] },
    ],
  },
  {
    name: 'a policy document assigned to a policyDocument member of an object that is no authorizer answer (no principalId) is read',
    code: `const resource: { policyDocument?: object } = {};
resource.policyDocument = { Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Resource: '*' }] };
export default resource;`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 117, endLine: 2, endColumn: 120 }],
  },
  {
    name: "ARNs of every resource of a service built by Fn::Join in a template written in code (a Ref in the resource part is not)",
    filename: 'serverless/res.ts',
    code: `export const resources = {
  Policy: {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyDocument: {
        Statement: [
          { Effect: 'Allow', Action: 'cognito-idp:AdminGetUser', Resource: { 'Fn::Join': ['', ['arn:aws:cognito-idp:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':*']] } },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'Bucket' }, '/*']] } },
          { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: [{ 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 'sqs', { Ref: 'AWS::Region' }, { Ref: 'AWS::AccountId' }, '*']] }] },
          { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::Sub': 'arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:*' } },
        ],
      },
    },
  },
};`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:cognito-idp:…:…:*', 'cognito-idp'), line: 7, column: 176, endLine: 7, endColumn: 180, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:sqs:…:…:*', 'sqs'), line: 9, column: 181, endLine: 9, endColumn: 184, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:…:…:*', 'sqs'), line: 10, column: 80, endLine: 10, endColumn: 128, suggestions: [] },
    ],
  },
  {
    name: "sns:Publish on '*' in a role another service may assume, or beside another action in a Cognito SMS role",
    filename: 'serverless/cognito.ts',
    code: `export const resources = {
  CognitoSmsRole: {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: ['cognito-idp.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' }],
      },
      Policies: [
        { PolicyName: 'sms', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] } },
      ],
    },
  },
};
export const other = {
  CognitoSmsRole: {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: ['cognito-idp.amazonaws.com'] }, Action: 'sts:AssumeRole' }],
      },
      Policies: [
        { PolicyName: 'sms', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sns:Publish', 's3:GetObject'], Resource: '*' }] } },
      ],
    },
  },
};;`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 10, column: 135, endLine: 10, endColumn: 138 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 24, column: 153, endLine: 24, endColumn: 156 },
    ],
  },
  {
    name: "sns:Publish on '*' for a CDK role other principals assume, beside another action, or added to a role the file does not show",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const scope: any, role: iam.IRole;
const lambdaRole = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
lambdaRole.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
const smsRole = new iam.Role(scope, 'S', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') });
smsRole.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish', 's3:GetObject'], resources: ['*'] }));
role.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
new iam.Role(scope, 'C', {
  assumedBy: new iam.CompositePrincipal(new iam.ServicePrincipal('cognito-idp.amazonaws.com'), new iam.AccountRootPrincipal()),
  inlinePolicies: { sms: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] }) },
});`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 88, endLine: 4, endColumn: 91 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 101, endLine: 6, endColumn: 104 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 7, column: 82, endLine: 7, endColumn: 85 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 10, column: 128, endLine: 10, endColumn: 131 },
    ],
  },
  {
    name: "sns:Publish on '*' in a CDK iam.Policy also attached to another role, to a user, to a role the file does not show, or attached nowhere",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const scope: any, role: iam.IRole, user: iam.IUser;
const smsRole = new iam.Role(scope, 'S', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') });
const lambdaRole = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new iam.Policy(scope, 'A', { roles: [smsRole, lambdaRole], statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
new iam.Policy(scope, 'B', { roles: [smsRole], users: [user], statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
const shared = new iam.Policy(scope, 'C', { statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
smsRole.attachInlinePolicy(shared);
shared.attachToRole(role);
new iam.Policy(scope, 'D', { statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 137, endLine: 5, endColumn: 140 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 140, endLine: 6, endColumn: 143 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 7, column: 122, endLine: 7, endColumn: 125 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 10, column: 107, endLine: 10, endColumn: 110 },
    ],
  },
  {
    name: "sns:Publish on '*' for Cognito SMS roles, but the policy's resource changed, a key computed, the policy, statement or document exported, a dependency helper of the file's own",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const scope: any, user: iam.User, k: 'users';
const smsRole = new iam.Role(scope, 'S', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') });
const a = new iam.Policy(scope, 'A', { roles: [smsRole], statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
(a.node.defaultChild as iam.CfnPolicy).addPropertyOverride('Users', [user.userName]);
new iam.Policy(scope, 'B', { roles: [smsRole], [k]: [user], statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
export const c = new iam.Policy(scope, 'C', { statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
smsRole.attachInlinePolicy(c);
export const publish = new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] });
smsRole.addToPolicy(publish);
export const doc = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
new iam.Role(scope, 'T', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com'), inlinePolicies: { sms: doc } });
const helpers = { addDependency(policy: iam.Policy) { policy.attachToUser(user); } };
const d = new iam.Policy(scope, 'D', { roles: [smsRole], statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] });
helpers.addDependency(d);`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 135, endLine: 4, endColumn: 138 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 138, endLine: 6, endColumn: 141 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 7, column: 124, endLine: 7, endColumn: 127 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 9, column: 88, endLine: 9, endColumn: 91 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 11, column: 122, endLine: 11, endColumn: 125 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 14, column: 135, endLine: 14, endColumn: 138 },
    ],
  },
  {
    name: 'new PolicyStatement(props) with the props of a loop over statement props written in the file',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
for (const props of [{ actions: ['sqs:*'], resources: ['arn:aws:sqs:us-east-1:123456789012:q'] }] as iam.PolicyStatementProps[]) {
  new iam.PolicyStatement(props);
}`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 3, column: 27, endLine: 3, endColumn: 32 }],
  },
  {
    name: "a helper's parameters read in two fields of a statement: one statement per call of the file (sqs:* on a queue, GetItem on '*')",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
function allow(actions: string[], resources: string[]) {
  return new iam.PolicyStatement({ actions, resources });
}
export const read = allow(['s3:GetObject'], ['arn:aws:s3:::uploads/*']);
export const table = allow(['dynamodb:GetItem'], ['*']);
export const admin = allow(['sqs:*'], ['arn:aws:sqs:us-east-1:123456789012:q']);`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 3, column: 36, endLine: 3, endColumn: 43 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 45, endLine: 3, endColumn: 54 },
    ],
  },
  {
    name: "a template of a helper's parameter in a statement: one action per call (events:*, sqs:*)",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const serviceWide = (service: string, bus: string) => new iam.PolicyStatement({ actions: [\`\${service}:*\`], resources: [bus] });
export const events = serviceWide('events', 'arn:aws:events:us-east-1:123456789012:event-bus/default');
export const queues = serviceWide('sqs', 'arn:aws:sqs:us-east-1:123456789012:q');`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'events:*' }, line: 2, column: 91, endLine: 2, endColumn: 105 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 2, column: 91, endLine: 2, endColumn: 105 },
    ],
  },
  {
    name: "a template of two of a helper's parameters: one action per call (dynamodb:*; GetObject on '*')",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const grant = (service: string, verb: string) => new iam.PolicyStatement({ actions: [\`\${service}:\${verb}\`], resources: ['*'] });
export const a = grant('s3', 'GetObject');
export const b = grant('dynamodb', '*');
export const c = grant('sts', 'GetCallerIdentity');`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 2, column: 86, endLine: 2, endColumn: 106 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 121, endLine: 2, endColumn: 124 },
    ],
  },
  {
    name: "a template of two of a helper's parameters and a third in another field: each call pairs all three",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const grant = (service: string, verb: string, arn: string) => new iam.PolicyStatement({ actions: [\`\${service}:\${verb}\`], resources: [arn] });
export const a = grant('s3', 'GetObject', '*');
export const b = grant('sqs', '*', 'arn:aws:sqs:us-east-1:123456789012:q');
export const c = grant('sts', 'GetCallerIdentity', '*');`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 2, column: 99, endLine: 2, endColumn: 119 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 134, endLine: 2, endColumn: 137 },
    ],
  },
  {
    name: 'loops over one-element constant lists in two fields: the one statement they make',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const role: iam.Role;
for (const action of ['iam:*']) for (const resource of ['*']) role.addToPolicy(new iam.PolicyStatement({ actions: [action], resources: [resource] }));`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'iam:*' }, line: 3, column: 116, endLine: 3, endColumn: 122 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 137, endLine: 3, endColumn: 145 },
    ],
  },
  {
    name: "a helper's parameter read in a statement: what each call of the file gives it (one call's dynamodb:* on '*')",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const allow = (actions: string[]) => new iam.PolicyStatement({ actions, resources: ['*'] });
export const readAll = allow(['dynamodb:*']);
export const list = allow(['s3:ListAllMyBuckets']);`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 2, column: 64, endLine: 2, endColumn: 71 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 85, endLine: 2, endColumn: 88 },
    ],
  },
  {
    name: "L1 resource policies of SQS and SNS (CfnQueuePolicy, CfnTopicPolicy) without Version: CloudFormation's PolicyDocument property",
    code: `import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sns from 'aws-cdk-lib/aws-sns';
export function policies(scope: any, queue: sqs.Queue, topic: sns.Topic) {
  new sqs.CfnQueuePolicy(scope, 'QP', {
    queues: [queue.queueUrl],
    policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: queue.queueArn }] },
  });
  new sns.CfnTopicPolicy(scope, 'TP', {
    topics: [topic.topicArn],
    policyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Publish', Resource: topic.topicArn }] },
  });
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 65, endLine: 6, endColumn: 68 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 6, column: 78, endLine: 6, endColumn: 85 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 10, column: 72, endLine: 10, endColumn: 75 },
    ],
  },
  {
    name: "a bucket made public: publicReadAccess, grantPublicAccess() on it and on a bucket received as s3.IBucket",
    code: `import * as s3 from 'aws-cdk-lib/aws-s3';
export function f(scope: any, shared: s3.IBucket) {
  const site = new s3.Bucket(scope, 'Site', { websiteIndexDocument: 'index.html', publicReadAccess: true });
  site.grantPublicAccess('public/*', 's3:GetObject');
  shared.grantPublicAccess();
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'publicReadAccess: true' }, line: 3, column: 101, endLine: 3, endColumn: 105 },
      { messageId: 'publicPrincipal', data: { value: 'grantPublicAccess()' }, line: 4, column: 8, endLine: 4, endColumn: 25 },
      { messageId: 'publicPrincipal', data: { value: 'grantPublicAccess()' }, line: 5, column: 10, endLine: 5, endColumn: 27 },
    ],
  },
  {
    name: 'grant with a service wildcard on a construct received typed with CDK types, or made by a static factory',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { IQueue } from 'aws-cdk-lib/aws-sqs';
interface ServiceProps { table: dynamodb.ITable; queue?: IQueue }
export function wire(scope: any, fn: iam.IGrantable, props: ServiceProps, stream: dynamodb.ITable | undefined) {
  props.table.grant(fn, 'dynamodb:*');
  props.queue?.grant(fn, 'sqs:*');
  stream?.grant(fn, 'dynamodb:GetItem');
  dynamodb.Table.fromTableName(scope, 'T', 'orders').grant(fn, 'dynamodb:*');
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 6, column: 25, endLine: 6, endColumn: 37 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 7, column: 26, endLine: 7, endColumn: 33 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 9, column: 64, endLine: 9, endColumn: 76 },
    ],
  },
  {
    name: "a DynamoDB table's grantFullAccess (made here, TableV2, typed with CDK types, made by a static factory) grants dynamodb:*; narrower grants and look-alikes do not",
    code: `import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const fn: lambda.Function;
declare const imported: dynamodb.ITable;
const table = new dynamodb.Table(this, 'T', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
table.grantFullAccess(fn);
new TableV2(this, 'V2', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } }).grantFullAccess(fn);
imported.grantFullAccess(fn);
dynamodb.Table.fromTableName(this, 'I', 'name').grantFullAccess(fn);
table.grantReadWriteData(fn);
declare const other: { grantFullAccess(x: unknown): void };
other.grantFullAccess(fn);`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 7, column: 7, endLine: 7, endColumn: 22 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 8, column: 96, endLine: 8, endColumn: 111 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 9, column: 10, endLine: 9, endColumn: 25 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 10, column: 49, endLine: 10, endColumn: 64 },
    ],
  },
  {
    name: "CJS: a required DynamoDB Table's grantFullAccess; an untyped name's is not known to be CDK's",
    code: `const { Table, AttributeType } = require('aws-cdk-lib/aws-dynamodb');
const todos = new Table(scope, 'Todos', { partitionKey: { name: 'id', type: AttributeType.STRING } });
todos.grantFullAccess(todosLambda);
todos.grantReadWriteData(todosLambda);
registry.grantFullAccess(todosLambda);`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 7, endLine: 3, endColumn: 22 }],
  },
  {
    name: 'addPermission for a public principal on a function received as any, as on an untyped one',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export const open = (fn: any) => fn.addPermission('Public', { principal: new iam.AnyPrincipal(), action: 'lambda:InvokeFunction' });`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 2, column: 74, endLine: 2, endColumn: 96 }],
  },
  {
    name: 'a NotAction Deny guard that leaves out the allowed action does not scope the Allow',
    code: `export const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', NotAction: ['s3:Get*'], Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
  ],
};`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 35, endLine: 4, endColumn: 38 }],
  },
  {
    name: 'CDK: a resource formatted from components (Stack.of(this).formatArn, Arn.format) that names every resource of a service',
    code: `import { Arn, ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
export function grant(role: iam.Role, stack: Stack) {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:PutBucketPolicy'], resources: [Stack.of(role).formatArn({ service: 's3', region: '', account: '', resource: '*' })] }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [Arn.format({ service: 'sqs', resource: '*' }, stack)] }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: [stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME })] }));
}`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:s3:::*', 's3'), line: 4, column: 91, endLine: 4, endColumn: 174, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:sqs:…:…:*', 'sqs'), line: 5, column: 88, endLine: 5, endColumn: 140, suggestions: [] },
    ],
  },
  {
    name: "CDK: Fn.sub and Fn.join, CDK's own intrinsics, building an ARN of every resource of a service (not a named queue)",
    code: `import { Aws, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
export function grant(role: iam.Role) {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [Fn.sub('arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:*')] }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [Fn.join(':', ['arn', Aws.PARTITION, 'sns', Aws.REGION, Aws.ACCOUNT_ID, '*'])] }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [Fn.sub('arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:orders')] }));
}`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:…:…:*', 'sqs'), line: 4, column: 95, endLine: 4, endColumn: 143, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:sns:…:…:*', 'sns'), line: 5, column: 155, endLine: 5, endColumn: 158, suggestions: [] },
    ],
  },
  {
    name: "CDK: Fn.sub of a namespace import (cdk.Fn.sub), and one bound to a const, read as the intrinsic",
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
export function grant(role: iam.Role) {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [cdk.Fn.sub('arn:\${AWS::Partition}:s3:::*')] }));
  const arn = cdk.Fn.sub('arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:*');
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [arn] }));
}`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:s3:::*', 's3'), line: 4, column: 96, endLine: 4, endColumn: 126, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:…:…:*', 'sqs'), line: 6, column: 88, endLine: 6, endColumn: 91, suggestions: [] },
    ],
  },
  {
    name: 'a const list of actions, resources or managed policies grown by push, also under a condition: what each push adds, reported where the list is used (a managed policy at its name)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const admin: boolean;
declare const role: iam.Role;
const actions = ['s3:GetObject'];
if (admin) actions.push('s3:*');
role.addToPolicy(new iam.PolicyStatement({ actions, resources: ['arn:aws:s3:::b/*'] }));
const resources: string[] = [];
resources.push('*');
role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources }));
const managedPolicies = [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')];
if (admin) managedPolicies.push(iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess'));
new iam.Role(role, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), managedPolicies });`,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 44, endLine: 6, endColumn: 51, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 9, column: 74, endLine: 9, endColumn: 83, suggestions: [] },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 11, column: 76, endLine: 11, endColumn: 97, suggestions: [] },
    ],
  },
  {
    name: 'a statement list grown through a non-null assertion or a type assertion is read, what it was written with too',
    code: `type S = { Effect: string; Action: string; Resource: string };
const st: S[] = [{ Effect: 'Allow', Action: 'rds:*', Resource: 'arn:aws:rds:us-east-1:123456789012:db:x' }];
st!.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
(st as S[]).unshift({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' });
export const policy = { Version: '2012-10-17', Statement: st };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'rds:*' }, line: 2, column: 45, endLine: 2, endColumn: 52 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 63, endLine: 3, endColumn: 66 },
    ],
  },
  {
    name: "JSON text whose first piece is a lone brace, passed to PutRolePolicy: one finding per wildcard",
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
const doc: string = '{' +
  '"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b"}]' +
  '}';
export const put = () => new IAMClient({}).send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: doc }));`,
    output: null,
    errors: [{ messageId: 'allActions', data: { value: '*' }, line: 3, column: 73, endLine: 3, endColumn: 76, suggestions: [] }],
  },
  {
    name: 'a document function the authorizer calls is still read when another call writes it as an IAM policy, or when it is exported',
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
const allowAll = () => ({ Version: '2012-10-17', Statement: [{ Action: 's3:*', Effect: 'Allow', Resource: '*' }] });
export const authorizer = async () => ({ principalId: 'user', policyDocument: allowAll() });
export const writer = async () => new IAMClient({}).send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify(allowAll()) }));
export const shared = () => ({ Version: '2012-10-17', Statement: [{ Action: 's3:*', Effect: 'Allow', Resource: '*' }] });
export const other = async () => ({ principalId: 'user', policyDocument: shared() });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 72, endLine: 2, endColumn: 78, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 107, endLine: 2, endColumn: 110, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 5, column: 77, endLine: 5, endColumn: 83, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 112, endLine: 5, endColumn: 115, suggestions: [] },
    ],
  },
  {
    name: 'a Pulumi policy document without Version made in an output apply, or bound to a const used only as the policy',
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });
const bucket = new aws.s3.Bucket('b');
export const a = new aws.iam.RolePolicy('a', { role: role.id, policy: bucket.arn.apply((arn) => JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: arn }] })) });
export const b = new aws.iam.RolePolicy('b', { role: role.id, policy: pulumi.all([bucket.arn]).apply(([arn]) => JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: arn }] })) });
const doc = { Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] };
export const c = new aws.iam.RolePolicy('c', { role: role.id, policy: JSON.stringify(doc) });`,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 5, column: 153, endLine: 5, endColumn: 165, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 6, column: 169, endLine: 6, endColumn: 176, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 7, column: 79, endLine: 7, endColumn: 82, suggestions: [] },
    ],
  },
  {
    name: 'a Pulumi policy document without Version: as an object or JSON text, under policy with statements written with IAM keys',
    code: `import * as aws from '@pulumi/aws';
const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });
export const p = new aws.iam.RolePolicy('p', {
  role: role.id,
  policy: JSON.stringify({ Statement: [{ Action: 's3:*', Resource: '*', Effect: 'Allow' }] }),
});
export const q = new aws.iam.RolePolicy('q', {
  role: role.id,
  policy: { Statement: [{ Action: ['dynamodb:*'], Resource: ['arn:aws:dynamodb:*:*:table/t'], Effect: 'Allow' }] },
});`,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 5, column: 50, endLine: 5, endColumn: 56, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 68, endLine: 5, endColumn: 71, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 9, column: 36, endLine: 9, endColumn: 48, suggestions: [] },
    ],
  },
  {
    name: 'AwsCustomResource: an SDK action chosen at run time grants either (one not star-only is reported)',
    code: `import * as cr from 'aws-cdk-lib/custom-resources';
export function stack(scope: any, create: boolean) {
  new cr.AwsCustomResource(scope, 'A', {
    onCreate: { service: 'SSM', action: create ? 'putParameter' : 'describeParameters' },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
  new cr.AwsCustomResource(scope, 'B', {
    onCreate: { service: 'EC2', action: create ? 'describeInstances' : 'describeVpcs' },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
}`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 66, endLine: 5, endColumn: 105 }],
  },
  {
    name: 'AwsCustomResource: props spread before the written keys, policies and resources chosen at run time, an assumed role that may be unset, a frozen policy',
    code: `import * as cr from 'aws-cdk-lib/custom-resources';
const put = { service: 'SSM', action: 'putParameter' };
const ANY = cr.AwsCustomResourcePolicy.ANY_RESOURCE;
export function stack(scope: any, defaults: object, cond: boolean, arn: string) {
  new cr.AwsCustomResource(scope, 'A', { ...defaults, onCreate: put, policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ANY }) });
  new cr.AwsCustomResource(scope, 'B', {
    onCreate: put,
    policy: cond ? cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [arn] }) : cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ANY }),
  });
  new cr.AwsCustomResource(scope, 'C', { onCreate: put, policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cond ? [arn] : ANY }) });
  new cr.AwsCustomResource(scope, 'D', {
    onCreate: { ...put, assumedRoleArn: cond ? arn : undefined },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
  const frozen = Object.freeze(cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }));
  new cr.AwsCustomResource(scope, 'E', { onUpdate: put, policy: frozen });
}`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 131, endLine: 5, endColumn: 134 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 137, endLine: 8, endColumn: 140 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 10, column: 133, endLine: 10, endColumn: 136 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 13, column: 67, endLine: 13, endColumn: 70 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 15, column: 86, endLine: 15, endColumn: 89 },
    ],
  },
  {
    name: 'actions and a policy from constants made read-only with Object.freeze',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const ACTIONS = Object.freeze(['s3:*']);
export const statement = new iam.PolicyStatement({ actions: [...ACTIONS], resources: ['arn:aws:s3:::b/*'] });`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 62, endLine: 3, endColumn: 72 }],
  },
  {
    name: 'actions a callback makes of a constant list: one string per element of a template of its parameter',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const role: iam.Role;
const SERVICES = ['s3', 'sqs'];
role.addToPolicy(new iam.PolicyStatement({ actions: SERVICES.map((s) => \`\${s}:*\`), resources: ['arn:aws:s3:::b'] }));`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 73, endLine: 4, endColumn: 81, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 4, column: 73, endLine: 4, endColumn: 81, suggestions: [] },
    ],
  },
  {
    name: 'WriteGetObjectResponse beside an action that takes ARNs: the * reaches every object',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
export function allowObjectLambda(fn: lambda.IFunction): void {
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3-object-lambda:WriteGetObjectResponse', 's3:GetObject'], resources: ['*'] }));
}`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 130, endLine: 4, endColumn: 133, suggestions: [] },
    ],
  },
    {
      name: 'reported: es:* is a service wildcard even in the access policy of a domain with fine-grained access control, where letting anyone send requests is no public gra',
      code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Domain, EngineVersion } from 'aws-cdk-lib/aws-opensearchservice';

export function search(scope: any, domainName: string, masterUserName: string, region: string, account: string) {
  const accessPolicy = new iam.PolicyStatement();
  accessPolicy.addAnyPrincipal();
  accessPolicy.addResources(\`arn:aws:es:\${region}:\${account}:domain/\${domainName}/*\`);
  accessPolicy.addActions('es:*');
  accessPolicy.effect = iam.Effect.ALLOW;
  return new Domain(scope, domainName, {
    version: EngineVersion.OPENSEARCH_2_5,
    fineGrainedAccessControl: { masterUserName },
    accessPolicies: [accessPolicy],
  });
}`,
      output: null,
      errors: [
        { messageId: 'serviceActions', data: { value: 'es:*' }, line: 8, column: 27, endLine: 8, endColumn: 33, suggestions: [] },
      ],
    },
    {
      name: 'reported: the first grant allows s3:* on every resource',
      code: `import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

const GRANTS = [
  { actions: ['s3:*'] },
  { actions: ['sqs:SendMessage'] },
];

export class WorkerStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new Role(this, 'WorkerRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    for (const { actions } of GRANTS) {
      role.addToPolicy(new PolicyStatement({ actions, resources: ['*'] }));
    }
  }
}`,
      output: null,
      errors: [
        { messageId: 'serviceActions', data: { value: 's3:*' }, line: 15, column: 46, endLine: 15, endColumn: 53, suggestions: [] },
        { messageId: 'allResources', data: { value: '*' }, line: 15, column: 67, endLine: 15, endColumn: 70, suggestions: [] },
      ],
    },
    {
      name: 'reported: the dynamodb:* row takes the default resources [*]',
      code: `import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

const GRANTS: { actions: string[]; resources?: string[] }[] = [
  { actions: ['dynamodb:*'] },
  { actions: ['sns:Publish'], resources: ['arn:aws:sns:us-east-1:123456789012:alerts'] },
];

export class TablesStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new Role(this, 'TablesRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    for (const { actions, resources = ['*'] } of GRANTS) {
      role.addToPolicy(new PolicyStatement({ actions, resources }));
    }
  }
}`,
      output: null,
      errors: [
        { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 15, column: 46, endLine: 15, endColumn: 53, suggestions: [] },
      ],
    },
    {
      name: 'reported: fineGrainedAccessControl without a master user ARN or name leaves fine-grained access control disabled in CDK, so anyone may call the HTTP API',
      code: `import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

export class LogsStack extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    new opensearch.Domain(this, 'Logs', {
      version: opensearch.EngineVersion.OPENSEARCH_2_11,
      fineGrainedAccessControl: {},
      accessPolicies: [
        new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['es:ESHttp*'], resources: ['*'] }),
      ],
    });
  }
}`,
      output: null,
      errors: [
        { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 12, column: 48, endLine: 12, endColumn: 70, suggestions: [] },
      ],
    },
    {
      name: 'reported: the same open es:ESHttp* statement is also added to the legacy domain, which has no fine-grained access control',
      code: `import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

export class SearchStack extends Stack {
  constructor(scope: any, id: string, props: { masterUserArn: string }) {
    super(scope, id);
    const openHttp = new iam.PolicyStatement({
      principals: [new iam.AnyPrincipal()],
      actions: ['es:ESHttp*'],
      resources: ['*'],
    });
    new opensearch.Domain(this, 'Search', {
      version: opensearch.EngineVersion.OPENSEARCH_2_11,
      fineGrainedAccessControl: { masterUserArn: props.masterUserArn },
      accessPolicies: [openHttp],
    });
    const legacy = new opensearch.Domain(this, 'LegacySearch', {
      version: opensearch.EngineVersion.ELASTICSEARCH_7_10,
    });
    legacy.addAccessPolicies(openHttp);
  }
}`,
      output: null,
      errors: [
        { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 9, column: 20, endLine: 9, endColumn: 42, suggestions: [] },
      ],
    },
    {
      name: 'a role policy beside an unrelated Type or an Organizations ARN under another key is still judged',
      code: `import { CustomResource, Stack } from 'aws-cdk-lib';

export class OrgStack extends Stack {
  constructor(serviceToken: string) {
    super();
    new CustomResource(this, 'Bootstrap', {
      serviceToken,
      properties: {
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] }),
        ExecutionRolePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      },
    });
  }
}`,
      output: null,
      errors: [
        { messageId: 'admin', data: { value: '*' }, line: 11, column: 94, endLine: 11, endColumn: 97, suggestions: [] },
      ],
    },
    {
      name: 'an IAM managed policy whose Description names an Organizations ARN is still judged',
      code: `module.exports = {
  Resources: {
    BreakGlass: {
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: {
        Description: 'arn:aws:organizations::111122223333:policy/o-exampleorgid/service_control_policy/p-examplepolicyid',
        PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        Roles: ['BreakGlassRole'],
      },
    },
  },
};`,
      output: null,
      errors: [
        { messageId: 'admin', data: { value: '*' }, line: 7, column: 89, endLine: 7, endColumn: 92, suggestions: [] },
      ],
    },
    {
      name: 'a document beside another policy type or beside an IAM policy ARN is still judged',
      code: `import * as organizations from 'aws-cdk-lib/aws-organizations';
const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
new organizations.CfnPolicy(this, 'Tag', { name: 'tags', type: 'TAG_POLICY', content: ADMIN });
export const managed = {
  arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
  policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] },
};`,
      output: null,
      errors: [
        { messageId: 'admin', data: { value: '*' }, line: 2, column: 79, endLine: 2, endColumn: 82, suggestions: [] },
        { messageId: 'serviceActions', data: { value: 'iam:*' }, line: 6, column: 75, endLine: 6, endColumn: 82, suggestions: [] },
        { messageId: 'allResources', data: { value: '*' }, line: 6, column: 94, endLine: 6, endColumn: 97, suggestions: [] },
      ],
    },
  {
    // @typescript-eslint/rule-tester lints a case with an absolute file name with the file system root as working
    // directory: the directories above the project say nothing of it
    name: 'an absolute file name under a tests/ directory with the root as working directory: only the file name is read',
    filename: '/home/me/app/tests/fixtures/stack.ts',
    code: `export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 1, column: 87, endLine: 1, endColumn: 90, suggestions: [] },
    ],
  },
  {
    name: "CDK v1's all-in-one monocdk: its aws_iam namespace and submodule read like aws-cdk-lib's",
    code: `import { Construct, aws_iam as iam, aws_lambda as lambda } from 'monocdk';
import { PolicyStatement } from 'monocdk/aws-iam';
export class KeyPair extends Construct {
  constructor(scope: Construct, id: string, fn: lambda.SingletonFunction) {
    super(scope, id);
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['ssm:DeleteParameter'], resources: ['*'] }));
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::bucket/*'] }));
  }
}`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 96, endLine: 6, endColumn: 99 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 7, column: 56, endLine: 7, endColumn: 62 },
    ],
  },
  {
    name: 'a key policy principal that names no account (a role ARN), alone or beside an account ID, keeps kms:* reported; another service\'s wildcard for the account is reported',
    code: `import * as aws from '@pulumi/aws';
const accountId = process.env.AWS_ACCOUNT_ID;
declare const roleArn: string;
new aws.kms.Key('a', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: [roleArn] }, Action: 'kms:*', Resource: '*' }] }) });
new aws.kms.Key('b', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: [accountId, roleArn] }, Action: 'kms:*', Resource: '*' }] }) });
new aws.kms.Key('c', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: accountId }, Action: 's3:*', Resource: '*' }] }) });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 4, column: 142, endLine: 4, endColumn: 149 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 5, column: 153, endLine: 5, endColumn: 160 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 142, endLine: 6, endColumn: 148 },
    ],
  },
  {
    name: 'a wildcard default (`||`, `??`) and a choice bound once to a name are read as choices made at run time',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const props: { actions?: string[]; arn?: string; dev: boolean };
const ACTIONS = props.dev ? ['s3:*'] : ['s3:GetObject'];
new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.arn || '*'] });
new iam.PolicyStatement({ actions: props.actions ?? ['dynamodb:*'], resources: ['arn:aws:dynamodb:::table/x'] });
new iam.PolicyStatement({ actions: ACTIONS, resources: ['arn:aws:s3:::b/*'] });`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 88, endLine: 4, endColumn: 91 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 5, column: 54, endLine: 5, endColumn: 66 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 36, endLine: 6, endColumn: 43 },
    ],
  },
  {
    name: 'CDK: AWS managed policies that grant a whole service though not named FullAccess (SecretsManagerReadWrite, AmazonCognitoPowerUser, AmazonAPIGatewayAdministrator) or with a suffix; a read-only one is not reported',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('SecretsManagerReadWrite'));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonCognitoPowerUser'));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3ReadOnlyAccess'));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonAPIGatewayAdministrator'));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonDynamoDBFullAccesswithDataPipeline'));`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'SecretsManagerReadWrite' }, line: 3, column: 66, endLine: 3, endColumn: 91 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonCognitoPowerUser' }, line: 4, column: 66, endLine: 4, endColumn: 90 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonAPIGatewayAdministrator' }, line: 6, column: 66, endLine: 6, endColumn: 97 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccesswithDataPipeline' }, line: 7, column: 66, endLine: 7, endColumn: 108 },
    ],
  },
  {
    name: "CDK: { managedPolicyArn } objects given to addManagedPolicy (a function's role, a role, a typed user, an imported role) and to a group's or user's managedPolicies",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Aws } from 'aws-cdk-lib';
const fn = new lambda.Function(this, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
fn.role?.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess' });
const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const s3 = { managedPolicyArn: \`arn:\${Aws.PARTITION}:iam::aws:policy/AmazonS3FullAccess\` };
role.addManagedPolicy(s3);
export function attach(user: iam.IUser) {
  user.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
}
iam.Role.fromRoleName(this, 'Imported', 'ops').addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonSQSFullAccess' });
new iam.Group(this, 'G', { managedPolicies: [{ managedPolicyArn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess' }] });
new iam.User(this, 'U', { managedPolicies: [s3] });`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess' }, line: 5, column: 72, endLine: 5, endColumn: 96 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 8, column: 23, endLine: 8, endColumn: 25 },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 10, column: 70, endLine: 10, endColumn: 89 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 12, column: 110, endLine: 12, endColumn: 129 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonEC2FullAccess' }, line: 13, column: 91, endLine: 13, endColumn: 110 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 14, column: 45, endLine: 14, endColumn: 47 },
    ],
  },
  {
    name: 'Pulumi: policies written as pulumi.interpolate templates with outputs are read as the text they make (QueuePolicy, RolePolicy, Policy, TopicPolicy)',
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const queue: aws.sqs.Queue, topic: aws.sns.Topic, bucket: aws.s3.Bucket, table: aws.dynamodb.Table, role: aws.iam.Role;
new aws.sqs.QueuePolicy('q', {
  queueUrl: queue.id,
  policy: pulumi.interpolate\`{
    "Version": "2012-10-17",
    "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": ["sqs:SendMessage", "sqs:ReceiveMessage"], "Resource": "\${queue.arn}" }]
  }\`,
});
new aws.iam.RolePolicy('r', { role: role.id, policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"\${bucket.arn}/*"}]}\` });
new aws.iam.Policy('p', { policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:Query","Resource":["\${table.arn}","*"]}]}\` });
new aws.sns.TopicPolicy('t', { arn: topic.arn, policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sns:Publish","Resource":"\${topic.arn}"}]}\` });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 8, column: 53, endLine: 8, endColumn: 56, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 11, column: 137, endLine: 11, endColumn: 143, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 12, column: 162, endLine: 12, endColumn: 165, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 13, column: 149, endLine: 13, endColumn: 152, suggestions: [] },
    ],
  },
  {
    name: 'Pulumi: values inside policies and managed-policy ARNs built by pulumi.interpolate / concat are read as the text they make',
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const role: aws.iam.Role, region: string, accountId: pulumi.Output<string>, partition: pulumi.Output<string>;
new aws.iam.RolePolicyAttachment('a', { role: role.name, policyArn: pulumi.interpolate\`arn:\${partition}:iam::aws:policy/AdministratorAccess\` });
new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: [pulumi.concat('arn:', partition, ':iam::aws:policy/AmazonS3FullAccess')] });
new aws.iam.RolePolicy('p', { role: role.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: pulumi.interpolate\`arn:aws:sqs:\${region}:\${accountId}:*\` }] }) });
export const doc = aws.iam.getPolicyDocumentOutput({ statements: [{ actions: ['sns:Publish'], resources: [pulumi.interpolate\`arn:aws:sns:\${region}:\${accountId}:*\`] }] });
declare const assumeRolePolicy: string;`,
    output: null,
    errors: [
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 4, column: 121, endLine: 4, endColumn: 140, suggestions: [] },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 5, column: 114, endLine: 5, endColumn: 132, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:…:…:*', 'sqs'), line: 6, column: 186, endLine: 6, endColumn: 224, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sns:…:…:*', 'sns'), line: 7, column: 125, endLine: 7, endColumn: 163, suggestions: [] },
    ],
  },
  {
    name: 'Pulumi: pulumi.concat joins its arguments (an output stays unknown, undefined adds nothing)',
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const bucket: aws.s3.Bucket, role: aws.iam.Role;
new aws.iam.RolePolicy('c', { role: role.id, policy: pulumi.concat('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"', bucket.arn, '/*"}]}') });
new aws.iam.RolePolicy('d', { role: role.id, policy: pulumi.concat('{"Version":"2012-10-17",', '"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"', undefined, '*"}]}') });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 133, endLine: 4, endColumn: 139, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 162, endLine: 5, endColumn: 180, suggestions: [] },
    ],
  },
  {
    name: "Pulumi: interpolate and concat imported under other names",
    code: `import * as aws from '@pulumi/aws';
import { interpolate as i, concat as join } from '@pulumi/pulumi';
declare const bucket: aws.s3.Bucket, role: aws.iam.Role;
new aws.iam.RolePolicy('a', { role: role.id, policy: i\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"\${bucket.arn}"}]}\` });
new aws.iam.RolePolicy('b', { role: role.id, policy: join('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"', bucket.arn, '"}]}') });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 4, column: 120, endLine: 4, endColumn: 127, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 5, column: 124, endLine: 5, endColumn: 127, suggestions: [] },
    ],
  },
  {
    name: "SST v3: the globals $interpolate, $concat and $util.interpolate are Pulumi's",
    code: `export default $config({
  app() { return { name: 'app' }; },
  async run() {
    const bucket = new sst.aws.Bucket('B');
    new aws.iam.Policy('p', { policy: $interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"\${bucket.arn}"}]}\` });
    new aws.iam.Policy('q', { policy: $concat('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"', bucket.arn, '/*"}]}') });
    new aws.iam.Policy('r', { policy: $util.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sns:*","Resource":"\${bucket.arn}"}]}\` });
  },
});`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 5, column: 116, endLine: 5, endColumn: 122, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 115, endLine: 6, endColumn: 118, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sns:*' }, line: 7, column: 121, endLine: 7, endColumn: 128, suggestions: [] },
    ],
  },
  {
    name: "SST v3: $jsonStringify and $util.jsonStringify of a key policy granting '*' to the deployed account's root are quiet; of a bucket policy, reported",
    code: `export default $config({
  app() { return { name: 'app' }; },
  async run() {
    const { accountId } = await aws.getCallerIdentity();
    const bucket = new sst.aws.Bucket('B');
    new aws.kms.Key('K', { policy: $jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${accountId}:root\` }, Action: '*', Resource: '*' }] }) });
    new aws.kms.Key('L', { policy: $util.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${accountId}:root\` }, Action: '*', Resource: '*' }] }) });
    new aws.s3.BucketPolicy('P', { bucket: bucket.name, policy: $jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${accountId}:root\` }, Action: '*', Resource: '*' }] }) });
  },
});`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 8, column: 198, endLine: 8, endColumn: 201, suggestions: [] },
    ],
  },
  {
    name: 'intrinsics that fan out a hundredfold at each of five levels: read within a bound, the root not proven',
    code: FAN_OUT_INTRINSICS,
    errors: [{ messageId: 'serviceActions', data: { value: 'kms:*' }, line: 8, column: 111, endLine: 8, endColumn: 118 }],
  },
  {
    name: 'statements pushed onto a document the rule cannot read (made by a function, a parameter, a template): each one alone, a trust policy as one',
    code: `declare function buildPolicy(stage: string): { Statement: object[] };
export function grant(stage: string, template: any, role: { document: { Statement: object[] } }) {
  const policy = buildPolicy(stage);
  policy.Statement.push({ Effect: 'Allow', Action: ['dynamodb:*'], Resource: ['arn:aws:dynamodb:us-east-1:123456789012:table/t'] });
  role.document.Statement.unshift({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' });
  template.Resources['Role'].Properties.AssumeRolePolicyDocument.Statement.push({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' });
  return policy;
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 4, column: 53, endLine: 4, endColumn: 65 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 87, endLine: 5, endColumn: 90 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 111, endLine: 6, endColumn: 114 },
    ],
  },
  {
    name: "a document's own Statement list grown through the document's name (push in a branch, unshift), read with the statements written in it",
    code: `declare const role: string;
declare const bucketArn: string;
const policy: { Version: string; Statement: object[] } = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:123456789012:t' }],
};
if (role === 'Administrator') {
  policy.Statement.push({ Effect: 'Allow', Action: ['cognito-idp:*', 's3:GetObject'], Resource: bucketArn });
}
(policy.Statement as object[]).unshift({ Effect: 'Allow', Action: '*', Resource: '*' });
policy.Version = '2012-10-17';
export default policy;`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'cognito-idp:*' }, line: 8, column: 53, endLine: 8, endColumn: 68 },
      { messageId: 'admin', data: { value: '*' }, line: 10, column: 67, endLine: 10, endColumn: 70 },
    ],
  },
  {
    name: 'a const statement list that code grows with push / unshift: each statement a call adds is read (in a branch or a loop too; a spread argument is unknown)',
    code: `declare const extra: object[];
declare const tables: string[];
const statements: object[] = [];
statements.push({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' });
if (process.env.DEBUG) statements.push({ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }, ...extra);
for (const t of tables) statements.push({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: t });
statements.unshift({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' });
export const policy = { Version: '2012-10-17', Statement: statements };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 44, endLine: 4, endColumn: 50 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 98, endLine: 5, endColumn: 101 },
    ],
  },
  {
    name: 'const lists later extended by push / unshift: what they were written with is reported (on the list\'s use)',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
declare const useSearch: boolean;
declare const extra: string[];
const executionActions = ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'logs:PutLogEvents'];
if (useSearch) executionActions.push('es:ESHttpGet', ...extra);
export const a = new PolicyStatement({ actions: executionActions, resources: ['*'] });
const queueActions: string[] = ['sqs:*'];
queueActions.unshift('sqs:SendMessage');
export const b = new PolicyStatement({ actions: queueActions, resources: ['arn:aws:sqs:us-east-1:123456789012:q'] });
const resources = ['*'];
resources.push('arn:aws:s3:::b/*');
export const c = new PolicyStatement({ resources });
c.addActions('s3:GetObject');
const added = ['kms:*'];
added.push('kms:Decrypt');
const e = new PolicyStatement({ resources: ['arn:aws:kms:us-east-1:123456789012:key/k'] });
e.addActions(...added);
export { e };`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 79, endLine: 6, endColumn: 82 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 9, column: 49, endLine: 9, endColumn: 61 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 12, column: 40, endLine: 12, endColumn: 49 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 17, column: 17, endLine: 17, endColumn: 22 },
    ],
  },
  {
    name: 'kms:* for a root or role ARN not proven to be the deployed account\'s root: another parameter, a role, an escaped ${, a literal ID',
    code: `export const KeyPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Join': [':', ['arn:aws:iam:', { Ref: 'PartnerAccountId' }, 'root']] } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Join': [':', ['arn:aws:iam:', { Ref: 'AWS::AccountId' }, 'role/admin']] } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/admin' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': ['arn:aws:iam::\${Account}:root', { Account: { Ref: 'Partner' } }] } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:aws:iam::\${Partner}:root' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:aws:iam::\${AWS::Partition}:root' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:aws:iam::\${!AWS::AccountId}:root' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { Ref: 'AWS::Partition' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: { 'Fn::ImportValue': 'AccountId' } }, Action: 'kms:*', Resource: '*' },
    { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'kms:*', Resource: '*' },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 4, column: 130, endLine: 4, endColumn: 137 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 5, column: 134, endLine: 5, endColumn: 141 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 6, column: 126, endLine: 6, endColumn: 133 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 7, column: 134, endLine: 7, endColumn: 141 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 8, column: 99, endLine: 8, endColumn: 106 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 9, column: 106, endLine: 9, endColumn: 113 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 10, column: 107, endLine: 10, endColumn: 114 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 11, column: 79, endLine: 11, endColumn: 86 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 12, column: 88, endLine: 12, endColumn: 95 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 13, column: 68, endLine: 13, endColumn: 75 },
    ],
  },
  {
    name: "intrinsic principals or actions beside known ones: a role's kms:*, a public '*', the known actions of an identity policy",
    code: `export const resources = {
  Key: {
    Type: 'AWS::KMS::Key',
    Properties: {
      KeyPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: [{ 'Fn::GetAtt': ['AppRole', 'Arn'] }] }, Action: 'kms:*', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: [{ Ref: 'PartnerRoleArn' }, '*'] }, Action: 'kms:Decrypt', Resource: '*' },
        ],
      },
    },
  },
  Policy: {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: {
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: [{ 'Fn::If': ['Prod', 's3:GetObject', 's3:PutObject'] }, 'sqs:*'], Resource: '*' }],
      },
    },
  },
};`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 8, column: 98, endLine: 8, endColumn: 105 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 9, column: 76, endLine: 9, endColumn: 79 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 19, column: 105, endLine: 19, endColumn: 112 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 19, column: 125, endLine: 19, endColumn: 128 },
    ],
  },
  {
    name: "kms:* is quiet only for the deploying account's root: a role, a Role, AnyPrincipal, a literal account, the root with a service, an identity policy ('*' for the root is quiet in the key's own policy)",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
export function keys(scope: any, role: iam.IRole, deployer: iam.Role) {
  new kms.Key(scope, 'K', { policy: new iam.PolicyDocument({ statements: [
    new iam.PolicyStatement({ principals: [new iam.ArnPrincipal(role.roleArn)], actions: ['kms:*'], resources: ['*'] }),
    new iam.PolicyStatement({ principals: [deployer], actions: ['kms:*'], resources: ['*'] }),
    new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['kms:*'], resources: ['*'] }),
    new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('111122223333')], actions: ['kms:*'], resources: ['*'] }),
    new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal(), new iam.ServicePrincipal('logs.amazonaws.com')], actions: ['kms:*'], resources: ['*'] }),
    new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['*'], resources: ['*'] }),
  ] }) });
  const s = new iam.PolicyStatement({ actions: ['kms:*'], resources: ['*'] });
  s.addArnPrincipal('arn:aws:iam::111122223333:root');
  return s;
}
export const doc = (account: string, roleArn: string) => ({ Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' },
  { Effect: 'Allow', Principal: { AWS: [\`arn:aws:iam::\${account}:root\`, roleArn] }, Action: 'kms:*', Resource: '*' },
  { Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${account}:role/admin\` }, Action: 'kms:*', Resource: '*' },
] });
export const identity = new iam.PolicyStatement({ actions: ['kms:*'], resources: ['*'] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 5, column: 91, endLine: 5, endColumn: 98, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 6, column: 65, endLine: 6, endColumn: 72, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 7, column: 44, endLine: 7, endColumn: 66, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 7, column: 79, endLine: 7, endColumn: 86, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 8, column: 97, endLine: 8, endColumn: 104, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 9, column: 135, endLine: 9, endColumn: 142, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 12, column: 49, endLine: 12, endColumn: 56, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 17, column: 33, endLine: 17, endColumn: 36, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 17, column: 46, endLine: 17, endColumn: 53, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 18, column: 93, endLine: 18, endColumn: 100, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 19, column: 88, endLine: 19, endColumn: 95, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 21, column: 61, endLine: 21, endColumn: 68, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 21, column: 83, endLine: 21, endColumn: 86, suggestions: [] },
    ],
  },
  {
    name: "Action '*' for the deploying account's root outside a certain key policy (a bucket policy, a document also given to a bucket, a KeyPolicy key of another resource type); in a key policy for another account, anyone or the root with a role; s3:* beside it; NotAction in a bucket policy, and in a key policy (Allow + NotAction is always reported)",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
export function make(scope: any, bucket: s3.Bucket, role: iam.IRole) {
  bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
  new kms.Key(scope, 'Partner', { policy: new iam.PolicyDocument({ statements: [
    new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountPrincipal('111122223333')], resources: ['*'] }),
    new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AnyPrincipal()], resources: ['*'] }),
    new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountRootPrincipal(), new iam.ArnPrincipal(role.roleArn)], resources: ['*'] }),
    new iam.PolicyStatement({ actions: ['*', 's3:*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }),
  ] }) });
  const shared = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] })] });
  new kms.Key(scope, 'Shared', { policy: shared });
  new s3.CfnBucketPolicy(scope, 'P', { bucket: 'b', policyDocument: shared });
  bucket.addToResourcePolicy(new iam.PolicyStatement({ notActions: ['s3:DeleteBucket'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
  new kms.Key(scope, 'N').addToResourcePolicy(new iam.PolicyStatement({ notActions: ['kms:ScheduleKeyDeletion'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
}
export const template = { Resources: {
  Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' } }, Action: '*', Resource: '*' }] } } },
  Queue: { Type: 'AWS::SQS::QueuePolicy', Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: { Ref: 'AWS::AccountId' } }, Action: '*', Resource: '*' }] } } },
} };`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 5, column: 66, endLine: 5, endColumn: 69, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 7, column: 41, endLine: 7, endColumn: 44, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 8, column: 41, endLine: 8, endColumn: 44, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 8, column: 60, endLine: 8, endColumn: 82, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 9, column: 41, endLine: 9, endColumn: 44, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 10, column: 46, endLine: 10, endColumn: 52, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 12, column: 92, endLine: 12, endColumn: 95, suggestions: [] },
      { messageId: 'notAction', data: { value: 's3:DeleteBucket' }, line: 15, column: 69, endLine: 15, endColumn: 86, suggestions: [] },
      { messageId: 'notAction', data: { value: 'kms:ScheduleKeyDeletion' }, line: 16, column: 86, endLine: 16, endColumn: 111, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 19, column: 216, endLine: 19, endColumn: 219, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 20, column: 179, endLine: 20, endColumn: 182, suggestions: [] },
    ],
  },
  {
    name: "Pulumi: Action '*' for the deployed account's root in a bucket policy, for another account's root in a key policy",
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
declare const accountId: pulumi.Output<string>, bucket: aws.s3.Bucket;
new aws.s3.BucketPolicy('b', { bucket: bucket.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: pulumi.interpolate\`arn:aws:iam::\${accountId}:root\` }, Action: '*', Resource: '*' }] }) });
new aws.kms.Key('k', { policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: '*', Resource: '*' }] }) });`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 4, column: 216, endLine: 4, endColumn: 219, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 5, column: 171, endLine: 5, endColumn: 174, suggestions: [] },
    ],
  },
  {
    name: 'a let assigned one statement after its declaration is followed like a const (new PolicyStatement, fromJson, in a branch)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
let t: iam.PolicyStatement;
t = new iam.PolicyStatement({ resources: ['arn:aws:s3:::b'] });
t.addActions('s3:*');
t.addResources('*');
let s;
s = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b' });
s.addActions('dynamodb:*');
export function make(scope: any) {
  let role;
  role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  let statement: iam.PolicyStatement | undefined;
  if (scope.dev) {
    statement = new iam.PolicyStatement({ actions: ['sqs:SendMessage'] });
  }
  statement?.addAllResources();
  return role;
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 14, endLine: 4, endColumn: 20, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 16, endLine: 5, endColumn: 19, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 8, column: 14, endLine: 8, endColumn: 26, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 16, column: 3, endLine: 16, endColumn: 31, suggestions: [] },
    ],
  },
  {
    name: 'a fromJson statement only read later (toStatementJson, validate…) is what its JSON says; a condition added later may narrow the resources',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const e = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: '*', Resource: '*' });
console.log(e.toStatementJson(), e.validateForIdentityPolicy());
const a = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
a.addCondition('StringEquals', { 'aws:ResourceTag/team': 'x' });
export { a, e };`,
    output: null,
    errors: [{ messageId: 'admin', data: { value: '*' }, line: 2, column: 67, endLine: 2, endColumn: 70 }],
  },
  {
    name: 'fromJson statements changed by add* calls are read with them, reported where the calls write the wildcards',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const a = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b' });
a.addActions('dynamodb:*');
a.addResources('*');
const b = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject' });
b.addAllResources();
const c = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
c.addAnyPrincipal();
const d = iam.PolicyStatement.fromJson({ Effect: 'Allow', Resource: 'arn:aws:s3:::b/*' });
d.addPrincipals(new iam.AnyPrincipal());
d.addNotActions('iam:*');
export const doc = new iam.PolicyDocument({ statements: [c, d] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 14, endLine: 3, endColumn: 26, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 16, endLine: 4, endColumn: 19, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 1, endLine: 6, endColumn: 20, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: 'addAnyPrincipal()' }, line: 8, column: 1, endLine: 8, endColumn: 20, suggestions: [] },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 10, column: 17, endLine: 10, endColumn: 39, suggestions: [] },
      { messageId: 'notAction', data: { value: 'iam:*' }, line: 11, column: 17, endLine: 11, endColumn: 24, suggestions: [] },
    ],
  },
  {
    name: "CDK's Effect enum inside JSON-shaped statements (fromJson, a document object): ALLOW reported, DENY quiet",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
iam.PolicyStatement.fromJson({ Effect: iam.Effect.ALLOW, Action: ['*'], Resource: '*' });
iam.PolicyDocument.fromJson({ Version: '2012-10-17', Statement: [{ Effect: iam.Effect.ALLOW, Action: 'dynamodb:*', Resource: '*' }] });
export const doc = { Version: '2012-10-17', Statement: [{ Effect: iam.Effect.DENY, Action: 's3:*', Resource: 'arn:aws:s3:::b' }] };`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 2, column: 67, endLine: 2, endColumn: 70 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 102, endLine: 3, endColumn: 114 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 126, endLine: 3, endColumn: 129 },
    ],
  },
  {
    name: "SST v3 configs use Pulumi's aws as a global: managed policies (ManagedPolicies too) and policy documents",
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    const role = new aws.iam.Role('Deploy', { assumeRolePolicy: '{}' });
    new aws.iam.RolePolicyAttachment('Admin', { role: role.name, policyArn: aws.iam.ManagedPolicies.AdministratorAccess });
    new aws.iam.Policy('All', { policy: aws.iam.getPolicyDocumentOutput({ statements: [{ actions: ['*'], resources: ['*'] }] }).json });
    new sst.aws.Function('F', { handler: 'index.handler' });
  },
});`,
    output: null,
    errors: [
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 5, column: 77, endLine: 5, endColumn: 120 },
      { messageId: 'admin', data: { value: '*' }, line: 6, column: 100, endLine: 6, endColumn: 103 },
    ],
  },
  {
    name: 'SST v2 shorthands read through a constant: one finding each, at the use',
    code: `import { Function } from 'sst/constructs';
export function Stack({ stack }: any) {
  const perms = ['s3', 'xray:PutTraceSegments', '*'];
  new Function(stack, 'Fn', { handler: 'a.handler', permissions: perms });
}`,
    output: null,
    errors: [
      { messageId: 'sstPermission', data: { value: 's3', grant: "every s3 action ('s3:*') on every resource" }, line: 4, column: 66, endLine: 4, endColumn: 71 },
      { messageId: 'sstPermission', data: { value: '*', grant: 'every action on every resource (administrator access)' }, line: 4, column: 66, endLine: 4, endColumn: 71 },
    ],
  },
  {
    name: "Pulumi: AWS admin managed policies attached by ARN or by Pulumi's ManagedPolicy enum",
    code: `import * as aws from '@pulumi/aws';
import { iam } from '@pulumi/aws';
const role = new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole, aws.iam.ManagedPolicy.AdministratorAccess] });
new aws.iam.RolePolicyAttachment('b', { role, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
new iam.UserPolicyAttachment('c', { user, policyArn: iam.ManagedPolicy.PowerUserAccess });`,
    output: null,
    errors: [
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 3, column: 127, endLine: 3, endColumn: 168 },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 4, column: 83, endLine: 4, endColumn: 102 },
      { messageId: 'adminManagedPolicy', data: { value: 'PowerUserAccess' }, line: 5, column: 54, endLine: 5, endColumn: 87 },
    ],
  },
  {
    name: "Pulumi's getPolicyDocument statements: lower-case keys, principals as { type, identifiers }",
    code: `import * as aws from '@pulumi/aws';
import { getPolicyDocumentOutput } from '@pulumi/aws/iam';
export const access = aws.iam.getPolicyDocument({
  statements: [
    { actions: ['dynamodb:*'], resources: ['*'] },
    { effect: 'Allow', principals: [{ type: 'AWS', identifiers: ['*'] }], actions: ['s3:GetObject'], resources: [\`\${bucketArn}/*\`] },
  ],
});
export const open = getPolicyDocumentOutput({ statements: [{ principals: [{ type: '*', identifiers: ['*'] }], notActions: ['iam:*'], resources: ['*'] }] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 5, column: 17, endLine: 5, endColumn: 29 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 44, endLine: 5, endColumn: 47 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 66, endLine: 6, endColumn: 69 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 9, column: 102, endLine: 9, endColumn: 105 },
      { messageId: 'notAction', data: { value: 'iam:*' }, line: 9, column: 124, endLine: 9, endColumn: 131 },
    ],
  },
  {
    name: 'SST v3: function permissions and sst.aws.permission are IAM statements in lower case',
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    new sst.aws.Function('Worker', {
      handler: 'src/worker.handler',
      permissions: [{ actions: ['s3:*'], resources: ['*'] }, { actions: ['*'], resources: ['*'] }],
    });
    new sst.Linkable('Legacy', { properties: {}, include: [sst.aws.permission({ actions: ['sns:Publish'], resources: ['*'] })] });
  },
});`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 33, endLine: 6, endColumn: 39 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 54, endLine: 6, endColumn: 57 },
      { messageId: 'admin', data: { value: '*' }, line: 6, column: 74, endLine: 6, endColumn: 77 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 119, endLine: 8, endColumn: 122 },
    ],
  },
  {
    name: "SST v3 CognitoIdentityPool: the statements of permissions.authenticated and .unauthenticated (guests' role)",
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    new sst.aws.CognitoIdentityPool('IdentityPool', {
      userPools: [{ userPool: 'pool-id', client: 'client-id' }],
      permissions: {
        authenticated: [{ actions: ['execute-api:*'], resources: ['arn:aws:execute-api:eu-west-2:111122223333:abc123/*/*/*'] }],
        unauthenticated: [{ actions: ['dynamodb:*'], resources: ['*'] }],
      },
    });
    const guests = [{ actions: ['s3:GetObject'], resources: ['*'] }];
    new sst.aws.CognitoIdentityPool('Guests', { permissions: { unauthenticated: guests } });
  },
});`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'execute-api:*' }, line: 7, column: 37, endLine: 7, endColumn: 52, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 8, column: 39, endLine: 8, endColumn: 51, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 66, endLine: 8, endColumn: 69, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 11, column: 62, endLine: 11, endColumn: 65, suggestions: [] },
    ],
  },
  {
    name: "SST v2: '*' and shorthands ('s3' is s3:*) on every resource, in props, defaults, routes and attach calls",
    code: `import { Api, Function, type StackContext } from 'sst/constructs';
export function Stack({ stack }: StackContext) {
  stack.setDefaultFunctionProps({ permissions: ['dynamodb'] });
  const fn = new Function(stack, 'Fn', { handler: 'src/fn.handler', permissions: ['s3', 'sqs:SendMessage', table] });
  new Function(stack, 'Admin', { handler: 'src/admin.handler', permissions: '*' });
  new Api(stack, 'Api', { routes: { 'GET /': { function: { handler: 'src/get.handler', permissions: ['ses'] } } } });
  fn.attachPermissions(['sns']);
  stack.addDefaultFunctionPermissions(['ssm:GetParameter']);
}`,
    output: null,
    errors: [
      { messageId: 'sstPermission', data: { value: 'dynamodb', grant: "every dynamodb action ('dynamodb:*') on every resource" }, line: 3, column: 49, endLine: 3, endColumn: 59 },
      { messageId: 'sstPermission', data: { value: 's3', grant: "every s3 action ('s3:*') on every resource" }, line: 4, column: 83, endLine: 4, endColumn: 87 },
      { messageId: 'sstPermission', data: { value: 'sqs:SendMessage', grant: "'sqs:SendMessage' on every resource" }, line: 4, column: 89, endLine: 4, endColumn: 106 },
      { messageId: 'sstPermission', data: { value: '*', grant: 'every action on every resource (administrator access)' }, line: 5, column: 77, endLine: 5, endColumn: 80 },
      { messageId: 'sstPermission', data: { value: 'ses', grant: "every ses action ('ses:*') on every resource" }, line: 6, column: 102, endLine: 6, endColumn: 107 },
      { messageId: 'sstPermission', data: { value: 'sns', grant: "every sns action ('sns:*') on every resource" }, line: 7, column: 25, endLine: 7, endColumn: 30 },
      { messageId: 'sstPermission', data: { value: 'ssm:GetParameter', grant: "'ssm:GetParameter' on every resource" }, line: 8, column: 40, endLine: 8, endColumn: 58 },
    ],
  },
  {
    name: "Pulumi Lambda permissions: principal '*' unscoped is public; a service principal or an organization scopes it",
    code: `import * as aws from '@pulumi/aws';
new aws.lambda.Permission('public', { action: 'lambda:InvokeFunction', function: fn.name, principal: '*' });
new aws.lambda.Permission('apigw', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'apigateway.amazonaws.com', sourceArn: api.executionArn });
new aws.lambda.Permission('scoped', { action: 'lambda:InvokeFunction', function: fn.name, principal: '*', principalOrgId: 'o-abc123' });
new aws.lambda.LayerVersionPermission('layer', { action: 'lambda:GetLayerVersion', layerName: 'l', principal: '*', versionNumber: 1, statementId: 's' });
new aws.lambda.LayerVersionPermission('org', { action: 'lambda:GetLayerVersion', layerName: 'l', principal: '*', organizationId: 'o-abc123', versionNumber: 1, statementId: 's' });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 102, endLine: 2, endColumn: 105 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 111, endLine: 5, endColumn: 114 },
    ],
  },
  {
    name: 'choices made at run time: a statement spread from a condition (Pulumi), a conditional action and action list (CDK)',
    code: `import * as aws from '@pulumi/aws';
import * as iam from 'aws-cdk-lib/aws-iam';
export const doc = aws.iam.getPolicyDocumentOutput({
  statements: [
    { actions: ['logs:CreateLogGroup'], resources: ['arn:aws:logs:*:*:log-group:x'] },
    ...(dev ? [{ actions: ['iot:*'], resources: ['*'] }] : []),
  ],
});
new iam.PolicyStatement({ actions: [...(dev ? ['s3:*'] : []), 's3:GetObject'], resources: ['arn:aws:s3:::b/*'] });
new iam.PolicyStatement({ actions: dev ? ['sqs:*'] : ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:1:q'] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'iot:*' }, line: 6, column: 28, endLine: 6, endColumn: 35 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 50, endLine: 6, endColumn: 53 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 9, column: 48, endLine: 9, endColumn: 54 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 10, column: 43, endLine: 10, endColumn: 50 },
    ],
  },
  {
    name: 'SST v2: default function props returned by a callback (expression body or a top-level return)',
    code: `import type { StackContext } from 'sst/constructs';
export function Stack({ app }: StackContext) {
  app.setDefaultFunctionProps((stack) => ({ permissions: ['s3'] }));
  app.setDefaultFunctionProps(function defaults(stack) {
    return { runtime: 'nodejs18.x', permissions: ['dynamodb'] };
  });
  items.map((item) => ({ permissions: ['sqs'] }));
}`,
    output: null,
    errors: [
      { messageId: 'sstPermission', data: { value: 's3', grant: "every s3 action ('s3:*') on every resource" }, line: 3, column: 59, endLine: 3, endColumn: 63 },
      { messageId: 'sstPermission', data: { value: 'dynamodb', grant: "every dynamodb action ('dynamodb:*') on every resource" }, line: 5, column: 51, endLine: 5, endColumn: 61 },
    ],
  },
  {
    name: "SST v1 (@serverless-stack/resources) and function props written apart (an object with a handler)",
    code: `import * as sst from '@serverless-stack/resources';
import { createFunction } from './create-function';
new sst.Function(this, 'Copy', { handler: 'src/copy.main', permissions: ['dynamodb:*'] });
export const props = { handler: 'src/b.handler', permissions: ['secretsmanager'] };
createFunction(stack, 'C', { handler: 'src/c.handler', permissions: ['cloudwatch'] });`,
    output: null,
    errors: [
      { messageId: 'sstPermission', data: { value: 'dynamodb:*', grant: "every dynamodb action ('dynamodb:*') on every resource" }, line: 3, column: 74, endLine: 3, endColumn: 86 },
      { messageId: 'sstPermission', data: { value: 'secretsmanager', grant: "every secretsmanager action ('secretsmanager:*') on every resource" }, line: 4, column: 64, endLine: 4, endColumn: 80 },
      { messageId: 'sstPermission', data: { value: 'cloudwatch', grant: "every cloudwatch action ('cloudwatch:*') on every resource" }, line: 5, column: 70, endLine: 5, endColumn: 82 },
    ],
  },
  {
    name: "SST v2 with Resource::* accepted: a shorthand still allows every action of its service",
    code: `import { Function } from 'sst/constructs';
new Function(stack, 'Fn', { handler: 'src/fn.handler', permissions: ['s3', 'sqs:SendMessage'] });
new Function(stack, 'Admin', { handler: 'src/admin.handler', permissions: '*' });`,
    options: [{ allow: ['Resource::*'] }],
    output: null,
    errors: [
      { messageId: 'sstPermission', data: { value: 's3', grant: "every s3 action ('s3:*')" }, line: 2, column: 70, endLine: 2, endColumn: 74 },
      { messageId: 'sstPermission', data: { value: '*', grant: 'every action' }, line: 3, column: 75, endLine: 3, endColumn: 78 },
    ],
  },
  {
    name: "a service wildcard joined from an unknown service and ':*' pieces ([svc, '*'].join(':'))",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export const allOf = (svc: string) => new iam.PolicyStatement({ actions: [[svc, '*'].join(':')], resources: ['arn:aws:s3:::b/*'] });`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: '…:*' }, line: 2, column: 75, endLine: 2, endColumn: 95 }],
  },
  {
    name: 'a String.raw JSON policy kept in a constant and passed to an SDK call: one finding',
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
const DOC = String.raw\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"*"}]}\`;
export const go = () => new IAMClient({}).send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: DOC }));`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 119, endLine: 2, endColumn: 122 }],
  },
  {
    name: 'a String.raw JSON policy over several lines, an escape written raw before the finding: on the action as written',
    code: `export const doc = String.raw\`{
  "Version": "2012-10-17",
  "Statement": [{ "Sid": "Read\\u0041ll", "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*" }]
}\`;`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 71, endLine: 3, endColumn: 77 }],
  },
  {
    name: 'a condition chosen at run time whose branches never narrow the resources (PassRole to a service, or none)',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
export const s = (provisioned: boolean) => new PolicyStatement({
  actions: ['iam:PassRole'],
  resources: ['*'],
  conditions: provisioned ? { StringEquals: { 'iam:PassedToService': 'redshift.amazonaws.com' } } : undefined,
});`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 15, endLine: 4, endColumn: 18 }],
  },
  {
    name: "AwsCustomResource: the action CDK grants for each SDK call on ANY_RESOURCE or '*' (v2 and v3 names, a policy bound to a const)",
    code: `import * as cr from 'aws-cdk-lib/custom-resources';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
export function stack(scope: any, name: string) {
  new cr.AwsCustomResource(scope, 'A', {
    onCreate: { service: 'CognitoIdentityServiceProvider', action: 'describeUserPoolClient', physicalResourceId: cr.PhysicalResourceId.of(name) },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
  const policy = AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] });
  new AwsCustomResource(scope, 'B', {
    onCreate: { service: 'EC2', action: 'describeInstances', physicalResourceId: PhysicalResourceId.of(name) },
    onUpdate: { service: '@aws-sdk/client-s3', action: 'PutBucketPolicyCommand', physicalResourceId: PhysicalResourceId.of(name) },
    policy,
  });
}`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 66, endLine: 6, endColumn: 105 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 69, endLine: 8, endColumn: 72 },
    ],
  },
  {
    name: "Step Functions' CallAwsService: the action CDK grants on iamResources (written, or service:action)",
    code: `import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
export const a = (scope: any) => new tasks.CallAwsService(scope, 'A', { service: 'ec2', action: 'modifyInstanceAttribute', iamResources: ['*'] });
export const b = (scope: any) => new tasks.CallAwsService(scope, 'B', { service: 'ec2', action: 'describeInstances', iamResources: ['*'] });
export const c = (scope: any) => new tasks.CallAwsServiceCrossRegion(scope, 'C', { service: 'dynamodb', action: 'putItem', iamAction: 'dynamodb:*', iamResources: ['arn:aws:dynamodb:us-east-1:123456789012:table/t'], region: 'us-east-1' });
export const d = (scope: any, svc: string) => new tasks.CallAwsService(scope, 'D', { service: svc, action: 'x', iamResources: ['*'] });`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 139, endLine: 2, endColumn: 142 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 4, column: 135, endLine: 4, endColumn: 147 },
    ],
  },
  {
    name: "raw IAM statements of CDK's CustomResourceProvider (policyStatements)",
    code: `import { CustomResourceProvider, CustomResourceProviderRuntime } from 'aws-cdk-lib';
export const token = (scope: any) => CustomResourceProvider.getOrCreate(scope, 'Custom::Assoc', {
  codeDirectory: __dirname,
  runtime: CustomResourceProviderRuntime.NODEJS_18_X,
  policyStatements: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }],
});`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 5, column: 49, endLine: 5, endColumn: 55 }],
  },
  {
    name: 'kms:* for a user, for a literal account (maybe another one), and another service for the own root, are reported',
    code: `export const a = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/bob' }, Action: 'kms:*', Resource: '*' }] };
export const b = (account: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${account}:root\` }, Action: 's3:*', Resource: '*' }] });
export const c = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '210987654321'] }, Action: 'kms:*', Resource: '*' }] };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 1, column: 140, endLine: 1, endColumn: 147 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 156, endLine: 2, endColumn: 162 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 3, column: 154, endLine: 3, endColumn: 161 },
    ],
  },
  {
    name: "iam:PassRole on every role, conditioned only on the service it is passed to",
    code: `export const p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }] };`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 108, endLine: 1, endColumn: 111 }],
  },
  {
    name: 'addPermission with a public CDK principal on a function received from elsewhere (a parameter, props)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
export function expose(fn: lambda.IFunction, props: { fn: lambda.IFunction }) {
  fn.addPermission('Anyone', { principal: new iam.AnyPrincipal() });
  props.fn.addPermission('Org', { principal: new iam.AnyPrincipal(), organizationId: 'o-a1b2c3d4e5' });
}`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 4, column: 43, endLine: 4, endColumn: 65 }],
  },
  {
    name: 'Action * on Resource * with a condition that may scope the resources: Action * on its own, not admin',
    code: `export const tagged = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'a' } } }] };`,
    output: null,
    errors: [{ messageId: 'allActions', data: { value: '*' }, line: 1, column: 87, endLine: 1, endColumn: 90 }],
  },
  {
    name: 'a service wildcard over a service without resource types: its * resource is the only one AWS accepts',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export const prices = new iam.PolicyStatement({ actions: ['pricing:*'], resources: ['*'] });`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'pricing:*' }, line: 2, column: 59, endLine: 2, endColumn: 70 }],
  },
  {
    name: 'SAM in CDK: statements of a policy document in a CfnFunction\'s policies, as a list or one document',
    code: `import * as sam from 'aws-cdk-lib/aws-sam';
new sam.CfnFunction(this, 'A', { codeUri: 'a/', policies: ['AWSLambdaBasicExecutionRole', { statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }] });
new sam.CfnFunction(this, 'B', { codeUri: 'b/', policies: { statement: { Effect: 'Allow', Action: ['dynamodb:*'], Resource: 'arn:aws:dynamodb:*:*:table/t' } } });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 132, endLine: 2, endColumn: 138 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 150, endLine: 2, endColumn: 153 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 100, endLine: 3, endColumn: 112 },
    ],
  },
  {
    name: 'one statement added to a guarded document and to an unguarded one is read in each',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const allow = iam.PolicyStatement.fromJson({ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/*/*' });
const deny = iam.PolicyStatement.fromJson({ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/*/*', Condition: { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } });
export const guarded = new iam.PolicyDocument({ statements: [allow, deny] });
export const open = new iam.PolicyDocument({ statements: [allow] });`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 74, endLine: 2, endColumn: 77 }],
  },
  {
    name: 'a customer managed boundary policy also attached (managedPolicies, addManagedPolicy, attachToRole, roles, handed on): its statements grant',
    code: `import { ManagedPolicy, PermissionsBoundary, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
declare const role: Role; declare const assumedBy: ServicePrincipal; declare function keep(policy: unknown): void;
const listed = new ManagedPolicy(this, 'A', { statements: [new PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::a'] })] });
new Role(this, 'A', { assumedBy, permissionsBoundary: listed, managedPolicies: [listed] });
const added = new ManagedPolicy(this, 'B', { statements: [new PolicyStatement({ actions: ['sqs:*'], resources: ['arn:aws:sqs:::b'] })] });
PermissionsBoundary.of(this).apply(added);
role.addManagedPolicy(added);
const attached = new ManagedPolicy(this, 'C', { statements: [new PolicyStatement({ actions: ['sns:*'], resources: ['arn:aws:sns:::c'] })] });
PermissionsBoundary.of(this).apply(attached);
attached.attachToRole(role);
const withRoles = new ManagedPolicy(this, 'D', { roles: [role], statements: [new PolicyStatement({ actions: ['kms:*'], resources: ['arn:aws:kms:::d'] })] });
PermissionsBoundary.of(this).apply(withRoles);
const handed = new ManagedPolicy(this, 'E', { statements: [new PolicyStatement({ actions: ['ssm:*'], resources: ['arn:aws:ssm:::e'] })] });
PermissionsBoundary.of(this).apply(handed);
keep(handed);`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 92, endLine: 3, endColumn: 98 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 5, column: 91, endLine: 5, endColumn: 98 },
      { messageId: 'serviceActions', data: { value: 'sns:*' }, line: 8, column: 94, endLine: 8, endColumn: 101 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 11, column: 110, endLine: 11, endColumn: 117 },
      { messageId: 'serviceActions', data: { value: 'ssm:*' }, line: 13, column: 92, endLine: 13, endColumn: 99 },
    ],
  },
  {
    name: 'boundary statements that may grant: a boundary kept on a member, a statement or document also used elsewhere, an exported boundary',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const role: iam.Role;
export class Boundaries {
  policy?: iam.ManagedPolicy;
  build(scope: iam.Role) {
    this.policy = new iam.ManagedPolicy(scope, 'A', { statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::a'] })] });
    iam.PermissionsBoundary.of(scope).apply(this.policy);
  }
}
const shared = new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['arn:aws:sqs:::b'] });
iam.PermissionsBoundary.of(this).apply(new iam.ManagedPolicy(this, 'B', { statements: [shared] }));
role.addToPolicy(shared);
const document = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sns:*'], resources: ['arn:aws:sns:::c'] })] });
iam.PermissionsBoundary.of(this).apply(new iam.ManagedPolicy(this, 'C', { document }));
new iam.Policy(this, 'P', { document, roles: [role] });
export const exported = new iam.ManagedPolicy(this, 'D', { statements: [new iam.PolicyStatement({ actions: ['kms:*'], resources: ['arn:aws:kms:::d'] })] });
new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), permissionsBoundary: exported });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 104, endLine: 6, endColumn: 110 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 10, column: 52, endLine: 10, endColumn: 59 },
      { messageId: 'serviceActions', data: { value: 'sns:*' }, line: 13, column: 92, endLine: 13, endColumn: 99 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 16, column: 109, endLine: 16, endColumn: 116 },
    ],
  },
  {
    name: "an endpoint's name is not enough: a field typed Role, an identity statement, an alias of a role, a class of a package",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NetworkConstruct } from './network';
import { SharedNetwork } from '@acme/network';
export class Net {
  public readonly roleEndpoint?: iam.Role;
  public readonly other?: iam.Role;
}
export function allow(net: Net, networkConstruct: NetworkConstruct, role: iam.Role, shared: SharedNetwork) {
  net.roleEndpoint?.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['arn:aws:dynamodb:::table/t'] }));
  networkConstruct.serviceEndpoint.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['arn:aws:sqs:::q'] }));
  networkConstruct.role.addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }));
  const endpoint = role;
  endpoint.addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['kms:*'], resources: ['*'] }));
  shared.s3Endpoint.addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:*'], resources: ['*'] }));
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 9, column: 69, endLine: 9, endColumn: 81 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 10, column: 84, endLine: 10, endColumn: 91 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 11, column: 76, endLine: 11, endColumn: 98 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 13, column: 63, endLine: 13, endColumn: 85 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 13, column: 98, endLine: 13, endColumn: 105 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 14, column: 72, endLine: 14, endColumn: 94 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 14, column: 107, endLine: 14, endColumn: 113 },
    ],
  },
  {
    name: 'a union with a type that is not an endpoint is not an endpoint',
    code: `import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
export function grant(target: ec2.GatewayVpcEndpoint | iam.Role) {
  target.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 4, column: 106, endLine: 4, endColumn: 128 },
    ],
  },
  {
    name: 'OPTIONS next to another method is not a preflight-only policy',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export const open = new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*/OPTIONS/*', 'execute-api:/*/GET/items'] });`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 2, column: 60, endLine: 2, endColumn: 82 }],
  },
  {
    name: 'a fromJson public statement in a document without a guard, and one on a parameter not typed as an endpoint',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
const doc = new iam.PolicyDocument();
doc.addStatements(iam.PolicyStatement.fromJson({ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/*/*' }));
export function open(bucket: IBucket) {
  bucket.addToResourcePolicy(iam.PolicyStatement.fromJson({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }));
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 78, endLine: 4, endColumn: 81 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 89, endLine: 6, endColumn: 92 },
    ],
  },
  {
    name: 'actions and resources from TypeScript enum members',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
enum Access { All = 's3:*', Read = 's3:GetObject' }
const enum Scope { Everything = '*' }
new PolicyStatement({ actions: [Access.All], resources: [Scope.Everything] });
new PolicyStatement({ actions: [Access.Read], resources: ['arn:aws:s3:::b/*'] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 33, endLine: 4, endColumn: 43 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 58, endLine: 4, endColumn: 74 },
    ],
  },
  {
    name: "actions and resources from a class's static fields",
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
class Access { static readonly ALL = 's3:*'; static readonly READ = 's3:GetObject'; static readonly ANY = '*'; }
new PolicyStatement({ actions: [Access.ALL], resources: [Access.ANY] });
new PolicyStatement({ actions: [Access.READ], resources: ['arn:aws:s3:::b/*'] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 33, endLine: 3, endColumn: 43 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 58, endLine: 3, endColumn: 68 },
    ],
  },
  {
    name: 'iam.Grant.addToPrincipal and its siblings add an Allow statement of their actions on their resourceArns',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const fn: iam.IGrantable, bucket: any;
iam.Grant.addToPrincipal({ grantee: fn, actions: ['dynamodb:*'], resourceArns: ['*'] });
iam.Grant.addToPrincipal({ grantee: fn, actions: ['dynamodb:GetItem'], resourceArns: ['arn:aws:dynamodb:us-east-1:123456789012:table/t'] });
iam.Grant.addToPrincipalOrResource({ grantee: fn, actions: ['s3:GetObject'], resourceArns: ['*'], resource: bucket });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 51, endLine: 3, endColumn: 63 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 81, endLine: 3, endColumn: 84 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 93, endLine: 5, endColumn: 96 },
    ],
  },
  {
    name: "a construct's grant methods handed a public principal, and grant with a service wildcard",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
declare const fn: iam.IGrantable;
const queue = new sqs.Queue(this, 'Q');
const anyone = new iam.AnyPrincipal();
queue.grantSendMessages(anyone);
queue.grant(fn, 'sqs:*');
queue.grant(fn, 'sqs:SendMessage');
queue.grantConsumeMessages(fn);
queue.grantPurge(new iam.AccountPrincipal('123456789012'));
acl.grant(user, '*');`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 6, column: 25, endLine: 6, endColumn: 31 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 7, column: 17, endLine: 7, endColumn: 24 },
    ],
  },
  {
    name: "CloudFormation's PolicyDocument without Version, and serverless.ts statement lists",
    code: `const resources = {
  Admin: { Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:::table/t' }] } } },
};
const config = {
  provider: {
    iamRoleStatements: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }],
    iam: { role: { statements: [{ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }] } },
  },
};
const notPolicies = { statements: [{ Effect: 'Allow', Action: '*' }], Statement: [{ Action: '*' }] };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 2, column: 109, endLine: 2, endColumn: 121 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 80, endLine: 6, endColumn: 83 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 7, column: 60, endLine: 7, endColumn: 67 },
    ],
  },
  {
    name: 'serverless.ts statements whose ARNs hold the Framework variables (their colons are no ARN fields): every queue or topic of the account; a table of the service is not',
    code: `const config = {
  provider: {
    iam: { role: { statements: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:\${aws:region}:\${aws:accountId}:*' }] } },
    iamRoleStatements: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: 'arn:aws:sns:#{AWS::Region}:#{AWS::AccountId}:*' }, { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:\${aws:region}:\${aws:accountId}:table/\${self:service}-\${sls:stage}' }],
  },
};
export default config;`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:${aws:region}:${aws:accountId}:*', 'sqs'), line: 3, column: 89, endLine: 3, endColumn: 135 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sns:#{AWS::Region}:#{AWS::AccountId}:*', 'sns'), line: 4, column: 77, endLine: 4, endColumn: 125 },
    ],
  },
  {
    name: 'statement lists a module exports for a config elsewhere (serverless.ts imports them): export const, as const, export { }',
    code: `import type { AWS } from '@serverless/typescript';
export const iamRoleStatements: AWS['provider']['iamRoleStatements'] = [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::uploads/*' }];
export const tableStatements = [{ Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: '*' }] as const;
const statements = [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:*' }];
export { statements };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 100, endLine: 2, endColumn: 106 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 92, endLine: 3, endColumn: 95 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:*:*:*', 'sqs'), line: 4, column: 77, endLine: 4, endColumn: 96 },
    ],
  },
  {
    name: 'a module whose only statement list is an exported …Statements one',
    code: `export const tableStatements = [{ Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: '*' }];`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 92, endLine: 1, endColumn: 95 }],
  },
  {
    name: 'a serverless.ts with nothing else to read: its statement lists alone',
    code: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws', iamRoleStatements: [{ Effect: 'Allow', Action: ['dynamodb:*'], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/t' }] },
};
module.exports = serverlessConfiguration;`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 4, column: 76, endLine: 4, endColumn: 88 }],
  },
  {
    name: 'a serverless.ts role object kept in a constant (or a module of its own): its statements in IAM\'s shape',
    code: `import type { AWS } from '@serverless/typescript';
const accessRole = {
  name: 'access-role',
  statements: [{ Effect: 'Allow', Action: 'sqs:*', Resource: ['arn:aws:sqs:eu-west-1:123456789012:jobs'] }],
};
const serverlessConfiguration: AWS = { service: 'svc', provider: { name: 'aws', iam: { role: accessRole } } };
module.exports = serverlessConfiguration;`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 4, column: 43, endLine: 4, endColumn: 50 }],
  },
  {
    name: 'a layer shared with every account through LayerVersion.addPermission',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const layer = new lambda.LayerVersion(this, 'L', { code: lambda.Code.fromAsset('layer') });
layer.addPermission('public', { accountId: '*' });
layer.addPermission('org', { accountId: '*', organizationId: 'o-a1b2c3d4e5' });
layer.addPermission('one', { accountId: '123456789012' });`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 3, column: 44, endLine: 3, endColumn: 47 }],
  },
  {
    name: 'addToPolicy on a role is an identity policy, not an endpoint policy',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::b/*'] }));`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 54, endLine: 3, endColumn: 60 }],
  },
  {
    name: 'Action * and Resource * in raw JSON: one admin finding',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 3, column: 42, endLine: 3, endColumn: 45 },
    ],
  },
  {
    name: 'missing Effect means Allow',
    code: `const policy = { Version: '2012-10-17', Statement: { Action: ['s3:GetObject', 's3:*'], Resource: 'arn:aws:s3:::assets/*' } };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 1, column: 79, endLine: 1, endColumn: 85 },
    ],
  },
  {
    name: 'one action with a resource type among reference star-only actions: Resource * is reported',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
new PolicyStatement({ actions: ['ce:UpdateCostAllocationTagsStatus', 'ce:GetCostAndUsage'], resources: ['*'] });`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 105, endLine: 2, endColumn: 108 }],
  },
  {
    name: 'service wildcard and Resource *',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Table', Effect: 'Allow', Action: ['dynamodb:*'], Resource: '*' },
    { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 4, column: 47, endLine: 4, endColumn: 59 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 72, endLine: 4, endColumn: 75 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 102, endLine: 5, endColumn: 105 },
    ],
  },
  {
    name: 'service wildcard matching is case-insensitive; *:… is every action',
    code: `const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['SQS:*', '*:*'], Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }] };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'SQS:*' }, line: 1, column: 81, endLine: 1, endColumn: 88 },
      { messageId: 'allActions', data: { value: '*:*' }, line: 1, column: 90, endLine: 1, endColumn: 95 },
    ],
  },
  {
    name: 'a wildcard defined in a constant is reported where the statement uses it',
    code: `const ALL = '*';
const TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:*'];
const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ALL, Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Allow', Action: TABLE_ACTIONS, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/t' },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 6, column: 32, endLine: 6, endColumn: 35 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 7, column: 32, endLine: 7, endColumn: 45 },
    ],
  },
  {
    name: 'statements built from spreads and shared constants',
    code: `const READ = ['s3:GetObject', 's3:ListBucket'];
const BASE = { Effect: 'Allow', Resource: '*' };
const policy = {
  Version: '2012-10-17',
  Statement: [{ ...BASE, Action: [...READ, 'kms:*'] }],
};`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 17, endLine: 5, endColumn: 24 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 5, column: 44, endLine: 5, endColumn: 51 },
    ],
  },
  {
    name: 'unresolvable array elements: only the resolvable ones count',
    code: `declare const extra: string;
const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [extra, '*'], Resource: 'arn:aws:s3:::b' }] };`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 2, column: 88, endLine: 2, endColumn: 91 },
    ],
  },
  {
    name: 'JSON text in a string literal: the JSON token is reported',
    code: `const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"*"}]}';`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 124, endLine: 1, endColumn: 127 },
    ],
  },
  {
    name: 'JSON text with escapes and in a template literal',
    code: `const a = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"\\u0073qs:*","Resource":"arn:aws:sqs:us-east-1:123456789012:q"}}';
const b = \`{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "NotAction": "iam:*", "Resource": "*" }]
}\`;`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 1, column: 75, endLine: 1, endColumn: 87 },
      { messageId: 'notAction', data: { value: 'iam:*' }, line: 4, column: 51, endLine: 4, endColumn: 58 },
    ],
  },
  {
    name: 'two findings of one kind in one JSON string are two reports',
    code: `const p = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}';`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 102, endLine: 1, endColumn: 105 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 163, endLine: 1, endColumn: 166 },
    ],
  },
  {
    name: 'NotAction, NotResource and NotPrincipal with Allow',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' },
    { Effect: 'Allow', Action: 's3:Get*', NotResource: 'arn:aws:s3:::secrets/*' },
    { Effect: 'Allow', Action: 's3:GetObject', NotResource: '*' },
    { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Allow', Action: 's3:GetObject', NotResource: ['arn:aws:s3:::b/*', '*'] },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'notAction', data: { value: 'iam:*, organizations:*' }, line: 4, column: 36, endLine: 4, endColumn: 43 },
      { messageId: 'notResource', data: { value: 'arn:aws:s3:::secrets/*' }, line: 5, column: 56, endLine: 5, endColumn: 80 },
      { messageId: 'notResource', data: { value: '*' }, line: 6, column: 61, endLine: 6, endColumn: 64 },
      { messageId: 'notPrincipal', data: { value: 'arn:aws:iam::123456789012:root' }, line: 7, column: 45, endLine: 7, endColumn: 77 },
      { messageId: 'notResource', data: { value: 'arn:aws:s3:::b/*, *' }, line: 8, column: 82, endLine: 8, endColumn: 85 },
    ],
  },
  {
    name: 'public principals in resource policies',
    code: `const bucketPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' },
    { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::site/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 35, endLine: 4, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 77, endLine: 5, endColumn: 80 },
    ],
  },
  {
    name: 'a negated condition does not scope a public principal',
    code: `const queuePolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:q', Condition: { StringNotEquals: { 'aws:SourceAccount': '123456789012' } } }] };`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 1, column: 95, endLine: 1, endColumn: 98 },
    ],
  },
  {
    name: 'a Deny guard for other actions does not scope the Allow',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::site/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
    { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::site/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 42, endLine: 4, endColumn: 45 },
    ],
  },
  {
    name: 'a Deny guard must cover every allowed action and resource, with only scoping checks in its condition',
    code: `export const partly = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
  ],
};
export const otherBucket = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public-b/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::private-b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
  ],
};
export const anded = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' }, Bool: { 'aws:SecureTransport': 'false' } } },
  ],
};
export const everyEndpoint = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotLike: { 'aws:SourceVpce': 'vpce-*' } } },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 35, endLine: 4, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 11, column: 35, endLine: 11, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 18, column: 35, endLine: 18, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 25, column: 35, endLine: 25, endColumn: 38 },
    ],
  },
  {
    name: 'a Deny guard on some paths or objects only does not scope an Allow on all of them',
    code: `export const api = { Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/*/*' },
  { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/*/ingestapi/*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
] };
export const bucket = { Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b*' },
  { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
] };`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 33, endLine: 2, endColumn: 36 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 33, endLine: 6, endColumn: 36 },
    ],
  },
  {
    name: 'a REST API policy: other actions, a document also used elsewhere, a private API, props spread in',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
new apigw.SpecRestApi(this, 'C', { apiDefinition, policy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke', 's3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }) });
const shared = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new iam.AnyPrincipal()] })] });
new apigw.RestApi(this, 'D', { policy: shared });
new iam.Role(this, 'R', { assumedBy, inlinePolicies: { p: shared } });
const vpcOnly = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new iam.AnyPrincipal()] })] });
new apigw.RestApi(this, 'P', { policy: vpcOnly, endpointConfiguration: { types: [apigw.EndpointType.PRIVATE], vpcEndpoints } });
const spread = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new iam.AnyPrincipal()] })] });
new apigw.RestApi(this, 'S', { ...apiProps, policy: spread });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 203, endLine: 3, endColumn: 225 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 4, column: 157, endLine: 4, endColumn: 179 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 7, column: 158, endLine: 7, endColumn: 180 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 9, column: 157, endLine: 9, endColumn: 179 },
    ],
  },
  {
    name: 'a REST API policy returned by a function that other code may call: exported, also used elsewhere, handed on, async, a public method or a private one named other than in calls; or the policy of a private API',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
export function exported() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
new apigw.RestApi(this, 'A', { policy: exported() });
function twice() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
new apigw.RestApi(this, 'B', { policy: twice() });
new iam.Role(this, 'R', { assumedBy, inlinePolicies: { p: twice() } });
function handedOn() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
new apigw.RestApi(this, 'C', { policy: handedOn() });
module.exports = { handedOn };
function privateApi() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
new apigw.RestApi(this, 'P', { policy: privateApi(), endpointTypes: [apigw.EndpointType.PRIVATE] });
async function later() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
new apigw.RestApi(this, 'L', { policy: await later() });
export class Api {
  constructor() {
    new apigw.RestApi(this, 'M', { policy: this.publicPolicy() });
    new apigw.RestApi(this, 'N', { policy: this.boundPolicy() });
    const make = this.boundPolicy.bind(this);
  }
  publicPolicy() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
  private boundPolicy() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 165, endLine: 3, endColumn: 187 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 5, column: 155, endLine: 5, endColumn: 177 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 8, column: 158, endLine: 8, endColumn: 180 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 11, column: 160, endLine: 11, endColumn: 182 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 13, column: 161, endLine: 13, endColumn: 183 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 21, column: 155, endLine: 21, endColumn: 177 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 22, column: 162, endLine: 22, endColumn: 184 },
    ],
  },
  {
    name: 'a REST API policy letting everyone execute-api:Invoke, in a file with IAM authorization',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
const policy = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], principals: [new iam.AnyPrincipal()] })] });
const api = new apigw.RestApi(this, 'A', { policy });
api.root.addMethod('GET', integration, { authorizationType: apigw.AuthorizationType.IAM });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 157, endLine: 3, endColumn: 179 },
    ],
  },
  {
    name: 'a REST API policy letting everyone execute-api:Invoke, with IAM authorization written as an OpenAPI awsSigv4 scheme or AuthorizationType[\'IAM\']',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
declare const stack: any;
const doc = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'] })] });
new apigw.SpecRestApi(stack, 'Api', { policy: doc, apiDefinition: apigw.ApiDefinition.fromInline({
  components: { securitySchemes: { sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' } } },
}) });
const other = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'] })] });
const rest = new apigw.RestApi(stack, 'Rest', { policy: other });
rest.root.addMethod('GET', undefined, { authorizationType: apigw.AuthorizationType['IAM'] });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 4, column: 90, endLine: 4, endColumn: 112 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 8, column: 92, endLine: 8, endColumn: 114 },
    ],
  },
  {
    name: 'a guard in another policy does not count',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'], conditions: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } } })] });
new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'] })] });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 78, endLine: 3, endColumn: 100 },
    ],
  },
  {
    name: 'ignoreConditionedResources: false',
    code: `const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:StartInstances', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'orders' } } }] };`,
    options: [{ ignoreConditionedResources: false }],
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 112, endLine: 1, endColumn: 115 },
    ],
  },
  {
    name: 'partialActionWildcards: report',
    code: `const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' }] };`,
    options: [{ partialActionWildcards: 'report' }],
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:Get*' }, line: 1, column: 81, endLine: 1, endColumn: 90 },
    ],
  },
  {
    name: 'allow option: only the accepted value is quiet',
    code: `const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ssm:*', 'kms:*'], Resource: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/*' }] };`,
    options: [{ allow: ['Action::ssm:*'] }],
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 1, column: 90, endLine: 1, endColumn: 97 },
    ],
  },
  {
    name: 'a condition never excuses Action *',
    code: `const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }] };`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 1, column: 80, endLine: 1, endColumn: 83 },
    ],
  },
  {
    name: 'CDK namespace import',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ actions: ['*'], resources: ['*'] });`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 2, column: 37, endLine: 2, endColumn: 40 },
    ],
  },
  {
    name: 'CDK named imports and Effect.ALLOW',
    code: `import { PolicyStatement, Effect } from 'aws-cdk-lib/aws-iam';
const statement = new PolicyStatement({ effect: Effect.ALLOW, actions: ['ssm:*'], resources: ['*'] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'ssm:*' }, line: 2, column: 73, endLine: 2, endColumn: 80 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 95, endLine: 2, endColumn: 98 },
    ],
  },
  {
    name: 'CDK root barrel import',
    code: `import { aws_iam as iam, Stack } from 'aws-cdk-lib';
export class S extends Stack { s = new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] }); }`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 105, endLine: 2, endColumn: 108 },
    ],
  },
  {
    name: 'CDK root barrel namespace',
    code: `import * as cdk from 'aws-cdk-lib';
new cdk.aws_iam.PolicyStatement({ notActions: ['iam:*'], resources: ['*'] });`,
    output: null,
    errors: [
      { messageId: 'notAction', data: { value: 'iam:*' }, line: 2, column: 48, endLine: 2, endColumn: 55 },
    ],
  },
  {
    name: 'CDK v1',
    code: `import * as iam from '@aws-cdk/aws-iam';
new iam.PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::b/*'] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 37, endLine: 2, endColumn: 43 },
    ],
  },
  {
    name: 'statement methods: addActions and addAllResources',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const s = new iam.PolicyStatement();
s.addActions('dynamodb:GetItem', 'dynamodb:Query');
s.addAllResources();
const t = new iam.PolicyStatement({ resources: ['*'] });
t.addActions('*');`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 1, endLine: 4, endColumn: 20 },
      { messageId: 'admin', data: { value: '*' }, line: 6, column: 14, endLine: 6, endColumn: 17 },
    ],
  },
  {
    name: 'odd calls the rule does not understand, next to ones it does',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const args: any[];
new iam.PolicyStatement(...args);
iam.PolicyStatement.fromJson();
iam.PolicyDocument.fromJson(undefined);
new iam.PolicyStatement(undefined);
iam.ManagedPolicy.fromAwsManagedPolicyName();
iam.ManagedPolicy.fromManagedPolicyArn(this, 'x');
new iam.Role(this, 'R');
const s = new iam.PolicyStatement({ resources: ['arn:aws:s3:::b'] });
s?.addActions('*');
s['addNotActions']('iam:*');
const t = new iam.PolicyStatement({ actions: ['s3:GetObject'] });
t.addCondition('StringEquals', { 'aws:ResourceTag/team': 'orders' });
t.addAllResources();
const u = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], conditions: {} });`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 11, column: 15, endLine: 11, endColumn: 18 },
      { messageId: 'notAction', data: { value: 'iam:*' }, line: 12, column: 20, endLine: 12, endColumn: 27 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 16, column: 76, endLine: 16, endColumn: 79 },
    ],
  },
  {
    name: 'statement methods: not-elements and resources',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const s = new iam.PolicyStatement();
s.addNotActions('iam:*');
s.addResources('*');
const u = new iam.PolicyStatement({ actions: ['sqs:*'] });
u.addNotResources('arn:aws:sqs:us-east-1:123456789012:admin');`,
    output: null,
    errors: [
      { messageId: 'notAction', data: { value: 'iam:*' }, line: 3, column: 17, endLine: 3, endColumn: 24 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 5, column: 47, endLine: 5, endColumn: 54 },
      { messageId: 'notResource', data: { value: 'arn:aws:sqs:us-east-1:123456789012:admin' }, line: 6, column: 19, endLine: 6, endColumn: 61 },
    ],
  },
  {
    name: 'public CDK principals',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const a = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'] });
a.addAnyPrincipal();
const b = new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:q'] });
b.addPrincipals(new iam.ServicePrincipal('sns.amazonaws.com'), new iam.StarPrincipal());
const c = new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['arn:aws:sns:us-east-1:123456789012:t'], principals: [new iam.ArnPrincipal('*')] });
const d = new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] });
d.addArnPrincipal('*');`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'addAnyPrincipal()' }, line: 3, column: 1, endLine: 3, endColumn: 20 },
      { messageId: 'publicPrincipal', data: { value: 'StarPrincipal' }, line: 5, column: 64, endLine: 5, endColumn: 87 },
      { messageId: 'publicPrincipal', data: { value: 'ArnPrincipal(\'*\')' }, line: 6, column: 129, endLine: 6, endColumn: 154 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 8, column: 19, endLine: 8, endColumn: 22 },
    ],
  },
  {
    name: 'principals through variables, composites and unscoped conditions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const anyone = new iam.AnyPrincipal();
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'], principals: [anyone] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'], principals: [new iam.CompositePrincipal(new iam.AccountRootPrincipal(), new iam.AnyPrincipal())] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'], principals: [new iam.AnyPrincipal().withConditions({ Bool: { 'aws:SecureTransport': 'true' } })] });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 103, endLine: 3, endColumn: 109 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 4, column: 162, endLine: 4, endColumn: 184 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 5, column: 103, endLine: 5, endColumn: 125 },
    ],
  },
  {
    name: 'CDK NotPrincipal',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], notPrincipals: [new iam.AccountPrincipal('123456789012')] });`,
    output: null,
    errors: [
      { messageId: 'notPrincipal', data: { value: '123456789012' }, line: 2, column: 103, endLine: 2, endColumn: 143 },
    ],
  },
  {
    name: 'statements nested in initialPolicy, inlinePolicies and addToRolePolicy',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'Fn', {
  runtime, handler: 'index.handler', code,
  initialPolicy: [new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: [table.tableArn] })],
});
new iam.Role(this, 'Role', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  inlinePolicies: { app: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] }) },
});
fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 5, column: 55, endLine: 5, endColumn: 67 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 9, column: 129, endLine: 9, endColumn: 132 },
      { messageId: 'admin', data: { value: '*' }, line: 11, column: 56, endLine: 11, endColumn: 59 },
    ],
  },
  {
    name: 'PolicyStatement.fromJson and PolicyDocument.fromJson',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: 'secretsmanager:*', Resource: '*' });
iam.PolicyDocument.fromJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['arn:aws:s3:::b'] }] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'secretsmanager:*' }, line: 2, column: 57, endLine: 2, endColumn: 75 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 87, endLine: 2, endColumn: 90 },
      { messageId: 'allActions', data: { value: '*' }, line: 3, column: 94, endLine: 3, endColumn: 97 },
    ],
  },
  {
    name: 'admin managed policies',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Aws } from 'aws-cdk-lib';
const role = new iam.Role(this, 'Role', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],
});
role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Power', 'arn:aws:iam::aws:policy/PowerUserAccess'));
iam.ManagedPolicy.fromManagedPolicyArn(this, 'Iam', \`arn:\${Aws.PARTITION}:iam::aws:policy/IAMFullAccess\`);`,
    output: null,
    errors: [
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 5, column: 64, endLine: 5, endColumn: 85 },
      { messageId: 'adminManagedPolicy', data: { value: 'PowerUserAccess' }, line: 7, column: 102, endLine: 7, endColumn: 117 },
      { messageId: 'adminManagedPolicy', data: { value: 'IAMFullAccess' }, line: 8, column: 91, endLine: 8, endColumn: 104 },
    ],
  },
  {
    name: "AWS managed …FullAccess policies in CDK: by name, by ARN (service-role path, versioned names); IAMFullAccess stays admin; not read-only or customer managed",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Aws } from 'aws-cdk-lib';
const role = new iam.Role(this, 'Role', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonDynamoDBFullAccess'), iam.ManagedPolicy.fromAwsManagedPolicyName('IAMFullAccess')],
});
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AWSLambda_FullAccess'));
role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Amplify', 'arn:aws:iam::aws:policy/service-role/AmplifyBackendDeployFullAccess'));
iam.ManagedPolicy.fromManagedPolicyArn(this, 'Cw', \`arn:\${Aws.PARTITION}:iam::aws:policy/CloudWatchFullAccessV2\`);
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3ReadOnlyAccess'));
role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Team', 'arn:aws:iam::123456789012:policy/MyFullAccess'));`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess' }, line: 5, column: 64, endLine: 5, endColumn: 90 },
      { messageId: 'adminManagedPolicy', data: { value: 'IAMFullAccess' }, line: 5, column: 136, endLine: 5, endColumn: 151 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AWSLambda_FullAccess' }, line: 7, column: 66, endLine: 7, endColumn: 88 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'service-role/AmplifyBackendDeployFullAccess' }, line: 8, column: 104, endLine: 8, endColumn: 147 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'CloudWatchFullAccessV2' }, line: 9, column: 90, endLine: 9, endColumn: 112 },
    ],
  },
  {
    name: 'AWS managed …FullAccess policies in CDK L1 managedPolicyArns (a customer-managed one is not)',
    code: `import { aws_iam as iam } from 'aws-cdk-lib';
new iam.CfnRole(this, 'R', {
  assumeRolePolicyDocument,
  managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonSQSFullAccess', 'arn:aws:iam::123456789012:policy/TeamFullAccess', 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess_v2'],
});`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 4, column: 48, endLine: 4, endColumn: 67 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess_v2' }, line: 4, column: 146, endLine: 4, endColumn: 173 },
    ],
  },
  {
    name: 'an AWS managed …FullAccess policy in CDK v1',
    code: `import { ManagedPolicy, Role, ServicePrincipal } from '@aws-cdk/aws-iam';
new Role(this, 'Fn', {
  assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AmazonRDSDataFullAccess')],
});`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonRDSDataFullAccess' }, line: 4, column: 60, endLine: 4, endColumn: 85 },
    ],
  },
  {
    name: "Pulumi: AWS managed …FullAccess policies by ARN or by Pulumi's ManagedPolicy enum (not read-only ones)",
    code: `import * as aws from '@pulumi/aws';
import { iam } from '@pulumi/aws';
const role = new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole, aws.iam.ManagedPolicy.AmazonS3FullAccess] });
new aws.iam.RolePolicyAttachment('db', { role, policyArn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess' });
new iam.GroupPolicyAttachment('g', { group, policyArn: iam.ManagedPolicy.LambdaFullAccess });
new aws.iam.RolePolicyAttachment('ro', { role, policyArn: aws.iam.ManagedPolicy.AmazonS3ReadOnlyAccess });`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 3, column: 127, endLine: 3, endColumn: 167 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess' }, line: 4, column: 84, endLine: 4, endColumn: 108 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'LambdaFullAccess' }, line: 5, column: 56, endLine: 5, endColumn: 90 },
    ],
  },
  {
    name: 'SDK: AttachRolePolicy of an AWS managed …FullAccess policy (a customer-managed one is not)',
    code: `import { IAMClient, AttachRolePolicyCommand, AttachUserPolicyCommand } from '@aws-sdk/client-iam';
const client = new IAMClient({});
await client.send(new AttachRolePolicyCommand({ RoleName: 'r', PolicyArn: 'arn:aws:iam::aws:policy/AmazonSQSFullAccess' }));
await client.send(new AttachUserPolicyCommand({ UserName: 'u', PolicyArn: 'arn:aws:iam::123456789012:policy/OpsFullAccess' }));`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 3, column: 100, endLine: 3, endColumn: 119 },
    ],
  },
  {
    name: "SAM template written in code: AWS managed policies in a function's or state machine's Policies, by name or ARN (not a policy template, a customer managed policy or a role's Policies)",
    code: `export const template = {
  Transform: 'AWS::Serverless-2016-10-31',
  Resources: {
    Fn: {
      Type: 'AWS::Serverless::Function',
      Properties: {
        Handler: 'index.handler',
        Policies: ['AWSLambdaBasicExecutionRole', 'AmazonS3FullAccess', 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess', 'arn:aws:iam::123456789012:policy/TeamFullAccess', { SQSPollerPolicy: { QueueName: 'q' } }],
      },
    },
    Machine: { Type: 'AWS::Serverless::StateMachine', Properties: { Policies: 'AdministratorAccess' } },
    Role: { Type: 'AWS::IAM::Role', Properties: { Policies: ['AmazonS3FullAccess'] } },
  },
};`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 8, column: 51, endLine: 8, endColumn: 71 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess' }, line: 8, column: 98, endLine: 8, endColumn: 122 },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 11, column: 79, endLine: 11, endColumn: 100 },
    ],
  },
  {
    name: 'CloudFormation IAM role, user and group written in code: AWS managed full-access and admin ARNs in ManagedPolicyArns (a list or one ARN, any partition, Fn::Sub of the partition; not a customer managed one)',
    code: `export const template = {
  Resources: {
    Role: {
      Type: 'AWS::IAM::Role',
      Properties: {
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', 'arn:aws:iam::aws:policy/AmazonS3FullAccess', 'arn:aws:iam::123456789012:policy/TeamFullAccess'],
      },
    },
    User: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: [{ 'Fn::Sub': 'arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess' }] } },
    Group: { Type: 'AWS::IAM::Group' as const, Properties: { ManagedPolicyArns: 'arn:aws-us-gov:iam::aws:policy/AmazonSQSFullAccess' } },
  },
};`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 6, column: 122, endLine: 6, endColumn: 140 },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 9, column: 123, endLine: 9, endColumn: 142 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 10, column: 113, endLine: 10, endColumn: 132 },
    ],
  },
  {
    name: "SAM in CDK: AWS managed policies in a CfnFunction's or CfnStateMachine's policies, in a list or alone",
    code: `import * as sam from 'aws-cdk-lib/aws-sam';
new sam.CfnFunction(this, 'A', { codeUri: 'a/', policies: ['AWSLambdaBasicExecutionRole', 'AmazonSQSFullAccess', { statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }] });
new sam.CfnFunction(this, 'B', { codeUri: 'b/', policies: 'AmazonDynamoDBFullAccess' });
new sam.CfnStateMachine(this, 'M', { definitionUri: 'm.json', policies: ['arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess'] });`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 2, column: 91, endLine: 2, endColumn: 112 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess' }, line: 3, column: 59, endLine: 3, endColumn: 85 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AWSStepFunctionsFullAccess' }, line: 4, column: 99, endLine: 4, endColumn: 125 },
    ],
  },
  {
    name: "serverless.ts: AWS managed policies in iam.role.managedPolicies and iamManagedPolicies (a Serverless variable for the partition; not a customer managed one)",
    code: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'svc',
  provider: {
    name: 'aws',
    iamManagedPolicies: ['arn:aws:iam::aws:policy/AmazonSQSFullAccess'],
    iam: { role: { managedPolicies: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', 'arn:\${aws:partition}:iam::aws:policy/AmazonS3FullAccess', 'arn:aws:iam::123456789012:policy/OpsFullAccess'] } },
  },
};
module.exports = serverlessConfiguration;`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 6, column: 51, endLine: 6, endColumn: 70 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 7, column: 144, endLine: 7, endColumn: 162 },
    ],
  },
  {
    name: 'CDK: AWS managed policies given to a role as { managedPolicyArn } objects, in place or through a constant',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const logs = { managedPolicyArn: 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess' };
new iam.Role(this, 'R', {
  assumedBy: new iam.ServicePrincipal('medialive.amazonaws.com'),
  managedPolicies: [{ managedPolicyArn: 'arn:aws:iam::aws:policy/AWSElementalMediaPackageFullAccess' }, logs, { managedPolicyArn: 'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess' }],
});`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AWSElementalMediaPackageFullAccess' }, line: 5, column: 66, endLine: 5, endColumn: 100 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'CloudWatchLogsFullAccess' }, line: 5, column: 105, endLine: 5, endColumn: 109 },
    ],
  },
  {
    name: "Pulumi: AWS managed policies in a CallbackFunction's policies",
    code: `import * as aws from '@pulumi/aws';
export const fn = new aws.lambda.CallbackFunction('f', {
  policies: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole, aws.iam.ManagedPolicy.LambdaFullAccess, 'arn:aws:iam::aws:policy/AmazonSQSFullAccess'],
  callback: async () => undefined,
});`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'LambdaFullAccess' }, line: 3, column: 65, endLine: 3, endColumn: 103 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 3, column: 130, endLine: 3, endColumn: 149 },
    ],
  },
  {
    name: 'every object of every bucket, arn:aws:s3:::*/*, for S3 object actions: as written, with a partition left to CDK, with wildcard region and account, in raw JSON',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Aws } from 'aws-cdk-lib';
new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: ['arn:aws:s3:::*/*'] });
new iam.PolicyStatement({ actions: ['s3:ListBucket', 's3:Get*'], resources: [\`arn:\${Aws.PARTITION}:s3:::*/*\`] });
new iam.PolicyStatement({ actions: ['s3:DeleteObject'], resources: ['arn:aws:s3:*:*:*/*'] });
export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: ['arn:aws:s3:::*/*', 'arn:aws:s3:::*'] }] };`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: everyObject('arn:aws:s3:::*/*'), line: 3, column: 82, endLine: 3, endColumn: 100 },
      { messageId: 'serviceWideResource', data: everyObject('arn:…:s3:::*/*'), line: 4, column: 78, endLine: 4, endColumn: 109 },
      { messageId: 'serviceWideResource', data: everyObject('arn:aws:s3:*:*:*/*'), line: 5, column: 69, endLine: 5, endColumn: 89 },
      { messageId: 'serviceWideResource', data: everyObject('arn:aws:s3:::*/*'), line: 6, column: 114, endLine: 6, endColumn: 132 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:s3:::*', 's3'), line: 6, column: 134, endLine: 6, endColumn: 150 },
    ],
  },
  {
    name: "fullAccessManagedPolicies: 'ignore' keeps the admin policies",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess'));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('IAMFullAccess'));`,
    options: [{ fullAccessManagedPolicies: 'ignore' }],
    output: null,
    errors: [
      { messageId: 'adminManagedPolicy', data: { value: 'IAMFullAccess' }, line: 3, column: 66, endLine: 3, endColumn: 81 },
    ],
  },
  {
    name: 'adminManagedPolicies option replaces the list',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess');
iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess');`,
    options: [{ adminManagedPolicies: ['AmazonS3FullAccess'] }],
    output: null,
    errors: [
      { messageId: 'adminManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 2, column: 44, endLine: 2, endColumn: 64 },
    ],
  },
  {
    name: 'adminManagedPolicies without IAMFullAccess: the policy taken off the list is not reported as full access either',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
iam.ManagedPolicy.fromAwsManagedPolicyName('IAMFullAccess');
iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess');
iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSQSFullAccess');
iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess');`,
    options: [{ adminManagedPolicies: ['AdministratorAccess'] }],
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 4, column: 44, endLine: 4, endColumn: 65 },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 5, column: 44, endLine: 5, endColumn: 65 },
    ],
  },
  {
    name: 'public Lambda permissions in CDK',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const fn = new lambda.Function(this, 'Fn', { runtime, handler: 'index.handler', code });
fn.addPermission('Anyone', { principal: new iam.AnyPrincipal() });
const node = new NodejsFunction(this, 'Node', { entry: 'src/x.ts' });
node.grantInvoke(new iam.AnyPrincipal());
new lambda.CfnPermission(this, 'Public', { action: 'lambda:InvokeFunction', functionName: fn.functionName, principal: '*' });
new lambda.CfnLayerVersionPermission(this, 'Layer', { action: 'lambda:GetLayerVersion', layerVersionArn: layer.layerVersionArn, principal: '*' });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 5, column: 41, endLine: 5, endColumn: 63 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 7, column: 18, endLine: 7, endColumn: 40 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 8, column: 119, endLine: 8, endColumn: 122 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 9, column: 140, endLine: 9, endColumn: 143 },
    ],
  },
  {
    name: 'public permissions on imported functions and aliases',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const imported = lambda.Function.fromFunctionArn(this, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:orders');
imported.addPermission('Anyone', { principal: new iam.ArnPrincipal('*') });
const fn = new lambda.Function(this, 'Fn', { runtime, handler: 'index.handler', code });
fn.addAlias('live').grantInvoke(new iam.AnyPrincipal());`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'ArnPrincipal(\'*\')' }, line: 4, column: 47, endLine: 4, endColumn: 72 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 6, column: 33, endLine: 6, endColumn: 55 },
    ],
  },
  {
    name: 'trust policies in CDK',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.Role(this, 'Open', { assumedBy: new iam.AnyPrincipal() });
new iam.Role(this, 'Composite', { assumedBy: new iam.CompositePrincipal(new iam.ServicePrincipal('lambda.amazonaws.com'), new iam.ArnPrincipal('*')) });
new iam.Role(this, 'Source', { assumedBy: new iam.AnyPrincipal().withConditions({ StringEquals: { 'aws:SourceAccount': '123456789012' } }) });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 2, column: 41, endLine: 2, endColumn: 63 },
      { messageId: 'publicPrincipal', data: { value: 'ArnPrincipal(\'*\')' }, line: 3, column: 123, endLine: 3, endColumn: 148 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 4, column: 43, endLine: 4, endColumn: 65 },
    ],
  },
  {
    name: 'CDK L1 policy documents',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
new iam.CfnRole(this, 'R', {
  assumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] },
  managedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
  policies: [{ policyName: 'p', policyDocument: { Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] } }],
});
new s3.CfnBucketPolicy(this, 'BP', { bucket: 'b', policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] } });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 80, endLine: 4, endColumn: 83 },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 5, column: 48, endLine: 5, endColumn: 67 },
      { messageId: 'serviceActions', data: { value: 'lambda:*' }, line: 6, column: 90, endLine: 6, endColumn: 100 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 112, endLine: 6, endColumn: 115 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 8, column: 111, endLine: 8, endColumn: 114 },
    ],
  },
  {
    name: 'a CDK props object that also looks like raw JSON is reported once',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
iam.PolicyDocument.fromJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 2, column: 93, endLine: 2, endColumn: 96 },
    ],
  },
  {
    name: 'SDK v3 PutRolePolicyCommand with JSON.stringify of a policy object: reported once',
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] };
await new IAMClient({}).send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify(policy) }));`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 2, column: 80, endLine: 2, endColumn: 92 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 104, endLine: 2, endColumn: 107 },
    ],
  },
  {
    name: 'SDK v3 sinks without Version',
    code: `import { CreatePolicyCommand, CreatePolicyVersionCommand, PutUserPolicyCommand, PutGroupPolicyCommand } from '@aws-sdk/client-iam';
new CreatePolicyCommand({ PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) });
new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}' });
new PutUserPolicyCommand({ UserName: 'u', PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } }) });
new PutGroupPolicyCommand({ GroupName: 'g', PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: { Effect: 'Allow', Action: 'ec2:*', Resource: 'arn:aws:ec2:*:*:instance/*' } }) });`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 2, column: 116, endLine: 2, endColumn: 119 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 134, endLine: 3, endColumn: 137 },
      { messageId: 'notAction', data: { value: 'iam:*' }, line: 4, column: 134, endLine: 4, endColumn: 141 },
      { messageId: 'serviceActions', data: { value: 'ec2:*' }, line: 5, column: 133, endLine: 5, endColumn: 140 },
    ],
  },
  {
    name: 'SDK v3 trust policies',
    code: `import { CreateRoleCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
const trust = { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }] };
new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: JSON.stringify(trust) });
new UpdateAssumeRolePolicyCommand({ RoleName: 'r', PolicyDocument: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:TagSession"}]}' });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 66, endLine: 2, endColumn: 69 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 113, endLine: 4, endColumn: 116 },
    ],
  },
  {
    name: 'SDK v3 resource policies',
    code: `import { PutBucketPolicyCommand } from '@aws-sdk/client-s3';
import { PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { PutResourcePolicyCommand } from '@aws-sdk/client-secrets-manager';
new PutBucketPolicyCommand({ Bucket: 'site', Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }] }) });
new PutKeyPolicyCommand({ KeyId: 'k', PolicyName: 'default', Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }] }) });
new PutResourcePolicyCommand({ SecretId: 's', ResourcePolicy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] }) });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 113, endLine: 4, endColumn: 116 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 136, endLine: 5, endColumn: 139 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 129, endLine: 6, endColumn: 132 },
    ],
  },
  {
    name: 'queue, topic, log, repository and file system policies written through the SDK',
    code: `import { SetQueueAttributesCommand, CreateQueueCommand } from '@aws-sdk/client-sqs';
import { SetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { PutResourcePolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { PutFileSystemPolicyCommand } from '@aws-sdk/client-efs';
new SetQueueAttributesCommand({ QueueUrl: 'u', Attributes: { Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }] }) } });
new CreateQueueCommand({ QueueName: 'q', Attributes: { Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::b' } } }] }) } });
new SetTopicAttributesCommand({ TopicArn: 't', AttributeName: 'Policy', AttributeValue: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Publish' }] }) });
new SetTopicAttributesCommand({ TopicArn: 't', AttributeName: 'DisplayName', AttributeValue: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sns:Publish"}]}' });
new PutResourcePolicyCommand({ policyName: 'p', policyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'es.amazonaws.com' }, Action: 'logs:*', Resource: '*' }] }) });
new SetRepositoryPolicyCommand({ repositoryName: 'r', policyText: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] }) });
new PutFileSystemPolicyCommand({ FileSystemId: 'f', Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' }] }) });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 129, endLine: 6, endColumn: 132 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 8, column: 155, endLine: 8, endColumn: 158 },
      { messageId: 'serviceActions', data: { value: 'logs:*' }, line: 10, column: 165, endLine: 10, endColumn: 173 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 11, column: 126, endLine: 11, endColumn: 129 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 12, column: 127, endLine: 12, endColumn: 130 },
    ],
  },
  {
    name: 'SDK v3 Lambda permissions',
    code: `import { LambdaClient, AddPermissionCommand, AddLayerVersionPermissionCommand } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
await client.send(new AddPermissionCommand({ FunctionName: 'f', StatementId: 'any', Action: 'lambda:InvokeFunction', Principal: '*' }));
await client.send(new AddLayerVersionPermissionCommand({ LayerName: 'l', VersionNumber: 1, StatementId: 'all', Action: 'lambda:GetLayerVersion', Principal: '*' }));`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 3, column: 129, endLine: 3, endColumn: 132 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 157, endLine: 4, endColumn: 160 },
    ],
  },
  {
    name: 'SDK v3 aggregated clients and AttachRolePolicy',
    code: `import { IAM, AttachRolePolicyCommand } from '@aws-sdk/client-iam';
const iam = new IAM({});
await iam.putRolePolicy({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:*:*:*' }] }) });
new AttachRolePolicyCommand({ RoleName: 'r', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 3, column: 131, endLine: 3, endColumn: 138 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:*:*:*', 'sqs'), line: 3, column: 150, endLine: 3, endColumn: 169 },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 4, column: 82, endLine: 4, endColumn: 101 },
    ],
  },
  {
    name: 'SDK v2 clients',
    code: `import AWS from 'aws-sdk';
import IAM from 'aws-sdk/clients/iam';
const iam = new AWS.IAM();
await iam.putRolePolicy({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }).promise();
new IAM().createRole({ RoleName: 'r', AssumeRolePolicyDocument: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}' }, callback);
new AWS.Lambda().addPermission({ FunctionName: 'f', StatementId: 's', Action: 'lambda:InvokeFunction', Principal: '*' });
new AWS.S3().putBucketPolicy({ Bucket: 'b', Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }] }) });`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 4, column: 131, endLine: 4, endColumn: 134 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 117, endLine: 5, endColumn: 120 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 115, endLine: 6, endColumn: 118 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 7, column: 112, endLine: 7, endColumn: 115 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 7, column: 125, endLine: 7, endColumn: 131 },
    ],
  },
  {
    name: 'public permissions on a function kept on the stack (this.fn)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Stack {
  readonly fn: lambda.Function;
  readonly #alias = new lambda.Alias(this, 'Live', { aliasName: 'live', version });
  constructor() {
    this.fn = new lambda.Function(this, 'F', { runtime, handler: 'index.handler', code });
    this.fn.grantInvoke(new iam.AnyPrincipal());
    this.#alias.addPermission('Anyone', { principal: new iam.StarPrincipal() });
  }
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 8, column: 25, endLine: 8, endColumn: 47 },
      { messageId: 'publicPrincipal', data: { value: 'StarPrincipal' }, line: 9, column: 54, endLine: 9, endColumn: 77 },
    ],
  },
  {
    name: 'statements and SDK clients kept on this (assigned once in the constructor)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { IAM } from '@aws-sdk/client-iam';
export class Stack {
  private readonly statement: iam.PolicyStatement;
  private readonly client = new IAM({});
  constructor() {
    this.statement = new iam.PolicyStatement({ actions: ['dynamodb:GetItem'] });
    this.statement.addAllResources();
  }
  async attach(): Promise<void> {
    await this.client.putRolePolicy({ RoleName: 'app', PolicyName: 'p', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }] }) });
  }
}`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 5, endLine: 8, endColumn: 37 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 11, column: 168, endLine: 11, endColumn: 175 },
    ],
  },
  {
    name: 'JSON policy text in a template literal with expressions: the known parts are read (SDK v3 S3)',
    code: `import { S3Client, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
export async function makePublic(s3: S3Client, bucket: string): Promise<void> {
  await s3.send(new PutBucketPolicyCommand({
    Bucket: bucket,
    Policy: \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::\${bucket}/*"}]}\`,
  }));
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 81, endLine: 5, endColumn: 84 },
    ],
  },
  {
    name: 'template JSON: a whole value written as an expression is unknown, the rest is read',
    code: `declare const arns: string[];
declare const svc: string;
const policy = \`{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": ["s3:*", "\${svc}:*"], "Resource": \${JSON.stringify(arns)} },
    { "Effect": "Allow", "Action": [\${JSON.stringify(arns)}, "sqs:SendMessage"], "Resource": "*" }
  ]
}\`;`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 37, endLine: 6, endColumn: 43 },
      { messageId: 'serviceActions', data: { value: '…:*' }, line: 6, column: 45, endLine: 6, endColumn: 55 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 7, column: 94, endLine: 7, endColumn: 97 },
    ],
  },
  {
    name: 'template JSON whose expressions are all known: tokens spanning them are reported exactly',
    code: `const ACTION = 'dynamodb:*';
const policy = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\${ACTION}","Resource":"*"}]}\`;`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 2, column: 81, endLine: 2, endColumn: 92 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 104, endLine: 2, endColumn: 107 },
    ],
  },
  {
    name: 'JSON policy text in a concatenation',
    code: `declare const bucket: string;
const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::' + bucket + '/*"}]}';`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 84, endLine: 2, endColumn: 87 },
    ],
  },
  {
    name: 'a public principal whose condition value lets anyone in',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } },
    { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:q', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLike: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5', 'o-*'] } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 'aws:SourceAccount': '1111*' } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObjectTagging', Resource: 'arn:aws:s3:::b/*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } },
    { Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:111122223333:t', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::*' } } },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 35, endLine: 4, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 42, endLine: 5, endColumn: 45 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 35, endLine: 6, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 7, column: 35, endLine: 7, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 8, column: 35, endLine: 8, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 9, column: 35, endLine: 9, endColumn: 38 },
    ],
  },
  {
    name: 'IfExists and ForAllValues operators pass when the key is absent',
    code: `const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E1' } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { 'ForAllValues:StringLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'] } } },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 35, endLine: 4, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 35, endLine: 5, endColumn: 38 },
    ],
  },
  {
    name: 'trust policy: a principal ARN pattern with a wildcard account',
    code: `import { IAMClient, CreateRoleCommand } from '@aws-sdk/client-iam';
await new IAMClient({}).send(new CreateRoleCommand({
  RoleName: 'cross',
  AssumeRolePolicyDocument: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deployer-*' } } }],
  }),
}));`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 54, endLine: 6, endColumn: 57 },
    ],
  },
  {
    name: 'CDK: wildcard condition values and a Lambda permission for any source ARN',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('dist') });
new iam.PolicyStatement({
  principals: [new iam.AnyPrincipal().withConditions({ StringLike: { 'aws:PrincipalAccount': '*' } })],
  actions: ['sqs:SendMessage'],
  resources: ['arn:aws:sqs:us-east-1:111122223333:q'],
});
fn.addPermission('Any', { principal: new iam.AnyPrincipal(), sourceArn: 'arn:aws:execute-api:us-east-1:*:*' });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 5, column: 16, endLine: 5, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 9, column: 38, endLine: 9, endColumn: 60 },
    ],
  },
  {
    name: 'kms:ViaService alone does not tie the key to an account',
    code: `const keyPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt'], Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } } }],
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 3, column: 52, endLine: 3, endColumn: 55 },
    ],
  },
  {
    name: 'Resource * with a condition that does not narrow resources',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.PolicyStatement({
  actions: ['s3:GetObject', 's3:PutObject'],
  resources: ['*'],
  conditions: { Bool: { 'aws:SecureTransport': 'true' } },
});
new iam.PolicyStatement({
  actions: ['dynamodb:GetItem', 'dynamodb:DeleteItem'],
  resources: ['*'],
  conditions: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
});
const policy = {
  Version: '2012-10-17',
  Statement: [{
    Effect: 'Allow',
    Action: 'sqs:SendMessage',
    Resource: '*',
    Condition: {
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      StringEquals: { 'aws:PrincipalTag/team': 'orders', 'aws:CalledViaFirst': 'cloudformation.amazonaws.com' },
      IpAddress: { 'AWS:SOURCEIP': '203.0.113.0/24' },
    },
  }],
};`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 15, endLine: 4, endColumn: 18 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 9, column: 15, endLine: 9, endColumn: 18 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 17, column: 15, endLine: 17, endColumn: 18 },
    ],
  },
  {
    name: 'an action built from an unknown service name ending in :*',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
export function allow(service: string, arn: string) {
  return new iam.PolicyStatement({ actions: [\`\${service}:*\`], resources: [arn] });
}
export function allow2(service: string) {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: service + ':*', Resource: '*' }] };
}
export function allow3(service: string, arn: string) {
  const s = new iam.PolicyStatement({ resources: [arn] });
  s.addActions(\`\${service}-data:*\`, 's3:GetObject');
  return s;
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: '…:*' }, line: 3, column: 46, endLine: 3, endColumn: 60 },
      { messageId: 'serviceActions', data: { value: '…:*' }, line: 6, column: 74, endLine: 6, endColumn: 88 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 100, endLine: 6, endColumn: 103 },
      { messageId: 'serviceActions', data: { value: '…-data:*' }, line: 10, column: 16, endLine: 10, endColumn: 35 },
    ],
  },
  {
    name: 'resource ARNs of every resource of a service, fully or partly known: as open as Resource * for its actions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Aws } from 'aws-cdk-lib';
export function statements(region: string, account: string) {
  return [
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*'] }),
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:*:*:*'] }),
    new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['arn:aws:sns:*:*:*'] }),
    new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: ['arn:aws:logs:*:*:*'] }),
    new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['arn:aws:dynamodb:*:*:*'] }),
    new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [\`arn:\${Aws.PARTITION}:s3:::*\`] }),
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [\`arn:\${Aws.PARTITION}:sqs:\${region}:\${account}:*\`] }),
    new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [\`arn:aws:iam::\${account}:*\`] }),
  ];
}`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:s3:::*', 's3'), line: 5, column: 70, endLine: 5, endColumn: 86 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:*:*:*', 'sqs'), line: 6, column: 73, endLine: 6, endColumn: 92 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sns:*:*:*', 'sns'), line: 7, column: 69, endLine: 7, endColumn: 88 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:logs:*:*:*', 'logs'), line: 8, column: 99, endLine: 8, endColumn: 119 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:dynamodb:*:*:*', 'dynamodb'), line: 9, column: 74, endLine: 9, endColumn: 98 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:s3:::*', 's3'), line: 10, column: 70, endLine: 10, endColumn: 99 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:sqs:…:…:*', 'sqs'), line: 11, column: 73, endLine: 11, endColumn: 122 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:iam::…:*', 'iam'), line: 12, column: 70, endLine: 12, endColumn: 97 },
    ],
  },
  {
    name: 'shortened whole-service ARNs: a * that ends the ARN swallows the fields left out (arn:aws:ses:*), as arn:aws:ses:*:*:* does',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Aws } from 'aws-cdk-lib';
export function statements() {
  return [
    new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: ['arn:aws:ses:*'] }),
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:*:*'] }),
    new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['arn:aws:logs:us-east-1:*'] }),
    new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: ['arn:*:ses:*'] }),
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:*'] }),
    new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['arn:aws:iam::*'] }),
    new iam.PolicyStatement({ actions: ['ses:SendRawEmail'], resources: [\`arn:\${Aws.PARTITION}:ses:*\`] }),
  ];
}`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:ses:*', 'ses'), line: 5, column: 71, endLine: 5, endColumn: 86, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:*:*', 'sqs'), line: 6, column: 73, endLine: 6, endColumn: 90, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:logs:us-east-1:*', 'logs'), line: 7, column: 75, endLine: 7, endColumn: 101, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:*:ses:*', 'ses'), line: 8, column: 71, endLine: 8, endColumn: 84, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:s3:*', 's3'), line: 9, column: 70, endLine: 9, endColumn: 84, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:iam::*', 'iam'), line: 10, column: 70, endLine: 10, endColumn: 86, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:ses:*', 'ses'), line: 11, column: 74, endLine: 11, endColumn: 102, suggestions: [] },
    ],
  },
  {
    name: 'whole-service ARNs of any or an unknown service, added later, in a grant; next to Action * (not admin) and a condition that does not narrow',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
declare const grantee: iam.IGrantable, service: string;
new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:*:*:*:*:*'] });
new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [\`arn:aws:\${service}:*:*:*\`] });
const s = new iam.PolicyStatement({ actions: ['kinesis:PutRecord'] });
s.addResources('arn:aws:kinesis:us-east-1:111122223333:*');
iam.Grant.addToPrincipal({ grantee, actions: ['events:PutEvents'], resourceArns: ['arn:aws:events:*:*:*'] });
new iam.PolicyStatement({ actions: ['*'], resources: ['arn:aws:s3:::*'] });
new iam.PolicyStatement({ actions: ['*'], resources: ['*', 'arn:aws:s3:::*'] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } });`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: { value: 'arn:*:*:*:*:*', scope: 'every resource of every service it matches (a whole-service wildcard ARN)' }, line: 3, column: 69, endLine: 3, endColumn: 84 },
      { messageId: 'serviceWideResource', data: { value: 'arn:aws:…:*:*:*', scope: 'every resource of the service it names (a whole-service wildcard ARN)' }, line: 4, column: 69, endLine: 4, endColumn: 95 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:kinesis:us-east-1:111122223333:*', 'kinesis'), line: 6, column: 16, endLine: 6, endColumn: 58 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:events:*:*:*', 'events'), line: 7, column: 83, endLine: 7, endColumn: 105 },
      { messageId: 'allActions', data: { value: '*' }, line: 8, column: 37, endLine: 8, endColumn: 40 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:s3:::*', 's3'), line: 8, column: 55, endLine: 8, endColumn: 71 },
      { messageId: 'admin', data: { value: '*' }, line: 9, column: 37, endLine: 9, endColumn: 40 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:s3:::*', 's3'), line: 10, column: 66, endLine: 10, endColumn: 82 },
    ],
  },
  {
    name: 'whole-service ARNs in JSON text with interpolated fields and in a raw policy object; Resource::* does not accept them',
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
export async function put(region: string, account: string) {
  await new IAMClient({}).send(new PutRolePolicyCommand({
    RoleName: 'app',
    PolicyName: 'app',
    PolicyDocument: \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:\${region}:\${account}:*"}]}\`,
  }));
}
export const policy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: 'arn:aws:logs:*:*:*' }],
};`,
    options: [{ allow: ['Resource::*'] }],
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:sqs:…:…:*', 'sqs'), line: 6, column: 115, endLine: 6, endColumn: 151 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:logs:*:*:*', 'logs'), line: 11, column: 122, endLine: 11, endColumn: 142 },
    ],
  },
  {
    name: 'PolicyDocument.fromJson read as a raw policy wherever it is given: inlinePolicies, document, policyDocument, a const',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
declare const scope: any, bucket: s3.IBucket;
new iam.Role(scope, 'R', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  inlinePolicies: { p: iam.PolicyDocument.fromJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/t' }] }) },
});
new iam.Policy(scope, 'P', { document: iam.PolicyDocument.fromJson({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) });
new iam.ManagedPolicy(scope, 'M', { document: iam.PolicyDocument.fromJson({ Statement: [{ Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:111122223333:q' }] }) });
new s3.BucketPolicy(scope, 'B', { bucket, document: iam.PolicyDocument.fromJson({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }) });
new iam.CfnPolicy(scope, 'C', { policyName: 'c', policyDocument: iam.PolicyDocument.fromJson({ Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:us-east-1:111122223333:key/k' }] }) });
const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ssm:*', Resource: 'arn:aws:ssm:us-east-1:111122223333:parameter/x' }] };
new iam.Role(scope, 'R2', { assumedBy: new iam.AccountRootPrincipal(), inlinePolicies: { q: iam.PolicyDocument.fromJson(document) } });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 6, column: 116, endLine: 6, endColumn: 128 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 135, endLine: 8, endColumn: 138 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 9, column: 99, endLine: 9, endColumn: 106 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 10, column: 125, endLine: 10, endColumn: 128 },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 11, column: 135, endLine: 11, endColumn: 142 },
      { messageId: 'serviceActions', data: { value: 'ssm:*' }, line: 12, column: 82, endLine: 12, endColumn: 89 },
    ],
  },
  {
    name: 'Pulumi: managed policies attached in a loop over a const list, an inline list or with forEach: each offending one, on the loop variable\'s use',
    code: `import * as aws from '@pulumi/aws';
const role = new aws.iam.Role('lambdaRole', { assumeRolePolicy });
const policies = [
  aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole,
  aws.iam.ManagedPolicy.CloudWatchFullAccess,
  aws.iam.ManagedPolicies.AmazonDynamoDBFullAccess,
];
for (const policy of policies) {
  new aws.iam.RolePolicyAttachment(\`\${policy}-attachment\`, { role, policyArn: policy });
}
for (const arn of ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess']) {
  new aws.iam.RolePolicyAttachment(arn, { role, policyArn: arn });
}
const ARNS = ['arn:aws:iam::aws:policy/AmazonSQSFullAccess', other] as const;
ARNS.forEach((arn) => new aws.iam.Role(arn, { assumeRolePolicy, managedPolicyArns: [arn] }));`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'CloudWatchFullAccess' }, line: 9, column: 79, endLine: 9, endColumn: 85, suggestions: [] },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess' }, line: 9, column: 79, endLine: 9, endColumn: 85, suggestions: [] },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 12, column: 60, endLine: 12, endColumn: 63, suggestions: [] },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSQSFullAccess' }, line: 15, column: 85, endLine: 15, endColumn: 88, suggestions: [] },
    ],
  },
  {
    name: 'CDK: managed policy names mapped into fromAwsManagedPolicyName, and a loop into fromManagedPolicyArn, on the loop variable\'s use',
    code: `import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
const NAMES = ['service-role/AWSLambdaBasicExecutionRole', 'AmazonS3FullAccess'];
new Role(this, 'R', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), managedPolicies: NAMES.map((name) => ManagedPolicy.fromAwsManagedPolicyName(name)) });
['PowerUserAccess'].forEach((name) => role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName(name)));
for (const arn of ['arn:aws:iam::aws:policy/AWSLambda_FullAccess']) role.addManagedPolicy(ManagedPolicy.fromManagedPolicyArn(this, arn, arn));`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 3, column: 156, endLine: 3, endColumn: 160, suggestions: [] },
      { messageId: 'adminManagedPolicy', data: { value: 'PowerUserAccess' }, line: 4, column: 100, endLine: 4, endColumn: 104, suggestions: [] },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AWSLambda_FullAccess' }, line: 5, column: 137, endLine: 5, endColumn: 140, suggestions: [] },
    ],
  },
  {
    name: "Pulumi: the oldest releases' managed policy ARNs written on aws.iam itself, judged by name like the enum's",
    code: `import * as aws from '@pulumi/aws';
export const fn = new aws.lambda.CallbackFunction('newObject', {
  callback: async () => ({ ok: true }),
  policies: [aws.iam.AWSLambdaBasicExecutionRole, aws.iam.AmazonEC2ContainerServiceFullAccess],
});
const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });
new aws.iam.RolePolicyAttachment('a', { role: role.name, policyArn: aws.iam.AdministratorAccess });
new aws.iam.RolePolicyAttachment('b', { role: role.name, policyArn: aws.iam.AmazonS3ReadOnlyAccess });`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonEC2ContainerServiceFullAccess' }, line: 4, column: 51, endLine: 4, endColumn: 94, suggestions: [] },
      { messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 7, column: 69, endLine: 7, endColumn: 96, suggestions: [] },
    ],
  },
  {
    name: "Pulumi: the ManagedPolicy enum through a constant, and a constant list of it, reported on the constant's use",
    code: `import * as aws from '@pulumi/aws';
const S3 = aws.iam.ManagedPolicy.AmazonS3FullAccess;
new aws.iam.RolePolicyAttachment('s3', { role, policyArn: S3 });
const LIST = [aws.iam.ManagedPolicy.CloudWatchFullAccess, aws.iam.ManagedPolicy.AmazonS3ReadOnlyAccess];
new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: LIST });`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonS3FullAccess' }, line: 3, column: 59, endLine: 3, endColumn: 61, suggestions: [] },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'CloudWatchFullAccess' }, line: 5, column: 62, endLine: 5, endColumn: 66, suggestions: [] },
    ],
  },
  {
    name: 'a loop variable in one field of a statement holds each value of its list (actions, resources, a whole list, a statement of a document)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
const ACTIONS = ['s3:GetObject', 's3:*'];
for (const action of ACTIONS) {
  role.addToPolicy(new iam.PolicyStatement({ actions: [action], resources: ['arn:aws:s3:::b/*'] }));
}
['sqs:SendMessage', 'sqs:ReceiveMessage'].forEach((action) => role.addToPolicy(new iam.PolicyStatement({ actions: [action], resources: ['*'] })));
for (const resources of [['arn:aws:dynamodb:us-east-1:111122223333:table/t'], ['*']]) {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources }));
}
const STATEMENTS = [{ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:us-east-1:111122223333:key/k' }];
for (const statement of STATEMENTS) {
  new iam.CfnPolicy(this, 'P', { policyName: 'p', policyDocument: { Version: '2012-10-17', Statement: [statement] } });
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 56, endLine: 4, endColumn: 62, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 137, endLine: 6, endColumn: 140, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 77, endLine: 8, endColumn: 86, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 10, column: 48, endLine: 10, endColumn: 55, suggestions: [] },
    ],
  },
  {
    name: 'a member of a loop variable (s.action, x.t[\'arn\']) and a template or concatenation over one hold, per element, what that element gives (CDK, Pulumi)',
    code: `import * as aws from '@pulumi/aws';
import * as iam from 'aws-cdk-lib/aws-iam';
const SPECS = [{ action: 's3:*' }, { action: 'sqs:SendMessage' }];
for (const s of SPECS) role.addToPolicy(new iam.PolicyStatement({ actions: [s.action], resources: ['arn:aws:s3:::b/*'] }));
const SERVICES = ['s3', 'sqs'] as const;
SERVICES.forEach((svc) => role.addToPolicy(new iam.PolicyStatement({ actions: [\`\${svc}:*\`], resources: ['arn:aws:s3:::b'] })));
const TABLES = [{ t: { arn: '*' } }, { t: { arn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t' } }];
for (const x of TABLES) role.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [x.t['arn']] }));
const GRANTS = [{ service: 'kms', resource: 'arn:aws:kms:us-east-1:111122223333:key/k' }];
for (const g of GRANTS) {
  new aws.iam.RolePolicy('p', { role: 'r', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: g.service + ':*', Resource: 'arn:aws:s3:::b' }] } });
  new aws.iam.RolePolicy('q', { role: 'r', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [\`\${g.service}:*\`], Resource: 'arn:aws:s3:::b' }] } });
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 77, endLine: 4, endColumn: 85, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 80, endLine: 6, endColumn: 90, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 6, column: 80, endLine: 6, endColumn: 90, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 8, column: 111, endLine: 8, endColumn: 121, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 11, column: 116, endLine: 11, endColumn: 132, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 12, column: 117, endLine: 12, endColumn: 133, suggestions: [] },
    ],
  },
  {
    name: 'list.concat(…) in a statement list, actions and resources reads as [...list, ...parts]: a statement constant appended to a parameter (review 22 G2), a statement object appended to a list, parts appended to unknown lists',
    code: `import * as aws from '@pulumi/aws';
import * as iam from 'aws-cdk-lib/aws-iam';
const defaultLambdaStatement = { Effect: 'Allow', Resource: '*', Action: ['logs:CreateLogGroup', 'logs:PutLogEvents'] };
export function createLambdaRole(name: string, policyStatements: aws.iam.PolicyStatement[] = []) {
  return new aws.iam.Policy(name, { policy: { Version: '2012-10-17', Statement: policyStatements.concat(defaultLambdaStatement) } });
}
export const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }].concat({ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:111122223333:q' }) };
export function grant(role: iam.Role, baseActions: string[], baseResources: string[]) {
  role.addToPolicy(new iam.PolicyStatement({ actions: baseActions.concat(['dynamodb:*']), resources: baseResources.concat(['arn:aws:dynamodb:us-east-1:111122223333:table/t']) }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: baseResources.concat(['*']) }));
}`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 61, endLine: 3, endColumn: 64, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 7, column: 171, endLine: 7, endColumn: 178, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 9, column: 75, endLine: 9, endColumn: 87, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 10, column: 105, endLine: 10, endColumn: 108, suggestions: [] },
    ],
  },
];

const jsValid: Valid[] = [
  {
    name: 'JS: an authorizer\'s statement list grown with push keeps its execute-api Resource * quiet',
    code: `export const handler = async (event) => {
  const statements = [];
  statements.push({ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' });
  return { principalId: 'user', policyDocument: { Version: '2012-10-17', Statement: statements } };
};`,
  },
  {
    name: "an authorizer's document from a helper called only in its answers (ESM JavaScript)",
    code: `const policyFor = (effect) => ({ Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }] });
export const handler = async (event) => ({ principalId: event.authorizationToken, policyDocument: policyFor('Allow') });`,
  },
  {
    name: 'AwsCustomResource on a named table (ESM)',
    code: `import * as cr from 'aws-cdk-lib/custom-resources';
export const r = (scope, table) => new cr.AwsCustomResource(scope, 'R', {
  onCreate: { service: 'DynamoDB', action: 'putItem' },
  policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [table.tableArn] }),
});`,
  },
  {
    name: 'JS: an Object Lambda function role statement of WriteGetObjectResponse on *',
    code: `export const objectLambdaPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3-object-lambda:WriteGetObjectResponse', Resource: '*' }],
};`,
  },
  {
    name: 'SST v3 CognitoIdentityPool permissions scoped to one API',
    code: `export const identityPool = new sst.aws.CognitoIdentityPool('IdentityPool', {
  permissions: {
    authenticated: [{ actions: ['execute-api:Invoke'], resources: ['arn:aws:execute-api:eu-west-2:111122223333:abc123/prod/GET/*'] }],
  },
});`,
  },
  {
    name: 'identity-pool-shaped permissions in a JS file that does not use SST',
    code: `export const local = { permissions: { unauthenticated: [{ actions: ['s3:*'], resources: ['*'] }] } };`,
  },
  {
    name: 'serverless.js: shortened ARNs that name a table, an identity, a key prefix, or an empty SES region',
    code: `export default {
  service: 's',
  provider: {
    name: 'aws',
    iam: {
      role: {
        statements: [
          { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: ['arn:aws:dynamodb:*:*:table/Orders', 'arn:aws:dynamodb:*:*:table/Orders/index/*'] },
          { Effect: 'Allow', Action: 'ses:SendEmail', Resource: 'arn:aws:ses:us-east-1:123456789012:identity/*' },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::my-bucket/*' },
          { Effect: 'Allow', Action: 'ses:SendEmail', Resource: 'arn:aws:ses::*' },
        ],
      },
    },
  },
};`,
    filename: 'serverless.js',
  },
  {
    name: "JS: a Lambda authorizer's response policy document",
    code: `export const handler = async (event) => {
  const response = { principalId: event.authorizationToken, policyDocument: { Version: '2012-10-17', Statement: [{ Action: '*', Effect: 'Allow', Resource: '*' }] } };
  return response;
};`,
  },
  {
    name: 'JS: scoped policy',
    code: `export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }] };`,
  },
  {
    name: 'JS: a bucket policy whose principal is a list of CloudFormation intrinsics is a resource policy',
    code: `export const BucketPolicy = {
  Type: 'AWS::S3::BucketPolicy',
  Properties: {
    PolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: [{ 'Fn::GetAtt': ['ReaderRole', 'Arn'] }, { Ref: 'WriterRoleArn' }] }, Action: 's3:GetObject', Resource: '*' }],
    },
  },
};`,
  },
  {
    name: "JS: AWS's default key policy, the root ARN joined with ':' (the empty region from the first part's colon)",
    code: `export const AuroraKMSKey = {
  Type: 'AWS::KMS::Key',
  Properties: {
    KeyPolicy: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: [{ 'Fn::Join': [':', ['arn:aws:iam:', { Ref: 'AWS::AccountId' }, 'root']] }] }, Action: 'kms:*', Resource: '*' }],
    },
  },
};`,
  },
  {
    name: 'JS: a local PolicyStatement',
    code: `import { PolicyStatement } from './local-iam.js';
new PolicyStatement({ actions: ['*'], resources: ['*'] });`,
  },
  {
    name: 'JS: template JSON scoped by an interpolated account',
    code: `export const policy = (bucket, account) => \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::\${bucket}/*","Condition":{"StringEquals":{"aws:SourceAccount":"\${account}"}}}]}\`;`,
  },
  {
    name: "SDK v3: a key policy's Action '*' (and '*' beside kms:Decrypt) for the deploying account's root, in JSON text and JSON.stringify",
    code: `import { KMSClient, PutKeyPolicyCommand, CreateKeyCommand } from '@aws-sdk/client-kms';
const kms = new KMSClient({});
export const handler = async (event) => {
  await kms.send(new PutKeyPolicyCommand({ KeyId: event.keyId, Policy: \`{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\${event.account}:root"},"Action":"*","Resource":"*"}]}\` }));
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${event.account}:root\` }, Action: ['*', 'kms:Decrypt'], Resource: '*' }] };
  await kms.send(new CreateKeyCommand({ Description: 'k', Policy: JSON.stringify(policy, null, 2) }));
};`,
  },
  {
    name: "CDK: a key's addToResourcePolicy with a fromJson statement granting '*' to the deploying account's root",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
export function keyFor(scope) {
  const key = new kms.Key(scope, 'K');
  key.addToResourcePolicy(iam.PolicyStatement.fromJson({ Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' } }, Action: '*', Resource: '*' }));
  return key;
}`,
  },
];

const jsInvalid: Invalid[] = [
  {
    name: "ESM: a document whose only use is growing its own Statement list: the pushed statements and those written in it are read",
    code: `const policy = { Version: '2012-10-17', Statement: [] };
if (process.env.ADMIN) policy.Statement.push({ Effect: 'Allow', Action: 'logs:*', Resource: '*' });
const scoped = { Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }] };
scoped.Statement.push({ Effect: 'Allow', Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:123456789012:t' });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'logs:*' }, line: 2, column: 73, endLine: 2, endColumn: 81 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 93, endLine: 2, endColumn: 96 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 4, column: 30, endLine: 4, endColumn: 37 },
    ],
  },
  {
    name: 'ESM: an exported statement list grown through its name, written empty or with statements',
    code: `export const iamRoleStatements = [];
iamRoleStatements.push({ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/t' });
export const workerStatements = [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }];
if (process.env.DEBUG) workerStatements.push({ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 2, column: 51, endLine: 2, endColumn: 63 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 104, endLine: 4, endColumn: 107 },
    ],
  },
  {
    name: 'ESM: new PolicyStatement(spec) in a map over a constant list of statement props',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
const SPECS = [
  { actions: ['events:*'], resources: ['*'] },
  { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::uploads/*'] },
];
export const statements = SPECS.map((spec) => new PolicyStatement(spec));`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'events:*' }, line: 6, column: 67, endLine: 6, endColumn: 71 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 67, endLine: 6, endColumn: 71 },
    ],
  },
  {
    name: "ESM: a template of two of a helper's parameters: one action per call (ssm:*, beside PutLogEvents on '*')",
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
const statement = (service, verb) => new PolicyStatement({ actions: [\`\${service}:\${verb}\`, 'logs:PutLogEvents'], resources: ['*'] });
export const statements = [statement('ssm', '*'), statement('sts', 'GetCallerIdentity')];`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'ssm:*' }, line: 2, column: 70, endLine: 2, endColumn: 90 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 126, endLine: 2, endColumn: 129 },
    ],
  },
  {
    name: "ESM: a helper's parameters read in two fields: one statement per call (logs:* on a log group, PutItem on '*')",
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
export const allow = (actions, resources) => new PolicyStatement({ actions, resources });
allow(['logs:*'], ['arn:aws:logs:us-east-1:123456789012:log-group:app']);
allow(['dynamodb:PutItem'], ['*']);
allow(['s3:ListAllMyBuckets'], ['*']);`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'logs:*' }, line: 2, column: 68, endLine: 2, endColumn: 75 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 77, endLine: 2, endColumn: 86 },
    ],
  },
  {
    name: "ESM: a helper that makes a string a list (typeof x === 'string' ? [x] : x, Array.isArray) reads its parameter per call, once per value",
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
function allow(actions, resources) {
  return new PolicyStatement({ actions: typeof actions === 'string' ? [actions] : actions, resources });
}
export const statements = [allow('dynamodb:*', [tableArn]), allow('dynamodb:*', [otherArn]), allow(['sns:Publish'], [topicArn])];
const grant = (actions) => new PolicyStatement({ actions: Array.isArray(actions) ? actions : [actions], resources: [bucketArn] });
grant('s3:*');
grant(['s3:GetObject']);`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 83, endLine: 3, endColumn: 90 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 6, column: 84, endLine: 6, endColumn: 91 },
    ],
  },
  {
    name: "ESM: a key of a helper's props parameter read in a statement: what each call of the file gives it",
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
export function statementFor(props) {
  return new PolicyStatement({ actions: props.actions, resources: ['arn:aws:s3:::uploads/*'] });
}
statementFor({ actions: ['s3:GetObject'] });
statementFor({ actions: ['s3:*'] });`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 41, endLine: 3, endColumn: 54 }],
  },
  {
    name: 'grant with a service wildcard on a table a static factory made; an untyped prop stays unknown',
    code: `import { Table } from 'aws-cdk-lib/aws-dynamodb';
export function wire(scope, fn, props) {
  const orders = Table.fromTableArn(scope, 'Orders', props.ordersArn);
  orders.grant(fn, 'dynamodb:*');
  props.table.grant(fn, 'dynamodb:*');
}`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 4, column: 20, endLine: 4, endColumn: 32 }],
  },
  {
    name: 'ESM: an ECR repository policy and a CloudWatch Logs resource policy (a JSON string) of L1 constructs',
    code: `import { aws_ecr as ecr, aws_logs as logs } from 'aws-cdk-lib';
export function build(scope) {
  new ecr.CfnRepository(scope, 'Repo', {
    repositoryName: 'app',
    repositoryPolicyText: { Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: '*', Action: ['ecr:*'] }] },
  });
  new logs.CfnResourcePolicy(scope, 'LogsPolicy', {
    policyName: 'es',
    policyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'es.amazonaws.com' }, Action: 'logs:*', Resource: '*' }] }),
  });
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 84, endLine: 5, endColumn: 87 },
      { messageId: 'serviceActions', data: { value: 'ecr:*' }, line: 5, column: 98, endLine: 5, endColumn: 105 },
      { messageId: 'serviceActions', data: { value: 'logs:*' }, line: 9, column: 121, endLine: 9, endColumn: 129 },
    ],
  },
  {
    name: 'JS: a statement pushed onto a document a function of another module makes',
    code: `import { basePolicy } from './policy.js';
export const policy = basePolicy();
policy.Statement.push({ Effect: 'Allow', Action: ['cognito-idp:*', 's3:GetObject'], Resource: 'arn:aws:s3:::b/*' });`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'cognito-idp:*' }, line: 3, column: 51, endLine: 3, endColumn: 66 }],
  },
  {
    name: "JS: a statement pushed onto a let document's Statement list (never reassigned)",
    code: `let policy = { Version: '2012-10-17', Statement: [] };
policy.Statement.push({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' });
export const Policy = JSON.stringify(policy);`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 53, endLine: 2, endColumn: 56 }],
  },
  {
    name: 'ESM: a Bucket imported by name with public read access',
    code: `import { Bucket } from 'aws-cdk-lib/aws-s3';
export const site = (scope) => new Bucket(scope, 'Site', { publicReadAccess: true });`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: 'publicReadAccess: true' }, line: 2, column: 78, endLine: 2, endColumn: 82 }],
  },
  {
    name: 'ESM: a NotResource Deny guard that leaves out the allowed objects does not scope the Allow',
    code: `export const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', NotResource: ['arn:aws:s3:::b/*'], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
  ],
};`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 35, endLine: 4, endColumn: 38 }],
  },
  {
    name: 'ESM CDK: formatArn of every bucket, in a construct (this is the stack)',
    code: `import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
export class Buckets extends Stack {
  grant(role) {
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:CreateBucket'], resources: [this.formatArn({ service: 's3', region: '', account: '', resource: '*' })] }));
  }
}`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:s3:::*', 's3'), line: 5, column: 90, endLine: 5, endColumn: 163, suggestions: [] },
    ],
  },
  {
    name: 'JS: actions grown by unshift, and by push in a loop with a service-wide wildcard of a service not known',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
export function statementFor(services) {
  const actions = ['logs:CreateLogStream'];
  for (const service of services) actions.push(service + ':*');
  actions.unshift('dynamodb:*');
  return new PolicyStatement({ actions, resources: ['arn:aws:dynamodb:eu-west-1:123456789012:table/orders'] });
}`,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 6, column: 32, endLine: 6, endColumn: 39, suggestions: [] },
      { messageId: 'serviceActions', data: { value: '…:*' }, line: 6, column: 32, endLine: 6, endColumn: 39, suggestions: [] },
    ],
  },
  {
    name: 'JS: a statement list grown with push inside a function, written to a role with the SDK as JSON',
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
const iam = new IAMClient({});
export async function grant(roleName, bucket) {
  const statements = [];
  statements.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: \`arn:aws:s3:::\${bucket}/*\` });
  statements.push({ Effect: 'Allow', Action: '*', Resource: '*' });
  await iam.send(new PutRolePolicyCommand({ RoleName: roleName, PolicyName: 'p', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statements }) }));
}`,
    output: null,
    errors: [{ messageId: 'admin', data: { value: '*' }, line: 6, column: 46, endLine: 6, endColumn: 49, suggestions: [] }],
  },
  {
    name: "JSON text concatenated line by line, whose first piece only opens the object",
    code: `export const policy = '{\\n' +
  '  "Version": "2012-10-17",\\n' +
  '  "Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]\\n' +
  '}';`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 3, column: 50, endLine: 3, endColumn: 57, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 71, endLine: 3, endColumn: 74, suggestions: [] },
    ],
  },
  {
    name: 'ESM: a Pulumi policy document without Version whose Statement is one statement, not a list',
    code: `import * as aws from '@pulumi/aws';
export const p = new aws.iam.RolePolicy('p', { role: 'r', policy: JSON.stringify({ Statement: { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' } }) });`,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 122, endLine: 2, endColumn: 128, suggestions: [] }],
  },
  {
    name: 'ESM: a CDK for Terraform IamPolicy whose JSON text has no Version',
    code: `import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
export function grant(scope) {
  return new IamPolicy(scope, 'p', { policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) });
}`,
    errors: [{ messageId: 'admin', data: { value: '*' }, line: 3, column: 102, endLine: 3, endColumn: 105, suggestions: [] }],
  },
  {
    name: 'AwsCustomResource with an SDK call in a const, through the aws-cdk-lib barrel (ESM)',
    code: `import * as cdk from 'aws-cdk-lib';
const getParameter = { service: 'SSM', action: 'getParameter', parameters: { Name: 'p' } };
export const r = (scope) => new cdk.custom_resources.AwsCustomResource(scope, 'R', {
  onCreate: getParameter,
  policy: cdk.custom_resources.AwsCustomResourcePolicy.fromSdkCalls({
    resources: cdk.custom_resources.AwsCustomResourcePolicy.ANY_RESOURCE,
  }),
});`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 6, column: 16, endLine: 6, endColumn: 73 }],
  },
  {
    name: 'ESM: the statements of a JSON policy made by a callback over a list',
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
const iam = new IAMClient({});
const TABLES = ['orders', 'users'];
export async function attach(roleName) {
  const policy = {
    Version: '2012-10-17',
    Statement: TABLES.map((t) => ({ Effect: 'Allow', Action: 'dynamodb:*', Resource: \`arn:aws:dynamodb:us-east-1:123456789012:table/\${t}\` })),
  };
  await iam.send(new PutRolePolicyCommand({ RoleName: roleName, PolicyName: 'ddb', PolicyDocument: JSON.stringify(policy) }));
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 7, column: 62, endLine: 7, endColumn: 74, suggestions: [] },
    ],
  },
    {
      name: 'JS: reported: in a domain with fine-grained access control anyone may send requests, but es:* stays a service wildcard; a domain without it is public to anyone',
      code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Domain, EngineVersion } from 'aws-cdk-lib/aws-opensearchservice';

export function searchDomains(scope, masterUserArn) {
  new Domain(scope, 'Logs', {
    version: EngineVersion.OPENSEARCH_2_11,
    fineGrainedAccessControl: { masterUserArn },
    accessPolicies: [
      new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['es:ESHttpGet', 'es:ESHttpPost'], resources: ['*'] }),
      new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['es:*'], resources: ['*'] }),
    ],
  });
  new Domain(scope, 'Open', {
    version: EngineVersion.OPENSEARCH_2_11,
    accessPolicies: [new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['es:ESHttp*'], resources: ['*'] })],
  });
}`,
      output: null,
      errors: [
        { messageId: 'serviceActions', data: { value: 'es:*' }, line: 10, column: 81, endLine: 10, endColumn: 87, suggestions: [] },
        { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 15, column: 61, endLine: 15, endColumn: 83, suggestions: [] },
      ],
    },
  {
    name: "JSON policy text after a command's --policy-document flag is policy text, not prose",
    code: `const inline = 'aws iam put-role-policy --role-name app --policy-document ' + '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}';
export { inline };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'ec2:*' }, line: 1, column: 144, endLine: 1, endColumn: 151, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 163, endLine: 1, endColumn: 166, suggestions: [] },
    ],
  },
  {
    name: 'JSON policy text that opens a string, or follows a blank piece, a command or a YAML key, is policy text',
    code: `const policy = \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}\` + '\\n';
const padded = '  ' + '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"arn:aws:sqs:*:1:q"}]}';
const command = 'aws iam put-role-policy --role-name app --policy-name p --policy-document \\'' + '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sns:*","Resource":"arn:aws:sns:*:1:t"}]}' + "'";
const yaml = 'Resources:\\n  Policy:\\n    PolicyDocument: ' + '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:*","Resource":"arn:aws:iam::1:role/r"}]}';
export { policy, padded, command, yaml };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 1, column: 81, endLine: 1, endColumn: 87, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 2, column: 88, endLine: 2, endColumn: 95, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sns:*' }, line: 3, column: 163, endLine: 3, endColumn: 170, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sts:*' }, line: 4, column: 127, endLine: 4, endColumn: 134, suggestions: [] },
    ],
  },
  {
    name: 'JS: a template over a loop variable\'s member (Pulumi, CommonJS require) holds one action per element',
    code: `const aws = require('@pulumi/aws');
const QUEUES = [{ service: 'sqs' }, { service: 'sns' }];
for (const q of QUEUES) {
  new aws.iam.RolePolicy('p', { role: 'r', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: \`\${q['service']}:*\`, Resource: 'arn:aws:sqs:us-east-1:111122223333:q' }] } });
}`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 4, column: 116, endLine: 4, endColumn: 135, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'sns:*' }, line: 4, column: 116, endLine: 4, endColumn: 135, suggestions: [] },
    ],
  },
  {
    name: 'SST v3 CognitoIdentityPool: execute-api:Invoke on every resource for signed-in users',
    code: `export const identityPool = new sst.aws.CognitoIdentityPool('IdentityPool', {
  permissions: {
    authenticated: [{ actions: ['execute-api:Invoke'], resources: ['*'] }],
  },
});`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 68, endLine: 3, endColumn: 71, suggestions: [] },
    ],
  },
  {
    name: 'serverless.js: a role whose statements use shortened whole-service ARNs (arn:aws:ses:*, arn:aws:dynamodb:*:*)',
    code: `export const accessLambdaRole = {
  name: 'access-lambdaRole',
  statements: [
    { Effect: 'Allow', Action: 'ses:SendEmail', Resource: ['arn:aws:ses:*'] },
    { Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: 'arn:aws:dynamodb:*:*' },
  ],
};
export default { service: 's', provider: { name: 'aws', iam: { role: accessLambdaRole } } };`,
    filename: 'serverless.js',
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:ses:*', 'ses'), line: 4, column: 60, endLine: 4, endColumn: 75, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:dynamodb:*:*', 'dynamodb'), line: 5, column: 64, endLine: 5, endColumn: 86, suggestions: [] },
    ],
  },
  {
    name: 'JS: a CloudFormation IAM role whose ManagedPolicyArns are built with Fn::Join and Fn::Sub of the partition (on the name when the last string spells it, else on the intrinsic)',
    code: `export const resources = {
  Role: {
    Type: 'AWS::IAM::Role',
    Properties: {
      ManagedPolicyArns: [
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AmazonDynamoDBFullAccess']] },
        { 'Fn::Sub': ['arn:\${AWS::Partition}:iam::aws:policy/\${Name}', { Name: 'AWSLambda_FullAccess' }] },
        { 'Fn::Sub': 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/OpsFullAccess' },
        { 'Fn::ImportValue': 'SharedPolicyArn' },
      ],
    },
  },
};`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonDynamoDBFullAccess' }, line: 6, column: 82, endLine: 6, endColumn: 106 },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AWSLambda_FullAccess' }, line: 7, column: 9, endLine: 7, endColumn: 107 },
    ],
  },
  {
    name: 'JS: an AWS managed …FullAccess policy in a CDK role',
    code: `import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
export function role(scope) {
  return new Role(scope, 'Fn', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('CloudWatchLogsFullAccess')],
  });
}`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'CloudWatchLogsFullAccess' }, line: 5, column: 62, endLine: 5, endColumn: 88 },
    ],
  },
  {
    name: 'JS: a policy document whose Action list is later extended by push',
    code: `const actions = ['s3:GetObject', 'sqs:*'];
if (process.env.DEBUG) actions.push('logs:PutLogEvents');
export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 3, column: 87, endLine: 3, endColumn: 94 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 106, endLine: 3, endColumn: 109 },
    ],
  },
  {
    name: 'JS: intrinsic principals or actions beside known ones still report what the known ones show',
    code: `export const resources = {
  Key: {
    Type: 'AWS::KMS::Key',
    Properties: {
      KeyPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: [{ 'Fn::GetAtt': ['AppRole', 'Arn'] }] }, Action: 'kms:*', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: [{ Ref: 'PartnerRoleArn' }, '*'] }, Action: 'kms:Decrypt', Resource: '*' },
        ],
      },
    },
  },
  Policy: {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: {
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: [{ 'Fn::If': ['Prod', 's3:GetObject', 's3:PutObject'] }, 'sqs:*'], Resource: '*' }],
      },
    },
  },
};`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'kms:*' }, line: 8, column: 98, endLine: 8, endColumn: 105 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 9, column: 76, endLine: 9, endColumn: 79 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 19, column: 105, endLine: 19, endColumn: 112 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 19, column: 125, endLine: 19, endColumn: 128 },
    ],
  },
  {
    name: 'this.x.addToPolicy(…) in a plain function (no class around it) is read without a type',
    code: `const iam = require('aws-cdk-lib/aws-iam');
function attach() {
  this.endpoint.addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:*'], resources: ['*'] }));
}
module.exports = { attach };`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 68, endLine: 3, endColumn: 90 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 103, endLine: 3, endColumn: 109 },
    ],
  },
  {
    name: 'a let assigned a statement after its declaration, widened to administrator access',
    code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
let statement;
statement = new PolicyStatement();
statement.addActions('*');
statement.addAllResources();
export default statement;`,
    output: null,
    errors: [{ messageId: 'admin', data: { value: '*' }, line: 4, column: 22, endLine: 4, endColumn: 25, suggestions: [] }],
  },
  {
    name: 'JS: SST v2 function permissions',
    code: `import { Function } from 'sst/constructs';
export function Stack({ stack }) {
  const fn = new Function(stack, 'Fn', { handler: 'src/fn.handler', permissions: ['s3'] });
  fn.attachPermissions('*');
}`,
    output: null,
    errors: [
      { messageId: 'sstPermission', data: { value: 's3', grant: "every s3 action ('s3:*') on every resource" }, line: 3, column: 83, endLine: 3, endColumn: 87 },
      { messageId: 'sstPermission', data: { value: '*', grant: 'every action on every resource (administrator access)' }, line: 4, column: 24, endLine: 4, endColumn: 27 },
    ],
  },
  {
    name: 'JSON policy text whose keys are spread over the pieces of a concatenation',
    code: `export const policy = '{"Version":"2012-10-17",' +
  '"Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:123456789012:q"}]}';`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 2, column: 44, endLine: 2, endColumn: 51 }],
  },
  {
    name: "JS: a policyDocument without an authorizer's principalId, and a document used outside an authorizer response too",
    code: `export const params = { policyName: 'p', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }] } };
const shared = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }] };
export const response = { principalId: 'u', policyDocument: shared };
export const attached = { PolicyDocument: JSON.stringify(shared) };`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 1, column: 122, endLine: 1, endColumn: 125 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 80, endLine: 2, endColumn: 86 },
    ],
  },
  {
    name: 'a statement merged with Object.assign from a constant base',
    code: `const base = { Effect: 'Allow', Resource: 'arn:aws:s3:::b/*' };
export const doc = { Version: '2012-10-17', Statement: [Object.assign({}, base, { Action: 's3:*' })] };`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 2, column: 91, endLine: 2, endColumn: 97 }],
  },
  {
    name: 'JSON policy text in a double-quoted string (escaped quotes)',
    code: `export const policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:*\\",\\"Resource\\":\\"arn:aws:s3:::b/*\\"}]}";`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 1, column: 100, endLine: 1, endColumn: 108 }],
  },
  {
    name: 'JS: raw JSON',
    code: `export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:*'], Resource: '*' }] };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 1, column: 88, endLine: 1, endColumn: 100 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 1, column: 113, endLine: 1, endColumn: 116 },
    ],
  },
  {
    name: 'JS: CDK renamed import',
    code: `import { PolicyStatement as Statement, AnyPrincipal } from 'aws-cdk-lib/aws-iam';
const s = new Statement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'] });
s.addPrincipals(new AnyPrincipal());`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 17, endLine: 3, endColumn: 35 },
    ],
  },
  {
    name: 'JS: SDK v3',
    code: `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
const client = new IAMClient({});
export const handler = async () => {
  await client.send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }));
};`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 4, column: 152, endLine: 4, endColumn: 155 },
    ],
  },
  {
    name: 'JS: JSON policy text in a template literal with expressions',
    code: `import { S3Client, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export async function makePublic(bucket) {
  await s3.send(new PutBucketPolicyCommand({
    Bucket: bucket,
    Policy: \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::\${bucket}/*"}]}\`,
  }));
}`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 81, endLine: 6, endColumn: 84 },
    ],
  },
  {
    name: 'JS: IfExists, a wildcard org ID and kms:CallerAccount *',
    code: `export const policy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } } },
    { Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } },
    { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringLike: { 'kms:CallerAccount': '*' } } },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 35, endLine: 4, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 35, endLine: 5, endColumn: 38 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 6, column: 42, endLine: 6, endColumn: 45 },
    ],
  },
  {
    name: "JS: a whole-service ARN concatenated from the stack's region and account",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Stack } from 'aws-cdk-lib';
export const statements = (scope) => [
  new iam.PolicyStatement({ actions: ['firehose:PutRecord'], resources: ['arn:aws:firehose:' + Stack.of(scope).region + ':' + Stack.of(scope).account + ':*'] }),
];`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:firehose:…:…:*', 'firehose'), line: 4, column: 74, endLine: 4, endColumn: 157 },
    ],
  },
  {
    name: "SDK v3: Action '*' for the deploying account's root in a document also given as a bucket policy; another account's root in a key policy",
    code: `import { KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { S3Client, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
const account = process.env.ACCOUNT_ID;
const rootOnly = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: \`arn:aws:iam::\${account}:root\` }, Action: '*', Resource: '*' }] };
export const handler = async (event) => {
  await new S3Client({}).send(new PutBucketPolicyCommand({ Bucket: event.bucket, Policy: JSON.stringify(rootOnly) }));
  await new KMSClient({}).send(new PutKeyPolicyCommand({ KeyId: event.keyId, Policy: JSON.stringify(rootOnly) }));
  await new KMSClient({}).send(new PutKeyPolicyCommand({ KeyId: event.keyId, Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"*","Resource":"*"}]}' }));
};`,
    output: null,
    errors: [
      { messageId: 'allActions', data: { value: '*' }, line: 4, column: 134, endLine: 4, endColumn: 137, suggestions: [] },
      { messageId: 'allActions', data: { value: '*' }, line: 8, column: 204, endLine: 8, endColumn: 207, suggestions: [] },
    ],
  },
  {
    name: 'JS: SDK AttachRolePolicy in a loop over a const list of ARNs',
    code: `import { IAMClient, AttachRolePolicyCommand } from '@aws-sdk/client-iam';
const client = new IAMClient({});
const POLICY_ARNS = ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore', 'arn:aws:iam::aws:policy/AmazonEC2FullAccess'];
export async function attach(RoleName) {
  for (const PolicyArn of POLICY_ARNS) {
    await client.send(new AttachRolePolicyCommand({ RoleName, PolicyArn }));
  }
}`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonEC2FullAccess' }, line: 6, column: 63, endLine: 6, endColumn: 72, suggestions: [] },
    ],
  },
];

const cjsValid: Valid[] = [
  {
    name: "CJS: a Cognito SMS role's policy in a Serverless resources block, its trust written as JSON text",
    code: `module.exports.resources = {
  SmsRole: {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: JSON.parse('{"Statement":[{"Effect":"Allow","Principal":{"Service":"cognito-idp.amazonaws.com"},"Action":"sts:AssumeRole"}]}'),
      Policies: [{ PolicyName: 'sms', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['sns:Publish'], Resource: ['*'] }] } }],
    },
  },
};`,
  },
  {
    name: 'a concatenation that opens an object with a lone brace but holds no policy',
    code: `const body = '{' + '"name": "orders", "Statement": "none"' + '}';
module.exports = { body, empty: '{' + '}' };`,
  },
  {
    name: "an authorizer's document from a helper called only in its answers (CommonJS)",
    code: `function buildPolicy() {
  return { Version: '2012-10-17', Statement: [{ Action: '*', Effect: 'Allow', Resource: '*' }] };
}
exports.handler = async (event) => {
  const answer = { principalId: 'user', policyDocument: buildPolicy() };
  return answer;
};`,
  },
  {
    name: 'AwsCustomResource with a star-only call (CommonJS)',
    code: `const { AwsCustomResource, AwsCustomResourcePolicy } = require('aws-cdk-lib/custom-resources');
exports.r = (scope) => new AwsCustomResource(scope, 'R', {
  onCreate: { service: 'Iot', action: 'describeEndpoint' },
  policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: AwsCustomResourcePolicy.ANY_RESOURCE }),
});`,
  },
  {
    name: 'CJS: lists callbacks make of values the rule cannot read, or of named actions and scoped ARNs',
    code: `const iam = require('aws-cdk-lib/aws-iam');
const TABLE_NAMES = ['orders', 'users'];
module.exports.grant = (role, tables) => {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: tables.map((t) => t.tableArn) }));
  role.addToPolicy(new iam.PolicyStatement({ actions: TABLE_NAMES.map((n) => 'dynamodb:' + n), resources: TABLE_NAMES.map((n) => \`arn:aws:dynamodb:*:*:table/\${n}\`) }));
};`,
  },
  {
    name: 'CJS: a SAM template policy of WriteGetObjectResponse on *',
    code: `module.exports = {
  Type: 'AWS::IAM::Policy',
  Properties: {
    PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['s3-object-lambda:WriteGetObjectResponse'], Resource: '*' }] },
  },
};`,
  },
  {
    name: 'CJS: a policy quoted after prose ending in a colon, or after a markdown code fence',
    code: `exports.check = (err) => {
  throw new Error('The function role cannot read the bucket. Add a statement like this one: ' + '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}');
};
exports.docs = '## Required permissions\\n\\nThe deploy user needs this policy.\\n\\n\`\`\`json\\n' + '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cloudformation:*","Resource":"*"}]}' + '\\n\`\`\`\\n';`,
  },
  {
    name: 'CJS: a policy quoted in a help string after prose',
    code: `module.exports = { help: 'For example, a role with this policy.\\n' + \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}\` };`,
  },
  {
    name: "CommonJS: Fn::Sub ARNs that name a resource, or write a literal ${!…} in it, are not whole-service wildcards",
    code: `module.exports = {
  Statement: [
    { Effect: 'Allow', Action: 's3:GetObject', Resource: [{ 'Fn::Sub': 'arn:\${AWS::Partition}:s3:::\${Bucket}/*' }] },
    { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::Sub': 'arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:\${!Queue}*' } },
    { Effect: 'Allow', Action: 'sns:Publish', Resource: { 'Fn::GetAtt': ['Topic', 'Arn'] } },
  ],
};`,
  },
  {
    name: 'CJS: an interpolate tag required from another module',
    code: `const aws = require('@pulumi/aws');
const { interpolate } = require('./strings');
exports.rolePolicy = (role, bucket) => new aws.iam.RolePolicy('r', { role: role.id, policy: interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"\${bucket.arn}"}]}\` });`,
  },
  {
    name: "CJS: a Lambda authorizer's response policy document built in a helper",
    code: `const generatePolicy = (principalId, resource) => {
  const document = { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }] };
  return { principalId, policyDocument: document };
};
exports.handler = async (event) => generatePolicy('user', event.methodArn);`,
  },
  {
    name: 'CJS, CDK v1: statements of a managed policy used only as a permissions boundary',
    code: `const iam = require('@aws-cdk/aws-iam');
const { ManagedPolicy, PolicyStatement } = require('@aws-cdk/aws-iam');
exports.bound = (scope) => {
  const boundary = new ManagedPolicy(scope, 'B', { statements: [new PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
  return new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), permissionsBoundary: boundary });
};`,
  },
  {
    name: 'CJS: scoped CDK statement',
    code: `const iam = require('aws-cdk-lib/aws-iam');
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] });`,
  },
  {
    name: 'CJS: a shadowed require',
    code: `function load(require) {
  const iam = require('aws-cdk-lib/aws-iam');
  return new iam.PolicyStatement({ actions: ['*'], resources: ['*'] });
}`,
  },
  {
    name: "CJS: SDK v2 putKeyPolicy with JSON text granting '*' to the deploying account's root, through a params object",
    code: `const AWS = require('aws-sdk');
exports.handler = async (event) => {
  const params = { KeyId: event.keyId, PolicyName: 'default', Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::' + event.account + ':root"},"Action":"*","Resource":"*"}]}' };
  await new AWS.KMS().putKeyPolicy(params).promise();
};`,
  },
  {
    name: 'CommonJS: a KMS key policy whose root principal is the account ID from the environment',
    code: `const aws = require('@pulumi/aws');
const awsAccountId = process.env.AWS_ACCOUNT_ID;
exports.key = new aws.kms.Key('cmk', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: awsAccountId }, Action: 'kms:*', Resource: '*' }] }) });`,
  },
];

const cjsInvalid: Invalid[] = [
  {
    name: 'CJS, CDK for Terraform: a public Lambda permission required from its lib file',
    code: `const { LambdaPermission } = require('@cdktf/provider-aws/lib/lambda-permission');
new LambdaPermission(this, 'perm', { functionName: 'f', action: 'lambda:InvokeFunction', principal: '*' });`,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 101, endLine: 2, endColumn: 104, suggestions: [] }],
  },
  {
    name: "CJS: a statement list assigned to exports by a computed key, the module's only one",
    code: `exports['queueStatements'] = [{ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }];`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 1, column: 58, endLine: 1, endColumn: 65 }],
  },
  {
    name: 'CJS: statement lists assigned to exports for a serverless.js elsewhere',
    code: `module.exports.iamRoleStatements = [{ Effect: 'Allow', Action: 'logs:*', Resource: 'arn:aws:logs:us-east-1:123456789012:*' }];
exports.queueStatements = [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage'], Resource: '*' }];`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'logs:*' }, line: 1, column: 64, endLine: 1, endColumn: 72 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:logs:us-east-1:123456789012:*', 'logs'), line: 1, column: 84, endLine: 1, endColumn: 123 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 89, endLine: 2, endColumn: 92 },
    ],
  },
  {
    name: "CJS: new PolicyStatement(props) in a helper, with the props each call of the file gives",
    code: `const iam = require('aws-cdk-lib/aws-iam');
const statement = (props) => new iam.PolicyStatement(props);
module.exports = [statement({ actions: ['dynamodb:*'], resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/t'] })];`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 2, column: 54, endLine: 2, endColumn: 59 }],
  },
  {
    name: "CJS: a helper declaration's parameters read in two fields: one statement per call (a star-only action on '*' is fine)",
    code: `const iam = require('aws-cdk-lib/aws-iam');
function allow(actions, resources) { return new iam.PolicyStatement({ actions: actions, resources: resources }); }
module.exports = { list: allow(['s3:ListAllMyBuckets'], ['*']), logs: allow(['logs:*'], ['arn:aws:logs:us-east-1:123456789012:log-group:app']) };`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'logs:*' }, line: 2, column: 80, endLine: 2, endColumn: 87 }],
  },
  {
    name: "CJS: a concatenation of two of a helper's parameters: one action per call",
    code: `const iam = require('aws-cdk-lib/aws-iam');
function grant(service, verb) { return new iam.PolicyStatement({ actions: [service + ':' + verb], resources: ['arn:aws:s3:::b'] }); }
module.exports = [grant('s3', 'GetObject'), grant('kms', '*')];`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'kms:*' }, line: 2, column: 76, endLine: 2, endColumn: 96 }],
  },
  {
    name: "CJS: a helper declaration's parameter read in a statement: what each call gives it",
    code: `const iam = require('aws-cdk-lib/aws-iam');
function allow(actions) { return new iam.PolicyStatement({ actions: actions, resources: ['*'] }); }
module.exports = { events: allow(['events:PutEvents']), logs: allow(['logs:*']) };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'logs:*' }, line: 2, column: 69, endLine: 2, endColumn: 76 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 2, column: 90, endLine: 2, endColumn: 93 },
    ],
  },
  {
    name: 'grant with a service wildcard on a table a static factory made; an untyped prop stays unknown',
    code: `const dynamodb = require('aws-cdk-lib/aws-dynamodb');
module.exports = function wire(scope, fn, props) {
  const orders = dynamodb.Table.fromTableArn(scope, 'Orders', props.ordersArn);
  orders.grant(fn, 'dynamodb:*');
  props.table.grant(fn, 'dynamodb:*');
};`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 4, column: 20, endLine: 4, endColumn: 32 }],
  },
  {
    name: 'CJS: an IoT policy and an EFS file system policy of L1 constructs',
    code: `const iot = require('aws-cdk-lib/aws-iot');
const { CfnFileSystem } = require('aws-cdk-lib/aws-efs');
exports.build = (scope) => {
  new iot.CfnPolicy(scope, 'DevicePolicy', {
    policyDocument: { Statement: [{ Effect: 'Allow', Action: 'iot:*', Resource: '*' }] },
  });
  new CfnFileSystem(scope, 'Fs', {
    fileSystemPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' }] },
  });
};`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'iot:*' }, line: 5, column: 62, endLine: 5, endColumn: 69 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 5, column: 81, endLine: 5, endColumn: 84 },
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 8, column: 74, endLine: 8, endColumn: 77 },
    ],
  },
  {
    name: 'CJS: statements pushed onto a policy built by a required helper',
    code: `const buildPolicy = require('./policy');
module.exports.make = (project) => {
  const policy = buildPolicy(project);
  policy.Statement.push({ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' });
  return policy;
};`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 4, column: 52, endLine: 4, endColumn: 59 }],
  },
  {
    name: "CJS: statements pushed onto a document's Statement list, with a Deny guard written in it that does not cover them",
    code: `const doc = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }],
};
doc.Statement.push({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
module.exports = doc;`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 57, endLine: 5, endColumn: 60 }],
  },
  {
    name: 'CJS: grantPublicAccess on an imported bucket',
    code: `const { aws_s3: s3 } = require('aws-cdk-lib');
module.exports = (scope) => s3.Bucket.fromBucketName(scope, 'Assets', 'assets').grantPublicAccess('*');`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: 'grantPublicAccess()' }, line: 2, column: 81, endLine: 2, endColumn: 98 }],
  },
  {
    name: 'CJS: a NotAction Deny guard naming the allowed action does not scope the Allow',
    code: `module.exports = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
  ],
};`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 42, endLine: 4, endColumn: 45 }],
  },
  {
    name: 'CJS CDK: Arn.format of every queue; a table by name stays quiet',
    code: `const { Arn, Stack } = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
module.exports.grant = (role, stack) => {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [Arn.format({ service: 'sqs', resource: '*' }, stack)] }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [Stack.of(role).formatArn({ service: 'dynamodb', resource: 'table', resourceName: 'orders' })] }));
};`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:sqs:…:…:*', 'sqs'), line: 4, column: 88, endLine: 4, endColumn: 140, suggestions: [] },
    ],
  },
  {
    name: 'CJS: a Serverless statement whose Resource list is grown by push',
    code: `const resources = ['arn:aws:s3:::bucket/*'];
if (process.env.OPEN) resources.push('*');
module.exports = {
  provider: { iam: { role: { statements: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: resources }] } } },
};`,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 98, endLine: 4, endColumn: 107, suggestions: [] }],
  },
  {
    name: 'CJS: a Serverless iamRoleStatements list grown with push in a stage branch',
    code: `const iamRoleStatements = [{ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }];
if (process.env.STAGE === 'dev') {
  iamRoleStatements.push({ Effect: 'Allow', Action: ['dynamodb:*'], Resource: '*' });
}
module.exports = { service: 'svc', provider: { name: 'aws', runtime: 'nodejs20.x', iamRoleStatements } };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 54, endLine: 3, endColumn: 66 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 3, column: 79, endLine: 3, endColumn: 82 },
    ],
  },
  {
    name: 'CJS: a Pulumi bucket policy without Version open to everyone',
    code: `const aws = require('@pulumi/aws');
const bucket = new aws.s3.Bucket('b');
exports.policy = new aws.s3.BucketPolicy('p', {
  bucket: bucket.id,
  policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }] },
});`,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 5, column: 55, endLine: 5, endColumn: 58, suggestions: [] }],
  },
  {
    name: 'AwsCustomResource required from aws-cdk-lib/custom-resources (CommonJS)',
    code: `const cr = require('aws-cdk-lib/custom-resources');
exports.r = (scope) => new cr.AwsCustomResource(scope, 'R', {
  onDelete: { service: 'DynamoDB', action: 'deleteTable', parameters: { TableName: 't' } },
  policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
});`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 65, endLine: 4, endColumn: 68 }],
  },
  {
    name: 'CJS: a template statement adding s3:GetObject to WriteGetObjectResponse on * is reported',
    code: `module.exports = {
  Type: 'AWS::IAM::Policy',
  Properties: {
    PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['s3-object-lambda:WriteGetObjectResponse', 's3:GetObject'], Resource: '*' }] },
  },
};`,
    output: null,
    errors: [
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 133, endLine: 4, endColumn: 136, suggestions: [] },
    ],
  },
  {
    name: 'CJS: a template role whose ManagedPolicyArns list is later grown with push: what it was written with and what the push adds when it runs (a list changed otherwise is not read)',
    code: `function buildCodeDeployRole(withTriggers) {
  const attachedPolicies = ['arn:aws:iam::aws:policy/AWSLambda_FullAccess'];
  if (withTriggers) attachedPolicies.push('arn:aws:iam::aws:policy/AmazonSNSFullAccess');
  return { Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: attachedPolicies } };
}
const changed = ['arn:aws:iam::aws:policy/AmazonS3FullAccess'];
changed.pop();
const other = { Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: changed } };
module.exports = { buildCodeDeployRole, other };`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AWSLambda_FullAccess' }, line: 4, column: 69, endLine: 4, endColumn: 85, suggestions: [] },
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSNSFullAccess' }, line: 4, column: 69, endLine: 4, endColumn: 85, suggestions: [] },
    ],
  },
  {
    name: "CommonJS: whole-service ARNs built by CloudFormation's Fn::Sub (a template, or a template and its variables), in a list or alone",
    code: `module.exports = {
  Type: 'AWS::IAM::Policy',
  Properties: {
    PolicyDocument: {
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: [{ 'Fn::Sub': 'arn:\${AWS::Partition}:s3:::*' }] },
        { Effect: 'Allow', Action: 'ssm:GetParameter', Resource: { 'Fn::Sub': ['arn:aws:ssm:\${AWS::Region}:\${Account}:*', { Account: '1' }] } },
      ],
    },
  },
};`,
    output: null,
    errors: [
      { messageId: 'serviceWideResource', data: serviceWide('arn:…:s3:::*', 's3'), line: 6, column: 77, endLine: 6, endColumn: 107, suggestions: [] },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:ssm:…:…:*', 'ssm'), line: 7, column: 80, endLine: 7, endColumn: 121, suggestions: [] },
    ],
  },
  {
    name: 'CJS: a props member named as an endpoint, with no declared class, is read (a name is no type)',
    code: `const iam = require('aws-cdk-lib/aws-iam');
exports.allow = (props) => {
  props.ddbEndpoint.addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['dynamodb:*'], resources: ['*'] }));
  props.roleEndpoint.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['arn:aws:sqs:::q'] }));
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 3, column: 72, endLine: 3, endColumn: 94 },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 3, column: 107, endLine: 3, endColumn: 119 },
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 4, column: 70, endLine: 4, endColumn: 77 },
    ],
  },
  {
    name: 'CJS, CDK v1: a boundary policy also attached to a role grants its statements',
    code: `const { ManagedPolicy, PermissionsBoundary, PolicyStatement } = require('@aws-cdk/aws-iam');
exports.bound = (scope, role) => {
  const boundary = new ManagedPolicy(scope, 'B', { statements: [new PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::b'] })] });
  PermissionsBoundary.of(scope).apply(boundary);
  boundary.attachToRole(role);
};`,
    output: null,
    errors: [{ messageId: 'serviceActions', data: { value: 's3:*' }, line: 3, column: 97, endLine: 3, endColumn: 103 }],
  },
  {
    name: 'CommonJS: a policy resource bound to an environment value with a wildcard fallback, written through the SDK',
    code: `const { IAMClient, PutRolePolicyCommand } = require('@aws-sdk/client-iam');
const client = new IAMClient({});
const resource = process.env.TABLE_ARN || '*';
const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: resource }] };
exports.attach = () => client.send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify(document) }));`,
    output: null,
    errors: [{ messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 112, endLine: 4, endColumn: 120 }],
  },
  {
    name: "CJS, CDK v1: a { managedPolicyArn } object given to a SingletonFunction's role",
    code: `const cdk = require('@aws-cdk/core');
const lambda = require('@aws-cdk/aws-lambda');
const onEvent = new lambda.SingletonFunction(this, 'S', { uuid: 'u', code, handler: 'index.handler', runtime });
onEvent.role.addManagedPolicy({ managedPolicyArn: 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess' });`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'CloudWatchLogsFullAccess' }, line: 4, column: 76, endLine: 4, endColumn: 100 },
    ],
  },
  {
    name: 'CJS: Pulumi policies through require: pulumi.interpolate, a destructured interpolate, pulumi.concat',
    code: `const aws = require('@pulumi/aws');
const pulumi = require('@pulumi/pulumi');
const { interpolate } = require('@pulumi/pulumi');
exports.queuePolicy = (queue) => new aws.sqs.QueuePolicy('q', { queueUrl: queue.id, policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"\${queue.arn}"}]}\` });
exports.rolePolicy = (role, bucket) => new aws.iam.RolePolicy('r', { role: role.id, policy: interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"\${bucket.arn}"}]}\` });
exports.concatPolicy = (role, table) => new aws.iam.RolePolicy('c', { role: role.id, policy: pulumi.concat('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:*","Resource":"', table.arn, '"}]}') });`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 179, endLine: 4, endColumn: 182, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 5, column: 169, endLine: 5, endColumn: 175, suggestions: [] },
      { messageId: 'serviceActions', data: { value: 'dynamodb:*' }, line: 6, column: 173, endLine: 6, endColumn: 185, suggestions: [] },
    ],
  },
  {
    name: 'CJS: a CloudFormation IAM user with an admin policy in ManagedPolicyArns',
    code: `module.exports = {
  Resources: {
    Deployer: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/PowerUserAccess'] } },
  },
};`,
    output: null,
    errors: [
      { messageId: 'adminManagedPolicy', data: { value: 'PowerUserAccess' }, line: 3, column: 100, endLine: 3, endColumn: 115 },
    ],
  },
  {
    name: 'CJS: serverless.js with managed policies for the role, and a SAM template in code',
    code: `module.exports = {
  service: 'svc',
  provider: { name: 'aws', iam: { role: { managedPolicies: ['arn:aws:iam::aws:policy/AWSLambda_FullAccess'] } } },
  resources: { Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: { Policies: ['PowerUserAccess'] } } } },
};`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AWSLambda_FullAccess' }, line: 3, column: 86, endLine: 3, endColumn: 106 },
      { messageId: 'adminManagedPolicy', data: { value: 'PowerUserAccess' }, line: 4, column: 95, endLine: 4, endColumn: 112 },
    ],
  },
  {
    name: 'CJS: a REST API policy returned by a local function is quiet; by an exported one, reported',
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
const iam = require('aws-cdk-lib/aws-iam');
function local() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
new apigw.RestApi(this, 'A', { policy: local() });
function shared() { return new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }); }
new apigw.RestApi(this, 'B', { policy: shared() });
module.exports = { shared };`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: 'AnyPrincipal' }, line: 5, column: 156, endLine: 5, endColumn: 178 },
    ],
  },
  {
    name: 'CJS: a Pulumi role policy attachment of an AWS managed …FullAccess policy',
    code: `const aws = require('@pulumi/aws');
new aws.iam.RolePolicyAttachment('ses', { role, policyArn: 'arn:aws:iam::aws:policy/AmazonSESFullAccess' });`,
    output: null,
    errors: [
      { messageId: 'fullAccessManagedPolicy', data: { value: 'AmazonSESFullAccess' }, line: 2, column: 85, endLine: 2, endColumn: 104 },
    ],
  },
  {
    name: 'CJS: a Pulumi Lambda permission for anyone, through require',
    code: `const aws = require('@pulumi/aws');
exports.permission = new aws.lambda.Permission('p', { action: 'lambda:InvokeFunction', function: fn, principal: '*' });`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 2, column: 113, endLine: 2, endColumn: 116 }],
  },
  {
    name: 'CJS: a raw statement spread from a condition, and a conditional resource',
    code: `const iam = require('aws-cdk-lib/aws-iam');
const statements = [...(process.env.DEBUG ? [{ Effect: 'Allow', Action: ['logs:*'], Resource: 'arn:aws:logs:*:*:*' }] : [])];
const policy = { Version: '2012-10-17', Statement: statements };
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [stage === 'dev' ? '*' : 'arn:aws:s3:::b/*'] });
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: stage === 'dev' ? ['arn:aws:s3:::dev/*'] : ['arn:aws:s3:::prod/*'] });
new iam.PolicyStatement({ actions: [a ? (b ? 'sqs:SendMessage' : 'sqs:ReceiveMessage') : 'sqs:DeleteMessage'], resources: ['arn:aws:sqs:us-east-1:1:q'] });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'logs:*' }, line: 2, column: 74, endLine: 2, endColumn: 82 },
      { messageId: 'serviceWideResource', data: serviceWide('arn:aws:logs:*:*:*', 'logs'), line: 2, column: 95, endLine: 2, endColumn: 115 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 84, endLine: 4, endColumn: 87 },
    ],
  },
  {
    name: 'CJS: a Pulumi role policy attachment of AdministratorAccess',
    code: `const aws = require('@pulumi/aws');
new aws.iam.RolePolicyAttachment('admin', { role, policyArn: aws.iam.ManagedPolicy.AdministratorAccess });`,
    output: null,
    errors: [{ messageId: 'adminManagedPolicy', data: { value: 'AdministratorAccess' }, line: 2, column: 62, endLine: 2, endColumn: 103 }],
  },
  {
    name: "CJS: Pulumi's getPolicyDocument through require",
    code: `const aws = require('@pulumi/aws');
exports.policy = aws.iam.getPolicyDocument({ statements: [{ actions: ['*'], resources: ['*'] }] });`,
    output: null,
    errors: [{ messageId: 'admin', data: { value: '*' }, line: 2, column: 71, endLine: 2, endColumn: 74 }],
  },
  {
    name: 'CJS: SST v2 function permissions through require',
    code: `const { Function } = require('sst/constructs');
module.exports = function Stack({ stack }) {
  return new Function(stack, 'Fn', { handler: 'src/fn.handler', permissions: ['dynamodb:*'] });
};`,
    output: null,
    errors: [
      { messageId: 'sstPermission', data: { value: 'dynamodb:*', grant: "every dynamodb action ('dynamodb:*') on every resource" }, line: 3, column: 79, endLine: 3, endColumn: 91 },
    ],
  },
  {
    name: 'SDK v2: a topic created with a public policy attribute',
    code: `const AWS = require('aws-sdk');
const sns = new AWS.SNS();
exports.setup = async () => {
  await sns.createTopic({ Name: 't', Attributes: { Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publish' }] }) } }).promise();
};`,
    output: null,
    errors: [{ messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 119, endLine: 4, endColumn: 122 }],
  },
  {
    name: 'CJS: CDK through require',
    code: `const iam = require('aws-cdk-lib/aws-iam');
const { PolicyStatement } = require('aws-cdk-lib').aws_iam;
new iam.PolicyStatement({ actions: ['*'], resources: ['*'] });
new PolicyStatement({ actions: ['events:*'], resources: ['*'] });`,
    output: null,
    errors: [
      { messageId: 'admin', data: { value: '*' }, line: 3, column: 37, endLine: 3, endColumn: 40 },
      { messageId: 'serviceActions', data: { value: 'events:*' }, line: 4, column: 33, endLine: 4, endColumn: 43 },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 58, endLine: 4, endColumn: 61 },
    ],
  },
  {
    name: 'CJS: SDK v2 and v3 through require',
    code: `const AWS = require('aws-sdk');
const { PutRolePolicyCommand } = require('@aws-sdk/client-iam');
exports.handler = async () => {
  await new AWS.IAM().putUserPolicy({ UserName: 'u', PolicyName: 'p', PolicyDocument: JSON.stringify({ Statement: { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' } }) }).promise();
  new PutRolePolicyCommand({ PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b"}]}' });
};`,
    output: null,
    errors: [
      { messageId: 'notAction', data: { value: 'iam:*, organizations:*' }, line: 4, column: 146, endLine: 4, endColumn: 153 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 5, column: 88, endLine: 5, endColumn: 94 },
    ],
  },
  {
    name: 'CJS: SDK v2 bucket policy built by concatenation (one report per token)',
    code: `const AWS = require('aws-sdk');
exports.handler = async (event) => {
  const bucket = event.bucket;
  await new AWS.S3().putBucketPolicy({ Bucket: bucket, Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::' + bucket + '/*"}]}' }).promise();
};`,
    output: null,
    errors: [
      { messageId: 'publicPrincipal', data: { value: '*' }, line: 4, column: 132, endLine: 4, endColumn: 135 },
    ],
  },
  {
    name: 'CJS: a fromJson statement widened by addActions and addResources',
    code: `const { PolicyStatement } = require('aws-cdk-lib/aws-iam');
const s = PolicyStatement.fromJson({ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: 'arn:aws:sqs:us-east-1:111122223333:q' });
s.addActions('sqs:*');
s.addResources('*');
module.exports = { s };`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'sqs:*' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
      { messageId: 'allResources', data: ALL_RESOURCES, line: 4, column: 16, endLine: 4, endColumn: 19, suggestions: [] },
    ],
  },
  {
    name: 'CJS: PolicyDocument.fromJson in inlinePolicies, through CDK v1 destructuring and the aws-cdk-lib barrel',
    code: `const { PolicyDocument, Role } = require('@aws-cdk/aws-iam');
const cdk = require('aws-cdk-lib');
new Role(this, 'R', { inlinePolicies: { p: PolicyDocument.fromJson({ Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:f' }] }) } });
new cdk.aws_iam.Role(this, 'S', { inlinePolicies: { p: cdk.aws_iam.PolicyDocument.fromJson({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' }] }) } });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'lambda:*' }, line: 3, column: 109, endLine: 3, endColumn: 119 },
      { messageId: 'serviceActions', data: { value: 's3:*' }, line: 4, column: 133, endLine: 4, endColumn: 139 },
    ],
  },
  {
    name: 'CJS: serverless.js statements built by concat of a parameter and a statement constant',
    filename: 'serverless.js',
    code: `const defaultStatement = { Effect: 'Allow', Action: 'lambda:*', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:f' };
module.exports = (extra) => ({ provider: { iam: { role: { statements: extra.concat(defaultStatement) } } } });`,
    output: null,
    errors: [
      { messageId: 'serviceActions', data: { value: 'lambda:*' }, line: 1, column: 53, endLine: 1, endColumn: 63, suggestions: [] },
    ],
  },
];

tsRuleTester.run('no-wildcard-iam-policy', rule, { valid: tsValid, invalid: tsInvalid });
jsRuleTester.run('no-wildcard-iam-policy', rule, { valid: jsValid, invalid: jsInvalid });
cjsRuleTester.run('no-wildcard-iam-policy', rule, { valid: cjsValid, invalid: cjsInvalid });

describe('no-wildcard-iam-policy on ESLint 9', () => {
  itMatchesEslint9(rule, [
    ...tsInvalid.map((test) => ['ts', test] as const),
    ...jsInvalid.map((test) => ['js', test] as const),
    ...cjsInvalid.map((test) => ['cjs', test] as const),
  ]);
});

// Helpers whose parameters are read in statements: what their callers give is read once, as it is there
/**
 * `levels` helpers that each hand their action on to the one below `calls` times; the lowest writes it in a statement.
 * Read through every caller at every level, this once overflowed the stack.
 */
function nestedHelpers(levels: number, calls: number, typed: boolean): string {
  const parameter = typed ? 'action: string' : 'action';
  const lines = [`const level0 = (${parameter}) => new PolicyStatement({ actions: [action], resources: ['arn:aws:s3:::uploads/*'] });`];
  for (let level = 1; level < levels; level++) {
    const body = Array.from({ length: calls }, () => `level${level - 1}(action);`).join(' ');
    lines.push(`const level${level} = (${parameter}) => { ${body} };`);
  }
  lines.push(Array.from({ length: calls }, () => `level${levels - 1}('s3:GetObject');`).join('\n'));
  return lines.join('\n');
}

tsRuleTester.run('no-wildcard-iam-policy (helpers whose parameters are read in statements)', rule, {
  valid: [
    {
      name: 'helpers that hand a parameter on to helpers, many times at every level: read once, no crash',
      code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';\n${nestedHelpers(4, 20, true)}`,
    },
    {
      name: 'a helper that changes the actions it was given before it writes them',
      code: `import * as iam from 'aws-cdk-lib/aws-iam';
const allow = (actions: string[]) => {
  actions.length = 0;
  actions.push('s3:GetObject');
  return new iam.PolicyStatement({ actions, resources: ['*'] });
};
export const read = allow(['s3:*']);`,
    },
    {
      name: 'a default that reads another parameter takes what the same call gave that one, not what other calls gave it',
      code: `import * as iam from 'aws-cdk-lib/aws-iam';
const allow = (name: string, actions: string[] = [name]) => new iam.PolicyStatement({ actions, resources: ['arn:aws:s3:::b/*'] });
export const read = allow('s3:GetObject');
export const logs = allow('logs:*', ['logs:CreateLogGroup']);`,
    },
  ],
  invalid: [],
});

jsRuleTester.run('no-wildcard-iam-policy (helpers whose parameters are read in statements, ES modules)', rule, {
  valid: [
    {
      name: 'ESM: helpers that hand a parameter on to helpers, many times at every level: read once, no crash',
      code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';\n${nestedHelpers(5, 12, false)}`,
    },
    {
      name: "ESM: a helper that overwrites a key of the props it was given before it reads it",
      code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
export function statementFor(props) {
  props.actions = ['s3:GetObject'];
  return new PolicyStatement({ actions: props.actions, resources: ['arn:aws:s3:::uploads/*'] });
}
statementFor({ actions: ['s3:*'] });`,
    },
  ],
  invalid: [],
});

cjsRuleTester.run('no-wildcard-iam-policy (helpers whose parameters are read in statements)', rule, {
  valid: [
    {
      name: 'CJS: a helper that hands the props it was given, changed, to new PolicyStatement',
      code: `const iam = require('aws-cdk-lib/aws-iam');
function statementFor(props) {
  Object.assign(props, { resources: ['arn:aws:s3:::uploads/*'] });
  return new iam.PolicyStatement(props);
}
module.exports = statementFor({ actions: ['s3:GetObject'], resources: ['*'] });`,
    },
  ],
  invalid: [],
});
