import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  enclosingFunction,
  forEachNode,
  getCalleeName,
  getPropertyName,
  isInside,
  isTypeWrapper,
  methodCallOfReceiver,
  nodeAtIndex,
  outermostTypeWrapper,
  skipTypeWrappers,
  statementListOf,
  walkNodes,
} from '../utils/ast.js';
import {
  compileAllowList,
  isSecretName,
  isSessionTokenName,
  mightHoldCredential,
  credentialNameOffsets,
  credentialNamesWithin,
  accessKeyIdKind,
  holdsKeyIdPrefix,
  holdsCredentialRun,
  sourceEvidence,
  spellsCredentialName,
  pairCredentials,
  scanCredentialText,
  writesJsonEscape,
  type AccessKeyIdKind,
  type CredentialCandidate,
  type CredentialFinding,
  type PlacedCandidate,
  type SourceEvidence,
} from '../utils/aws-credentials.js';
import { createRule } from '../utils/create-rule.js';
import {
  appendChainOf,
  appendedPieces,
  concatModels,
  EMPTY_MODEL,
  foldCallOfReceiver,
  foldMethodOf,
  type AppendChain,
  foldOwner,
  forEachMayDecodeCall,
  isDecodeCall,
  isFoldCall,
  mayDecode,
  mayHoldCredential,
  type NameInit,
  type NameInits,
  RunModels,
  frozenObject,
} from '../utils/string-folds.js';
import {
  awsApi,
  calleeMayBeExport,
  findVariableOf,
  isCdkExport,
  isGlobalIdentifier,
  resolveCallee,
} from '../utils/modules.js';
import { mayHideNames, mayHideText, mayImportCdk } from '../utils/prefilter.js';
import { mayUsePulumiSdk } from '../utils/pulumi.js';
import { describeKeyId, describeSecret } from '../utils/redact.js';
import {
  cookedRangeToSourceRange,
  getStaticPropertyName,
  getStaticString,
  getStaticValue,
  stringValueRange,
  type StaticValue,
  type StringSegment,
} from '../utils/static-value.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type Options = [
  {
    allow?: string[];
    checkComments?: boolean;
  },
];
export type MessageIds = 'accessKeyId' | 'accessKeyPair' | 'secretAccessKey' | 'sessionToken';

type Range = [number, number];
type StringValue = Extract<StaticValue, { kind: 'string' }>;

/** A known run of a built-up string's value, with the piece of the chain each of its segments comes from. */
interface ChainRun {
  value: StringValue;
  owners: TSESTree.Node[];
}

/** A candidate placed in the file, with the source range of its characters. */
interface Placed extends PlacedCandidate {
  range: Range;
}

/** Where a string value ends up: the names it is given and the object / call / array it sits in. */
interface Slot {
  names: string[];
  container: TSESTree.Node | null;
  /** `const NAME = <value>`: the declarator, so uses of NAME in credential properties can be found later. */
  declarator?: TSESTree.VariableDeclarator;
}

const KEY_KIND_TEXT: Readonly<Record<AccessKeyIdKind, string>> = {
  'long-term': 'long-term',
  temporary: 'temporary',
  'STS bearer': 'STS bearer',
  'context-specific': 'context-specific',
};

/** Strings shorter than this hold no key ID (20 characters), so most literals are dismissed at once. */
const MIN_TEXT_LENGTH = 20;
const MAX_SLOT_DEPTH = 32;
/** String methods whose first argument is a regular-expression source. */
const REGEX_METHODS = new Set(['match', 'matchAll', 'search']);

/**
 * The name an expression reads: `x` → x, `process.env.AWS_SECRET_ACCESS_KEY` → AWS_SECRET_ACCESS_KEY,
 * `this.#secretAccessKey` → secretAccessKey.
 */
function expressionName(node: TSESTree.Node): string | null {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return memberName(inner);
  if (inner.type === AST_NODE_TYPES.ChainExpression) return expressionName(inner.expression);
  return null;
}

/** A string literal's value, for `set('AWS_SECRET_ACCESS_KEY', '…')` and `['secretAccessKey', '…']`. */
function stringLiteralValue(node: TSESTree.Node | null | undefined): string | null {
  if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/**
 * The name of a property or member, a computed one from a constant included: `{ [SECRET_NAME]: '…' }`,
 * `env[NAME] = '…'` with `const NAME = 'AWS_SECRET_ACCESS_KEY'`; a private one (`this.#secretAccessKey`) too.
 */
function keyName(node: TSESTree.Property | TSESTree.MemberExpression, sourceCode: SourceCode): string | null {
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) return memberName(node);
  return getStaticPropertyName(node, sourceCode);
}

/** A member's or class field's name, a private one (`#secretAccessKey`) included: names say what a value holds. */
function memberName(
  node:
    | TSESTree.MemberExpression
    | TSESTree.PropertyDefinition
    | TSESTree.TSAbstractPropertyDefinition
    | TSESTree.MethodDefinition
    | TSESTree.TSAbstractMethodDefinition,
): string | null {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed && key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  return getPropertyName(node);
}

/** The key of a named value's value in a name/value pair (`value`, `Value`, `ParameterValue`). */
const VALUE_KEY = /^(?:parameter)?value$/iu;
/** The key of a pair's name (`name`, `Name`, `Key`, `ParameterKey`). */
const PAIR_NAME_KEY = /^(?:name|key|parameterkey)$/iu;

/**
 * The names of the pair whose `value` property is `property`: a sibling name property's string (`{ name:
 * 'AWS_SECRET_ACCESS_KEY', value }`), and the key the pair's object is the value of (`{ AWS_SECRET_ACCESS_KEY: {
 * value } }`).
 */
function pairNames(property: TSESTree.Property, sourceCode: SourceCode): string[] {
  const names: string[] = [];
  for (const { key, sibling } of siblingsOf(property, sourceCode)) {
    const name = PAIR_NAME_KEY.test(key) ? stringLiteralValue(sibling.value) : null;
    if (name !== null) names.push(name);
  }
  const object = property.parent;
  const owner = object.parent;
  const ownsObject = object.type === AST_NODE_TYPES.ObjectExpression && owner.type === AST_NODE_TYPES.Property;
  if (ownsObject && owner.value === object) {
    const key = keyName(owner, sourceCode);
    if (key !== null) names.push(key);
  }
  return names;
}

/** The other properties of the object literal `property` is written in, with their static keys. */
function siblingsOf(
  property: TSESTree.Property,
  sourceCode: SourceCode,
): { key: string; sibling: TSESTree.Property }[] {
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const siblings: { key: string; sibling: TSESTree.Property }[] = [];
  for (const sibling of object.properties) {
    if (sibling === property || sibling.type !== AST_NODE_TYPES.Property) continue;
    const key = getStaticPropertyName(sibling, sourceCode);
    if (key !== null) siblings.push({ key, sibling });
  }
  return siblings;
}

/** A key named `secret` alone, and the key of an access key beside it (`key`, `accessKey`, `keyId`). */
const SECRET_KEY = /^secret$/iu;
const ACCESS_KEY_KEY = /^(?:access_?)?key(?:_?id)?$/iu;

/**
 * `keySecret` for a `key` property beside the `secret` one `property` is (the pair's name, see isSecretName), when
 * that key is read from somewhere (`process.env.S3_KEY`): a text written there is another option's (express-session's
 * cookie `key: 'connect.sid'`), and a key ID written there pairs with the secret by itself.
 */
function keySiblingNames(property: TSESTree.Property, sourceCode: SourceCode): string[] {
  return siblingsOf(property, sourceCode)
    .filter(({ key, sibling }) => ACCESS_KEY_KEY.test(key) && stringLiteralValue(sibling.value) === null)
    .map(({ key }) => `${key}Secret`);
}

/**
 * An access key of another service written under an access key's name (`accessKey`, `key`, `accessKeyId`): a
 * 16–32 character run of capitals and digits like an AWS key ID's, without an AWS credential prefix (MinIO's
 * `Q3AM…`, DigitalOcean's `DO00…`). The secret beside it is that service's.
 */
function isForeignAccessKey(key: string, value: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (!ACCESS_KEY_KEY.test(key)) return false;
  const text = getStaticString(value, sourceCode);
  if (text === null || !FOREIGN_ACCESS_KEY.test(text) || accessKeyIdKind(text) !== null) return false;
  return /(?:[0-9].*){2}/u.test(text) && /(?:[A-Z].*){2}/u.test(text);
}

const FOREIGN_ACCESS_KEY = /^[A-Z0-9]{16,32}$/u;
/** Statements looked at around a member assignment for the access key set beside it. */
const MAX_SIBLING_STATEMENTS = 40;

/**
 * `config.secretKey = '…'` in a block that also sets `config.accessKey = 'Q3AM…'` (the same object, by its text) to
 * another service's access key (see `isForeignAccessKey`).
 */
function setsForeignAccessKey(
  assignment: TSESTree.AssignmentExpression,
  target: TSESTree.MemberExpression,
  sourceCode: SourceCode,
): boolean {
  const statement = assignment.parent;
  const block = statement?.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || block === undefined || !('body' in block)) return false;
  const statements = block.body;
  if (!Array.isArray(statements)) return false;
  const owner = sourceCode.getText(target.object);
  return (statements as TSESTree.Node[]).slice(0, MAX_SIBLING_STATEMENTS).some((other) => {
    if (other === statement || other.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    const expression = other.expression;
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return false;
    const left = skipTypeWrappers(expression.left);
    if (left.type !== AST_NODE_TYPES.MemberExpression || sourceCode.getText(left.object) !== owner) return false;
    const key = keyName(left, sourceCode);
    return key !== null && isForeignAccessKey(key, expression.right, sourceCode);
  });
}

/**
 * The name an object literal is given: the key of the property it is the value of (`aws: { … }`), the name it is
 * declared as (`const s3 = { … }`) or assigned to (`config.aws = { … }`), through type wrappers; null otherwise.
 */
function objectOwnerName(object: TSESTree.Node, sourceCode: SourceCode): string | null {
  let value = outermostTypeWrapper(object);
  // `{ aws: Object.freeze({ secret: '…' }) }`: the object itself, made read-only
  if (value.parent != null && frozenObject(value.parent) === value) value = outermostTypeWrapper(value.parent);
  const owner = value.parent;
  switch (owner?.type) {
    case AST_NODE_TYPES.Property:
      return owner.value === value ? keyName(owner, sourceCode) : null;
    case AST_NODE_TYPES.VariableDeclarator:
      return owner.init === value && owner.id.type === AST_NODE_TYPES.Identifier ? owner.id.name : null;
    case AST_NODE_TYPES.AssignmentExpression: {
      if (owner.right !== value) return null;
      const left = skipTypeWrappers(owner.left);
      return left.type === AST_NODE_TYPES.MemberExpression ? keyName(left, sourceCode) : expressionName(left);
    }
    default:
      return null;
  }
}

