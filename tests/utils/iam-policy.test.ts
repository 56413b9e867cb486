import { STAR_ONLY_ACTIONS_BY_SERVICE } from '../../src/utils/star-only-actions.js';
import { describe, expect, it } from 'vitest';
import {
  classifyAction,
  denyGuard,
  dependsOnKeyPolicy,
  shown,
  evaluateManagedPolicy,
  evaluatePolicy,
  evaluatePrincipalGrant,
  evaluateStatement,
  isAllowed,
  isStarOnlyAction,
  managedPolicyNameInArn,
  resolveIamOptions,
  wholeServiceArnService,
  type IamCondition,
  type IamConditionEntry,
  type IamElementList,
  type IamPolicyOptions,
  type IamPrincipalList,
  type IamStatement,
} from '../../src/utils/iam-policy.js';

/** Locations are plain labels here: the value's role and index (`A0` = first action). */
type L = string;

function list(prefix: string, ...values: string[]): IamElementList<L> {
  return { known: values.map((value, index) => ({ value, at: `${prefix}${index}` })), hasUnknown: false };
}
function withUnknown(known: IamElementList<L>): IamElementList<L> {
  return { ...known, hasUnknown: true };
}
const actions = (...values: string[]): IamElementList<L> => list('A', ...values);
const resources = (...values: string[]): IamElementList<L> => list('R', ...values);
function principals(...values: string[]): IamPrincipalList<L> {
  return {
    known: values.map((value, index) => ({ value, public: value === '*', at: `P${index}` })),
    hasUnknown: false,
  };
}
function partialActions(...values: string[]): IamElementList<L> {
  return { known: values.map((value, index) => ({ value, at: `A${index}`, partial: true })), hasUnknown: true };
}
function condition(...entries: [operator: string, key: string][]): IamCondition {
  return { entries: entries.map(([operator, key]) => ({ operator, key })), hasUnknown: false };
}
const unknownCondition: IamCondition = { entries: [], hasUnknown: true };

/** `messageId@location` of each finding, for compact expectations. */
function run(statement: Partial<IamStatement<L>>, options: Partial<IamPolicyOptions> = {}): string[] {
  return evaluateStatement({ effect: 'allow', ...statement }, resolveIamOptions(options)).map(
    (finding) => `${finding.messageId}@${finding.at}`,
  );
}

describe('classifyAction', () => {
  it.each([
    ['*', 'all'],
    ['**', 'all'],
    ['*:*', 'all'],
    ['*:Get*', 'all'],
    ['s3:*', 'service'],
    ['S3:*', 'service'],
    ['dynamodb:**', 'service'],
    ['s3:Get*', 'partial'],
    ['kms:ReEncrypt*', 'partial'],
    ['s3:Get?bject', 'partial'],
    ['s3:GetObject', 'plain'],
    ['', 'invalid'],
    ['s3', 'invalid'],
    [':*', 'invalid'],
    ['s3:', 'invalid'],
    ['*Object', 'invalid'],
  ] as const)('%s → %s', (action, kind) => {
    expect(classifyAction(action)).toBe(kind);
  });
});

describe('isStarOnlyAction', () => {
  const starOnly = resolveIamOptions({ starOnlyActions: ['custom:List*', 'app:Ping'] }).starOnly;
  it.each([
    ['xray:PutTraceSegments', true],
    ['XRAY:puttracesegments', true],
    ['xray:GetSamplingRules', true],
    ['xray:GetSampling*', true],
    ['ec2:DescribeInstances', true],
    ['ec2:Describe*', true],
    ['sts:GetCallerIdentity', true],
    ['sqs:ListQueues', true],
    ['custom:ListThings', true],
    ['app:Ping', true],
    ['app:Ping2', false],
    ['rekognition:DetectLabels', true],
    ['rekognition:DetectCustomLabels', false],
    ['polly:SynthesizeSpeech', true],
    ['polly:StartSpeechSynthesisTask', true],
    ['polly:GetLexicon', false],
    ['translate:TranslateText', true],
    ['translate:TranslateDocument', true],
    ['translate:StartTextTranslationJob', true],
    ['translate:GetTerminology', false],
    ['s3-object-lambda:WriteGetObjectResponse', true],
    ['s3-object-lambda:GetObject', false],
    ['kms:CreateKey', true],
    ['ec2:*', false],
    ['xray:*', false],
    ['logs:CreateLogStream', false],
    ['logs:PutLogEvents', false],
    ['s3:ListBucket', false],
    ['dynamodb:GetItem', false],
    // services none of whose actions has a resource type: any action pattern of them
    ['pricing:*', true],
    ['Pricing:Get*', true],
    ['tag:GetResources', true],
    ['support:*', true],
    ['ce:*', false],
    ['pricing', false],
  ] as const)('%s → %s', (action, expected) => {
    expect(isStarOnlyAction(action, starOnly)).toBe(expected);
  });

  it('knows the documented built-ins and the reference actions without a resource type', () => {
    const documented = ['xray:PutTraceSegments', 'logs:DescribeLogGroups', 'ec2:DescribeInstances', 'dynamodb:ListTables'];
    const reference = ['tag:GetResources', 'logs:CreateLogDelivery', 'iam:ListRoles', 'lex:ListBots', 'ce:UpdateCostAllocationTagsStatus', 'cloudformation:ListStackSets', 'iotsitewise:CreateGateway', 'timestream:DescribeEndpoints', 'xray:GetIndexingRules'];
    for (const action of [...documented, ...reference]) expect(isStarOnlyAction(action, starOnly), action).toBe(true);
    // Actions with a resource type (required or optional) take ARNs: never star-only
    for (const action of ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:GetQueryResults', 'ecs:RegisterTaskDefinition', 'ecs:CreateCluster', 'organizations:RegisterDelegatedAdministrator', 's3:GetObject', 'iam:PassRole', 'kms:Decrypt', 'ce:GetCostAndUsage']) {
      expect(isStarOnlyAction(action, starOnly), action).toBe(false);
    }
  });

  it('takes the reference list as generated: one space-separated list of action names per service prefix', () => {
    for (const [service, names] of Object.entries(STAR_ONLY_ACTIONS_BY_SERVICE)) {
      expect(service).toMatch(/^[a-z0-9-]+$/);
      for (const name of names.split(' ')) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9-]*$/);
    }
    expect(Object.keys(STAR_ONLY_ACTIONS_BY_SERVICE).length).toBeGreaterThan(300);
  });
});

