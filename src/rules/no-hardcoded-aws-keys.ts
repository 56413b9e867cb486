import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, skipTypeWrappers } from '../utils/ast.js';
import {
  compileAllowList,
  isSecretName,
  isSessionTokenName,
  pairCredentials,
  scanCredentialText,
  type AccessKeyIdKind,
  type CredentialCandidate,
  type CredentialFinding,
  type PlacedCandidate,
} from '../utils/aws-credentials.js';
import { createRule } from '../utils/create-rule.js';
import { describeKeyId, describeSecret } from '../utils/redact.js';
import {
  cookedRangeToSourceRange,
  getStaticValue,
  stringValueRange,
  type StaticValue,
  type StringSegment,
} from '../utils/static-value.js';

export type Options = [
  {
    allow?: string[];
    checkComments?: boolean;
  },
];
export type MessageIds = 'accessKeyId' | 'accessKeyPair' | 'secretAccessKey' | 'sessionToken';

type Range = [number, number];
type StringValue = Extract<StaticValue, { kind: 'string' }>;

/** A candidate placed in the file, with the source range of its characters. */
interface Placed extends PlacedCandidate {
  range: Range;
}

/** Where a string value ends up: the names it is given and the object / call / array it sits in. */
interface Slot {
  names: string[];
  container: TSESTree.Node | null;
  /** The value is a regular-expression source (`new RegExp(…)`, `.match(…)`): it describes keys, it holds none. */
  regex: boolean;
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
/** Methods whose result folds the receiver (and for `concat` the arguments) into one string. */
const FOLD_METHODS = new Set(['join', 'concat', 'toString']);
/** String methods whose first argument is a regular-expression source. */
const REGEX_METHODS = new Set(['match', 'matchAll', 'search']);

function isTypeWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

/** `Buffer.from(…)`, `atob(…)`, `decodeURIComponent(…)`, `decodeURI(…)`: their first argument is decoded. */
function isDecodeCall(node: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name === 'atob' || callee.name === 'decodeURIComponent' || callee.name === 'decodeURI';
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTypeWrappers(callee.object);
    return object.type === AST_NODE_TYPES.Identifier && object.name === 'Buffer' && getPropertyName(callee) === 'from';
  }
  return false;
}

/** `x.join(…)`, `x.concat(…)`, `x.toString(…)`: the method name when the call folds its receiver. */
function foldMethodOf(node: TSESTree.CallExpression): string | null {
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = getPropertyName(callee);
  return name !== null && FOLD_METHODS.has(name) ? name : null;
}

/** The nearest fold construct that consumes the value of `node` (through type wrappers and `[…].join`), or null. */
function foldOwner(node: TSESTree.Node): TSESTree.Node | null {
  let current = node;
  for (let depth = 0; depth < MAX_SLOT_DEPTH; depth++) {
    const parent = current.parent;
    if (!parent) return null;
    if (isTypeWrapper(parent)) {
      current = parent;
      continue;
    }
    switch (parent.type) {
      case AST_NODE_TYPES.BinaryExpression:
        return parent.operator === '+' ? parent : null;
      case AST_NODE_TYPES.TemplateLiteral:
        return parent.expressions.length > 0 ? parent : null;
      case AST_NODE_TYPES.ArrayExpression: {
        const call = foldCallOfReceiver(parent);
        return call && foldMethodOf(call) !== 'toString' ? call : null;
      }
      case AST_NODE_TYPES.MemberExpression:
        return parent.object === current ? foldCallOfReceiver(current) : null;
      case AST_NODE_TYPES.CallExpression:
        if (parent.callee === current) return null;
        if (isDecodeCall(parent)) return parent.arguments[0] === current ? parent : null;
        return foldMethodOf(parent) === 'concat' ? parent : null;
      default:
        return null;
    }
  }
  return null;
}

/** For `receiver.join(…)` / `.concat(…)` / `.toString(…)`: the call, when `receiver` is its object. */
function foldCallOfReceiver(receiver: TSESTree.Node): TSESTree.CallExpression | null {
  const member = receiver.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== receiver) return null;
  const call = member.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return null;
  return foldMethodOf(call) !== null ? call : null;
}