function isRegExpCall(node: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): boolean {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'RegExp') return true;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(callee);
    if (name === 'RegExp') return true;
    if (name !== null && REGEX_METHODS.has(name) && node.arguments[0] === argument) return true;
  }
  return false;
}

/**
 * Where the value of `start` goes: walk up through concatenation, templates, joins, decoding calls, type wrappers,
 * `a || b` / `a ?? b` defaults and conditionals, to the variable, property, assignment, argument, element, class
 * field, JSX attribute or enum member that receives it. Bounded; never throws.
 */
function slotOf(start: TSESTree.Node, sourceCode: SourceCode): Slot {
  const names: string[] = [];
  const slot = (container: TSESTree.Node | null): Slot => ({ names, container });
  let current: TSESTree.Node = start;
  for (let depth = 0; depth < MAX_SLOT_DEPTH; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return slot(null);
    if (isTypeWrapper(parent)) {
      current = parent;
      continue;
    }
    switch (parent.type) {
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.JSXExpressionContainer:
      case AST_NODE_TYPES.ChainExpression:
        current = parent;
        continue;
      // `secretAccessKey: String.raw\`…\``: that tagged template stands where the template does (another tag is a
      // call, between the name and what it returns)
      case AST_NODE_TYPES.TaggedTemplateExpression:
        if (parent.quasi !== current || !isStringRaw(parent)) return slot(null);
        current = parent;
        continue;
      case AST_NODE_TYPES.BinaryExpression:
        if (parent.operator !== '+') return slot(null);
        current = parent;
        continue;
      case AST_NODE_TYPES.LogicalExpression: {
        const name = expressionName(parent.left === current ? parent.right : parent.left);
        if (name) names.push(name);
        current = parent;
        continue;
      }
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return slot(null);
        current = parent;
        continue;
      case AST_NODE_TYPES.ArrayExpression: {
        const call = foldCallOfReceiver(parent);
        if (call) {
          current = call;
          continue;
        }
        const index = parent.elements.indexOf(current as TSESTree.Expression);
        const previous = stringLiteralValue(parent.elements[index - 1]);
        if (previous !== null) names.push(previous);
        return slot(parent);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const call = parent.object === current ? (foldCallOfReceiver(current) ?? trimCallOfReceiver(current)) : null;
        if (!call) return slot(null);
        current = call;
        continue;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        if (parent.callee === current) return slot(null);
        // A regular expression's source (`new RegExp(…)`, `.match(…)`): the call holds it, and names nothing
        if (isRegExpCall(parent, current)) return { names, container: parent };
        if (parent.type === AST_NODE_TYPES.NewExpression) {
          if (parent.arguments[0] === current && isSecretValueConstruction(parent, sourceCode)) {
            current = parent;
            continue;
          }
        } else {
          if (isDecodeCall(parent) && parent.arguments[0] === current) {
            current = parent;
            continue;
          }
          if (foldMethodOf(parent) === 'concat') {
            current = parent;
            continue;
          }
          const single = parent.arguments.length === 1 && parent.arguments[0] === current;
          if (single && isPassThroughCall(parent, sourceCode)) {
            current = parent;
            continue;
          }
        }
        const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
        const previous = stringLiteralValue(parent.arguments[index - 1]);
        if (previous !== null) names.push(previous);
        // `new AWS.Credentials(accessKeyId, secretAccessKey, sessionToken)`: the SDK's positions name the values
        const positional = parent.type === AST_NODE_TYPES.NewExpression ? credentialPositionName(parent, index) : null;
        if (positional !== null) names.push(positional);
        return slot(parent);
      }
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) return slot(parent.parent);
        names.push(parent.id.name);
        return { names, container: parent.parent, declarator: parent };
      case AST_NODE_TYPES.Property: {
        if (parent.value === current) {
          const name = keyName(parent, sourceCode);
          // `{ endPoint: 'play.min.io', accessKey: 'Q3AM…', secretKey: '…' }`: another service's pair (MinIO, an
          // S3-compatible store), its access key written beside it and no AWS key ID
          if (siblingsOf(parent, sourceCode).some(({ key, sibling }) => isForeignAccessKey(key, sibling.value, sourceCode))) {
            return slot(parent.parent);
          }
          if (name !== null) names.push(name);
          // `{ name: 'AWS_SECRET_ACCESS_KEY', value: '…' }` (an ECS container's or a CodeBuild environment variable,
          // `{ Key, Value }`, `{ ParameterKey, ParameterValue }`), `{ AWS_SECRET_ACCESS_KEY: { value: '…' } }`: the
          // value of a pair is named by the pair's name
          if (name !== null && VALUE_KEY.test(name)) names.push(...pairNames(parent, sourceCode));
          // `{ key: process.env.S3_KEY, secret: '…' }` (knox, other S3 clients): a secret beside its key is the
          // pair's
          if (name !== null && SECRET_KEY.test(name)) {
            names.push(...keySiblingNames(parent, sourceCode));
            // `{ aws: { secret: '…' } }`, `const s3 = { secret: '…' }`: the object's own name says whose secret
            const owner = objectOwnerName(parent.parent, sourceCode);
            if (owner !== null) names.push(`${owner}Secret`);
          }
        }
        return slot(parent.parent);
      }
      case AST_NODE_TYPES.AssignmentPattern: {
        if (parent.right !== current) return slot(null);
        const name = expressionName(parent.left);
        if (name) names.push(name);
        if (parent.parent.type === AST_NODE_TYPES.Property) {
          const key = getPropertyName(parent.parent);
          if (key !== null) names.push(key);
        }
        return slot(null);
      }
      case AST_NODE_TYPES.AssignmentExpression: {
        if (parent.right !== current) return slot(null);
        const left = skipTypeWrappers(parent.left);
        const name = left.type === AST_NODE_TYPES.MemberExpression ? keyName(left, sourceCode) : expressionName(left);
        // `config.accessKey = 'Q3AM…'; config.secretKey = '…'`: another service's pair, set member by member
        if (left.type === AST_NODE_TYPES.MemberExpression && setsForeignAccessKey(parent, left, sourceCode)) return slot(null);
        if (name) names.push(name);
        current = parent;
        continue;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
      case AST_NODE_TYPES.TSAbstractPropertyDefinition: {
        if (parent.value === current) {
          const name = memberName(parent as TSESTree.PropertyDefinition);
          if (name !== null) names.push(name);
        }
        return slot(parent.parent);
      }
      case AST_NODE_TYPES.JSXAttribute: {
        const name = parent.name.type === AST_NODE_TYPES.JSXIdentifier ? parent.name.name : parent.name.name.name;
        names.push(name);
        return slot(parent.parent);
      }
      case AST_NODE_TYPES.TSEnumMember: {
        if (parent.id.type === AST_NODE_TYPES.Identifier) names.push(parent.id.name);
        return slot(parent.parent);
      }
      // `type Config = { secretAccessKey: '…' }`, `interface I { secretAccessKey: '…' }`: a literal type named by
      // its property
      case AST_NODE_TYPES.TSLiteralType:
      case AST_NODE_TYPES.TSTypeAnnotation:
        current = parent;
        continue;
      case AST_NODE_TYPES.TSPropertySignature: {
        if (parent.typeAnnotation === current && !parent.computed) {
          const name = getPropertyName(parent);
          if (name !== null) names.push(name);
        }
        return slot(parent.parent);
      }
      // `get secretAccessKey() { return '…'; }`, `secretAccessKey: () => '…'`: the value a named getter, method or
      // function (declared, or the value of a property or `const`) returns from its body (not a callback's: an
      // argument's function names nothing)
      case AST_NODE_TYPES.ReturnStatement: {
        // the function the `return` belongs to (through blocks, `if`, `try`, loops and `switch`)
        const fn = enclosingFunction(parent, MAX_SLOT_DEPTH) ?? undefined;
        // `function getSecretAccessKey() { return '…'; }`: the declaration's own name says what it returns
        if (fn?.type === AST_NODE_TYPES.FunctionDeclaration) {
          if (fn.id !== null) names.push(fn.id.name);
          return slot(null);
        }
        if (!isNamedFunctionValue(fn)) return slot(null);
        current = fn!;
        continue;
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
        if (parent.body !== current || !isNamedFunctionValue(parent)) return slot(null);
        current = parent;
        continue;
      case AST_NODE_TYPES.MethodDefinition:
      case AST_NODE_TYPES.TSAbstractMethodDefinition: {
        const name = memberName(parent);
        if (name !== null && parent.value === current) names.push(name);
        return slot(parent.parent);
      }
      default:
        return slot(null);
    }
  }
  return slot(null);
}

/**
 * Could a call in the file resolve to Pulumi's or CDK's secret wrappers below? Only through an import of their
 * package (the shared per-file answers). Files with neither skip the scope work for every `new Error('…' + x)` and
 * `log('…' + x)` a credential name's folds are checked through.
 */
function mayWrapSecrets(sourceCode: SourceCode): boolean {
  return mayImportCdk(sourceCode) || mayUsePulumiSdk(sourceCode);
}

/** The exports of `@pulumi/pulumi` that return their argument's value as an output (`secret` marks it secret). */
const PULUMI_PASS_THROUGH: ReadonlySet<string> = new Set(['secret', 'output']);
/** The static methods of CDK's `SecretValue` that wrap a plain-text value (v2 `aws-cdk-lib`, v1 `@aws-cdk/core`). */
const SECRET_VALUE_PLAIN_TEXT: ReadonlySet<string> = new Set(['unsafePlainText', 'plainText']);

/**
 * A call whose value is its single argument's, as written or wrapped as a secret: the name that receives it names
 * the argument (`{ secretKey: pulumi.secret('…') }`, `SecretValue.unsafePlainText('…')`, `String('…')`). Bound
 * through the imports (a local `secret(…)` is not Pulumi's); any other call (`hash('…')`) names nothing.
 */
function isPassThroughCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String') {
    return isGlobalIdentifier(callee, sourceCode);
  }
  if (!mayWrapSecrets(sourceCode)) return false;
  const mayBe = calleeMayBeExport(
    call,
    sourceCode,
    (name) => PULUMI_PASS_THROUGH.has(name) || SECRET_VALUE_PLAIN_TEXT.has(name),
  );
  if (!mayBe) return false;
  const ref = resolveCallee(call, sourceCode);
  if (ref === null) return false;
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  if (ref.module === '@pulumi/pulumi') return path.length === 1 && PULUMI_PASS_THROUGH.has(path[0]!);
  const api = awsApi(ref);
  return (
    api?.family === 'cdk' &&
    api.submodule === null &&
    api.path.length === 2 &&
    api.path[0] === 'SecretValue' &&
    SECRET_VALUE_PLAIN_TEXT.has(api.path[1]!)
  );
}

