/**
 * The code of every rule test case, read statically from tests/rules/*.test.ts (no test file is executed): each
 * `<tester>.run('<rule>', rule, { valid, invalid })` call, its cases' `code` (string literals, templates and
 * `+` / `.join('')` / `.repeat(n)` built from constants of the same file, so run-time-assembled keys come out
 * whole) and `options`. A part that cannot be evaluated statically becomes a placeholder identifier and the case is
 * marked `approximate` (it is still good fuzzing material; fix-safety only counts the cases that parse).
 */
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, walk, type Dialect } from './harness.js';

export interface RuleTestCase {
  file: string;
  rule: string;
  kind: 'valid' | 'invalid';
  dialect: Dialect;
  code: string;
  options: unknown[] | undefined;
  filename: string | undefined;
  approximate: boolean;
}

const TESTERS: Record<string, Dialect> = { tsRuleTester: 'ts', jsRuleTester: 'esm', cjsRuleTester: 'cjs' };
const UNKNOWN = Symbol('unknown');
type Value = unknown;

class Evaluator {
  private readonly constants = new Map<string, TSESTree.Expression>();
  private readonly cache = new Map<string, Value>();
  approximate = false;

  constructor(program: TSESTree.Program) {
    for (const statement of program.body) {
      const declaration =
        statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
      if (declaration.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.init) this.constants.set(declarator.id.name, declarator.init);
      }
    }
  }

  /** The value of `node`, or UNKNOWN. Depth-bounded. */
  value(node: TSESTree.Node | null | undefined, depth = 0): Value {
    if (!node || depth > 64) return UNKNOWN;
    switch (node.type) {
      case 'Literal':
        return 'regex' in node && node.regex ? UNKNOWN : node.value;
      case 'TemplateLiteral': {
        let text = node.quasis[0]?.value.cooked ?? '';
        for (let index = 0; index < node.expressions.length; index++) {
          const part = this.value(node.expressions[index], depth + 1);
          text += typeof part === 'string' || typeof part === 'number' ? String(part) : this.placeholder();
          text += node.quasis[index + 1]?.value.cooked ?? '';
        }
        return text;
      }
      case 'TaggedTemplateExpression': {
        const tag = node.tag;
        if (tag.type === 'MemberExpression' && tag.object.type === 'Identifier' && tag.object.name === 'String' && tag.property.type === 'Identifier' && tag.property.name === 'raw') {
          let text = node.quasi.quasis[0]?.value.raw ?? '';
          for (let index = 0; index < node.quasi.expressions.length; index++) {
            const part = this.value(node.quasi.expressions[index], depth + 1);
            text += typeof part === 'string' ? part : this.placeholder();
            text += node.quasi.quasis[index + 1]?.value.raw ?? '';
          }
          return text;
        }
        return UNKNOWN;
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return UNKNOWN;
        const left = this.value(node.left, depth + 1);
        const right = this.value(node.right, depth + 1);
        if (typeof left === 'number' && typeof right === 'number') return left + right;
        if ((typeof left === 'string' || typeof left === 'number') && (typeof right === 'string' || typeof right === 'number')) {
          return String(left) + String(right);
        }
        if (typeof left === 'string' || typeof right === 'string') {
          return (typeof left === 'string' ? left : this.placeholder()) + (typeof right === 'string' ? right : this.placeholder());
        }
        return UNKNOWN;
      }
      case 'Identifier': {
        if (node.name === 'undefined') return undefined;
        if (this.cache.has(node.name)) return this.cache.get(node.name);
        const init = this.constants.get(node.name);
        this.cache.set(node.name, UNKNOWN); // cycle guard
        const result = init ? this.value(init, depth + 1) : UNKNOWN;
        this.cache.set(node.name, result);
        return result;
      }
      case 'ArrayExpression': {
        const out: Value[] = [];
        for (const element of node.elements) {
          if (!element) continue;
          if (element.type === 'SpreadElement') {
            const spread = this.value(element.argument, depth + 1);
            if (Array.isArray(spread)) out.push(...(spread as Value[]));
            continue;
          }
          out.push(this.value(element, depth + 1));
        }
        return out;
      }
      case 'ObjectExpression': {
        const out: Record<string, Value> = {};
        for (const property of node.properties) {
          if (property.type === 'SpreadElement') {
            const spread = this.value(property.argument, depth + 1);
            if (spread && typeof spread === 'object') Object.assign(out, spread);
            continue;
          }
          const key =
            !property.computed && property.key.type === 'Identifier'
              ? property.key.name
              : property.key.type === 'Literal'
                ? String(property.key.value)
                : null;
          if (key === null) continue;
          out[key] = this.value(property.value as TSESTree.Node, depth + 1);
        }
        return out;
      }
      case 'CallExpression': {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return UNKNOWN;
        const target = this.value(callee.object, depth + 1);
        const args = node.arguments.map((argument) => this.value(argument, depth + 1));
        const method = callee.property.name;
        if (typeof target === 'string') {
          if (method === 'repeat' && typeof args[0] === 'number' && args[0] >= 0 && args[0] <= 5_000_000) return target.repeat(args[0]);
          if (method === 'slice' || method === 'toUpperCase' || method === 'toLowerCase' || method === 'trim' || method === 'padEnd' || method === 'padStart') {
            return (target[method] as (...values: unknown[]) => string)(...args);
          }
          if (method === 'concat' && args.every((arg) => typeof arg === 'string')) return target.concat(...(args as string[]));
        }
        if (Array.isArray(target) && method === 'join') {
          const separator = args.length === 0 ? ',' : args[0];
          if (typeof separator === 'string' && target.every((item) => typeof item === 'string' || typeof item === 'number')) {
            return target.join(separator);
          }
        }
        return UNKNOWN;
      }
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
        return this.value(node.expression, depth + 1);
      case 'UnaryExpression':
        if (node.operator === '-') {
          const value = this.value(node.argument, depth + 1);
          return typeof value === 'number' ? -value : UNKNOWN;
        }
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private placeholder(): string {
    this.approximate = true;
    return 'placeholder';
  }
}

/** The array of cases `node` denotes (an array literal, or a constant holding one). */
function caseNodes(node: TSESTree.Node | undefined, evaluator: Evaluator, program: TSESTree.Program): TSESTree.Node[] {
  if (!node) return [];
  if (node.type === 'ArrayExpression') {
    return node.elements.flatMap((element) => {
      if (!element) return [];
      if (element.type === 'SpreadElement') return caseNodes(element.argument, evaluator, program);
      return [element];
    });
  }
  if (node.type === 'Identifier') {
    for (const statement of program.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
      if (declaration.type !== 'VariableDeclaration') continue;
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === node.name && declarator.init) {
          return caseNodes(declarator.init, evaluator, program);
        }
      }
    }
  }
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') return caseNodes(node.expression, evaluator, program);
  return [];
}