/** The name an expression reads: `x` → x, `process.env.AWS_SECRET_ACCESS_KEY` → AWS_SECRET_ACCESS_KEY. */
function expressionName(node: TSESTree.Node): string | null {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(inner);
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
function slotOf(start: TSESTree.Node): Slot {
  const names: string[] = [];
  const slot = (container: TSESTree.Node | null): Slot => ({ names, container, regex: false });
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
        const call = parent.object === current ? foldCallOfReceiver(current) : null;
        if (!call) return slot(null);
        current = call;
        continue;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        if (parent.callee === current) return slot(null);
        if (isRegExpCall(parent, current)) return { names, container: parent, regex: true };
        if (parent.type === AST_NODE_TYPES.CallExpression) {
          if (isDecodeCall(parent) && parent.arguments[0] === current) {
            current = parent;
            continue;
          }
          if (foldMethodOf(parent) === 'concat') {
            current = parent;
            continue;
          }
        }
        const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
        const previous = stringLiteralValue(parent.arguments[index - 1]);
        if (previous !== null) names.push(previous);
        return slot(parent);
      }
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) names.push(parent.id.name);
        return slot(parent.parent);
      case AST_NODE_TYPES.Property: {
        if (parent.value === current) {
          const name = getPropertyName(parent);
          if (name !== null) names.push(name);
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
        const name = expressionName(parent.left);
        if (name) names.push(name);
        current = parent;
        continue;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
      case AST_NODE_TYPES.TSAbstractPropertyDefinition: {
        if (parent.value === current) {
          const name = getPropertyName(parent as TSESTree.PropertyDefinition);
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
      default:
        return slot(null);
    }
  }
  return slot(null);
}

/** Source offset of a TemplateElement's raw text (parsers differ on whether its range includes the delimiters). */
function templateElementRawStart(element: TSESTree.TemplateElement): number {
  return element.range[1] - element.range[0] === element.value.raw.length ? element.range[0] : element.range[0] + 1;
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
            description: 'Also look for credentials in comments (line, block and JSDoc). Default true.',
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
    const text = sourceCode.text;

    // Traversal only records (cheap); all analysis runs once at Program:exit, when every constant is known.
    /** String literals, plain templates and JSX text long enough to hold a key. */
    const leaves: (TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.JSXText)[] = [];
    /** Fold constructs, in pre-order (outer before inner). */
    const folds: TSESTree.Node[] = [];
    /** `{ secretAccessKey: SECRET }`: properties with a credential name whose value is a name to resolve. */
    const namedSlots: TSESTree.Property[] = [];
    /** The initialisers of each `const`/`let`/`var` name in the file (by name: a prefilter, not scope analysis). */
    const nameInits = new Map<string, TSESTree.Expression[]>();

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
    function leafRange(node: TSESTree.Node, cooked: string, start: number, end: number): Range | null {
      if (node.type === AST_NODE_TYPES.Literal) {
        const raw = node.raw;
        if (raw.length === cooked.length + 2 && raw.slice(1, -1) === cooked) {
          return [node.range[0] + 1 + start, node.range[0] + 1 + end];
        }
        return cookedRangeToSourceRange(node, start, end, sourceCode);
      }
      if (node.type === AST_NODE_TYPES.TemplateElement) {
        if (node.value.raw === cooked) {
          const rawStart = templateElementRawStart(node);
          return [rawStart + start, rawStart + end];
        }
        return cookedRangeToSourceRange(node, start, end, sourceCode);
      }
      if (node.type === AST_NODE_TYPES.JSXText && node.raw === cooked) {
        return [node.range[0] + start, node.range[0] + end];
      }
      return null;
    }

    /** Scan one string written in the source (a literal, a template quasi, JSX text) on its own. */
    function scanLeaf(node: TSESTree.Node, textNode: TSESTree.Node, cooked: string | null): void {
      if (cooked === null || cooked.length < MIN_TEXT_LENGTH) return;
      let slot: Slot | null = null;
      const getSlot = (): Slot => (slot ??= slotOf(node));
      const candidates = scanCredentialText(cooked, { names: () => getSlot().names });
      if (candidates.length === 0 || getSlot().regex) return;
      const ranges = candidates.map(
        (candidate): Range =>
          leafRange(textNode, cooked, candidate.start, candidate.end) ?? [textNode.range[0], textNode.range[1]],
      );
      add(candidates, ranges, node, getSlot().container ?? node);
    }

    /** Source range of [start, end) of a folded value whose construct is `root`. */
    function foldedRange(root: TSESTree.Node, value: StringValue, start: number, end: number): Range {
      const inside = (node: TSESTree.Node | null): boolean =>
        node === null || (node.range[0] >= root.range[0] && node.range[1] <= root.range[1]);
      const touched: StringSegment[] = [];
      let position = 0;
      for (const segment of value.segments) {
        const segmentEnd = position + segment.text.length;
        if (position < end && start < segmentEnd) touched.push(segment);
        if (segmentEnd >= end) break;
        position = segmentEnd;
      }
      // A key inside one piece is reported on that piece (even when it was written elsewhere: `A + '…'`); a key
      // assembled from pieces written elsewhere is reported on the expression that assembles it.
      if (touched.length === 1 || touched.every((segment) => inside(segment.node))) {
        const mapped = stringValueRange(value, start, end, sourceCode);
        if (mapped && (touched.length === 1 || (mapped[0] >= root.range[0] && mapped[1] <= root.range[1]))) {
          return mapped;
        }
      }
      return [root.range[0], root.range[1]];
    }

    function scanFolded(root: TSESTree.Node, value: StringValue, slot: () => Slot): void {
      if (value.value.length < MIN_TEXT_LENGTH) return;
      const candidates = scanCredentialText(value.value, { names: () => slot().names });
      if (candidates.length === 0 || slot().regex) return;
      const ranges = candidates.map((candidate) => foldedRange(root, value, candidate.start, candidate.end));
      add(candidates, ranges, root, slot().container ?? root);
    }

    /** Fold a construct through static-value and scan its value; a partial value is scanned run by run. */
    function fold(node: TSESTree.Node): void {
      const value = getStaticValue(node, sourceCode, { decode: true });
      if (value.kind !== 'string' && value.kind !== 'partial-string') return;
      folded.add(node);
      let slot: Slot | null = null;
      const getSlot = (): Slot => (slot ??= slotOf(node));
      if (value.kind === 'string') {
        scanFolded(node, value, getSlot);
        return;
      }
      // Known runs between unknown gaps are scanned as strings of their own; a gap is a boundary.
      let run: StringSegment[] = [];
      const flush = (): void => {
        if (run.length > 0) {
          const runValue: StringValue = {
            kind: 'string',
            value: run.map((segment) => segment.text).join(''),
            node,
            segments: run,
          };
          scanFolded(node, runValue, getSlot);
        }
        run = [];
      };
      for (const part of value.parts) {
        if (part) run.push(part);
        else flush();
      }
      flush();
    }

    // ---- Fold prefilter: what can each expression contribute to a run of key characters? ----
    /** Memo of expression models. */
    const models = new Map<TSESTree.Node, RunModel>();
    const containerModels = new Map<TSESTree.Node, RunModel>();
    /** Memo of name models; UNKNOWN while being computed (a cycle contributes nothing new). */
    const nameModels = new Map<string, RunModel>();
    const MAX_MODEL_DEPTH = 24;
    /** A name declared more often than this may hold anything. */
    const MAX_INITS = 32;

    function nameModel(name: string, depth: number): RunModel {
      const known = nameModels.get(name);
      if (known !== undefined) return known;
      const inits = nameInits.get(name);
      if (inits === undefined) return UNKNOWN_MODEL;
      if (inits.length > MAX_INITS) return ANY_MODEL;
      nameModels.set(name, UNKNOWN_MODEL);
      let model: RunModel | null = null;
      for (const init of inits) {
        const next = exprModel(init, depth + 1);
        model = model ? mergeModels(model, next) : next;
      }
      nameModels.set(name, model ?? UNKNOWN_MODEL);
      return model ?? UNKNOWN_MODEL;
    }

    /** `x.join(sep)`: an array literal (or a name bound to one) joined by `sep`; anything else: unknown or any. */
    function joinModel(receiver: TSESTree.Node, separator: RunModel, depth: number): RunModel {
      const array = skipTypeWrappers(receiver);
      if (array.type === AST_NODE_TYPES.Identifier) {
        const inits = nameInits.get(array.name);
        if (inits === undefined) return UNKNOWN_MODEL;
        if (inits.length > MAX_INITS || depth > MAX_MODEL_DEPTH) return ANY_MODEL;
        let model: RunModel | null = null;
        for (const init of inits) {
          const next = skipTypeWrappers(init).type === AST_NODE_TYPES.ArrayExpression
            ? joinModel(init, separator, depth + 1)
            : exprModel(init, depth + 1) === UNKNOWN_MODEL ? UNKNOWN_MODEL : ANY_MODEL;
          model = model ? mergeModels(model, next) : next;
        }
        return model ?? UNKNOWN_MODEL;
      }
      if (array.type !== AST_NODE_TYPES.ArrayExpression) {
        return exprModel(array, depth + 1) === UNKNOWN_MODEL ? UNKNOWN_MODEL : ANY_MODEL;
      }
      let model = EMPTY_MODEL;
      array.elements.forEach((element, index) => {
        if (index > 0) model = concatModels(model, separator);
        const part = exprModel(element?.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, depth + 1);
        model = concatModels(model, part);
      });
      return model;
    }

    /** Any string value inside an object or array literal (nested ones too), merged: what `X.a.b` may be. */
    function containerModel(node: TSESTree.ObjectExpression | TSESTree.ArrayExpression, depth: number): RunModel {
      const known = containerModels.get(node);
      if (known !== undefined) return known;
      if (depth > MAX_MODEL_DEPTH) return ANY_MODEL;
      containerModels.set(node, UNKNOWN_MODEL);
      let model = UNKNOWN_MODEL;
      const values =
        node.type === AST_NODE_TYPES.ArrayExpression
          ? node.elements
          : node.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property));
      for (const value of values) {
        if (!value) continue;
        const inner = skipTypeWrappers(value.type === AST_NODE_TYPES.SpreadElement ? value.argument : value);
        const next =
          inner.type === AST_NODE_TYPES.ObjectExpression || inner.type === AST_NODE_TYPES.ArrayExpression
            ? containerModel(inner, depth + 1)
            : exprModel(inner, depth + 1);
        model = mergeModels(model, next);
      }
      containerModels.set(node, model);
      return model;
    }

    /**
     * What `input` can contribute to a string, from syntax and the initialisers of names alone (bounded depth,
     * memoised): literals exactly, names through their initialiser, unknowns as gaps. Conservative: when in
     * doubt, ANY (then static evaluation decides).
     */
    function exprModel(input: TSESTree.Node | null | undefined, depth: number): RunModel {
      if (!input) return UNKNOWN_MODEL;
      const node = skipTypeWrappers(input);
      const known = models.get(node);
      if (known !== undefined) return known;
      if (depth > MAX_MODEL_DEPTH) return ANY_MODEL;
      const model = computeModel(node, depth);
      models.set(node, model);
      return model;
    }

    function computeModel(node: TSESTree.Node, depth: number): RunModel {
      switch (node.type) {
        case AST_NODE_TYPES.Literal:
          return 'regex' in node && node.regex ? UNKNOWN_MODEL : literalModel(String(node.value));
        case AST_NODE_TYPES.TemplateLiteral: {
          let model = EMPTY_MODEL;
          node.quasis.forEach((quasi, index) => {
            model = concatModels(model, literalModel(quasi.value.cooked ?? ''));
            const expression = node.expressions[index];
            if (expression) model = concatModels(model, exprModel(expression, depth + 1));
          });
          return model;
        }
        case AST_NODE_TYPES.Identifier:
          return nameModel(node.name, depth);
        case AST_NODE_TYPES.MemberExpression: {
          // `CONFIG.keys.id`: at most any string inside the object or array literal the root name is bound to.
          let object: TSESTree.Node = node;
          for (let hops = 0; hops < 8 && object.type === AST_NODE_TYPES.MemberExpression; hops++) {
            object = skipTypeWrappers(object.object);
          }
          if (object.type !== AST_NODE_TYPES.Identifier) return UNKNOWN_MODEL;
          let model = UNKNOWN_MODEL;
          for (const init of nameInits.get(object.name) ?? []) {
            const root = skipTypeWrappers(init);
            if (root.type === AST_NODE_TYPES.ObjectExpression || root.type === AST_NODE_TYPES.ArrayExpression) {
              model = mergeModels(model, containerModel(root, depth + 1));
            }
          }
          return model;
        }
        case AST_NODE_TYPES.BinaryExpression:
          return node.operator === '+'
            ? concatModels(exprModel(node.left, depth + 1), exprModel(node.right, depth + 1))
            : UNKNOWN_MODEL;
        case AST_NODE_TYPES.ConditionalExpression:
          return mergeModels(exprModel(node.consequent, depth + 1), exprModel(node.alternate, depth + 1));
        case AST_NODE_TYPES.LogicalExpression:
          return mergeModels(exprModel(node.left, depth + 1), exprModel(node.right, depth + 1));
        case AST_NODE_TYPES.ArrayExpression:
          return joinModel(node, literalModel(','), depth);
        case AST_NODE_TYPES.TaggedTemplateExpression:
          return ANY_MODEL;
        case AST_NODE_TYPES.CallExpression: {
          if (isDecodeCall(node)) {
            // Decoding can turn any input into key characters: what counts is how much input there is.
            const input = exprModel(node.arguments[0], depth + 1);
            return input === UNKNOWN_MODEL ? UNKNOWN_MODEL : anyModel(input.length);
          }
          if (node.callee.type !== AST_NODE_TYPES.MemberExpression) return UNKNOWN_MODEL;
          const receiver = node.callee.object;
          switch (foldMethodOf(node)) {
            case 'join':
              return joinModel(receiver, node.arguments[0] ? exprModel(node.arguments[0], depth + 1) : literalModel(','), depth);
            case 'toString':
              return exprModel(receiver, depth + 1);
            case 'concat':
              return node.arguments.reduce(
                (model, argument) => concatModels(model, exprModel(argument, depth + 1)),
                exprModel(receiver, depth + 1),
              );
            default:
              return UNKNOWN_MODEL;
          }
        }
        default:
          return UNKNOWN_MODEL;
      }
    }

    function analyseFolds(): void {
      if (folds.length === 0) return;
      // Models bottom-up (reverse pre-order visits inner constructs first, so recursion stays shallow), then fold
      // outermost-first, and only constructs that can hold a key ID or a secret somewhere.
      for (let index = folds.length - 1; index >= 0; index--) exprModel(folds[index], 0);
      for (const node of folds) {
        if (folded.size > 0 && isInsideFolded(node)) covered.add(node);
        else if (mayHoldCredential(exprModel(node, 0))) fold(node);
      }
    }

    function analyseNamedSlots(): void {
      for (const property of namedSlots) {
        const value = skipTypeWrappers(property.value);
        const name = getPropertyName(property);
        if (name === null || !mayHoldCredential(exprModel(value, 0))) continue;
        const resolved = getStaticValue(value, sourceCode, { decode: true });
        if (resolved.kind !== 'string') continue;
        scanFolded(value, resolved, () => ({ names: [name], container: property.parent, regex: false }));
      }
    }

    function analyseLeaves(): void {
      for (const node of leaves) {
        if (folded.size > 0 && isInsideFolded(node)) continue;
        if (node.type === AST_NODE_TYPES.TemplateLiteral) {
          const quasi = node.quasis[0];
          if (quasi) scanLeaf(node, quasi, quasi.value.cooked);
        } else {
          scanLeaf(node, node, node.value as string);
        }
      }
      // Quasis of templates with expressions that could not be folded: each one on its own.
      for (const node of folds) {
        if (node.type !== AST_NODE_TYPES.TemplateLiteral || folded.has(node) || covered.has(node)) continue;
        for (const quasi of node.quasis) {
          if ((quasi.value.cooked?.length ?? 0) >= MIN_TEXT_LENGTH) scanLeaf(node, quasi, quasi.value.cooked);
        }
      }
    }

    function analyseComments(): void {
      let previous: TSESTree.Comment | null = null;
      let runKey: TSESTree.Comment | null = null;
      for (const comment of sourceCode.getAllComments()) {
        if (comment.type !== 'Line' && comment.type !== 'Block') continue;
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
        const offset = comment.range[0] + 2;
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
      findings.sort((a, b) => members(b).length - members(a).length || a.primary.position - b.primary.position);
      const reported = new Set<string>();
      const key = (item: Placed): string => `${item.range[0]}:${item.range[1]}:${item.candidate.type}`;
      for (const finding of findings) {
        const left = members(finding).filter((item) => !reported.has(key(item)));
        if (left.length === 0) continue;
        for (const item of left) reported.add(key(item));
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

    return {
      Literal(node) {
        if (typeof node.value === 'string' && node.value.length >= MIN_TEXT_LENGTH && !('regex' in node && node.regex)) {
          leaves.push(node);
        }
      },
      TemplateLiteral(node) {
        if (node.expressions.length > 0) folds.push(node);
        else if ((node.quasis[0]?.value.cooked?.length ?? 0) >= MIN_TEXT_LENGTH) leaves.push(node);
      },
      JSXText(node) {
        if (node.value.length >= MIN_TEXT_LENGTH) leaves.push(node);
      },
      BinaryExpression(node) {
        if (node.operator === '+') folds.push(node);
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const property = callee.property;
          if (property.type === AST_NODE_TYPES.Identifier && !callee.computed) {
            if (FOLD_METHODS.has(property.name) || (property.name === 'from' && isDecodeCall(node))) folds.push(node);
          }
        } else if (callee.type === AST_NODE_TYPES.Identifier && isDecodeCall(node)) {
          folds.push(node);
        }
      },
      Property(node) {
        const value = node.value;
        if (value.type !== AST_NODE_TYPES.Identifier && value.type !== AST_NODE_TYPES.MemberExpression) return;
        const key = node.key;
        const name = !node.computed && key.type === AST_NODE_TYPES.Identifier ? key.name : getPropertyName(node);
        if (name !== null && CREDENTIAL_WORD.test(name) && isCredentialSlotName(name)) namedSlots.push(node);
      },
      VariableDeclarator(node) {
        if (node.id.type !== AST_NODE_TYPES.Identifier || !node.init) return;
        const inits = nameInits.get(node.id.name);
        if (inits) inits.push(node.init);
        else nameInits.set(node.id.name, [node.init]);
      },
      'Program:exit'() {
        analyseFolds();
        analyseNamedSlots();
        analyseLeaves();
        if (options.checkComments !== false) analyseComments();
        if (groups.size === 0) return;
        const isAllowed = compileAllowList(options.allow);
        const findings: CredentialFinding<Placed>[] = [];
        for (const items of groups.values()) {
          for (const finding of pairCredentials(items)) {
            const kept = allowedFilter(finding, isAllowed);
            if (kept) findings.push(kept);
          }
        }
        report(findings);
      },
    } satisfies TSESLint.RuleListener;
  },
});