/**
 * `new SecretValue('…')` (v2 `aws-cdk-lib`, v1 `@aws-cdk/core`): the constructor wraps its first argument as written,
 * so the name that receives the instance names the argument, as for `SecretValue.unsafePlainText('…')`.
 */
function isSecretValueConstruction(node: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  if (!mayWrapSecrets(sourceCode)) return false;
  if (!calleeMayBeExport(node, sourceCode, (name) => name === 'SecretValue')) return false;
  return isCdkExport(resolveCallee(node, sourceCode), null, 'SecretValue');
}

/** String methods whose result keeps the receiver's characters (less surrounding white space): `'…'.trim()`. */
const TRIM_METHODS: ReadonlySet<string> = new Set(['trim', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight', 'valueOf']);

/**
 * For `receiver.trim()` (and the other TRIM_METHODS, without arguments): the call. The receiver is a string (a
 * literal or a fold), so the method is the string's own; the name that receives the result names the receiver.
 */
function trimCallOfReceiver(receiver: TSESTree.Node): TSESTree.CallExpression | null {
  const call = methodCallOfReceiver(receiver, TRIM_METHODS);
  return call !== null && call.arguments.length === 0 ? call : null;
}

/** A function expression that is the value of a method, getter, property, class field or `const` declarator. */
function isNamedFunctionValue(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== AST_NODE_TYPES.FunctionExpression && node?.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
    return false;
  }
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
    case AST_NODE_TYPES.Property:
      // a setter's return value goes nowhere
      return parent.value === node && parent.kind !== 'set';
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === node;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node;
    default:
      return false;
  }
}

/**
 * Where each character of a JSX text's or JSX attribute string's value sits in its source text: `starts[i]` is the
 * offset of the unit that produces character `i` (`starts[length]` the end), `ends[i]` the offset after the unit
 * whose output ends at character `i`; -1 inside a unit that produces several characters.
 */
interface JsxMap {
  starts: Int32Array;
  ends: Int32Array;
}

/** An HTML entity as JSX parsers read it: `&#x41;`, `&#65;`, `&amp;` (names of at most ten characters). */
const JSX_ENTITY = /&(?:#x([0-9a-fA-F]{1,8})|#([0-9]{1,10})|([0-9A-Za-z]{1,10}));/y;

/**
 * The text an entity at `position` of `source` produced at `produced` of `value`, or null when the parser kept the
 * `&` as written. Named entities are not looked up: every one but `&amp;` stands for one character other than `&`,
 * and an unknown name is kept as written, so the value itself tells which happened. A numeric one is read as
 * typescript-estree (a code point) or acorn-jsx (a UTF-16 unit) reads it.
 */
function jsxEntityOutput(source: string, position: number, value: string, produced: number): [number, string] | null {
  JSX_ENTITY.lastIndex = position;
  const match = JSX_ENTITY.exec(source);
  if (match === null) return null;
  const length = match[0].length;
  const [, hex, decimal, name] = match;
  if (name !== undefined) {
    const next = value[produced];
    if (next === undefined) return null;
    if (next === '&') return name === 'amp' ? [length, '&'] : null;
    return [length, next];
  }
  const code = Number.parseInt(hex ?? decimal!, hex === undefined ? 10 : 16);
  const unit = String.fromCharCode(code);
  const outputs = code <= 0x10ffff ? [String.fromCodePoint(code), unit] : [unit];
  const output = outputs.find((text) => value.startsWith(text, produced));
  return output === undefined ? null : [length, output];
}

/**
 * Map `value`, as a JSX parser produced it from `source` (entities decoded; in text, CRLF turned into LF), back to
 * `source`. Null when the two cannot be aligned exactly. Linear in the text's length.
 */
function buildJsxMap(source: string, value: string): JsxMap | null {
  const starts = new Int32Array(value.length + 1).fill(-1);
  const ends = new Int32Array(value.length + 1).fill(-1);
  ends[0] = 0;
  let position = 0;
  let produced = 0;
  while (position < source.length) {
    const character = source[position]!;
    let unit: [number, string] | null = null;
    if (character === '&') unit = jsxEntityOutput(source, position, value, produced);
    if (unit === null && character === '\r' && value[produced] === '\n') {
      unit = [source[position + 1] === '\n' ? 2 : 1, '\n'];
    }
    unit ??= [1, character];
    const [length, output] = unit;
    if (!value.startsWith(output, produced)) return null;
    starts[produced] = position;
    produced += output.length;
    position += length;
    ends[produced] = position;
  }
  if (produced !== value.length) return null;
  starts[produced] = position;
  return { starts, ends };
}

/** Offsets in `source` of characters [start, end) of `value` through `map`, or null. */
function jsxRange(map: JsxMap, start: number, end: number): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= map.starts.length) {
    return null;
  }
  const sourceStart = map.starts[start]!;
  const sourceEnd = map.ends[end]!;
  return sourceStart < 0 || sourceEnd < 0 ? null : [sourceStart, sourceEnd];
}

/** The parameters of SDK v2's `new AWS.Credentials(accessKeyId, secretAccessKey, sessionToken)`, in order. */
const CREDENTIALS_PARAMETERS: readonly string[] = ['accessKeyId', 'secretAccessKey', 'sessionToken'];

/** The name the SDK gives argument `index` of `new Credentials(…)` / `new X.Credentials(…)` (by the class name). */
function credentialPositionName(call: TSESTree.NewExpression, index: number): string | null {
  if (index < 0 || index >= CREDENTIALS_PARAMETERS.length || call.arguments.length < 2) return null;
  return getCalleeName(call) === 'Credentials' ? CREDENTIALS_PARAMETERS[index]! : null;
}

/** A read of a declared name where a credential name receives its value (see `credentialSlotUses`). */
interface CredentialSlotUse {
  identifier: TSESTree.Node;
  /** The identifier through its type wrappers: the property's value or the argument. */
  value: TSESTree.Node;
  name: string;
  container: TSESTree.Node;
}

/**
 * The identifiers written as the value of a property whose key holds one of `offsets` (`{ secretAccessKey: s }`),
 * or as arguments of a `new … Credentials(…)` whose callee does: by name, a superset of `credentialSlotUses`.
 */
function identifiersNamedAt(offsets: readonly number[], sourceCode: SourceCode): Set<string> {
  const names = new Set<string>();
  const add = (node: TSESTree.Node | undefined): void => {
    const value = node === undefined ? null : skipTypeWrappers(node);
    if (value?.type === AST_NODE_TYPES.Identifier) names.add(value.name);
  };
  for (const offset of offsets) {
    let node: TSESTree.Node | null | undefined = nodeAtIndex(sourceCode, offset);
    // The key itself (an identifier or a string), or the callee's member chain
    for (let depth = 0; node && depth < MAX_SLOT_DEPTH; depth++) {
      const parent: TSESTree.Node | undefined = node.parent;
      if (parent?.type === AST_NODE_TYPES.Property && parent.key === node) {
        add(parent.value);
        break;
      }
      if (parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === node) {
        for (const argument of parent.arguments) add(argument);
        break;
      }
      if (parent?.type !== AST_NODE_TYPES.MemberExpression && !(parent && isTypeWrapper(parent))) break;
      node = parent;
    }
  }
  return names;
}

/**
 * The initialisers of each `const`/`let`/`var` name of `declarations` (by name: a prefilter, not scope analysis); a
 * class or an enum by its name (`Keys.PREFIX + Keys.BODY`: static fields and members are read through it); a name
 * destructured by its declarator.
 */
function nameInitsOf(declarations: readonly Declaration[], sourceCode: SourceCode): NameInits {
  const inits = new Map<string, NameInit | NameInit[]>();
  const add = (name: string, init: NameInit): void => {
    const known = inits.get(name);
    if (known === undefined) inits.set(name, init);
    else if (Array.isArray(known)) known.push(init);
    else inits.set(name, [known, init]);
  };
  for (const node of declarations) {
    if (node.type === AST_NODE_TYPES.ClassDeclaration) {
      if (node.id) add(node.id.name, node);
    } else if (node.type === AST_NODE_TYPES.TSEnumDeclaration) add(node.id.name, node);
    else if (node.id.type === AST_NODE_TYPES.Identifier) {
      if (node.init) add(node.id.name, node.init);
    } else if (node.init) {
      // `const { head, body } = PARTS`, `const [head, body] = [...]`: each name, some part of the initialiser
      for (const variable of sourceCode.getDeclaredVariables(node)) add(variable.name, node);
    }
  }
  return inits;
}

/** What binds the names whose values the fold models follow. */
type Declaration = TSESTree.VariableDeclarator | TSESTree.ClassDeclaration | TSESTree.TSEnumDeclaration;

/** The declarator of a single name whose value `node` is (through type wrappers), or null. */
function declaratorOfInit(node: TSESTree.Node): TSESTree.VariableDeclarator | null {
  const value = outermostTypeWrapper(node);
  const parent = value.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier
    ? parent
    : null;
}

/** Most member hops from a declared name to a value written inside it (`CFG.aws.s`, `KEYS[0]`, `Keys.SECRET`). */
const MAX_MEMBER_PATH = 4;

/**
 * The names a value written inside a declared constant receives where it is read by members: `secretAccessKey` for
 * `'…'` in `const CFG = { s: '…' }` read as `{ secretAccessKey: CFG.s }` (also `CFG['s']`, nested objects, an array's
 * element `KEYS[0]`, an enum member `E.S`, a class's static field `Keys.S`; the value of a credential property, a
 * positional argument of `new AWS.Credentials(…)`, a member assigned it, or a name declared with it, `const
 * secretAccessKey = CFG.s`). The
 * value's own key (`s`) says nothing of it; where it is read does.
 */