function visit(node: unknown, callback: (node: TSESTree.Node) => void): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    const record = current as Record<string, unknown>;
    if (typeof record.type === 'string') callback(record as unknown as TSESTree.Node);
    for (const [key, value] of Object.entries(record)) {
      if (key === 'parent' || key === 'loc' || key === 'range' || key === 'tokens' || key === 'comments') continue;
      if (value && typeof value === 'object') stack.push(value);
    }
  }
}

function casesOfFile(path: string): RuleTestCase[] {
  const source = readFileSync(path, 'utf8');
  let program: TSESTree.Program;
  try {
    program = parse(source, { sourceType: 'module', ecmaVersion: 'latest', range: false, loc: false }) as TSESTree.Program;
  } catch {
    return [];
  }
  const evaluator = new Evaluator(program);
  const cases: RuleTestCase[] = [];
  visit(program, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee;
    if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'run') return;
    const [nameNode, , testsNode] = node.arguments;
    const rule = evaluator.value(nameNode);
    if (typeof rule !== 'string' || testsNode?.type !== 'ObjectExpression') return;
    const dialect: Dialect = callee.object.type === 'Identifier' ? (TESTERS[callee.object.name] ?? 'ts') : 'ts';
    for (const property of testsNode.properties) {
      if (property.type !== 'Property' || property.key.type !== 'Identifier') continue;
      const kind = property.key.name;
      if (kind !== 'valid' && kind !== 'invalid') continue;
      for (const caseNode of caseNodes(property.value as TSESTree.Node, evaluator, program)) {
        evaluator.approximate = false;
        let code: Value;
        let options: Value;
        let filename: Value;
        let caseDialect = dialect;
        if (caseNode.type === 'ObjectExpression') {
          const object = evaluator.value(caseNode) as Record<string, Value> | typeof UNKNOWN;
          if (object === UNKNOWN || typeof object !== 'object' || object === null) continue;
          code = object.code;
          options = object.options;
          filename = object.filename;
          const languageOptions = object.languageOptions as { sourceType?: unknown } | undefined;
          if (languageOptions && typeof languageOptions === 'object' && languageOptions.sourceType === 'commonjs' && dialect !== 'ts') {
            caseDialect = 'cjs';
          }
        } else {
          code = evaluator.value(caseNode);
        }
        if (typeof code !== 'string') continue;
        cases.push({
          file: path.slice(ROOT.length),
          rule,
          kind,
          dialect: caseDialect,
          code,
          options: Array.isArray(options) && !containsUnknown(options) ? options : undefined,
          filename: typeof filename === 'string' ? filename : undefined,
          approximate: evaluator.approximate,
        });
      }
    }
  });
  return cases;
}

function containsUnknown(value: Value, depth = 0): boolean {
  if (value === UNKNOWN) return true;
  if (depth > 32) return true;
  if (Array.isArray(value)) return value.some((item) => containsUnknown(item, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).some((item) => containsUnknown(item, depth + 1));
  return false;
}

/** Every case of every rule test file (empty while there are none). */
export function collectRuleTestCases(): RuleTestCase[] {
  return walk(join(ROOT, 'tests', 'rules'))
    .filter((path) => path.endsWith('.test.ts'))
    .flatMap((path) => casesOfFile(path));
}
