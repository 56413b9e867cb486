import { describe, expect, it } from 'vitest';
import {
  classifyAction,
  denyGuard,
  shown,
  evaluateManagedPolicy,
  evaluatePolicy,
  evaluatePrincipalGrant,
  evaluateStatement,
  isAllowed,
  isStarOnlyAction,
  managedPolicyNameInArn,
  resolveIamOptions,
  STAR_ONLY_ACTIONS,
  type IamCondition,
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
    ['polly:GetLexicon', false],
    ['kms:CreateKey', true],
    ['ec2:*', false],
    ['xray:*', false],
    ['logs:CreateLogStream', false],
    ['logs:PutLogEvents', false],
    ['s3:ListBucket', false],
    ['dynamodb:GetItem', false],
  ] as const)('%s → %s', (action, expected) => {
    expect(isStarOnlyAction(action, starOnly)).toBe(expected);
  });

  it('keeps the documented built-ins', () => {
    expect(STAR_ONLY_ACTIONS).toEqual(
      expect.arrayContaining(['xray:PutTraceSegments', 'logs:DescribeLogGroups', 'ec2:Describe*', 'dynamodb:ListTables']),
    );
    expect(STAR_ONLY_ACTIONS).not.toContain('logs:CreateLogStream');
    expect(STAR_ONLY_ACTIONS).not.toContain('logs:PutLogEvents');
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

  it.each<[string, Partial<IamPolicyOptions>, boolean]>([
    ['AdministratorAccess', {}, true],
    ['PowerUserAccess', {}, true],
    ['IAMFullAccess', {}, true],
    ['ReadOnlyAccess', {}, false],
    ['administratoraccess', {}, false],
    ['PowerUserAccess', { allow: ['ManagedPolicy::PowerUserAccess'] }, false],
    ['AmazonS3FullAccess', { adminManagedPolicies: ['AmazonS3FullAccess'] }, true],
    ['AdministratorAccess', { adminManagedPolicies: ['AmazonS3FullAccess'] }, false],
  ])('%s with %j → %s', (name, options, reported) => {
    const findings = evaluateManagedPolicy(name, 'M', resolveIamOptions(options));
    expect(findings).toEqual(reported ? [{ messageId: 'adminManagedPolicy', at: 'M', data: { value: name } }] : []);
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