function namesWhereMemberRead(start: TSESTree.Node, sourceCode: SourceCode): string[] {
  const path: string[] = [];
  let current = outermostTypeWrapper(start);
  let declaration: TSESTree.Node | null = null;
  let declaredName: string | null = null;
  for (let depth = 0; depth <= MAX_MEMBER_PATH && declaration === null; depth++) {
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === current && !parent.computed) {
      const key = keyName(parent, sourceCode);
      if (key === null || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return [];
      path.unshift(key);
      current = outermostTypeWrapper(parent.parent);
    } else if (parent != null && frozenObject(parent) === current) {
      // `Object.freeze({ s: '…' })`: the object itself
      current = outermostTypeWrapper(parent);
    } else if (parent?.type === AST_NODE_TYPES.ArrayExpression) {
      const index = parent.elements.indexOf(current as TSESTree.Expression);
      // After a spread, an element's index is not known
      if (parent.elements.some((element, at) => at < index && element?.type === AST_NODE_TYPES.SpreadElement)) return [];
      path.unshift(String(index));
      current = outermostTypeWrapper(parent);
    } else if (parent?.type === AST_NODE_TYPES.TSEnumMember && parent.initializer === current) {
      const key = parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : stringLiteralValue(parent.id);
      if (key === null) return [];
      path.unshift(key);
      declaration = parent.parent.type === AST_NODE_TYPES.TSEnumBody ? parent.parent.parent : parent.parent;
    } else if (
      parent?.type === AST_NODE_TYPES.PropertyDefinition &&
      parent.value === current &&
      parent.static &&
      parent.parent.parent.type === AST_NODE_TYPES.ClassDeclaration
    ) {
      const key = memberName(parent);
      if (key === null) return [];
      path.unshift(key);
      declaration = parent.parent.parent;
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
      declaration = parent;
      declaredName = parent.id.name;
    } else {
      return [];
    }
  }
  if (declaration === null || path.length === 0 || path.length > MAX_MEMBER_PATH) return [];
  const names: string[] = [];
  for (const variable of sourceCode.getDeclaredVariables(declaration)) {
    if (declaredName !== null && variable.name !== declaredName) continue;
    // A name given another value (`let CFG = …; CFG = load()`) may hold anything where it is read
    if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) continue;
    for (const reference of variable.references) {
      if (reference.init === true) continue;
      let read: TSESTree.Node = outermostTypeWrapper(reference.identifier as TSESTree.Node);
      let matched = 0;
      for (; matched < path.length; matched++) {
        const member = read.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) break;
        if (keyName(member, sourceCode) !== path[matched]) break;
        read = outermostTypeWrapper(member);
        // `CFG?.s`: the chain stands where the member does
        if (read.parent?.type === AST_NODE_TYPES.ChainExpression) read = outermostTypeWrapper(read.parent);
      }
      if (matched !== path.length) continue;
      const name = receivingName(read, sourceCode);
      if (name !== null) names.push(name);
    }
  }
  return names;
}

/** The name a value read at `value` is given: the key of the property, the SDK's position, the declared name. */
function receivingName(value: TSESTree.Node, sourceCode: SourceCode): string | null {
  const owner = value.parent;
  // Not a pattern's target (`({ secretAccessKey: CFG.s } = process.env)` writes the member)
  if (owner?.type === AST_NODE_TYPES.Property && owner.value === value) {
    return owner.parent.type === AST_NODE_TYPES.ObjectExpression ? keyName(owner, sourceCode) : null;
  }
  // `options.secretAccessKey = CFG.s`
  if (owner?.type === AST_NODE_TYPES.AssignmentExpression && owner.right === value) {
    const target = skipTypeWrappers(owner.left);
    return target.type === AST_NODE_TYPES.MemberExpression ? keyName(target, sourceCode) : null;
  }
  if (owner?.type === AST_NODE_TYPES.NewExpression) {
    return credentialPositionName(owner, owner.arguments.indexOf(value as TSESTree.Expression));
  }
  if (owner?.type === AST_NODE_TYPES.VariableDeclarator && owner.init === value && owner.id.type === AST_NODE_TYPES.Identifier) {
    return owner.id.name;
  }
  return null;
}

/**
 * The reads of the names `declarator` declares that a credential name receives: the value of a credential property
 * (`{ secretAccessKey: SECRET }`), or an argument of `new AWS.Credentials(ACCESS_KEY_ID, SECRET)`, whose positions
 * the SDK names.
 */
function credentialSlotUses(declarator: TSESTree.VariableDeclarator, sourceCode: SourceCode): CredentialSlotUse[] {
  const uses: CredentialSlotUse[] = [];
  for (const variable of sourceCode.getDeclaredVariables(declarator)) {
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Node;
      const value = outermostTypeWrapper(identifier);
      const owner = value.parent;
      if (owner?.type === AST_NODE_TYPES.NewExpression) {
        const name = credentialPositionName(owner, owner.arguments.indexOf(value as TSESTree.Expression));
        if (name !== null) uses.push({ identifier, value, name, container: owner });
      } else if (owner?.type === AST_NODE_TYPES.Property && owner.value === value) {
        const name = getPropertyName(owner);
        if (name !== null && isCredentialSlotName(name)) uses.push({ identifier, value, name, container: owner.parent });
      }
    }
  }
  return uses;
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-aws-keys',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow AWS access keys, secret access keys and session tokens written into source code',
      recommended: 'recommended',
    },
    messages: {
      accessKeyId:
        "AWS access key ID `{{keyId}}` ({{kind}}) is hard-coded; remove it, rotate it, and let the function's execution role supply credentials.",
      accessKeyPair:
        "AWS access key ID `{{keyId}}` ({{kind}}) is hard-coded together with {{companions}}; remove them, rotate the key, and let the function's execution role supply credentials.",
      secretAccessKey:
        "An AWS secret access key ({{secret}}) is hard-coded; remove it, rotate the key, and let the function's execution role supply credentials.",
      sessionToken:
        "An AWS session token ({{token}}) is hard-coded; remove it, and let the function's execution role supply credentials.",
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-hardcoded-aws-keys.',
        properties: {
          allow: {
            type: 'array',
            description:
              'Credential values to accept (a team\'s own test fixtures): exact values, or regular expressions written as "/source/flags". An allowed access key ID also silences the secret and token paired with it.',
            items: { type: 'string', minLength: 1, description: 'An exact value or a "/source/flags" regular expression.' },
            uniqueItems: true,
          },
          checkComments: {
            type: 'boolean',
            description: 'Also look for credentials in comments (line, block and JSDoc, and the shebang line). Default true.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], checkComments: true }],
  },
  defaultOptions: [{ allow: [], checkComments: true }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;

    // Most files cannot hold a credential in any form the rule understands: one linear scan of the source text
    // (credential prefixes and their split forms, escapes of upper-case letters, decoding calls, credential names)
    // says so, and then the rule registers no listener at all.
    let evidence = sourceEvidence(sourceCode.text);
    if (!evidence.keyId && !evidence.name) return {};
    // Decoding calls are the only trace of a key ID: only a key ID decoded from text known here can be reported.
    // Published code decodes run-time bytes all over (`Buffer.from(bytes).toString('base64')`): its calls are read
    // once, before traversal. When none decodes known text the file holds no key ID, and is read as one without a
    // trace of it (a secret or token needs a name then; without one there is nothing to look for)
    if (evidence.decodedOnly && !decodesKnownTextAnywhere(sourceCode)) {
      if (!evidence.name) return {};
      evidence = NAMES_ONLY;
    }
    return fileListeners(context, options, evidence);
  },
});

/** What a file holds when its only trace of a key ID decodes nothing known here and a credential name is written. */
const NAMES_ONLY: SourceEvidence = Object.freeze({ keyId: false, decodedOnly: false, name: true });

/** Does a decoding call of the file (`atob(…)`, `Buffer.from(…)`, `new Buffer(…)`, …) decode text known here? */
function decodesKnownTextAnywhere(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let found = false;
  forEachMayDecodeCall(sourceCode, (call) => !(found = decodesKnownText(call, sourceCode)));
  return found;
}

/**
 * Is `node` a decoding call of text known here, that makes new text of it, text that could start a key ID or that
 * names a credential? A call
 * that gives back the string literal it was given (`Buffer.from('hello')`, `decodeURIComponent('plain')`) decodes
 * nothing: whatever that text holds is written in the file as it is, where the key ID traces look. Where decoding
 * calls are a file's only trace of a key ID, every prefix starts with an `A` the file does not write (a written one
 * before a cut is a trace of its own), so decoded text without one (`Buffer.from([0x7b, 0x7d])`,
 * `String.fromCharCode(925)`), or an escape that could spell it, makes no key ID.
 */
function decodesKnownText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const decoding =
    (node.type === AST_NODE_TYPES.CallExpression && mayDecode(node)) ||
    (node.type === AST_NODE_TYPES.NewExpression && isDecodeCall(node));
  if (!decoding) return false;
  const value = getStaticValue(node, sourceCode, { decode: true });
  if (value.kind !== 'string') return false;
  // A decoded credentials file may hold a secret by its name alone (`aws_secret_access_key = …`), and no key ID
  if (!MAY_START_KEY_ID.test(value.value) && !spellsCredentialName(value.value)) return false;
  const input = (node as TSESTree.CallExpression | TSESTree.NewExpression).arguments[0];
  return !(input?.type === AST_NODE_TYPES.Literal && input.value === value.value);
}

/** A prefix's first letter, or what could spell one once decoded again (an escape, a percent or HTML entity). */
const MAY_START_KEY_ID = /[A\\%&]/;

/**
 * The rule's listeners for a file the prefilter in `create` lets through. Kept apart from `create`: the functions
 * declared below are made on every call, so `create` makes none of them for the files it turns away.
 */