/** Cheap test before `isCredentialSlotName` on every property key. */
const CREDENTIAL_WORD = /secret|access|token/i;

/** Runs of one character class in a piece of string: at its start, at its end, the longest; `all` = no break. */
interface Runs {
  all: boolean;
  prefix: number;
  suffix: number;
  longest: number;
}

/**
 * What a piece of a string can contribute to a credential: its length, its runs of `[A-Z2-7]` (an access key ID
 * is 20 of them) and of `[A-Za-z0-9+/]` (a secret is 40). Lets the rule skip static evaluation (scope lookups) of
 * a concatenation or template that cannot hold a credential, which is nearly all of them.
 */
interface RunModel {
  length: number;
  base32: Runs;
  base64: Runs;
}

const EMPTY_RUNS: Runs = { all: true, prefix: 0, suffix: 0, longest: 0 };
const GAP_RUNS: Runs = { all: false, prefix: 0, suffix: 0, longest: 0 };
const EMPTY_MODEL: RunModel = { length: 0, base32: EMPTY_RUNS, base64: EMPTY_RUNS };
/** A value nothing is known about (a parameter, a call): static evaluation leaves a gap, which ends a run. */
const UNKNOWN_MODEL: RunModel = { length: 0, base32: GAP_RUNS, base64: GAP_RUNS };
/** A value that may be anything (a constant object, a folded expression elsewhere). */
const ANY_MODEL: RunModel = anyModel(Infinity);