describe('evaluateStatement', () => {
  it.each<[string, Partial<IamStatement<L>>, Partial<IamPolicyOptions>, string[]]>([
    // Effect
    ['Deny is never reported', { effect: 'deny', action: actions('*'), resource: resources('*') }, {}, []],
    ['unknown effect stays quiet', { effect: 'unknown', action: actions('*'), resource: resources('*') }, {}, []],
    // Actions
    ['Action * on a scoped resource', { action: actions('*'), resource: resources('arn:aws:s3:::b/*') }, {}, ['allActions@A0']],
    ['Action *:*', { action: actions('*:*'), resource: resources('arn:x') }, {}, ['allActions@A0']],
    ['svc:*', { action: actions('s3:GetObject', 's3:*'), resource: resources('arn:x') }, {}, ['serviceActions@A1']],
    ['svc:* case-insensitive', { action: actions('SQS:*'), resource: resources('arn:x') }, {}, ['serviceActions@A0']],
    ['partial wildcard ignored by default', { action: actions('s3:Get*'), resource: resources('arn:x') }, {}, []],
    [
      'partial wildcard reported on request',
      { action: actions('s3:Get*'), resource: resources('arn:x') },
      { partialActionWildcards: 'report' },
      ['serviceActions@A0'],
    ],
    [
      'a Condition never excuses svc:*',
      { action: actions('s3:*'), resource: resources('arn:x'), condition: condition(['StringEquals', 'aws:SourceAccount']) },
      {},
      ['serviceActions@A0'],
    ],
    // Admin
    ['Action * and Resource * → one admin finding', { action: actions('*'), resource: resources('*') }, {}, ['admin@A0']],
    [
      'admin keeps svc:* next to it',
      { action: actions('*', 'iam:*'), resource: resources('*') },
      {},
      ['admin@A0', 'serviceActions@A1'],
    ],
    [
      'admin with a condition is still admin',
      { action: actions('*'), resource: resources('*'), condition: condition(['StringEquals', 'aws:RequestedRegion']) },
      {},
      ['admin@A0'],
    ],
    ['admin: allow Action::* leaves the resource', { action: actions('*'), resource: resources('*') }, { allow: ['Action::*'] }, ['allResources@R0']],
    ['admin: allow Resource::* leaves the action', { action: actions('*'), resource: resources('*') }, { allow: ['Resource::*'] }, ['allActions@A0']],
    ['admin: both allowed', { action: actions('*'), resource: resources('*') }, { allow: ['Action::*', 'Resource::*'] }, []],
    [
      'Action * in a resource policy is not admin',
      { action: actions('*'), resource: resources('*'), principal: principals('arn:aws:iam::1:root') },
      {},
      ['allActions@A0'],
    ],
    // Resources
    ['Resource * with a plain action', { action: actions('dynamodb:GetItem'), resource: resources('*') }, {}, ['allResources@R0']],
    ['Resource * with star-only actions', { action: actions('xray:PutTraceSegments', 'xray:PutTelemetryRecords'), resource: resources('*') }, {}, []],
    ['Resource * with ec2:Describe*', { action: actions('ec2:Describe*'), resource: resources('*') }, {}, []],
    [
      'Resource * with one non-star-only action',
      { action: actions('xray:PutTraceSegments', 'logs:PutLogEvents'), resource: resources('*') },
      {},
      ['allResources@R0'],
    ],
    ['logs:CreateLogStream takes stream ARNs', { action: actions('logs:CreateLogStream'), resource: resources('*') }, {}, ['allResources@R0']],
    [
      'starOnlyActions option',
      { action: actions('custom:Ping'), resource: resources('*') },
      { starOnlyActions: ['custom:Ping'] },
      [],
    ],
    [
      'star-only known, others unknown: quiet',
      { action: withUnknown(actions('xray:PutTraceSegments')), resource: resources('*') },
      {},
      [],
    ],
    [
      'one non-star-only known action is enough',
      { action: withUnknown(actions('s3:GetObject')), resource: resources('*') },
      {},
      ['allResources@R0'],
    ],
    ['no known action: quiet', { action: withUnknown(actions()), resource: resources('*') }, {}, []],
    ['no action at all: quiet', { resource: resources('*') }, {}, []],
    ['scoped ARN with trailing wildcard', { action: actions('s3:GetObject'), resource: resources('arn:aws:s3:::b/*') }, {}, []],
    ['arn:…:* is not "*"', { action: actions('logs:PutLogEvents'), resource: resources('arn:aws:logs:*:*:log-group:/aws/lambda/x:*') }, {}, []],
    [
      'Resource * scoped by a condition',
      { action: actions('ec2:StartInstances'), resource: resources('*'), condition: condition(['StringEquals', 'aws:ResourceTag/team']) },
      {},
      [],
    ],
    [
      'Resource * with a condition when ignoreConditionedResources is false',
      { action: actions('ec2:StartInstances'), resource: resources('*'), condition: condition(['StringEquals', 'aws:ResourceTag/team']) },
      { ignoreConditionedResources: false },
      ['allResources@R0'],
    ],
    [
      'an empty Condition scopes nothing',
      { action: actions('ec2:StartInstances'), resource: resources('*'), condition: condition() },
      {},
      ['allResources@R0'],
    ],
    [
      'an unreadable Condition may scope it: quiet',
      { action: actions('ec2:StartInstances'), resource: resources('*'), condition: unknownCondition },
      {},
      [],
    ],
    [
      'Resource * in a resource policy means "this resource"',
      { action: actions('kms:Decrypt'), resource: resources('*'), principal: principals('arn:aws:iam::1:role/x') },
      {},
      [],
    ],
    [
      'a principal that may be there: quiet',
      { action: actions('kms:Decrypt'), resource: resources('*'), principal: { known: [], hasUnknown: true } },
      {},
      [],
    ],
    ['allow Resource::*', { action: actions('s3:GetObject'), resource: resources('*') }, { allow: ['Resource::*'] }, []],
    // NotAction / NotResource / NotPrincipal
    ['Allow + NotAction', { notAction: list('N', 'iam:*', 'organizations:*'), resource: resources('*') }, {}, ['notAction@N0']],
    ['Deny + NotAction', { effect: 'deny', notAction: list('N', 'iam:*'), resource: resources('*') }, {}, []],
    ['NotAction allowed', { notAction: list('N', 'iam:*'), resource: resources('*') }, { allow: ['NotAction::IAM:*'] }, []],
    [
      'NotAction partly allowed',
      { notAction: list('N', 'iam:*', 'sts:*'), resource: resources('*') },
      { allow: ['NotAction::iam:*'] },
      ['notAction@N0'],
    ],
    ['NotResource with wildcard actions', { action: actions('s3:*'), notResource: list('X', 'arn:aws:s3:::secret/*') }, {}, ['serviceActions@A0', 'notResource@X0']],
    [
      'NotResource with partial wildcard actions',
      { action: actions('s3:Get*'), notResource: list('X', 'arn:aws:s3:::secret/*') },
      {},
      ['notResource@X0'],
    ],
    ['NotResource * ', { action: actions('s3:GetObject'), notResource: list('X', '*') }, {}, ['notResource@X0']],
    ['NotResource holding * after an ARN: on the *', { action: actions('s3:GetObject'), notResource: list('X', 'arn:x', '*') }, {}, ['notResource@X1']],
    ['NotResource with plain actions', { action: actions('s3:GetObject'), notResource: list('X', 'arn:aws:s3:::secret/*') }, {}, []],
    [
      'Allow + NotPrincipal',
      { notPrincipal: list('Q', 'arn:aws:iam::1:root'), action: actions('s3:GetObject'), resource: resources('arn:x') },
      {},
      ['notPrincipal@Q0'],
    ],
    // Public principals
    ['Principal *', { principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x') }, {}, ['publicPrincipal@P0']],
    [
      'Principal * scoped by aws:PrincipalOrgID',
      {
        principal: principals('*'),
        action: actions('s3:GetObject'),
        resource: resources('arn:x'),
        condition: condition(['StringEquals', 'aws:PrincipalOrgID']),
      },
      {},
      [],
    ],
    [
      'condition keys compare case-insensitively',
      { principal: principals('*'), action: actions('sns:Publish'), resource: resources('arn:x'), condition: condition(['ArnLike', 'AWS:SOURCEARN']) },
      {},
      [],
    ],
    [
      'a negated operator does not scope',
      {
        principal: principals('*'),
        action: actions('s3:GetObject'),
        resource: resources('arn:x'),
        condition: condition(['StringNotEquals', 'aws:PrincipalAccount']),
      },
      {},
      ['publicPrincipal@P0'],
    ],
    [
      'Null does not scope',
      { principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x'), condition: condition(['Null', 'aws:SourceArn']) },
      {},
      ['publicPrincipal@P0'],
    ],
    [
      'scoped to an IP range',
      { principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x'), condition: condition(['IpAddress', 'aws:SourceIp']) },
      {},
      [],
    ],
    [
      'scoped to the account\'s S3 access points',
      {
        principal: principals('*'),
        action: actions('s3:GetObject'),
        resource: resources('arn:x'),
        condition: condition(['StringEquals', 's3:DataAccessPointAccount']),
      },
      {},
      [],
    ],
    [
      'a non-scoping condition key',
      { principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x'), condition: condition(['Bool', 'aws:SecureTransport']) },
      {},
      ['publicPrincipal@P0'],
    ],
    [
      'an unreadable condition: quiet',
      { principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x'), condition: unknownCondition },
      {},
      [],
    ],
    [
      'trust policy: aws:SourceAccount does not scope',
      { principal: principals('*'), action: actions('sts:AssumeRole'), condition: condition(['StringEquals', 'aws:SourceAccount']) },
      {},
      ['publicPrincipal@P0'],
    ],
    [
      'trust policy: aws:PrincipalOrgID scopes',
      { principal: principals('*'), action: actions('sts:AssumeRole'), condition: condition(['StringEquals', 'aws:PrincipalOrgID']) },
      {},
      [],
    ],
    [
      'trust flag from the context',
      { principal: principals('*'), action: actions('sts:TagSession'), condition: condition(['StringEquals', 'aws:SourceArn']), trust: true },
      {},
      ['publicPrincipal@P0'],
    ],
    ['allow Principal::*', { principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x') }, { allow: ['Principal::*'] }, []],
    ['a named principal', { principal: principals('arn:aws:iam::1:root'), action: actions('s3:GetObject'), resource: resources('arn:x') }, {}, []],
    // allow entries
    ['allow Action::ssm:*', { action: actions('ssm:*'), resource: resources('arn:x') }, { allow: ['Action::SSM:*'] }, []],
    ['malformed allow entries are ignored', { action: actions('ssm:*'), resource: resources('arn:x') }, { allow: ['ssm:*', '::ssm:*'] }, ['serviceActions@A0']],
  ])('%s', (_name, statement, options, expected) => {
    expect(run(statement, options)).toEqual(expected);
  });

  it('names the value in message data', () => {
    const findings = evaluateStatement(
      { effect: 'allow', action: actions('s3:GetObject', 's3:*'), resource: resources('*') },
      resolveIamOptions(),
    );
    expect(findings).toEqual([
      { messageId: 'serviceActions', at: 'A1', data: { value: 's3:*' } },
      { messageId: 'allResources', at: 'R0', data: { value: '*' } },
    ]);
    expect(evaluateStatement({ effect: 'allow', action: actions('*'), resource: resources('*') }, resolveIamOptions())).toEqual([
      { messageId: 'admin', at: 'A0', data: { value: '*' } },
    ]);
    const [notAction] = evaluateStatement(
      { effect: 'allow', notAction: list('N', 'iam:*', 'sts:*', 'organizations:*', 'account:*'), resource: resources('*') },
      resolveIamOptions(),
    );
    expect(notAction!.data).toEqual({ value: 'iam:*, sts:*, organizations:*, …' });
    const long = 'arn:aws:s3:::' + 'b'.repeat(200);
    const [notResource] = evaluateStatement(
      { effect: 'allow', action: actions('s3:*'), notResource: list('X', long) },
      resolveIamOptions(),
    ).filter((finding) => finding.messageId === 'notResource');
    expect(notResource!.data.value.length).toBe(80);
    expect(notResource!.data.value.endsWith('…')).toBe(true);
  });
});

describe('evaluatePolicy: Deny guards scope public Allow statements of the same policy', () => {
  const publicAllow = (...actionValues: string[]): IamStatement<L> => ({
    effect: 'allow',
    principal: principals('*'),
    action: actions(...actionValues),
    resource: resources('arn:x'),
  });
  const guard = (
    actionValues: string[] | null,
    entries: [string, string][],
    extra: Partial<IamStatement<L>> = {},
  ): IamStatement<L> => ({
    effect: 'deny',
    principal: principals('*'),
    action: actionValues === null ? withUnknown(actions()) : list('G', ...actionValues),
    resource: resources('arn:x'),
    condition: condition(...entries),
    ...extra,
  });
  it.each<[string, IamStatement<L>[], string[]]>([
    ['no guard', [publicAllow('execute-api:Invoke')], ['publicPrincipal@P0']],
    ['Deny unless the VPC endpoint', [publicAllow('execute-api:Invoke'), guard(['execute-api:Invoke'], [['StringNotEquals', 'aws:SourceVpce']])], []],
    ['Deny unless the source IP', [publicAllow('s3:GetObject'), guard(['s3:*'], [['NotIpAddress', 'aws:SourceIp']])], []],
    ['a guard with Action *', [publicAllow('s3:GetObject'), guard(['*'], [['StringNotEquals', 'aws:PrincipalOrgID']])], []],
    ['a guard whose actions cannot be read', [publicAllow('s3:GetObject'), guard(null, [['StringNotEquals', 'aws:PrincipalOrgID']])], []],
    ['a guard for other actions', [publicAllow('s3:GetObject'), guard(['s3:PutObject'], [['StringNotEquals', 'aws:SourceVpce']])], ['publicPrincipal@P0']],
    ['a guard on a non-scoping key', [publicAllow('s3:GetObject'), guard(['s3:*'], [['Bool', 'aws:SecureTransport']])], ['publicPrincipal@P0']],
    ['a guard with a positive operator', [publicAllow('s3:GetObject'), guard(['s3:*'], [['StringEquals', 'aws:SourceVpce']])], ['publicPrincipal@P0']],
    [
      'trust policy: the guard must use a principal key',
      [{ ...publicAllow('sts:AssumeRole'), trust: true }, guard(['sts:AssumeRole'], [['StringNotEquals', 'aws:SourceVpce']])],
      ['publicPrincipal@P0'],
    ],
    [
      'trust policy guarded by aws:PrincipalOrgID',
      [{ ...publicAllow('sts:AssumeRole'), trust: true }, guard(['sts:AssumeRole'], [['StringNotEquals', 'aws:PrincipalOrgID']])],
      [],
    ],
    [
      'a guard does not excuse other findings',
      [{ ...publicAllow('s3:*') }, guard(['s3:*'], [['StringNotEquals', 'aws:SourceVpce']])],
      ['serviceActions@A0'],
    ],
  ])('%s', (_name, statements, expected) => {
    expect(
      evaluatePolicy(statements, resolveIamOptions()).map((finding) => `${finding.messageId}@${finding.at}`),
    ).toEqual(expected);
  });

  it.each<[string, Partial<IamStatement<L>>, boolean]>([
    ['an Allow statement', { effect: 'allow', principal: principals('*'), condition: condition(['StringNotEquals', 'aws:SourceVpce']) }, false],
    ['a Deny without principal', { effect: 'deny', condition: condition(['StringNotEquals', 'aws:SourceVpce']) }, false],
    ['a Deny for a named principal', { effect: 'deny', principal: principals('arn:aws:iam::1:root'), condition: condition(['StringNotEquals', 'aws:SourceVpce']) }, false],
    ['a Deny without condition', { effect: 'deny', principal: principals('*') }, false],
    ['a Deny for everyone with a condition', { effect: 'deny', principal: principals('*'), condition: condition(['StringNotEquals', 'aws:SourceVpce']) }, true],
    ['an unknown effect may be a guard', { effect: 'unknown', principal: principals('*'), condition: unknownCondition }, true],
  ])('denyGuard: %s → %s', (_name, statement, expected) => {
    expect(denyGuard({ effect: 'allow', ...statement }) !== null).toBe(expected);
  });
});

describe("a KMS key policy: '*' for the deploying account's root means kms:* (NotAction is still reported)", () => {
  function ownRoot(...extra: string[]): IamPrincipalList<L> {
    const list = principals('arn:…:root', ...extra);
    list.known[0]!.accountRoot = true;
    return list;
  }
  function inPolicy(statement: Partial<IamStatement<L>>, keyPolicy: boolean): string[] {
    return evaluatePolicy([{ effect: 'allow', ...statement }], resolveIamOptions(), { keyPolicy }).map(
      (finding) => `${finding.messageId}@${finding.at}`,
    );
  }

  it.each<[string, Partial<IamStatement<L>>, string[], string[]]>([
    ["'*'", { action: actions('*'), resource: resources('*'), principal: ownRoot() }, [], ['allActions@A0']],
    ["'*' beside kms:Decrypt", { action: actions('*', 'kms:Decrypt'), principal: ownRoot() }, [], ['allActions@A0']],
    ["'*' beside s3:*", { action: actions('*', 's3:*'), principal: ownRoot() }, ['serviceActions@A1'], ['allActions@A0', 'serviceActions@A1']],
    ['NotAction', { notAction: list('N', 'kms:ScheduleKeyDeletion'), resource: resources('*'), principal: ownRoot() }, ['notAction@N0'], ['notAction@N0']],
    ['kms:* (quiet in any policy)', { action: actions('kms:*'), principal: ownRoot() }, [], []],
    ["'*:*' is not read as '*'", { action: actions('*:*'), principal: ownRoot() }, ['allActions@A0'], ['allActions@A0']],
    ["a partly known '*'", { action: partialActions('*'), principal: ownRoot() }, ['allActions@A0'], ['allActions@A0']],
    ["'*' for the root and another principal", { action: actions('*'), principal: ownRoot('arn:aws:iam::1:role/r') }, ['allActions@A0'], ['allActions@A0']],
    ["'*' for a root not proven the deploying one", { action: actions('*'), principal: principals('arn:aws:iam::1:root') }, ['allActions@A0'], ['allActions@A0']],
    ["'*' for the root and an unknown principal", { action: actions('*'), principal: { ...ownRoot(), hasUnknown: true } }, ['allActions@A0'], ['allActions@A0']],
  ])('%s: in a key policy %j, elsewhere %j', (_name, statement, inKeyPolicy, elsewhere) => {
    expect(inPolicy(statement, true)).toEqual(inKeyPolicy);
    expect(inPolicy(statement, false)).toEqual(elsewhere);
  });

  it.each<[string, Partial<IamStatement<L>>, boolean]>([
    ["'*' for the root", { action: actions('*'), principal: ownRoot() }, true],
    ['NotAction for the root', { notAction: list('N', 'kms:Decrypt'), principal: ownRoot() }, false],
    ['kms:* for the root', { action: actions('kms:*'), principal: ownRoot() }, false],
    ["'*' for another principal", { action: actions('*'), principal: principals('*') }, false],
    ["'*' without principal", { action: actions('*'), resource: resources('*') }, false],
    ["a Deny of '*' for the root", { effect: 'deny', action: actions('*'), principal: ownRoot() }, false],
  ])('dependsOnKeyPolicy: %s → %s', (_name, statement, expected) => {
    expect(dependsOnKeyPolicy({ effect: 'allow', ...statement })).toBe(expected);
  });
});

describe('evaluatePrincipalGrant', () => {
  const options = resolveIamOptions();
  it.each<[string, IamCondition | undefined, boolean, string[]]>([
    ['unscoped', undefined, false, ['publicPrincipal']],
    ['scoped by source ARN', condition(['StringEquals', 'aws:SourceArn']), false, []],
    ['trust: source ARN does not scope', condition(['StringEquals', 'aws:SourceArn']), true, ['publicPrincipal']],
    ['unknown scoping props', unknownCondition, false, []],
  ])('%s', (_name, scope, trust, expected) => {
    const findings = evaluatePrincipalGrant({ value: '*', label: 'AnyPrincipal', public: true, at: 'P' }, scope, options, { trust });
    expect(findings.map((finding) => finding.messageId)).toEqual(expected);
    if (expected.length > 0) expect(findings[0]!.data.value).toBe('AnyPrincipal');
  });

  it('names the principal by its label', () => {
    const [finding] = evaluatePrincipalGrant({ value: '*', label: 'addAnyPrincipal()', public: true, at: 'P' }, undefined, options);
    expect(finding).toEqual({ messageId: 'publicPrincipal', at: 'P', data: { value: 'addAnyPrincipal()' } });
  });

  it('ignores non-public principals', () => {
    expect(evaluatePrincipalGrant({ value: 'arn:aws:iam::1:root', public: false, at: 'P' }, undefined, options)).toEqual([]);
  });
});

describe('managed policies', () => {
  it.each([
    ['arn:aws:iam::aws:policy/AdministratorAccess', { name: 'AdministratorAccess', offset: 24 }],
    ['arn:aws-cn:iam::aws:policy/PowerUserAccess', { name: 'PowerUserAccess', offset: 27 }],
    [':iam::aws:policy/job-function/ViewOnlyAccess', { name: 'job-function/ViewOnlyAccess', offset: 17 }],
    ['arn:aws:iam::123456789012:policy/AdministratorAccess', null],
    ['arn:aws:iam::aws:policy/', null],
    ['AdministratorAccess', null],
  ])('managedPolicyNameInArn(%s)', (arn, expected) => {
    expect(managedPolicyNameInArn(arn)).toEqual(expected);
  });

  it.each<[string, Partial<IamPolicyOptions>, 'adminManagedPolicy' | 'fullAccessManagedPolicy' | null]>([
    ['AdministratorAccess', {}, 'adminManagedPolicy'],
    ['PowerUserAccess', {}, 'adminManagedPolicy'],
    // on the admin list, and named like a full-access policy: one finding, the admin one
    ['IAMFullAccess', {}, 'adminManagedPolicy'],
    ['ReadOnlyAccess', {}, null],
    ['AmazonS3ReadOnlyAccess', {}, null],
    ['AWSLambdaBasicExecutionRole', {}, null],
    ['administratoraccess', {}, null],
    ['PowerUserAccess', { allow: ['ManagedPolicy::PowerUserAccess'] }, null],
    ['AmazonS3FullAccess', { adminManagedPolicies: ['AmazonS3FullAccess'] }, 'adminManagedPolicy'],
    ['AdministratorAccess', { adminManagedPolicies: ['AmazonS3FullAccess'] }, null],
    ['AmazonS3FullAccess', {}, 'fullAccessManagedPolicy'],
    ['AWSLambda_FullAccess', {}, 'fullAccessManagedPolicy'],
    ['service-role/AmplifyBackendDeployFullAccess', {}, 'fullAccessManagedPolicy'],
    ['AmazonDynamoDBFullAccess_v2', {}, 'fullAccessManagedPolicy'],
    ['CloudWatchFullAccessV2', {}, 'fullAccessManagedPolicy'],
    ['AmazonS3FullAccessPolicy', {}, null],
    ['amazons3fullaccess', {}, null],
    ['AmazonS3FullAccess', { fullAccessManagedPolicies: 'ignore' }, null],
    ['IAMFullAccess', { fullAccessManagedPolicies: 'ignore' }, 'adminManagedPolicy'],
    ['AmazonS3FullAccess', { allow: ['ManagedPolicy::AmazonS3FullAccess'] }, null],
    ['AmazonSQSFullAccess', { allow: ['ManagedPolicy::AmazonS3FullAccess'] }, 'fullAccessManagedPolicy'],
    // taken off the admin list by the team: accepted, not reported as a full-access policy instead
    ['IAMFullAccess', { adminManagedPolicies: ['AdministratorAccess'] }, null],
    ['AmazonSQSFullAccess', { adminManagedPolicies: ['AdministratorAccess'] }, 'fullAccessManagedPolicy'],
    ['IAMFullAccess', { allow: ['ManagedPolicy::IAMFullAccess'] }, null],
  ])('%s with %j → %s', (name, options, messageId) => {
    const findings = evaluateManagedPolicy(name, 'M', resolveIamOptions(options));
    expect(findings).toEqual(messageId === null ? [] : [{ messageId, at: 'M', data: { value: name } }]);
  });
});

describe('shown', () => {
  // Built at run time: no credential-shaped literal in the repository.
  const keyId = 'AKIA' + 'Q3EGRU5XN7CZJ2LW';
  const secret = 'wJalrXUtnFEMI' + '/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY1234';
  it.each([
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/*'],
    ['arn:aws:s3:::reports/monthly/summaries/regional/archive/*', 'arn:aws:s3:::reports/monthly/summaries/regional/archive/*'],
    [`arn:aws:iam::123456789012:user/${keyId}`, 'arn:… (51 characters)'],
    [secret, 'wJal… (44 characters)'],
  ])('%s → %s', (value, expected) => {
    expect(shown(value)).toBe(expected);
  });
});

describe('isAllowed', () => {
  const options = resolveIamOptions({ allow: ['Action::ssm:*', 'Resource::*', 'NotPrincipal::arn:aws:iam::1:root', 'bogus'] });
  it.each([
    ['Action', 'SSM:*', true],
    ['action', 'ssm:*', true],
    ['Action', 'ssm:Get*', false],
    ['Resource', '*', true],
    ['NotPrincipal', 'arn:aws:iam::1:root', true],
    ['NotPrincipal', 'ARN:AWS:IAM::1:ROOT', false],
    ['Principal', '*', false],
  ] as const)('%s::%s → %s', (element, value, expected) => {
    expect(isAllowed(options, element, value)).toBe(expected);
  });
});

/** A condition whose entries carry values: `[operator, key, values]`; values null when they cannot be read. */
function valued(...entries: [operator: string, key: string, values?: string[] | null][]): IamCondition {
  return {
    entries: entries.map(([operator, key, values]): IamConditionEntry => (values === undefined ? { operator, key } : { operator, key, values })),
    hasUnknown: false,
  };
}

describe('conditions on a public principal: does the entry tie it to the caller?', () => {
  const ACCOUNT = '111122223333';
  /** Is Principal '*' reported with this condition on the statement (a resource policy)? */
  const reported = (scope: IamCondition, statement: Partial<IamStatement<L>> = {}): boolean =>
    run({ principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x'), condition: scope, ...statement }).includes(
      'publicPrincipal@P0',
    );
  it.each<[string, IamCondition, boolean]>([
    // Passes when the key is absent: anonymous requests carry no principal or source keys.
    ['StringEquals aws:SourceAccount', valued(['StringEquals', 'aws:SourceAccount', [ACCOUNT]]), false],
    ['StringEqualsIfExists aws:SourceAccount', valued(['StringEqualsIfExists', 'aws:SourceAccount', [ACCOUNT]]), true],
    ['StringLikeIfExists aws:PrincipalOrgID', valued(['StringLikeIfExists', 'aws:PrincipalOrgID', ['o-a1b2c3d4e5']]), true],
    ['ArnLikeIfExists aws:SourceArn', valued(['ArnLikeIfExists', 'aws:SourceArn', [`arn:aws:sns:us-east-1:${ACCOUNT}:t`]]), true],
    ['IpAddressIfExists aws:SourceIp', valued(['IpAddressIfExists', 'aws:SourceIp', ['10.0.0.0/8']]), true],
    ['IfExists without values', condition(['StringEqualsIfExists', 'aws:SourceVpce']), true],
    ['IfExists in any case', valued(['stringequalsIFEXISTS', 'aws:SourceAccount', [ACCOUNT]]), true],
    ['ForAllValues:StringEquals aws:PrincipalOrgPaths', valued(['ForAllValues:StringEquals', 'aws:PrincipalOrgPaths', ['o-a1b2/r-ab12/']]), true],
    ['ForAllValues:StringLike, lower case', valued(['forallvalues:stringlike', 'aws:PrincipalOrgPaths', ['o-a1b2/*']]), true],
    ['ForAllValues: without values', condition(['ForAllValues:StringEquals', 'aws:SourceVpce']), true],
    ['ForAnyValue:StringEquals aws:PrincipalOrgPaths', valued(['ForAnyValue:StringEquals', 'aws:PrincipalOrgPaths', ['o-a1b2/r-ab12/']]), false],
    ['ForAnyValue:StringLike with a fixed organization', valued(['ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', ['o-a1b2/*']]), false],
    ['ForAnyValue:StringLike with any organization', valued(['ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', ['o-*/*']]), true],
    ['ForAnyValue:StringNotEquals', valued(['ForAnyValue:StringNotEquals', 'aws:PrincipalOrgPaths', ['o-a1b2/*']]), true],
    ['ForAnyValue:IpAddress 0.0.0.0/0', valued(['ForAnyValue:IpAddress', 'aws:SourceIp', ['0.0.0.0/0']]), true],
    // Wildcards: only StringLike and the ARN operators read them.
    ['StringLike aws:PrincipalOrgID *', valued(['StringLike', 'aws:PrincipalOrgID', ['*']]), true],
    ['StringLike aws:PrincipalOrgID o-*', valued(['StringLike', 'aws:PrincipalOrgID', ['o-*']]), true],
    ['StringLike aws:PrincipalOrgID o-?*', valued(['StringLike', 'aws:PrincipalOrgID', ['o-?*']]), true],
    ['StringLike aws:PrincipalOrgID o-a1*', valued(['StringLike', 'aws:PrincipalOrgID', ['o-a1*']]), false],
    ['StringLike aws:PrincipalOrgID o-a1b2c3d4e5', valued(['StringLike', 'aws:PrincipalOrgID', ['o-a1b2c3d4e5']]), false],
    ['StringEquals aws:PrincipalOrgID * compares literally', valued(['StringEquals', 'aws:PrincipalOrgID', ['*']]), false],
    ['StringEquals aws:PrincipalOrgID o-* compares literally', valued(['StringEquals', 'aws:PrincipalOrgID', ['o-*']]), false],
    ['StringEqualsIgnoreCase compares literally', valued(['StringEqualsIgnoreCase', 'aws:PrincipalOrgID', ['o-*']]), false],
    ['stringlike in lower case', valued(['stringlike', 'aws:PrincipalOrgID', ['o-*']]), true],
    ['StringLike aws:SourceOrgID o-*', valued(['StringLike', 'aws:SourceOrgID', ['o-*']]), true],
    ['StringLike aws:PrincipalOrgPaths o-*/r-ab12/*', valued(['StringLike', 'aws:PrincipalOrgPaths', ['o-*/r-ab12/*']]), true],
    ['StringLike aws:PrincipalOrgPaths */r-ab12/*', valued(['StringLike', 'aws:PrincipalOrgPaths', ['*/r-ab12/*']]), true],
    ['StringLike aws:SourceOrgPaths o-a1b2/r-ab12/*', valued(['StringLike', 'aws:SourceOrgPaths', ['o-a1b2/r-ab12/*']]), false],
    ['StringLike aws:SourceVpce vpce-*', valued(['StringLike', 'aws:SourceVpce', ['vpce-*']]), true],
    ['StringLike aws:SourceVpce vpce-1a2b3c4d', valued(['StringLike', 'aws:SourceVpce', ['vpce-1a2b3c4d']]), false],
    ['StringLike aws:SourceVpce, one open value among fixed ones', valued(['StringLike', 'aws:SourceVpce', ['vpce-1a2b3c4d', 'vpce-*']]), true],
    ['StringLike aws:SourceVpc vpc-*', valued(['StringLike', 'aws:SourceVpc', ['vpc-*']]), true],
    ['StringEquals aws:SourceVpc vpc-*', valued(['StringEquals', 'aws:SourceVpc', ['vpc-*']]), false],
    ['StringLike aws:SourceAccount *', valued(['StringLike', 'aws:SourceAccount', ['*']]), true],
    ['StringLike aws:SourceAccount with a trailing *', valued(['StringLike', 'aws:SourceAccount', ['11112222333*']]), true],
    ['StringLike aws:SourceAccount with a ?', valued(['StringLike', 'aws:SourceAccount', ['11112222333?']]), true],
    ['StringLike aws:SourceAccount, fixed', valued(['StringLike', 'aws:SourceAccount', [ACCOUNT]]), false],
    ['StringEquals aws:SourceAccount with a * compares literally', valued(['StringEquals', 'aws:SourceAccount', ['11112222333*']]), false],
    ['StringLike aws:SourceOwner *', valued(['StringLike', 'aws:SourceOwner', ['*']]), true],
    ['StringLike s3:DataAccessPointAccount with a ?', valued(['StringLike', 's3:DataAccessPointAccount', ['11112222333?']]), true],
    ['key case does not matter', valued(['StringLike', 'AWS:PRINCIPALORGID', ['o-*']]), true],
    // ARNs: a wildcard account lets in every account.
    ['ArnLike aws:SourceArn with a * account', valued(['ArnLike', 'aws:SourceArn', ['arn:aws:sns:us-east-1:*:topic']]), true],
    ['ArnLike aws:SourceArn with a ? in the account', valued(['ArnLike', 'aws:SourceArn', ['arn:aws:sns:us-east-1:11112222333?:topic']]), true],
    ['ArnLike aws:SourceArn with a fixed account', valued(['ArnLike', 'aws:SourceArn', [`arn:aws:sns:*:${ACCOUNT}:*`]]), false],
    ['ArnEquals reads wildcards too', valued(['ArnEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:*:topic']]), true],
    ['ArnLike aws:SourceArn *', valued(['ArnLike', 'aws:SourceArn', ['*']]), true],
    ['ArnLike aws:SourceArn arn:aws:* (the account may be in the *)', valued(['ArnLike', 'aws:SourceArn', ['arn:aws:*']]), true],
    ['ArnLike aws:SourceArn, short and fixed', valued(['ArnLike', 'aws:SourceArn', ['arn:aws:s3']]), false],
    ['ArnLike aws:SourceArn any S3 bucket', valued(['ArnLike', 'aws:SourceArn', ['arn:aws:s3:::*']]), true],
    ['ArnLike aws:SourceArn one S3 bucket', valued(['ArnLike', 'aws:SourceArn', ['arn:aws:s3:::my-bucket']]), false],
    ['ArnLike aws:SourceArn objects of one S3 bucket', valued(['ArnLike', 'aws:SourceArn', ['arn:aws:s3:::my-bucket/*']]), false],
    ['StringLike aws:PrincipalArn with a * account', valued(['StringLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/admin']]), true],
    ['ArnLike aws:PrincipalArn, fixed account', valued(['ArnLike', 'aws:PrincipalArn', [`arn:aws:iam::${ACCOUNT}:role/*`]]), false],
    ['StringEquals aws:PrincipalArn with a * compares literally', valued(['StringEquals', 'aws:PrincipalArn', ['arn:aws:iam::*:role/admin']]), false],
    ['ArnLike s3:DataAccessPointArn with a * account', valued(['ArnLike', 's3:DataAccessPointArn', ['arn:aws:s3:us-east-1:*:accesspoint/*']]), true],
    // IP ranges.
    ['IpAddress aws:SourceIp 0.0.0.0/0', valued(['IpAddress', 'aws:SourceIp', ['0.0.0.0/0']]), true],
    ['IpAddress aws:SourceIp ::/0', valued(['IpAddress', 'aws:SourceIp', ['::/0']]), true],
    ['IpAddress aws:SourceIp 10.0.0.0/8', valued(['IpAddress', 'aws:SourceIp', ['10.0.0.0/8']]), false],
    ['IpAddress aws:SourceIp with 0.0.0.0/0 among others', valued(['IpAddress', 'aws:SourceIp', ['10.0.0.0/8', '0.0.0.0/0']]), true],
    ['IpAddress aws:VpcSourceIp 0.0.0.0/0', valued(['IpAddress', 'aws:VpcSourceIp', ['0.0.0.0/0']]), true],
    // Values that cannot be read may scope.
    ['unknown values (null)', valued(['StringLike', 'aws:PrincipalOrgID', null]), false],
    ['no values given', condition(['StringLike', 'aws:SourceAccount']), false],
    // Several entries: one that scopes is enough.
    [
      'an open entry next to a scoping one',
      valued(['StringLike', 'aws:PrincipalOrgID', ['o-*']], ['StringEquals', 'aws:SourceVpce', ['vpce-1a2b3c4d']]),
      false,
    ],
    [
      'only open entries',
      valued(['StringLike', 'aws:PrincipalOrgID', ['o-*']], ['StringEqualsIfExists', 'aws:SourceVpce', ['vpce-1a2b3c4d']], ['IpAddress', 'aws:SourceIp', ['0.0.0.0/0']]),
      true,
    ],
    ['a non-scoping key with a fixed value', valued(['StringEquals', 'aws:UserAgent', ['my-app']]), true],
    ['an open entry next to an unreadable part: quiet', { ...valued(['StringLike', 'aws:PrincipalOrgID', ['o-*']]), hasUnknown: true }, false],
    // kms:CallerAccount: the KMS key policy statement AWS documents ("through a service, for this account").
    [
      'kms:CallerAccount with kms:ViaService',
      valued(['StringEquals', 'kms:CallerAccount', [ACCOUNT]], ['StringEquals', 'kms:ViaService', ['lambda.us-east-1.amazonaws.com']]),
      false,
    ],
    ['kms:CallerAccount alone', valued(['StringEquals', 'kms:CallerAccount', [ACCOUNT]]), false],
    ['kms:CallerAccount, unknown value', valued(['StringEquals', 'kms:CallerAccount', null]), false],
    ['kms:CallerAccount, any account', valued(['StringLike', 'kms:CallerAccount', ['*']]), true],
    ['kms:CallerAccount, IfExists', valued(['StringEqualsIfExists', 'kms:CallerAccount', [ACCOUNT]]), true],
    ['kms:ViaService alone does not scope', valued(['StringEquals', 'kms:ViaService', ['lambda.us-east-1.amazonaws.com']]), true],
  ])('%s → reported: %s', (_name, scope, expected) => {
    expect(reported(scope)).toBe(expected);
  });

  it.each<[string, IamCondition, boolean]>([
    ['aws:PrincipalOrgID scopes', valued(['StringEquals', 'aws:PrincipalOrgID', ['o-a1b2c3d4e5']]), false],
    ['aws:PrincipalOrgID o-* does not', valued(['StringLike', 'aws:PrincipalOrgID', ['o-*']]), true],
    ['aws:PrincipalArn with a * account does not', valued(['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:root']]), true],
    ['aws:PrincipalAccount IfExists does not', valued(['StringEqualsIfExists', 'aws:PrincipalAccount', [ACCOUNT]]), true],
    ['kms:CallerAccount is not a trust key', valued(['StringEquals', 'kms:CallerAccount', [ACCOUNT]]), true],
  ])('trust policy: %s (reported: %s)', (_name, scope, expected) => {
    expect(reported(scope, { action: actions('sts:AssumeRole'), resource: undefined })).toBe(expected);
  });

  it.each<[string, IamCondition | undefined, IamCondition | undefined, boolean]>([
    ['an open principal condition, no statement condition', valued(['StringLike', 'aws:SourceAccount', ['*']]), undefined, true],
    ['a scoping principal condition', valued(['StringEquals', 'aws:SourceAccount', ['111122223333']]), undefined, false],
    ['an open principal condition, a scoping statement condition', valued(['StringLike', 'aws:SourceAccount', ['*']]), valued(['StringEquals', 'aws:SourceVpce', ['vpce-1']]), false],
    ['an IfExists principal condition, an open statement condition', valued(['ArnLikeIfExists', 'aws:SourceArn', ['arn:aws:sns:*:1:t']]), valued(['IpAddress', 'aws:SourceIp', ['::/0']]), true],
  ])('conditions on the principal itself: %s (reported: %s)', (_name, onPrincipal, onStatement, expected) => {
    const findings = evaluatePrincipalGrant({ value: '*', public: true, at: 'P', condition: onPrincipal }, onStatement, resolveIamOptions());
    expect(findings.length > 0).toBe(expected);
  });
});

describe("Resource '*' with a condition: only keys that may narrow the resources excuse it", () => {
  /** Is Resource '*' reported on an identity statement with this condition? */
  const reported = (scope: IamCondition, options: Partial<IamPolicyOptions> = {}): boolean =>
    run({ action: actions('ec2:StartInstances'), resource: resources('*'), condition: scope }, options).includes('allResources@R0');
  it.each<[string, IamCondition, boolean]>([
    // Caller, network, time and transport keys only: reported.
    ['aws:SecureTransport', condition(['Bool', 'aws:SecureTransport']), true],
    ['aws:RequestedRegion', valued(['StringEquals', 'aws:RequestedRegion', ['eu-west-1']]), true],
    ['aws:MultiFactorAuthPresent', condition(['Bool', 'aws:MultiFactorAuthPresent']), true],
    ['aws:MultiFactorAuthAge', condition(['NumericLessThan', 'aws:MultiFactorAuthAge']), true],
    ['aws:CurrentTime', condition(['DateGreaterThan', 'aws:CurrentTime']), true],
    ['aws:EpochTime', condition(['DateLessThan', 'aws:EpochTime']), true],
    ['aws:SourceIp', valued(['IpAddress', 'aws:SourceIp', ['10.0.0.0/8']]), true],
    ['aws:VpcSourceIp', condition(['IpAddress', 'aws:VpcSourceIp']), true],
    ['aws:SourceVpc', condition(['StringEquals', 'aws:SourceVpc']), true],
    ['aws:SourceVpce', condition(['StringEquals', 'aws:SourceVpce']), true],
    ['aws:UserAgent', condition(['StringLike', 'aws:UserAgent']), true],
    ['aws:ViaAWSService', condition(['Bool', 'aws:ViaAWSService']), true],
    ['aws:CalledVia', condition(['ForAnyValue:StringEquals', 'aws:CalledVia']), true],
    ['aws:CalledViaFirst', condition(['StringEquals', 'aws:CalledViaFirst']), true],
    ['aws:CalledViaLast', condition(['StringEquals', 'aws:CalledViaLast']), true],
    ['aws:PrincipalTag/<tag>', condition(['StringEquals', 'aws:PrincipalTag/team']), true],
    ['aws:PrincipalArn', condition(['ArnLike', 'aws:PrincipalArn']), true],
    ['aws:PrincipalAccount', condition(['StringEquals', 'aws:PrincipalAccount']), true],
    ['aws:PrincipalOrgID', condition(['StringEquals', 'aws:PrincipalOrgID']), true],
    ['aws:PrincipalOrgPaths', condition(['ForAnyValue:StringLike', 'aws:PrincipalOrgPaths']), true],
    ['aws:PrincipalType', condition(['StringEquals', 'aws:PrincipalType']), true],
    ['aws:PrincipalIsAWSService', condition(['Bool', 'aws:PrincipalIsAWSService']), true],
    ['aws:PrincipalServiceName', condition(['StringEquals', 'aws:PrincipalServiceName']), true],
    ['aws:PrincipalServiceNamesList', condition(['ForAnyValue:StringEquals', 'aws:PrincipalServiceNamesList']), true],
    ['aws:userid', condition(['StringLike', 'aws:userid']), true],
    ['aws:username', condition(['StringEquals', 'aws:username']), true],
    ['aws:TokenIssueTime', condition(['DateGreaterThan', 'aws:TokenIssueTime']), true],
    ['keys in any case', condition(['Bool', 'AWS:SECURETRANSPORT'], ['StringEquals', 'AWS:PRINCIPALTAG/Team']), true],
    [
      'several such keys',
      condition(['Bool', 'aws:SecureTransport'], ['StringEquals', 'aws:RequestedRegion'], ['IpAddress', 'aws:SourceIp'], ['Bool', 'aws:MultiFactorAuthPresent']),
      true,
    ],
    ['an empty condition', condition(), true],
    // Any other key may narrow the resources: quiet.
    ['aws:ResourceTag/<tag>', condition(['StringEquals', 'aws:ResourceTag/team']), false],
    ['ec2:ResourceTag/<tag>', condition(['StringEquals', 'ec2:ResourceTag/env']), false],
    ['aws:RequestTag/<tag>', condition(['StringEquals', 'aws:RequestTag/env']), false],
    ['s3:prefix', condition(['StringLike', 's3:prefix']), false],
    ['aws:SourceAccount', condition(['StringEquals', 'aws:SourceAccount']), false],
    ['kms:CallerAccount', condition(['StringEquals', 'kms:CallerAccount']), false],
    ['an unknown service key', condition(['StringEquals', 'custom:thing']), false],
    ['aws:PrincipalTag without a tag name is not the prefix', condition(['StringEquals', 'aws:PrincipalTagged']), false],
    ['a non-resource key next to a resource key', condition(['Bool', 'aws:SecureTransport'], ['StringEquals', 'aws:ResourceTag/team']), false],
    ['a resource key under a negated operator still narrows', condition(['StringNotEquals', 'aws:ResourceTag/team']), false],
    // Unknown: quiet.
    ['an unreadable condition', unknownCondition, false],
    ['non-resource keys and an unreadable part', { ...condition(['Bool', 'aws:SecureTransport']), hasUnknown: true }, false],
  ])('%s → reported: %s', (_name, scope, expected) => {
    expect(reported(scope)).toBe(expected);
  });

  it('ignoreConditionedResources: false reports whatever the condition', () => {
    expect(reported(condition(['StringEquals', 'aws:ResourceTag/team']), { ignoreConditionedResources: false })).toBe(true);
    expect(reported(unknownCondition, { ignoreConditionedResources: false })).toBe(true);
    expect(reported(condition(['Bool', 'aws:SecureTransport']), { ignoreConditionedResources: false })).toBe(true);
  });

  it('non-resource keys do not excuse Action * on Resource * either', () => {
    expect(run({ action: actions('*'), resource: resources('*'), condition: condition(['Bool', 'aws:SecureTransport']) })).toEqual(['admin@A0']);
  });
});

describe('resource ARNs of every resource of a service', () => {
  it.each<[string, string | null]>([
    ['arn:aws:s3:::*', 's3'],
    ['arn:aws:sqs:*:*:*', 'sqs'],
    ['arn:aws:logs:us-east-1:111122223333:*', 'logs'],
    ['arn:aws:iam::111122223333:*', 'iam'],
    ['arn:aws:sqs:…:…:*', 'sqs'],
    ['arn:*:*:*:*:*', '*'],
    ['arn:aws:…:*:*:*', '…'],
    ['*', null],
    ['arn:aws:s3:::*/*', 's3'],
    ['arn:…:s3:*:*:*/*', 's3'],
    ['arn:aws:s3:us-east-1::*/*', null],
    ['arn:aws:s3:…::*/*', null],
    ['arn:aws:s3:::*/uploads/*', null],
    ['arn:aws:s3:::b/*', null],
    ['arn:aws:sqs:::*/*', null],
    ['arn::s3:::*/*', null],
    ['arn:aws:s3:::*-logs', null],
    ['arn:aws:dynamodb:*:*:table/*', null],
    ['arn:aws:lambda:*:*:function:*', null],
    ['arn:aws:logs:*:*:*:*', null],
    ['arn:aws:logs:::*', null],
    ['arn:aws:sqs:us-east-1::*', null],
    ['arn:aws:sqs:*:*', 'sqs'],
    ['arn:aws:ses:*', 'ses'],
    ['arn:*:ses:*', 'ses'],
    ['arn:aws:logs:us-east-1:*', 'logs'],
    ['arn:aws:iam::*', 'iam'],
    ['arn:…:ses:*', 'ses'],
    ['arn:aws:ses::*', null],
    ['arn::ses:*', null],
    ['arn:aws::*', null],
    ['arn:aws:*', null],
    ['arn:*', null],
    ['arn:aws:*:*', null],
    ['arn:aws:…:*', null],
    ['arn:aws:sqs:…:*', null],
    ['arn:aws:ses:us-*', null],
    ['arn:aws:ses:*:*:identity/*', null],
    ['arn::sqs:*:*:*', null],
    ['arn:aws::*:*:*', null],
    ['arn:aws:sqs:*:*:*x', null],
  ])('%s → %s', (resource, service) => {
    expect(wholeServiceArnService(resource)).toBe(service);
  });

  it.each<[string, Partial<IamStatement<L>>, Partial<IamPolicyOptions>, string[]]>([
    ['an action of the service', { action: actions('sqs:SendMessage'), resource: resources('arn:aws:sqs:*:*:*') }, {}, ['serviceWideResource@R0']],
    ['Action * is not admin on one service', { action: actions('*'), resource: resources('arn:aws:s3:::*') }, {}, ['allActions@A0', 'serviceWideResource@R0']],
    ['next to Resource * under Action *: admin alone', { action: actions('*'), resource: resources('*', 'arn:aws:s3:::*') }, {}, ['admin@A0']],
    ['actions of another service reach none of its resources', { action: actions('xray:PutTelemtryRecords'), resource: resources('arn:aws:logs:*:*:*') }, {}, []],
    ['an action pattern whose service matches', { action: actions('s*:SendMessage'), resource: resources('arn:aws:sqs:*:*:*') }, {}, ['serviceWideResource@R0']],
    ['a partly known service wildcard', { action: partialActions('…:*'), resource: resources('arn:aws:sqs:*:*:*') }, {}, ['serviceActions@A0', 'serviceWideResource@R0']],
    ['star-only actions only', { action: actions('sqs:ListQueues'), resource: resources('arn:aws:sqs:*:*:*') }, {}, []],
    ['a principal: a resource policy', { action: actions('s3:GetObject'), resource: resources('arn:aws:s3:::*'), principal: principals('arn:aws:iam::111122223333:root') }, {}, []],
    ['a condition that may narrow', { action: actions('s3:GetObject'), resource: resources('arn:aws:s3:::*'), condition: condition(['StringEquals', 's3:prefix']) }, {}, []],
    ['NotAction reported instead', { notAction: actions('iam:*'), resource: resources('arn:aws:s3:::*') }, {}, ['notAction@A0']],
    ['allowed by its value', { action: actions('s3:GetObject'), resource: resources('arn:aws:s3:::*') }, { allow: ['Resource::arn:aws:s3:::*'] }, []],
    ['not allowed by Resource::*', { action: actions('s3:GetObject'), resource: resources('arn:aws:s3:::*') }, { allow: ['Resource::*'] }, ['serviceWideResource@R0']],
    ['every object for an object action', { action: actions('s3:PutObjectTagging'), resource: resources('arn:aws:s3:::*/*') }, {}, ['serviceWideResource@R0']],
    ['every object for an object action in another case', { action: actions('S3:getobject'), resource: resources('arn:aws:s3:::*/*') }, {}, ['serviceWideResource@R0']],
    ['every object for a pattern that matches an object action', { action: actions('s3:*Object'), resource: resources('arn:aws:s3:::*/*') }, {}, ['serviceWideResource@R0']],
    ['every object for s3:*', { action: actions('s3:*'), resource: resources('arn:aws:s3:::*/*') }, {}, ['serviceActions@A0', 'serviceWideResource@R0']],
    ['every object for Action *', { action: actions('*'), resource: resources('arn:aws:s3:::*/*') }, {}, ['allActions@A0', 'serviceWideResource@R0']],
    ['every object grants bucket actions nothing', { action: actions('s3:ListBucket', 's3:GetBucketObjectLockConfiguration', 's3:ListBucketMultipartUploads'), resource: resources('arn:aws:s3:::*/*') }, {}, []],
    ['every object for a pattern of bucket actions only', { action: actions('s3:GetBucket*'), resource: resources('arn:aws:s3:::*/*') }, {}, []],
    ['every object allowed by its value', { action: actions('s3:GetObject'), resource: resources('arn:aws:s3:::*/*') }, { allow: ['Resource::arn:aws:s3:::*/*'] }, []],
  ])('%s', (_name, statement, options, expected) => {
    expect(run(statement, options)).toEqual(expected);
  });

  it('names the ARN and what it reaches in message data', () => {
    const findings = evaluateStatement({ effect: 'allow', action: actions('sqs:SendMessage'), resource: resources('arn:aws:sqs:*:*:*', 'arn:*:*:*:*:*') }, resolveIamOptions());
    expect(findings.map((finding) => finding.data)).toEqual([
      { value: 'arn:aws:sqs:*:*:*', scope: 'every sqs resource (a whole-service wildcard ARN)' },
      { value: 'arn:*:*:*:*:*', scope: 'every resource of every service it matches (a whole-service wildcard ARN)' },
    ]);
    const objects = evaluateStatement({ effect: 'allow', action: actions('s3:GetObject'), resource: resources('arn:aws:s3:::*/*') }, resolveIamOptions());
    expect(objects.map((finding) => finding.data)).toEqual([
      { value: 'arn:aws:s3:::*/*', scope: 'every object in every S3 bucket (a whole-service wildcard ARN)' },
    ]);
  });
});

describe('partly known actions (`${service}:*`)', () => {
  const partial = (...values: string[]): IamElementList<L> => ({
    known: values.map((value, index) => ({ value, at: `A${index}`, partial: true })),
    hasUnknown: false,
  });
  it.each<[string, Partial<IamStatement<L>>, Partial<IamPolicyOptions>, string[]]>([
    ['…:* is a service wildcard', { action: partial('…:*'), resource: resources('arn:x') }, {}, ['serviceActions@A0']],
    ['…:Get* is a partial wildcard, ignored by default', { action: partial('…:Get*'), resource: resources('arn:x') }, {}, []],
    ['…:Get* reported on request', { action: partial('…:Get*'), resource: resources('arn:x') }, { partialActionWildcards: 'report' }, ['serviceActions@A0']],
    ['…:* on Resource *', { action: partial('…:*'), resource: resources('*') }, {}, ['serviceActions@A0', 'allResources@R0']],
    [
      '…:* next to Action * on Resource *',
      { action: { known: [{ value: '*', at: 'A0' }, { value: '…:*', at: 'A1', partial: true }], hasUnknown: false }, resource: resources('*') },
      {},
      ['admin@A0', 'serviceActions@A1'],
    ],
    ['allow Action::…:* (as written)', { action: partial('…:*'), resource: resources('arn:x') }, { allow: ['Action::…:*'] }, []],
  ])('%s', (_name, statement, options, expected) => {
    expect(run(statement, options)).toEqual(expected);
  });

  it('names the known text in the message', () => {
    const [finding] = evaluateStatement({ effect: 'allow', action: partial('…:*'), resource: resources('arn:x') }, resolveIamOptions());
    expect(finding).toEqual({ messageId: 'serviceActions', at: 'A0', data: { value: '…:*' } });
  });

  it.each<[string, IamElementList<L>, string[]]>([
    ['a plain action the guard does not cover: reported', actions('s3:GetObject'), ['publicPrincipal@P0']],
    ['a partly known action may be one the guard covers: quiet', partial('…:GetObject'), []],
    ['a partly known action next to a plain one: quiet', { known: [...actions('s3:GetObject').known, { value: '…:Get*', at: 'A1', partial: true }], hasUnknown: false }, []],
  ])('a Deny guard for other actions and %s', (_name, allowed, expected) => {
    const statements: IamStatement<L>[] = [
      { effect: 'allow', principal: principals('*'), action: allowed, resource: resources('arn:x') },
      {
        effect: 'deny',
        principal: principals('*'),
        action: list('G', 'sqs:SendMessage'),
        resource: resources('arn:x'),
        condition: condition(['StringNotEquals', 'aws:SourceVpce']),
      },
    ];
    expect(evaluatePolicy(statements, resolveIamOptions()).map((finding) => `${finding.messageId}@${finding.at}`)).toEqual(expected);
  });

  it('a partly known action without a guard: the public principal is reported', () => {
    expect(run({ principal: principals('*'), action: partial('…:GetObject'), resource: resources('arn:x') })).toEqual(['publicPrincipal@P0']);
  });
});

/** Values that let every caller in, in a public Allow's condition or in a Deny guard, do not scope. */
describe('open values do not scope', () => {
  const publicStatement = (scope: IamCondition): Partial<IamStatement<L>> => ({
    principal: principals('*'),
    action: actions('s3:GetObject'),
    resource: resources('arn:x'),
    condition: scope,
  });
  // Under StringLike, `o*`, `?-*` and `*-*` match every organization ID as `o-*` does; `vpce*` every endpoint.
  it.each<[string, string, string]>([
    ['aws:PrincipalOrgID', 'o*', 'a wildcard inside the prefix'],
    ['aws:PrincipalOrgID', '*-*', 'wildcards around the dash'],
    ['aws:PrincipalOrgID', '?-*', 'a ? for the o'],
    ['aws:SourceVpce', 'vpce*', 'a wildcard inside the prefix'],
    ['aws:PrincipalOrgPaths', 'o*/*', 'a wildcard inside the prefix of a path'],
  ])('StringLike %s %s (%s) lets anyone in', (key, value) => {
    expect(run(publicStatement(valued(['StringLike', key, [value]])))).toEqual(['publicPrincipal@P0']);
  });

  // A guard that never denies (every IP is in 0.0.0.0/0) or lets in every VPC endpoint or organization scopes nothing.
  it.each<[string, string, string]>([
    ['NotIpAddress', 'aws:SourceIp', '0.0.0.0/0'],
    ['StringNotLike', 'aws:SourceVpce', 'vpce-*'],
    ['StringNotLike', 'aws:PrincipalOrgID', 'o-*'],
  ])('a Deny guard %s %s %s does not scope', (operator, key, value) => {
    const statements: IamStatement<L>[] = [
      { effect: 'allow', principal: principals('*'), action: actions('s3:GetObject'), resource: resources('arn:x') },
      {
        effect: 'deny',
        principal: principals('*'),
        action: list('G', 's3:*'),
        resource: resources('arn:x'),
        condition: valued([operator, key, [value]]),
      },
    ];
    expect(evaluatePolicy(statements, resolveIamOptions()).map((finding) => `${finding.messageId}@${finding.at}`)).toEqual([
      'publicPrincipal@P0',
    ]);
  });
});