function fileListeners(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  options: Options[0],
  evidence: SourceEvidence,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  // A plain string or comment holds a credential of its own only with a credential prefix written out, a base64
  // run of a secret's or a token's length (`holdsCredentialRun`), or an escape that could spell either (cooked
  // values differ from the text only through escapes). Without them only folds can produce one (a prefix cut into
  // pieces, a decoding call): the plain strings then matter only next to what a fold produced (its key ID pairs with
  // their secrets), and are gathered at the end if it does.
  const stringsMatter =
    holdsCredentialRun(text) || holdsKeyIdPrefix(text) || mayHideText(sourceCode) || writesJsonEscape(text);

  // Traversal only records candidates (cheap); the analysis runs once at Program:exit, when every constant is
  // known.
  /** String literals, plain templates and JSX text that may hold a credential. */
  const leaves: Leaf[] = [];
  /** Fold constructs (`+`, templates with expressions, join/concat/toString, decoding calls), in pre-order. */
  const folds: TSESTree.Node[] = [];
  /** Declarators whose value holds a candidate: their uses in credential properties are checked too. */
  const candidateDeclarators = new Set<TSESTree.VariableDeclarator>();
  /**
   * The declarators and classes of the file, in traversal order: the initialisers of its names for the fold models,
   * gathered into a map only when a fold is modelled (most files with a credential name have no fold to model).
   */
  const declarations: Declaration[] = [];
  /** `key += '…'` / `key = key + '…'` assignments, with the pieces each appends (see `appendChainOf`). */
  const appends = new Map<TSESTree.AssignmentExpression, TSESTree.Node[]>();
  /** Names built up by appends whose value holds a candidate: their uses in credential properties read it too. */
  const chains = new Map<TSESTree.VariableDeclarator, { chain: AppendChain; runs: ChainRun[] }>();

  let runModels: RunModels | null = null;

  /** Fold prefilter models (see string-folds.ts), from the initialisers the listeners gathered. */
  function models(): RunModels {
    return (runModels ??= new RunModels(nameInitsOf(declarations, sourceCode), scopedInits));
  }

  /** The initialisers of the declarations `identifier` reads, as `nameInitsOf` gathers them by name. */
  function scopedInits(identifier: TSESTree.Identifier): { key: object; inits: NameInit[] } | null {
    const variable = findVariableOf(identifier, sourceCode);
    if (variable === null) return null;
    const inits: NameInit[] = [];
    for (const { node } of variable.defs) {
      if (node.type === AST_NODE_TYPES.VariableDeclarator) {
        if (node.init) inits.push(node.id.type === AST_NODE_TYPES.Identifier ? node.init : node);
      } else if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.TSEnumDeclaration) {
        inits.push(node);
      }
    }
    return { key: variable, inits };
  }

  function addDeclaration(node: Declaration): void {
    declarations.push(node);
  }

  /** Fold constructs whose value static-value knew: everything inside them is scanned through them. */
  const folded = new Set<TSESTree.Node>();
  /** Nodes inside a folded construct (their own scan would duplicate or fragment the folded one). */
  const covered = new Set<TSESTree.Node>();
  /** Candidates by group: one object, call, array, declaration, class body, JSX element, string or comment run. */
  const groups = new Map<unknown, Placed[]>();

  function isInsideFolded(node: TSESTree.Node): boolean {
    const owner = foldOwner(node);
    return owner !== null && (folded.has(owner) || covered.has(owner));
  }

  /**
   * A decoding call's argument is other text than what it decodes to: a key ID written there raw
   * (`atob('AKIA…')`) is still in the source, so that string is scanned on its own too.
   */
  function isRawKeyIdInDecodeCall(node: Leaf): boolean {
    const owner = foldOwner(node);
    if (owner?.type !== AST_NODE_TYPES.CallExpression || !isDecodeCall(owner)) return false;
    const text = node.type === AST_NODE_TYPES.TemplateLiteral ? node.quasis[0]?.value.cooked : node.value;
    return typeof text === 'string' && holdsKeyIdPrefix(text);
  }

  function add(candidates: readonly CredentialCandidate[], ranges: readonly Range[], textKey: unknown, group: unknown): void {
    let list = groups.get(group);
    if (!list) {
      list = [];
      groups.set(group, list);
    }
    candidates.forEach((candidate, index) => {
      const range = ranges[index]!;
      list.push({ candidate, position: range[0], text: textKey, range });
    });
  }

  /** Exact source range of cooked characters [start, end) of a Literal / TemplateElement / JSXText, or null. */
  function leafRange(node: TSESTree.Node, cooked: string, start: number, end: number, raw = false): Range | null {
    if (node.type === AST_NODE_TYPES.JSXText) return jsxLeafRange(node, node.range[0], node.raw, cooked, start, end);
    // A JSX attribute's string has entities (`&amp;`) where other strings have escapes
    if (node.type === AST_NODE_TYPES.Literal && node.parent?.type === AST_NODE_TYPES.JSXAttribute) {
      return jsxLeafRange(node, node.range[0] + 1, node.raw.slice(1, -1), cooked, start, end);
    }
    // A regular expression's pattern is its source between the slashes
    if (node.type === AST_NODE_TYPES.Literal && 'regex' in node && node.regex !== undefined) {
      return [node.range[0] + 1 + start, node.range[0] + 1 + end];
    }
    // Mapped through escapes and line breaks by static-value, which builds each node's map once
    if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateElement) {
      return cookedRangeToSourceRange(node, start, end, sourceCode, raw);
    }
    return null;
  }

  /** Maps of JSX strings whose source differs from their value, built once per node (see `buildJsxMap`). */
  const jsxMaps = new Map<TSESTree.Node, JsxMap | null>();

  /** Source range of characters [start, end) of a JSX string's value, its source starting at `from`. */
  function jsxLeafRange(
    node: TSESTree.Node,
    from: number,
    source: string,
    value: string,
    start: number,
    end: number,
  ): Range | null {
    if (source === value) return end <= value.length ? [from + start, from + end] : null;
    let map = jsxMaps.get(node);
    if (map === undefined) {
      map = buildJsxMap(source, value);
      jsxMaps.set(node, map);
    }
    const mapped = map === null ? null : jsxRange(map, start, end);
    return mapped === null ? null : [from + mapped[0], from + mapped[1]];
  }

  /** Scan one string written in the source (a literal, a template quasi, JSX text) on its own. */
  function scanLeaf(node: TSESTree.Node, textNode: TSESTree.Node, text: string | null, raw = false): void {
    if (text === null || text.length < MIN_TEXT_LENGTH) return;
    // `/\bAKIA…\b/`: the letter of an escape is not glued to the key
    const cooked = isRegexSource(node) ? maskRegexEscapes(text) : text;
    let slot: Slot | null = null;
    const getSlot = (): Slot => (slot ??= slotOf(node, sourceCode));
    // Asked only of a secret-shaped value that needs a name: also the names it gets where a member reads it
    let names: string[] | null = null;
    const getNames = (): string[] => (names ??= [...getSlot().names, ...namesWhereMemberRead(node, sourceCode)]);
    const candidates = scanCredentialText(cooked, { names: getNames });
    if (candidates.length === 0) return;
    if (getSlot().declarator) candidateDeclarators.add(getSlot().declarator!);
    const ranges = candidates.map(
      (candidate): Range =>
        leafRange(textNode, cooked, candidate.start, candidate.end, raw) ?? [textNode.range[0], textNode.range[1]],
    );
    add(candidates, ranges, node, getSlot().container ?? node);
  }

  /** Source range of [start, end) of a folded value assembled at `root` (a construct's range, or a chain's). */
  function foldedRange(root: Range, value: StringValue, start: number, end: number): Range {
    const inside = (node: TSESTree.Node | null): boolean =>
      node === null || (node.range[0] >= root[0] && node.range[1] <= root[1]);
    const found = touchedSegments(value.segments, start, end);
    const touched = found === null ? [] : value.segments.slice(found[0], found[1] + 1);
    // A key inside one piece is reported on that piece (even when it was written elsewhere: `A + '…'`); a key
    // assembled from pieces written elsewhere is reported on the expression that assembles it.
    if (touched.length === 1 || touched.every((segment) => inside(segment.node))) {
      const mapped = stringValueRange(value, start, end, sourceCode);
      if (mapped && (touched.length === 1 || (mapped[0] >= root[0] && mapped[1] <= root[1]))) {
        return mapped;
      }
    }
    return [root[0], root[1]];
  }

  function scanFolded(root: TSESTree.Node, value: StringValue, slot: () => Slot): void {
    if (value.value.length < MIN_TEXT_LENGTH) return;
    // A candidate whose pieces a fold read before assembled (`const id = 'AK' + 'IA…'; const url = id + '/x'`,
    // `Buffer.from(id)`) was found there: the key is written once, and reported once. A key ID beside a secret or
    // token of this value (`${id}:${secret}`) stays: they are one finding here, whatever else reports the key alone
    const scanned = scanCredentialText(value.value, { names: () => slot().names });
    const kept = scanned.filter((candidate) => candidate.type === ACCESS_KEY_ID || !assembledByEarlierFold(root, value, candidate));
    const paired = kept.some((candidate) => candidate.type !== ACCESS_KEY_ID);
    const candidates = paired ? kept : kept.filter((candidate) => !assembledByEarlierFold(root, value, candidate));
    if (candidates.length === 0) return;
    const declarator = slot().declarator;
    if (declarator) candidateDeclarators.add(declarator);
    const ranges = candidates.map((candidate) => foldedRange(root.range, value, candidate.start, candidate.end));
    add(candidates, ranges, root, slot().container ?? root);
  }

  /**
   * Does the candidate of a fold's value span pieces that a fold read before assembled: pieces written inside one
   * such construct, or pieces written apart (`const A = 'AKIA…', B = '…'`) that a fold assembled the same way and
   * whose name this one reads (`const h = A + B; h + '/x'`)? Or is it a key ID this fold reads through a name that a
   * fold assembles, wherever that fold is in the file (see `readsAssembly`)?
   */
  function assembledByEarlierFold(root: TSESTree.Node, value: StringValue, candidate: CredentialCandidate): boolean {
    const { start, end } = candidate;
    const touched = touchedSegments(value.segments, start, end);
    if (touched === null || touched[0] === touched[1]) return false;
    const pieces = value.segments.slice(touched[0], touched[1] + 1);
    if (assembledElsewhere(pieces, root.range)) return true;
    if (pieces.some((piece) => piece.node === null)) return false;
    if (candidate.type === ACCESS_KEY_ID && readsAssembly(root, pieces)) return true;
    let offset = start;
    for (let index = 0; index < touched[0]; index++) offset -= value.segments[index]!.text.length;
    const key = `${offset}:${end - start}:${pieces.map((piece) => `${piece.node!.range[0]}+${piece.offset}:${piece.text.length}`).join(',')}`;
    const first = assemblers.get(key);
    if (first === undefined) {
      assemblers.set(key, root);
      return false;
    }
    return first !== root && readsDeclaredValue(root, first);
  }

  /**
   * Does `root` read a name whose value a fold outside it assembles from `pieces` (`function f() { return id + '/x' }
   * const id = HEAD + BODY`: the reader may come first in the file, a function above the constant, or a `var`)?
   * Followed through names bound once (`const alias = id`), a few hops. Such a fold reports the key ID wherever it is:
   * a key ID needs no name, so it finds the same candidate (a secret or token may be one only by the reader's name,
   * and is not asked about). A fold that assembles the pieces itself (`HEAD + BODY + '/x'`) reads no such name.
   */
  function readsAssembly(root: TSESTree.Node, pieces: readonly StringSegment[]): boolean {
    foldSet ??= new Set(folds);
    let found = false;
    let budget = MAX_READER_NODES;
    walkNodes([root], sourceCode.visitorKeys, (node) => {
      if (--budget < 0) return false;
      if (node.type !== AST_NODE_TYPES.Identifier || !isReadName(node)) return;
      const assembly = assemblyNamed(node, root);
      if (assembly !== null && holdsPieces(assembly, pieces)) {
        found = true;
        return false;
      }
    });
    return found;
  }

  let foldSet: Set<TSESTree.Node> | null = null;

  /** The fold that the name `identifier` is bound to (once), outside `root`; null for anything else. */
  function assemblyNamed(identifier: TSESTree.Identifier, root: TSESTree.Node): TSESTree.Node | null {
    let name = identifier;
    for (let hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
      const variable = findVariableOf(name, sourceCode);
      const definition = variable?.defs.length === 1 ? variable.defs[0]! : null;
      const declarator = definition?.node;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== definition!.name || declarator.init === null) {
        return null;
      }
      // Written once: a name assigned again may hold anything by the time it is read
      if (variable!.references.some((reference) => reference.isWrite() && !reference.init)) return null;
      const init = skipTypeWrappers(declarator.init);
      if (init.type === AST_NODE_TYPES.Identifier) {
        name = init;
        continue;
      }
      if (!foldSet!.has(init) || isInside(init, root) || isInside(root, init)) return null;
      return init;
    }
    return null;
  }

  /** Does the string value of `fold` hold `pieces`, one after another (the same pieces of the same nodes)? */
  function holdsPieces(fold: TSESTree.Node, pieces: readonly StringSegment[]): boolean {
    const value = getStaticValue(fold, sourceCode, { decode: true });
    const segments = value.kind === 'string' ? value.segments : value.kind === 'partial-string' ? value.parts : null;
    if (segments === null) return false;
    const same = (segment: StringSegment | null, piece: StringSegment): boolean =>
      segment !== null && segment.node === piece.node && segment.offset === piece.offset && segment.text === piece.text;
    for (let first = 0; first + pieces.length <= segments.length; first++) {
      if (pieces.every((piece, index) => same(segments[first + index]!, piece))) return true;
    }
    return false;
  }

  /** The first fold that assembled each candidate from pieces written apart, by the pieces it spans. */
  const assemblers = new Map<string, TSESTree.Node>();

  /** Does `root` read the name a declaration binds to `value` (`const h = A + B` read in `h + '/x'`)? */
  function readsDeclaredValue(root: TSESTree.Node, value: TSESTree.Node): boolean {
    const declarator = outermostTypeWrapper(value).parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) {
      return false;
    }
    const variable = findVariableOf(declarator.id, sourceCode);
    return (
      variable !== null &&
      variable.references.some((reference) => !reference.init && isInside(reference.identifier as TSESTree.Node, root))
    );
  }

  /**
   * `let key = 'AKIA…'; key += '…';`: a string built up statement by statement is scanned whole, with its name for
   * context, each run between unknown pieces as a string of its own. A key across pieces is reported from its first
   * character to its last.
   */
  function analyseAppendChains(): void {
    const seen = new Set<unknown>();
    for (const assignment of appends.keys()) {
      // Every write of a chain is an append written as a statement (`appendChainOf`): a variable appended to inside
      // an expression (`for (…; s += c)`, `f(s += c)`, minified code's sequences) has none, found without a lookup
      if (assignment.parent?.type !== AST_NODE_TYPES.ExpressionStatement) continue;
      const variable = findVariableOf(assignment.left as TSESTree.Identifier, sourceCode);
      if (variable === null || seen.has(variable)) continue;
      seen.add(variable);
      const chain = appendChainOf(variable, appends);
      if (chain === null) continue;
      // The model first: most built-up strings (URLs, messages) cannot spell a credential's run
      let model = EMPTY_MODEL;
      for (const piece of chain.pieces) model = concatModels(model, models().of(piece));
      if (!mayHoldCredential(model)) continue;
      const runs = chainRuns(chain);
      const slot: Slot = { names: [chain.declarator.id.name], container: chain.declarator };
      if (scanChain(chain, runs, () => slot)) chains.set(chain.declarator, { chain, runs });
    }
  }

  /**
   * The known runs of a chain's value: each piece through static-value, an unknown piece a boundary; with the piece
   * each segment comes from.
   */
  function chainRuns(chain: AppendChain): ChainRun[] {
    const parts: ({ segment: StringSegment; owner: TSESTree.Node } | null)[] = [];
    for (const piece of chain.pieces) {
      const value = getStaticValue(piece, sourceCode, { decode: true });
      const known = value.kind === 'string' ? value.segments : value.kind === 'partial-string' ? value.parts : null;
      for (const part of known ?? [null]) parts.push(part === null ? null : { segment: part, owner: piece });
    }
    const runs: ChainRun[] = [];
    for (const run of knownRuns(parts)) {
      const segments = run.map((part) => part.segment);
      const value = segments.map((segment) => segment.text).join('');
      if (value.length < MIN_TEXT_LENGTH) continue;
      const owners = run.map((part) => part.owner);
      runs.push({ value: { kind: 'string', value, node: chain.declarator, segments }, owners });
    }
    return runs;
  }

  /** Scan a chain's runs under `slot`; true when one holds a candidate. */
  function scanChain(chain: AppendChain, runs: readonly ChainRun[], slot: () => Slot): boolean {
    let found = false;
    for (const run of runs) {
      const candidates = scanCredentialText(run.value.value, { names: () => slot().names });
      const kept: CredentialCandidate[] = [];
      const ranges: Range[] = [];
      for (const candidate of candidates) {
        const range = chainRange(run, candidate.start, candidate.end);
        if (range === null) continue;
        kept.push(candidate);
        ranges.push(range);
      }
      if (kept.length === 0) continue;
      found = true;
      add(kept, ranges, chain.declarator, slot().container ?? chain.declarator);
    }
    if (found) candidateDeclarators.add(chain.declarator);
    return found;
  }

  /**
   * Where a candidate of a chain's run is reported: on its characters when the pieces it spans are written in the
   * chain (or it lies in one piece), else on the pieces that bring it in, from the first to the last. Null when it
   * was assembled whole by a fold elsewhere (`const ID = A + B; let k = ID; k += '/x'`): reported there.
   */
  function chainRange(run: ChainRun, start: number, end: number): Range | null {
    const { segments } = run.value;
    const found = touchedSegments(segments, start, end);
    if (found === null) return null;
    const [first, last] = found;
    const span: Range = [run.owners[first]!.range[0], run.owners[last]!.range[1]];
    if (first !== last && assembledElsewhere(segments.slice(first, last + 1), span)) return null;
    return foldedRange(span, run.value, start, end);
  }

  /** Segments written outside `span`, all inside one construct a fold already read (and reported on). */
  function assembledElsewhere(segments: readonly StringSegment[], span: Range): boolean {
    let low = Infinity;
    let high = -Infinity;
    for (const segment of segments) {
      if (segment.node === null) return false;
      low = Math.min(low, segment.node.range[0]);
      high = Math.max(high, segment.node.range[1]);
    }
    if (low >= span[0] && high <= span[1]) return false;
    for (const construct of folded) if (construct.range[0] <= low && high <= construct.range[1]) return true;
    return false;
  }

  /** Fold a construct through static-value and scan its value; a partial value is scanned run by run. */
  function fold(node: TSESTree.Node): void {
    const value = getStaticValue(node, sourceCode, { decode: true });
    if (value.kind !== 'string' && value.kind !== 'partial-string') return;
    folded.add(node);
    let slot: Slot | null = null;
    const getSlot = (): Slot => (slot ??= slotOf(node, sourceCode));
    if (value.kind === 'string') {
      scanFolded(node, value, getSlot);
      return;
    }
    // Known runs between unknown gaps are scanned as strings of their own; a gap is a boundary.
    for (const run of knownRuns(value.parts)) {
      const text = run.map((segment) => segment.text).join('');
      scanFolded(node, { kind: 'string', value: text, node, segments: run }, getSlot);
    }
  }

  function analyseFolds(): void {
    if (folds.length === 0) return;
    // Only named folds can hold a credential without a key ID; decoding calls of unknown text make none. (Where
    // escapes could spell a name anywhere, every fold is one that may be named: read them all, as usual.)
    const partial = !evidence.keyId || (evidence.decodedOnly && (!evidence.name || !mayHideNames(sourceCode)));
    if (partial && analyseNamedFolds()) return;
    // Models bottom-up (reverse pre-order visits inner constructs first, so recursion stays shallow), then fold
    // outermost-first, and only constructs that can hold a key ID or a secret somewhere.
    const runs = models();
    for (let index = folds.length - 1; index >= 0; index--) runs.of(folds[index]);
    for (const node of folds) {
      if (folded.size > 0 && isInsideFolded(node)) covered.add(node);
      else if (mayHoldCredential(runs.of(node))) fold(node);
    }
  }

  /**
   * A file with no trace of a key ID can only hold named secrets and tokens: fold only the outermost constructs that
   * receive a credential name (`secretAccessKey: 'a' + 'b'`) or hold one (`'aws_secret_access_key=' + S`). Such a
   * name is written in the fold's statement (`enclosingStatementOf`; unless escapes could spell it), so folds
   * elsewhere are not modelled at all. When decoding calls are the file's only trace of a key ID
   * (`SourceEvidence.decodedOnly`), a fold holding one that decodes text known here (`atob('QUtJQ…')`) makes a key ID:
   * then false, and every fold is read.
   */
  function analyseNamedFolds(): boolean {
    const holdsName = credentialNamesWithin(text);
    const namesSpelled = !mayHideNames(sourceCode);
    const named: TSESTree.Node[] = [];
    for (const node of folds) {
      if (foldOwner(node) !== null) continue;
      const statement = enclosingStatementOf(node);
      const namedInStatement = evidence.name && (!namesSpelled || holdsName(statement.range[0], statement.range[1]));
      // Named where it is read needs a declared name that a credential name receives (the names in credential
      // slots are found once per file, when first asked: cheaper than a model of each declared fold)
      const mayBeNamed =
        namedInStatement || (evidence.name && declaratorOfInit(node) !== null && mayBeReadWhereNamed(node));
      if (!mayBeNamed && !evidence.decodedOnly) continue;
      // The model then: most folds cannot spell a run of a secret's length at all
      if (!mayHoldCredential(models().of(node))) continue;
      if (evidence.decodedOnly && decodesKnownTextIn(node)) return false;
      if (mayBeNamed) named.push(node);
    }
    for (const node of named) {
      const isNamed =
        holdsName(node.range[0], node.range[1]) ||
        slotOf(node, sourceCode).names.some((name) => isSecretName(name) || isSessionTokenName(name)) ||
        readWhereNamed(node);
      if (isNamed) fold(node);
    }
    return true;
  }

  /**
   * The names written as values where a credential name receives them (`{ secretAccessKey: s }`,
   * `new AWS.Credentials(id, s)`), from the places the text spells a credential name; once per file, when asked.
   */
  let namesInCredentialSlots: Set<string> | null = null;
  function mayBeReadWhereNamed(node: TSESTree.Node): boolean {
    const declarator = declaratorOfInit(node);
    if (declarator === null) return false;
    namesInCredentialSlots ??= identifiersNamedAt(credentialNameOffsets(text), sourceCode);
    return namesInCredentialSlots.has((declarator.id as TSESTree.Identifier).name);
  }

  /** Is `node` the value of a declared name that a credential name receives where it is read? */
  function readWhereNamed(node: TSESTree.Node): boolean {
    const declarator = declaratorOfInit(node);
    return declarator !== null && credentialSlotUses(declarator, sourceCode).length > 0;
  }

  /**
   * Does a call inside `fold` decode text known here? When none in a fold that may hold a credential does, there is
   * no key ID in a file whose only trace of one is a decoding call, as when there was no trace at all
   * (`decodeURIComponent(record.s3.object.key)` decodes a run-time value).
   */
  function decodesKnownTextIn(fold: TSESTree.Node): boolean {
    let found = false;
    walkNodes([fold], sourceCode.visitorKeys, (node) => !(found = decodesKnownText(node, sourceCode)));
    return found;
  }

  /**
   * `const ACCESS_KEY = '…'; … { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY }`: a constant that holds a
   * candidate, used as the value of a credential property, is also read there (with the property's name and
   * object), so the pair is one finding, reported where the values are written.
   */
  function analyseNamedSlots(): void {
    const seen = new Set<TSESTree.Node>();
    for (const declarator of candidateDeclarators) {
      // A constant assembled by a fold (`'AKIA' + body`, `[…].join('')`) was reported on that expression: read
      // at its uses, its pieces map to the same place, so a key is one finding however often it is used
      const init = declarator.init === null ? null : skipTypeWrappers(declarator.init);
      const assembledAt = init !== null && folded.has(init) ? init : null;
      for (const use of credentialSlotUses(declarator, sourceCode)) {
        if (seen.has(use.value)) continue;
        seen.add(use.value);
        const slot: Slot = { names: [use.name], container: use.container };
        scanUse(declarator, assembledAt, use.identifier, () => slot);
      }
    }

    /** The name's value read where it is used: a built-up string's runs, or its static value. */
    function scanUse(
      declarator: TSESTree.VariableDeclarator,
      assembledAt: TSESTree.Node | null,
      identifier: TSESTree.Node,
      slot: () => Slot,
    ): void {
      const chain = chains.get(declarator);
      if (chain !== undefined) {
        scanChain(chain.chain, chain.runs, slot);
        return;
      }
      const resolved = getStaticValue(identifier, sourceCode, { decode: true });
      if (resolved.kind === 'string') scanFolded(assembledAt ?? identifier, resolved, slot);
    }
  }

  function analyseLeaves(): void {
    for (const node of leaves) {
      if (folded.size > 0 && isInsideFolded(node) && !isRawKeyIdInDecodeCall(node)) continue;
      if (node.type === AST_NODE_TYPES.TemplateLiteral) {
        const quasi = node.quasis[0];
        if (quasi) scanLeaf(node, quasi, quasiText(quasi), readsRaw(quasi));
      } else {
        scanLeaf(node, node, leafText(node));
      }
    }
    // Quasis of templates with expressions that could not be folded: each one on its own.
    for (const node of folds) {
      if (node.type !== AST_NODE_TYPES.TemplateLiteral || folded.has(node) || covered.has(node)) continue;
      for (const quasi of node.quasis) {
        const text = quasiText(quasi);
        if ((text?.length ?? 0) >= MIN_TEXT_LENGTH) scanLeaf(node, quasi, text, readsRaw(quasi));
      }
    }
  }

  /**
   * A key ID written as a name rather than a string: an unquoted property key (`{ AKIA…: 'alice' }`, a map of key IDs
   * to their owners or secrets), a member (`owners.AKIA…`). Found in the text (a written name spells it), read as a
   * string of its own.
   */
  function analyseKeyIdNames(): void {
    KEY_ID_NAME.lastIndex = 0;
    for (let match = KEY_ID_NAME.exec(text); match !== null; match = KEY_ID_NAME.exec(text)) {
      const node = nodeAtIndex(sourceCode, match.index);
      if (node?.type !== AST_NODE_TYPES.Identifier || node.range[0] !== match.index) continue;
      if (node.range[1] !== match.index + match[0].length) continue;
      scanLeaf(node, node, node.name);
    }
  }

  function analyseComments(): void {
    let previous: TSESTree.Comment | null = null;
    let runKey: TSESTree.Comment | null = null;
    for (const comment of sourceCode.getAllComments()) {
      // A shebang (`#!/usr/bin/env node`) is a line comment too: ESLint gives it a type of its own
      const type: string = comment.type;
      if (type !== 'Line' && type !== 'Block' && type !== 'Shebang') continue;
      // Adjacent line comments (a pasted credentials file) are one comment.
      const continues =
        comment.type === 'Line' &&
        previous?.type === 'Line' &&
        runKey !== null &&
        comment.range[0] - previous.range[1] <= 200 &&
        /^[ \t]*\r?\n[ \t]*$/.test(text.slice(previous.range[1], comment.range[0]));
      if (!continues) runKey = comment;
      previous = comment;
      if (comment.value.length < MIN_TEXT_LENGTH) continue;
      const candidates = scanCredentialText(comment.value);
      if (candidates.length === 0) continue;
      // A line comment's text ends the comment; it opens with `//`, or `<!--` / `-->` in a script
      const offset = comment.type === 'Line' ? comment.range[1] - comment.value.length : comment.range[0] + 2;
      add(
        candidates,
        candidates.map((candidate): Range => [offset + candidate.start, offset + candidate.end]),
        runKey,
        runKey,
      );
    }
  }

  function allowedFilter(
    finding: CredentialFinding<Placed>,
    isAllowed: (value: string) => boolean,
  ): CredentialFinding<Placed> | null {
    if (finding.keyId && isAllowed(finding.keyId.candidate.value)) return null;
    const secret = finding.secret && !isAllowed(finding.secret.candidate.value) ? finding.secret : null;
    const token = finding.token && !isAllowed(finding.token.candidate.value) ? finding.token : null;
    const primary = finding.keyId ?? secret ?? token;
    return primary ? { keyId: finding.keyId, secret, token, primary } : null;
  }

  function report(findings: CredentialFinding<Placed>[]): void {
    // Bigger findings first, so a key ID with its secret is reported as one even if parts were also found alone.
    findings.sort((a, b) => memberCount(b) - memberCount(a) || a.primary.position - b.primary.position);
    const reported = new Set<string>();
    const covered = coveredItems(findings);
    for (const finding of findings) {
      const left = members(finding).filter((item) => !reported.has(itemKey(item)) && !covered.has(item));
      if (left.length === 0) continue;
      for (const item of left) reported.add(itemKey(item));
      const keyId = finding.keyId && left.includes(finding.keyId) ? finding.keyId : null;
      const secret = finding.secret && left.includes(finding.secret) ? finding.secret : null;
      const token = finding.token && left.includes(finding.token) ? finding.token : null;
      reportOne(keyId, secret, token);
    }
  }

  function reportOne(keyId: Placed | null, secret: Placed | null, token: Placed | null): void {
    const primary = keyId ?? secret ?? token;
    if (!primary) return;
    const loc = {
      start: sourceCode.getLocFromIndex(primary.range[0]),
      end: sourceCode.getLocFromIndex(primary.range[1]),
    };
    if (keyId) {
      const keyIdText = describeKeyId(keyId.candidate.value);
      const kind = KEY_KIND_TEXT[keyId.candidate.keyIdKind ?? 'long-term'];
      if (!secret && !token) {
        context.report({ loc, messageId: 'accessKeyId', data: { keyId: keyIdText, kind } });
        return;
      }
      const companions = secret
        ? token
          ? 'its secret access key and session token'
          : 'its secret access key'
        : 'its session token';
      context.report({ loc, messageId: 'accessKeyPair', data: { keyId: keyIdText, kind, companions } });
      return;
    }
    if (secret) {
      context.report({ loc, messageId: 'secretAccessKey', data: { secret: describeSecret(secret.candidate.value) } });
      return;
    }
    context.report({ loc, messageId: 'sessionToken', data: { token: describeSecret(primary.candidate.value) } });
  }

  /**
   * The plain strings in traversal order (ESLint's own, so in the order the listeners would have seen them), for a
   * file whose strings were not gathered on the way (see `stringsMatter`) once a fold produced a key ID.
   */
  function collectLeaves(): void {
    forEachNode(sourceCode, (node) => {
      if (isLeaf(node)) leaves.push(node);
    });
  }

  const listeners: TSESLint.RuleListener = {
    // The initialisers of the file's names, for the fold models
    VariableDeclarator: addDeclaration,
    ClassDeclaration: addDeclaration,
    TSEnumDeclaration: addDeclaration,
    TemplateLiteral(node) {
      if (node.expressions.length > 0) folds.push(node);
      else if (stringsMatter && isLeaf(node)) leaves.push(node);
    },
    BinaryExpression(node) {
      if (node.operator === '+') folds.push(node);
    },
    CallExpression(node) {
      if (isFoldCall(node)) folds.push(node);
    },
    // `new Buffer('…', 'base64')`: the deprecated form of `Buffer.from`
    NewExpression(node) {
      if (isDecodeCall(node)) folds.push(node);
    },
    AssignmentExpression(node) {
      const pieces = appendedPieces(node);
      if (pieces !== null) appends.set(node, pieces);
    },
    'Program:exit'() {
      analyseFolds();
      if (appends.size > 0) analyseAppendChains();
      if (!stringsMatter) {
        if (groups.size === 0) return;
        collectLeaves();
      }
      analyseLeaves();
      if (evidence.keyId) analyseKeyIdNames();
      if (candidateDeclarators.size > 0) analyseNamedSlots();
      if (options.checkComments !== false) analyseComments();
      if (groups.size === 0) return;
      const isAllowed = compileAllowList(options.allow);
      const paired: CredentialFinding<Placed>[] = [];
      for (const items of groups.values()) paired.push(...pairCredentials(items));
      // An allowed key ID also silences the secret and token written beside it, in the next statements too
      const silenced = new Set<string>();
      const places = new Map<Placed, StatementPlace | null>();
      for (const finding of joinNearbyParts(paired, MAX_STATEMENT_DISTANCE, places)) {
        if (finding.keyId && isAllowed(finding.keyId.candidate.value)) for (const item of members(finding)) silenced.add(itemKey(item));
      }
      const findings: CredentialFinding<Placed>[] = [];
      for (const finding of joinNearbyParts(paired, 0, places)) {
        const kept = allowedFilter(finding, isAllowed);
        if (kept && !members(kept).some((item) => silenced.has(itemKey(item)))) findings.push(kept);
      }
      report(findings);
    },
  };
  if (stringsMatter) {
    listeners.Literal = (node) => {
      if (isLeaf(node)) leaves.push(node);
    };
    listeners.JSXText = (node) => {
      if (isLeaf(node)) leaves.push(node);
    };
  }
  return listeners;
}