function anyModel(length: number): RunModel {
  const runs: Runs = { all: true, prefix: length, suffix: length, longest: length };
  return { length, base32: runs, base64: runs };
}

/** Can this model hold a key ID (20 of `[A-Z2-7]` in a row) or a secret (40 base64 characters in a row)? */
function mayHoldCredential(model: RunModel): boolean {
  return model.base32.longest >= 20 || model.base64.longest >= 40;
}

function isBase32(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x32 && code <= 0x37);
}

function isBase64(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f;
}

function literalModel(value: string): RunModel {
  let base32Prefix = -1;
  let base64Prefix = -1;
  let base32Run = 0;
  let base64Run = 0;
  let base32Longest = 0;
  let base64Longest = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isBase32(code)) {
      base32Run++;
    } else {
      if (base32Prefix === -1) base32Prefix = base32Run;
      base32Run = 0;
    }
    if (isBase64(code)) {
      base64Run++;
    } else {
      if (base64Prefix === -1) base64Prefix = base64Run;
      base64Run = 0;
    }
    if (base32Run > base32Longest) base32Longest = base32Run;
    if (base64Run > base64Longest) base64Longest = base64Run;
  }
  const runs = (prefix: number, suffix: number, longest: number): Runs => ({
    all: prefix === -1,
    prefix: prefix === -1 ? value.length : prefix,
    suffix,
    longest,
  });
  return {
    length: value.length,
    base32: runs(base32Prefix, base32Run, base32Longest),
    base64: runs(base64Prefix, base64Run, base64Longest),
  };
}