/** The first and last of `segments` that characters [start, end) of their joined text fall in; null when none. */
function touchedSegments(segments: readonly StringSegment[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  let position = 0;
  for (let index = 0; index < segments.length && position < end; index++) {
    const segmentEnd = position + segments[index]!.text.length;
    if (start < segmentEnd) {
      if (first === -1) first = index;
      last = index;
    }
    position = segmentEnd;
  }
  return first === -1 ? null : [first, last];
}

/** The runs of known parts between the gaps (`null`) of a partly known value, each non-empty, in order. */
function knownRuns<T>(parts: readonly (T | null)[]): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const part of parts) {
    if (part !== null) run.push(part);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

type Leaf = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.JSXText;

/** A regular expression's pattern, or a string given to `RegExp(…)` / `.match(…)` / `.search(…)` as its source. */
function isRegexSource(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Literal) return false;
  if ('regex' in node && node.regex !== undefined) return true;
  const parent = node.parent;
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.callee !== node &&
    isRegExpCall(parent, node)
  );
}

/** A pattern with each escape of a letter (`\b`, `\s`, `\d`) blanked out, offsets kept: the letter is no text. */
function maskRegexEscapes(pattern: string): string {
  return pattern.includes('\\') ? pattern.replace(/\\[A-Za-z]/gu, '  ') : pattern;
}

/**
 * A string literal's value, JSX text's, or a regular expression's pattern as written: a key written into one
 * (`/^AKIA…$/`) is as leaked as in a string. One that describes key formats (`/(AKIA|ASIA)[A-Z2-7]{16}/`) holds no
 * key's characters: nothing is found in it.
 */
function leafText(node: TSESTree.Literal | TSESTree.JSXText): string {
  if ('regex' in node && node.regex !== undefined) return node.regex.pattern;
  return node.value as string;
}

/**
 * The statement of a statement list (the file's, a block's, a `case`'s) that holds `node`: a name that `slotOf` reads
 * for a value (a property's key, a declared name, an assignment's target) is in the same statement as the value,
 * since `slotOf` climbs expressions only. A handler's body is one top-level statement: the statement inside it
 * keeps the look local.
 */
function enclosingStatementOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let parent = current.parent; parent !== undefined && parent !== null; parent = current.parent) {
    if (STATEMENT_LISTS.has(parent.type)) return current;
    current = parent;
  }
  return current;
}

const STATEMENT_LISTS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);


/**
 * The text of a template quasi: cooked, or raw when an escape has no cooked value (only a tagged template, such as
 * `String.raw`, may hold one: `\users\…`); the raw text is what the source holds, and what `String.raw` returns.
 */