function concatRuns(a: Runs, aLength: number, b: Runs, bLength: number): Runs {
  return {
    all: a.all && b.all,
    prefix: a.all ? aLength + b.prefix : a.prefix,
    suffix: b.all ? bLength + a.suffix : b.suffix,
    longest: Math.max(a.longest, b.longest, a.suffix + b.prefix),
  };
}

function concatModels(a: RunModel, b: RunModel): RunModel {
  return {
    length: a.length + b.length,
    base32: concatRuns(a.base32, a.length, b.base32, b.length),
    base64: concatRuns(a.base64, a.length, b.base64, b.length),
  };
}

/** Either of two models (a conditional, a default): the longer runs of each. */
function mergeModels(a: RunModel, b: RunModel): RunModel {
  const runs = (x: Runs, y: Runs): Runs => ({
    all: x.all && y.all,
    prefix: Math.max(x.prefix, y.prefix),
    suffix: Math.max(x.suffix, y.suffix),
    longest: Math.max(x.longest, y.longest),
  });
  return { length: Math.max(a.length, b.length), base32: runs(a.base32, b.base32), base64: runs(a.base64, b.base64) };
}

/** A property that holds a key ID, secret or token: `accessKeyId`, `secretAccessKey`, `sessionToken`, … */
function isCredentialSlotName(name: string): boolean {
  return isSecretName(name) || isSessionTokenName(name) || /access_?key/i.test(name);
}

function members(finding: CredentialFinding<Placed>): Placed[] {
  return [finding.keyId, finding.secret, finding.token].filter((item): item is Placed => item !== null);
}