function quasiText(quasi: TSESTree.TemplateElement): string | null {
  return readsRaw(quasi) ? quasi.value.raw : quasi.value.cooked;
}

/** The quasi's value is its raw text: an escape with no cooked value, or a `String.raw` template (`\u0041` stays). */
function readsRaw(quasi: TSESTree.TemplateElement): boolean {
  if (quasi.value.cooked === null) return true;
  const tagged = quasi.parent.parent;
  return tagged?.type === AST_NODE_TYPES.TaggedTemplateExpression && isStringRaw(tagged);
}

/** `String.raw\`…\``. */
function isStringRaw(tagged: TSESTree.TaggedTemplateExpression): boolean {
  const tag = skipTypeWrappers(tagged.tag);
  return (
    tag.type === AST_NODE_TYPES.MemberExpression &&
    tag.object.type === AST_NODE_TYPES.Identifier &&
    tag.object.name === 'String' &&
    getPropertyName(tag) === 'raw'
  );
}

/** A key ID written whole as a name: not inside a longer name (`$` and `_` are name characters too). */
const KEY_ID_NAME = /(?<![\w$])A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}(?![\w$])/g;

/** A string written in the source (a literal, a template without expressions, JSX text) that may hold a credential. */
function isLeaf(node: TSESTree.Node): node is Leaf {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if ('regex' in node && node.regex !== undefined) return mightHoldCredential(node.regex.pattern);
      return typeof node.value === 'string' && mightHoldCredential(node.value);
    case AST_NODE_TYPES.TemplateLiteral: {
      if (node.expressions.length > 0) return false;
      const quasi = node.quasis[0];
      const text = quasi === undefined ? null : quasiText(quasi);
      return !!text && mightHoldCredential(text);
    }
    case AST_NODE_TYPES.JSXText:
      return mightHoldCredential(node.value);
    default:
      return false;
  }
}

/** A property that holds a key ID, secret or token: `accessKeyId`, `secretAccessKey`, `sessionToken`, … */
function isCredentialSlotName(name: string): boolean {
  return isSecretName(name) || isSessionTokenName(name) || /access_?key/i.test(name);
}

/**
 * Items found again, the same value, on a narrower range inside theirs: `decodeURIComponent('…' + ID + '…')`
 * decodes to text holding the key the literal holds as written, and the literal's exact place is what is reported.
 */
function coveredItems(findings: readonly CredentialFinding<Placed>[]): Set<Placed> {
  const items = findings.flatMap(members);
  const covered = new Set<Placed>();
  if (items.length > MAX_COVER_CHECKS) return covered;
  for (const outer of items) {
    for (const inner of items) {
      if (inner === outer || inner.candidate.type !== outer.candidate.type) continue;
      if (inner.candidate.value !== outer.candidate.value) continue;
      const within = inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
      if (within && inner.range[1] - inner.range[0] < outer.range[1] - outer.range[0]) covered.add(outer);
    }
  }
  return covered;
}

/** Items compared pairwise for `coveredItems` (a file of thousands of candidates is not compared). */
const ACCESS_KEY_ID = 'access-key-id';
/** Nodes of a fold read for the names it reads (`readsAssembly`): a fold is an expression, usually a short one. */
const MAX_READER_NODES = 500;
/** Names followed from one to the next (`const a = b`) to the fold a name is bound to. */
const MAX_ALIAS_HOPS = 8;
const MAX_COVER_CHECKS = 200;

/** Findings past which `joinNearbyParts` leaves them as they are (each loose part is compared with each key ID). */
const MAX_JOINED_FINDINGS = 200;
/** How many statements apart a named secret or token may be written from an allowed key ID and be silenced with it. */
const MAX_STATEMENT_DISTANCE = 2;

/**
 * A secret or session token found on its own, named as one, joins the nearest key ID without one whose statement is
 * at most `statements` apart in the same block: with 0, one statement written with nested values or defaults is one
 * finding (`(accessKeyId = 'AKIA…', secretAccessKey = '…') => …`, `{ accessKeyId: 'AKIA…', nested: {
 * secretAccessKey: '…' } }`), as an object is; with more, the parts of one credential set statement by statement
 * (`process.env.AWS_ACCESS_KEY_ID = 'AKIA…'; process.env.AWS_SECRET_ACCESS_KEY = '…'`) are found together. Comments
 * are paired by their own runs; a part some key ID already has stays as it is. `places` remembers each part's
 * statement across calls.
 */
function joinNearbyParts(
  findings: CredentialFinding<Placed>[],
  statements: number,
  places: Map<Placed, StatementPlace | null>,
): CredentialFinding<Placed>[] {
  const keyed = findings.filter((finding) => finding.keyId !== null);
  if (keyed.length === 0 || keyed.length === findings.length || findings.length > MAX_JOINED_FINDINGS) return findings;
  const paired = new Set(keyed.flatMap(members).map(itemKey));
  const placeOf = (item: Placed): StatementPlace | null => {
    if (!places.has(item)) places.set(item, statementPlace(item.text));
    return places.get(item)!;
  };
  const joined = keyed.map((finding) => ({ ...finding }));
  const result: CredentialFinding<Placed>[] = [];
  for (const finding of findings) {
    if (finding.keyId !== null) continue;
    const part = finding.secret === null ? 'token' : 'secret';
    const item = finding[part]!;
    // A secret beside its own key ID slot (`{ accessKeyId: process.env.PROD_KEY_ID, secretAccessKey: '…' }`) is that
    // key's, not another's
    const place = item.candidate.named && !paired.has(itemKey(item)) && !besideKeyIdSlot(item.text) ? placeOf(item) : null;
    let best: CredentialFinding<Placed> | null = null;
    for (const candidate of place === null ? [] : joined) {
      if (candidate[part] !== null) continue;
      const other = placeOf(candidate.keyId!);
      if (other?.list !== place!.list || Math.abs(other.index - place!.index) > statements) continue;
      const distance = (found: CredentialFinding<Placed>): number => Math.abs(found.keyId!.position - item.position);
      if (best === null || distance(candidate) < distance(best)) best = candidate;
    }
    if (best === null) result.push(finding);
    else best[part] = item;
  }
  return [...joined, ...result];
}

/** A property key naming an access key ID (`accessKeyId`, `aws_access_key_id`, `AccessKeyId`). */
const KEY_ID_KEY = /access_?key_?id/iu;

/** Is the string `text` the value of a property in an object that also has an access key ID property? */
function besideKeyIdSlot(text: unknown): boolean {
  let node = text as TSESTree.Node;
  if (typeof node !== 'object' || node === null || !('parent' in node)) return false;
  for (let depth = 0; depth < MAX_SLOT_DEPTH; depth++) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (parent === undefined) return false;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === node) {
      const object = parent.parent;
      return (
        object.type === AST_NODE_TYPES.ObjectExpression &&
        object.properties.some(
          (property) => property.type === AST_NODE_TYPES.Property && KEY_ID_KEY.test(getPropertyName(property) ?? ''),
        )
      );
    }
    if (!isTypeWrapper(parent) && parent.type !== AST_NODE_TYPES.TemplateLiteral && parent.type !== AST_NODE_TYPES.BinaryExpression) {
      return false;
    }
    node = parent;
  }
  return false;
}

interface StatementPlace {
  list: readonly TSESTree.Node[];
  index: number;
}

/** The statement a string written in code belongs to, in its block's list; null for a comment or past a bound. */
function statementPlace(text: unknown): StatementPlace | null {
  const node = text as TSESTree.Node;
  if (typeof node !== 'object' || node === null || !('parent' in node)) return null;
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < MAX_STATEMENT_WALK; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return null;
    const list = statementListOf(parent);
    if (list !== null) {
      const index = list.indexOf(current);
      return index === -1 ? null : { list, index };
    }
    current = parent;
  }
  return null;
}

/** Levels walked up from a string to its statement (deeper nesting is left unjoined). */
const MAX_STATEMENT_WALK = 1_000;

function itemKey(item: Placed): string {
  return `${item.range[0]}:${item.range[1]}:${item.candidate.type}`;
}

/** `members(finding).length`, without the array: sorting thousands of findings compares each many times. */
function memberCount(finding: CredentialFinding<Placed>): number {
  return (finding.keyId === null ? 0 : 1) + (finding.secret === null ? 0 : 1) + (finding.token === null ? 0 : 1);
}

function members(finding: CredentialFinding<Placed>): Placed[] {
  return [finding.keyId, finding.secret, finding.token].filter((item): item is Placed => item !== null);
}

/** Is `identifier` read as a name here (not the property of `x.name`, nor the key of `{ name: … }`)? */
function isReadName(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return parent.computed || parent.property !== identifier;
  if (parent?.type === AST_NODE_TYPES.Property) return parent.computed || parent.shorthand || parent.key !== identifier;
  return true;
}
