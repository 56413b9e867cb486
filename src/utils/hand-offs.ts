/**
 * Hand-offs for `require-handler-logging`: a handler whose only work is to pass its input to a handler defined
 * elsewhere (another module's, a dispatcher's, a thin adapter's delegate), whose logging lives with that code.
 */
import { isBuiltin } from 'node:module';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  argumentAt,
  forEachOwnNode,
  functionParams,
  getPropertyName,
  isFunctionLike,
  type FunctionLike,
  isInside,
  isNullOrUndefined,
  LOOP_TYPES,
  outermostTypeWrapper,
  simpleName,
  skipAwait,
  skipTypeAndChainWrappers,
  skipTypeWrappers,
  someOwnNode,
} from './ast.js';
import {
  awsApi,
  isWriteTarget,
  boundFunction,
  boundInitializer,
  findVariableOf,
  functionOf,
  isGlobalIdentifier,
  resolveCallee,
  resolveInstance,
  resolveModuleRef,
  type ModuleRef,
} from './modules.js';
import type { LambdaHandler } from './handlers.js';
import { readsParameterOf } from './parameters.js';
import {
  classifyLogCall,
  isLoggerSetupCall,
  isProjectPath,
  isRelative,
  type LoggingOptions,
  endsInWordOf,
  nameParts,
  runsOnlyOutsideLambda,
} from './logging.js';

/** The Node.js 0.10 runtime's ways to answer, on the context: `context.succeed(result)`, `done`, `fail`. */
const LEGACY_CONTEXT_ANSWERS: ReadonlySet<string> = new Set(['succeed', 'done', 'fail']);

/** What a call answering Lambda calls through: `callback` of `callback(…)`, `context` of `context.done(…)`. */
export function answeredThrough(calleeNode: TSESTree.Node): TSESTree.Node {
  const callee = skipTypeAndChainWrappers(calleeNode);
  const legacy =
    callee.type === AST_NODE_TYPES.MemberExpression && LEGACY_CONTEXT_ANSWERS.has(getPropertyName(callee) ?? '');
  return legacy ? skipTypeAndChainWrappers(callee.object) : callee;
}

/** Keys of a Lambda authorizer's answer (REST: `principalId`, `policyDocument`; HTTP API simple: `isAuthorized`). */
export const AUTHORIZER_ANSWER_KEYS: ReadonlySet<string> = new Set(['principalId', 'policyDocument', 'isAuthorized']);

/** Globals whose value never changes. */
export const CONSTANT_GLOBALS: ReadonlySet<string> = new Set(['undefined', 'NaN', 'Infinity']);

/** `require('./openapi.json')`: a module loaded whole. */
export function isRequireOfModule(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]!.type === AST_NODE_TYPES.Literal
  );
}

/**
 * The handler passes its own event and context on to another handler defined elsewhere, as what it does (Amplify's
 * generated trigger dispatcher: `require(\`./${name}\`).handler(event, context, callback)` in a loop;
 * `return imported.lambdaHandler(event, context)`; a handler that takes no context, the event alone, to one made
 * elsewhere: `const sqsHandler = createSqsHandler(container); return sqsHandler(event)`): that function is the
 * handler Lambda really runs, and its logging lives in its own file. Only a callee named as a handler (`handler`,
 * `…Handler`, or a configured handler name), in the handler's own statements (returned, or called at the top of its
 * body or of a loop there): a router's `app.resolve(event, context)`, cfn-response's `send(event, context, …)` or an
 * error reporter called in a `catch` is not the work of the function.
 */
export function handsOffToUnseenFunction(
  handler: LambdaHandler,
  sourceCode: Readonly<TSESLint.SourceCode>,
  handlerNames: ReadonlySet<string>,
  options: LoggingOptions,
): boolean {
  const { fn, eventParam, contextParam } = handler;
  if (fn !== null && forwardsEveryArgument(fn, sourceCode, handlerNames)) return true;
  if (fn === null || eventParam === null) return false;
  // A handler that declares no context (`async (event) => …`) hands on the event alone
  if (contextParam === null && fn.params.length > 1) return false;
  const parameters = sourceCode.getDeclaredVariables(fn);
  const event = parameters.find((variable) => variable.identifiers.includes(eventParam));
  const context =
    contextParam === null ? null : parameters.find((variable) => variable.identifiers.includes(contextParam));
  if (event === undefined || context === undefined) return false;
  const readsContext = (argument: TSESTree.Node): boolean => {
    const value = skipTypeWrappers(argument);
    if (context === null || value.type !== AST_NODE_TYPES.Identifier) return false;
    return context.references.some((reference) => reference.identifier === value);
  };
  // The context goes along when the handler has one
  const passesContext = (call: TSESTree.CallExpression): boolean =>
    context === null || call.arguments.some(readsContext);
  return event.references.some((reference) => {
    // `mainHandler(event as any, context as any)`: the argument is the outermost type wrapper
    const argument = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    const call = argument.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(argument as TSESTree.Expression)) {
      return false;
    }
    const handsOff = (candidate: TSESTree.CallExpression): boolean =>
      isUnseenHandlerCallee(candidate.callee, sourceCode, handlerNames);
    if (!passesContext(call) || !isOwnStatement(call, fn, sourceCode, handsOff, options)) return false;
    return handsOff(call) && isOnlyWork(call, fn, sourceCode, options);
  });
}

/**
 * Is the statement of the handler's body that holds `call` the body's only work? Every other statement does no I/O
 * the file shows (see `isPreparation`): it prepares values (`const { id } = JSON.parse(event.body)`, `const route =
 * routes.find(…)`, a loop lower-casing the headers), makes what the hand-off calls (`const container = await
 * createContainer()`, a lazy set-up), sets up the logger or the runtime, or answers (`if (!event.id) return {
 * statusCode: 400 }`, a last `return event`). `await db.put(…); return getOrderHandler(event, context)` does work of
 * its own before handing over, and is judged.
 */
function isOnlyWork(
  call: TSESTree.CallExpression,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): boolean {
  const body = fn.body;
  if (body?.type !== AST_NODE_TYPES.BlockStatement) return true;
  let top: TSESTree.Node = call;
  while (top.parent !== body) {
    if (top.parent === undefined || top.parent === fn) return false;
    top = top.parent;
  }
  if (!othersAreInert(body.body, top, call, sourceCode, options)) return false;
  // `try { return route.handler(event, context); } catch (error) { … }`, `for (const m of modules) { … }`: the
  // statements beside the hand-off in the try block or the loop's body too
  let inner: TSESTree.Statement[] | null = null;
  if (top.type === AST_NODE_TYPES.TryStatement) inner = top.block.body;
  else if (LOOP_TYPES.has(top.type)) {
    const loopBody = (top as TSESTree.ForOfStatement).body;
    inner = loopBody.type === AST_NODE_TYPES.BlockStatement ? loopBody.body : null;
  }
  if (inner === null) return true;
  const holder = inner.find((statement) => isInside(call, statement));
  return holder !== undefined && othersAreInert(inner, holder, call, sourceCode, options);
}

/**
 * Do the statements other than `holder` do no work of their own (see `isPreparation`)? A declaration before `holder`
 * that does more counts only when it makes what the hand-off calls, or a declaration that does (`const container =
 * await createContainer(); const sqsHandler = createSqsHandler(container); return sqsHandler(event)`): a value the
 * hand-off is only given (`const saved = await db.put(…)`) is the handler's own work.
 */
function othersAreInert(
  statements: readonly TSESTree.Statement[],
  holder: TSESTree.Node,
  call: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): boolean {
  const index = statements.indexOf(holder as TSESTree.Statement);
  // Names the hand-off's callee reads, and those the declarations making it read in turn (by name: a body is short)
  const fed = new Set<string>();
  const addReadNames = (node: TSESTree.Node): void =>
    forEachOwnNode(node, sourceCode.visitorKeys, true, (inner) => {
      if (inner.type === AST_NODE_TYPES.Identifier) fed.add(inner.name);
    });
  addReadNames(call.callee);
  for (let position = statements.length - 1; position >= 0; position--) {
    if (position === index) continue;
    const statement = statements[position]!;
    if (statement.type === AST_NODE_TYPES.VariableDeclaration && position < index) {
      const feeds = statement.declarations.some((declarator) =>
        declaredNames(declarator.id).some((name) => fed.has(name)),
      );
      if (feeds) addReadNames(statement);
      else if (!isPreparation(statement, sourceCode, options, 0)) return false;
      continue;
    }
    if (isPreparation(statement, sourceCode, options, 0)) continue;
    // `if (!handler) { const config = await getConfig(); handler = createHandler(config); }`, `app = app ?? await
    // bootstrap()`: the lazy set-up of what the hand-off calls
    if (position < index && setsUpCallee(statement, fed, sourceCode, 0)) {
      addReadNames(statement);
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Does `statement` only give names in `fed` (what the hand-off's callee is made from) their values: assignments to
 * them, under `if`s whose tests compute nothing, with declarations of its own for them to use?
 */
function setsUpCallee(
  statement: TSESTree.Statement,
  fed: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): boolean {
  if (depth > MAX_PREPARATION_DEPTH) return false;
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement: {
      const assignment = skipTypeAndChainWrappers(statement.expression);
      if (assignment.type !== AST_NODE_TYPES.AssignmentExpression) return false;
      const target = skipTypeAndChainWrappers(assignment.left);
      return target.type === AST_NODE_TYPES.Identifier && fed.has(target.name);
    }
    case AST_NODE_TYPES.IfStatement: {
      if (!isFreeOfIo(statement.test, sourceCode)) return false;
      const branches = [statement.consequent, statement.alternate].filter((branch) => branch !== null);
      return branches.every((branch) => setsUpCallee(branch, fed, sourceCode, depth + 1));
    }
    case AST_NODE_TYPES.BlockStatement: {
      const assigns = statement.body.filter((inner) => inner.type !== AST_NODE_TYPES.VariableDeclaration);
      return assigns.length > 0 && assigns.every((inner) => setsUpCallee(inner, fed, sourceCode, depth + 1));
    }
    default:
      return false;
  }
}

/** Names a declaration's pattern binds (`a`, `{ b, c: d }` → `b`, `d`, `[e, ...f]`). */
function declaredNames(pattern: TSESTree.Node): string[] {
  const names: string[] = [];
  const visit = (node: TSESTree.Node | null): void => {
    if (node === null) return;
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        names.push(node.name);
        return;
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of node.properties) {
          visit(property.type === AST_NODE_TYPES.Property ? property.value : property);
        }
        return;
      case AST_NODE_TYPES.ArrayPattern:
        for (const element of node.elements) visit(element);
        return;
      case AST_NODE_TYPES.RestElement:
        visit(node.argument);
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        visit(node.left);
        return;
      default:
    }
  };
  visit(pattern);
  return names;
}

/** Nested statements looked into by `isPreparation`. */
const MAX_PREPARATION_DEPTH = 8;

/**
 * A statement that only prepares values or answers, beside a hand-off (see `isOnlyWork`): a declaration, an
 * expression, a `return` / `throw`, or an `if`, loop, `switch` or `try` made of them, none doing I/O the file shows
 * (`isFreeOfIo`); a logger's or the runtime's set-up, a console line of constants.
 */
function isPreparation(
  statement: TSESTree.Statement,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
  depth: number,
): boolean {
  if (depth > MAX_PREPARATION_DEPTH) return false;
  const inert = (node: TSESTree.Node | null | undefined): boolean =>
    node === null || node === undefined || isFreeOfIo(node, sourceCode);
  const prepares = (inner: TSESTree.Statement | null): boolean =>
    inner === null || isPreparation(inner, sourceCode, options, depth + 1);
  switch (statement.type) {
    case AST_NODE_TYPES.EmptyStatement:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.VariableDeclaration:
      return statement.declarations.every(({ init }) => inert(init));
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return inert(statement.argument);
    case AST_NODE_TYPES.ExpressionStatement:
      return workStatements([statement], sourceCode, options).length === 0 || inert(statement.expression);
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.every(prepares);
    case AST_NODE_TYPES.IfStatement:
      return inert(statement.test) && prepares(statement.consequent) && prepares(statement.alternate);
    case AST_NODE_TYPES.SwitchStatement:
      return (
        inert(statement.discriminant) &&
        statement.cases.every((each) => inert(each.test) && each.consequent.every(prepares))
      );
    case AST_NODE_TYPES.TryStatement:
      return (
        prepares(statement.block) &&
        (statement.handler === null || prepares(statement.handler.body)) &&
        prepares(statement.finalizer)
      );
    case AST_NODE_TYPES.ForOfStatement:
      return !statement.await && inert(statement.right) && prepares(statement.body);
    case AST_NODE_TYPES.ForInStatement:
      return inert(statement.right) && prepares(statement.body);
    case AST_NODE_TYPES.ForStatement:
      return (
        (statement.init === null ||
          (statement.init.type === AST_NODE_TYPES.VariableDeclaration
            ? prepares(statement.init)
            : inert(statement.init))) &&
        inert(statement.test) &&
        inert(statement.update) &&
        prepares(statement.body)
      );
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return inert(statement.test) && prepares(statement.body);
    default:
      return false;
  }
}

/**
 * Does `node` do I/O of its own, as far as the file shows: an `await` or `yield` (in the functions it holds too:
 * `items.map(async (x) => await save(x))`), a call of an AWS SDK client (`client.send(…)`, SDK v2's `….promise()`),
 * or a call of a function of the file that does (named, or handed over by name: `records.forEach(archive)`), or a
 * tagged template (`sql\`DELETE …\``). A call of another module's function without `await` is not judged (a
 * formatter, a parser, a schema check): precision first, it stays quiet.
 */
function isFreeOfIo(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return !someOwnNode(node, sourceCode.visitorKeys, true, (inner) => {
    switch (inner.type) {
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return true;
      case AST_NODE_TYPES.ForOfStatement:
        return inner.await;
      case AST_NODE_TYPES.CallExpression: {
        const callee = skipTypeAndChainWrappers(inner.callee);
        const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
        if (method === 'send' || method === 'promise') return true;
        if (method !== null && callsClient(callee, sourceCode)) return true;
        if (callsIoBuiltin(inner, sourceCode)) return true;
        return [callee, ...inner.arguments].some((value) => callsLocalIo(value, sourceCode));
      }
      default:
        return false;
    }
  });
}

/**
 * `s3.putObject(…)`, `es.search(…)`, `ddb.batchWrite(…)`: a method of an instance of an AWS SDK client or of
 * another package's `…Client` class (`new Client({ node })` of Elasticsearch, `new MongoClient(uri)`), made in the
 * file.
 */
function callsClient(callee: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let root: TSESTree.Node = callee;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeAndChainWrappers(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const instance = resolveInstance(root, sourceCode);
  if (instance === null) return false;
  const api = awsApi(instance.ref);
  if (api?.family === 'sdk-v2' || api?.family === 'sdk-v3') return true;
  const className = instance.ref.path[instance.ref.path.length - 1] ?? instance.ref.module;
  return /Client$/u.test(className);
}

/**
 * An answer that runs nothing: no await or function, and no call but a built-in's that computes a value
 * (`JSON.stringify`, `String(…)`) or the making of an error (`new Error('…')`, `new NotFoundError('…')` of a class
 * named so).
 */
function answersPlainly(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (doesWork(value, sourceCode)) return false;
  return !someOwnNode(value, sourceCode.visitorKeys, false, (inner) => {
    if (inner.type === AST_NODE_TYPES.TaggedTemplateExpression) return true;
    if (inner.type === AST_NODE_TYPES.NewExpression) {
      const callee = skipTypeAndChainWrappers(inner.callee);
      return !(callee.type === AST_NODE_TYPES.Identifier && callee.name.endsWith('Error'));
    }
    return inner.type === AST_NODE_TYPES.CallExpression && !computesBuiltinValue(inner, sourceCode, 0);
  });
}

/**
 * `execFileSync('clamscan', …)`, `writeFileSync(…)`, `net.connect(…)`: a function of a Node module that reaches the
 * file system, other processes or the network.
 */
function callsIoBuiltin(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const ref = resolveCallee(call, sourceCode);
  return ref !== null && IO_BUILTINS.has(ref.module.replace(/^node:/u, '').split('/')[0]!);
}

/** Node's modules for the file system, processes and the network. */
const IO_BUILTINS: ReadonlySet<string> = new Set([
  'fs',
  'child_process',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'tls',
]);

/** Per function of the file: does it do I/O (see `isFreeOfIo`)? `null` while it is being looked into. */
const localIo = new WeakMap<TSESTree.Node, boolean | null>();

/** `archive` of `archive(record)` or `records.forEach(archive)`: a function of the file that does I/O. */
function callsLocalIo(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const name = skipTypeAndChainWrappers(value);
  if (name.type !== AST_NODE_TYPES.Identifier) return false;
  const fn = functionOf(name, sourceCode);
  if (fn === null || fn.body == null) return false;
  const known = localIo.get(fn);
  // Asked again while it is looked into (a recursive helper): what it does is being found by the first ask
  if (known !== undefined) return known === true;
  localIo.set(fn, null);
  const io = fn.async || fn.generator || !isFreeOfIo(fn.body, sourceCode);
  localIo.set(fn, io);
  return io;
}

/**
 * A callee named as a handler (`handler`, `…Handler`, a configured name), or a lazily made one awaited in place
 * (`(await initHandler)(…)`, `(await handlerPromise)(…)`), not a function of this file.
 */
function isUnseenHandlerCallee(
  callee: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  handlerNames: ReadonlySet<string>,
): boolean {
  let target = skipTypeAndChainWrappers(callee);
  // `require('./monitor').handler.call(null, event, context, callback)`: the function called is the member's
  if (target.type === AST_NODE_TYPES.MemberExpression && FUNCTION_CALLERS.has(getPropertyName(target) ?? '')) {
    target = skipTypeAndChainWrappers(target.object);
  }
  if (target.type === AST_NODE_TYPES.AwaitExpression) {
    const awaited = skipTypeAndChainWrappers(target.argument);
    if (awaited.type !== AST_NODE_TYPES.Identifier) return false;
    const name = awaited.name;
    const named = handlerNames.has(name) || name.endsWith('Handler') || /^handler(?:[A-Z]|$)/u.test(name);
    return named && isMadeElsewhere(awaited, sourceCode);
  }
  const name = simpleName(target);
  const namedHandler = name !== null && (handlerNames.has(name) || name.endsWith('Handler'));
  if (namedHandler) return !isDefinedHere(target, sourceCode);
  // `server = server ?? (await bootstrap(AppModule)); return server(event, context, callback)`: whatever its name
  return target.type === AST_NODE_TYPES.Identifier && isLazilyMadeElsewhere(target, sourceCode);
}

/**
 * A module variable the file only ever sets to what code of another module makes (`let server; … server = server ??
 * (await bootstrap(AppModule))`, `if (!cached) cached = await createApp()` with `bootstrap` / `createApp` imported):
 * NestJS's and serverless-express's lazily made handler, called with Lambda's arguments. Declared empty (`null`,
 * `undefined`: not made yet), and not made from code of this file (`makeHandler(async (e) => …)`, `middy(purge)`:
 * that code is the handler's work).
 */
function isLazilyMadeElsewhere(name: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariableOf(name, sourceCode);
  // Declared at the top of the module (a CommonJS module's scope is a function's): it outlives an invocation
  if (variable === null || variable.defs.length !== 1 || variable.scope.block.type !== AST_NODE_TYPES.Program) return false;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || def.node.id !== def.name || def.parent.kind === 'const') return false;
  if (def.node.init !== null && !isNothing(def.node.init)) return false;
  let writes = 0;
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init === true) continue;
    const assignment = reference.identifier.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== reference.identifier) return false;
    if (assignment.operator !== '=' && assignment.operator !== '??=' && assignment.operator !== '||=') return false;
    const made = madeUnlessSet(skipTypeAndChainWrappers(assignment.right), name.name);
    if (made === null || made.type !== AST_NODE_TYPES.CallExpression) return false;
    if (resolveModuleRef(made.callee, sourceCode) === null) return false;
    if (made.arguments.some((argument) => holdsLocalCode(argument, sourceCode, 0))) return false;
    writes++;
  }
  return writes > 0;
}

/**
 * What a lazy set-up makes, awaited or not: `made`, or the other side of `name ?? made`, `name || made`, `name ?
 * name : made`. Null for a choice of anything else.
 */
function madeUnlessSet(value: TSESTree.Node, name: string): TSESTree.Node | null {
  let made = value;
  const isName = (node: TSESTree.Node): boolean => {
    const inner = skipTypeAndChainWrappers(node);
    return inner.type === AST_NODE_TYPES.Identifier && inner.name === name;
  };
  if (made.type === AST_NODE_TYPES.LogicalExpression) {
    if (made.operator === '&&' || !isName(made.left)) return null;
    made = skipTypeAndChainWrappers(made.right);
  } else if (made.type === AST_NODE_TYPES.ConditionalExpression) {
    if (!isName(made.test) || !isName(made.consequent)) return null;
    made = skipTypeAndChainWrappers(made.alternate);
  }
  return skipAwait(made);
}

/** `null`, `undefined` or `void 0`: no value yet. */
function isNothing(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  return isNullOrUndefined(value) || (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'void');
}

/** `fn.call(thisArg, …)`, `fn.apply(thisArg, args)`: a call of `fn`. */
const FUNCTION_CALLERS: ReadonlySet<string> = new Set(['call', 'apply']);

/**
 * A lazily made handler that code of another module makes: `const initHandler = newHandler(deps)` or `(async () => {
 * …set-up…; return newHandler(deps); })()` with `newHandler` imported, or an import itself. Not one the file writes
 * (`(async () => async (event) => …)()`): its work is here.
 */
function isMadeElsewhere(name: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariableOf(name, sourceCode);
  if (variable === null || variable.defs.length !== 1) return false;
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding') return true;
  if (def.type !== 'Variable' || def.node.id !== def.name || def.node.init === null) return false;
  let made: TSESTree.Node = skipTypeAndChainWrappers(def.node.init);
  for (let hops = 0; hops < 4; hops++) {
    if (made.type === AST_NODE_TYPES.AwaitExpression) made = skipTypeAndChainWrappers(made.argument);
    // `return handler` of `const { handler } = await import('./server.js')`: another module's export
    if (made.type !== AST_NODE_TYPES.CallExpression) return resolveModuleRef(made, sourceCode) !== null;
    const callee = skipTypeAndChainWrappers(made.callee);
    // `import('./app.mjs').then((m) => m.handler)`
    if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'then') {
      return skipTypeAndChainWrappers(callee.object).type === AST_NODE_TYPES.ImportExpression;
    }
    if (!isFunctionLike(callee)) return resolveModuleRef(callee, sourceCode) !== null;
    // `(async () => newHandler(deps))()`: what the function called in place returns
    const returned = callee.body.type === AST_NODE_TYPES.BlockStatement ? singleReturned(callee.body) : callee.body;
    if (returned === null) return false;
    made = skipTypeAndChainWrappers(returned);
  }
  return false;
}

/** What a block ends by returning, when its last statement is its one `return` at the top (set-up may come first). */
function singleReturned(block: TSESTree.BlockStatement): TSESTree.Node | null {
  const last = block.body[block.body.length - 1];
  if (last?.type !== AST_NODE_TYPES.ReturnStatement) return null;
  const returns = block.body.filter((statement) => statement.type === AST_NODE_TYPES.ReturnStatement);
  return returns.length === 1 ? last.argument : null;
}

/**
 * `async (...args) => (await initHandler)(...args)`: the handler's one statement hands every argument Lambda passes,
 * as they are, to a handler made elsewhere (see `isUnseenHandlerCallee`).
 */
function forwardsEveryArgument(
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  handlerNames: ReadonlySet<string>,
): boolean {
  const rest = fn.params.length === 1 ? fn.params[0]! : null;
  if (rest?.type !== AST_NODE_TYPES.RestElement || rest.argument.type !== AST_NODE_TYPES.Identifier) return false;
  const body = fn.body;
  if (body === null || body === undefined) return false;
  let only: TSESTree.Node = body;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    const statement = body.body.length === 1 ? body.body[0]! : null;
    if (statement?.type === AST_NODE_TYPES.ReturnStatement && statement.argument !== null) only = statement.argument;
    else if (statement?.type === AST_NODE_TYPES.ExpressionStatement) only = statement.expression;
    else return false;
  }
  const call = callOf(only);
  const argument = call?.arguments.length === 1 ? call.arguments[0]! : null;
  return (
    argument?.type === AST_NODE_TYPES.SpreadElement &&
    argument.argument.type === AST_NODE_TYPES.Identifier &&
    argument.argument.name === rest.argument.name &&
    isUnseenHandlerCallee(call!.callee, sourceCode, handlerNames)
  );
}

/**
 * A thin adapter: the handler's body is one call that hands its work to code of another module (`await
 * handleEvent(event)`, `return lib.respond(event)`, `await matcher.match(event)` on a module-level `new
 * ImportedClass(…)`), as a statement or returned, awaited or not, optionally inside a `try` whose `catch` only
 * returns or throws an error response, beside a logger's set-up (`logger.addContext(context)`, which writes no
 * line). That code does the work and keeps the logging, as a handler imported from another file does. Not the AWS
 * SDK nor Node's own modules (the handler's own work, done through a client), and not when code of this file rides
 * along: a function in the arguments, or one the receiver is configured with here (`app.get('/x', async () => …)`
 * before `app.resolve(event, context)`).
 */
export function delegatesToImportedCode(
  handler: LambdaHandler,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): boolean {
  const fn = handler.fn;
  if (fn === null) return false;
  const made = constructedAnswer(fn);
  if (made !== null && constructsImportedWithInput(made, fn, sourceCode)) return true;
  const call = delegatedCall(fn, sourceCode, options);
  if (call === null) return false;
  // (A callback that only relays its arguments to Lambda's, `(err, res) => context.done(err, res)`, is plumbing)
  // (Nor is a value composed in place for it, `handleSqsEvent(event, buildDependencies())`: see `composesArgument`,
  // nor a reader of Lambda's context, `() => context.getRemainingTimeInMillis()`)
  const ridesAlong = (argument: TSESTree.Node): boolean =>
    !isRelayToLambda(argument, sourceCode) &&
    !wrapsParameters(argument, fn, sourceCode) &&
    !composesArgument(argument, sourceCode) &&
    !readsLambdaContext(argument, fn) &&
    (holdsLocalCode(argument, sourceCode, 0) || worksBeforeHandOver(argument, sourceCode));
  if (call.arguments.some(ridesAlong)) {
    return false;
  }
  const callee = skipTypeAndChainWrappers(call.callee);
  const ref = resolveCallee(call, sourceCode);
  // What it hands over: the handler's input, or anything at all to the project's own module (`reaper(dbService)`).
  // A library called with values of its own (`metrics.addMetric('booked', MetricUnit.Count, 1)`) is a step of
  // the handler's work
  const passesInput = passesParameters(call, fn, sourceCode);
  let receiver: TSESTree.Node | null;
  if (ref !== null) {
    // `db.put(item)`, `repository.save(order)` on an object the module imports: a record the handler composed and
    // stores itself (a function of the module, `saveOrder(order)`, holds the work)
    // (`resolvers.query(event)` hands the input over whole; `getTenantUseCase.execute({ tenantId })` runs a use case)
    const verb = callee.type === AST_NODE_TYPES.MemberExpression ? (getPropertyName(callee) ?? '') : '';
    const store = ref.path.length >= 2 && STORE_OBJECT_NAME.test(ref.path[ref.path.length - 2] ?? '');
    const stores = store && DATA_STORE_VERBS.has(verb) && call.arguments.length > 0;
    if (stores && !handsParameterWhole(call, fn)) return false;
    if (!handsOverTo(ref, call, fn, passesInput, false)) return false;
    receiver = rootName(callee);
  } else {
    // `lambdaPlayground({ endpoint: '/graphql' })(event, context, callback)`: a handler an imported factory makes,
    // called in place with the handler's input, as one bound to a name first is (the factory given plain values)
    if (callee.type === AST_NODE_TYPES.CallExpression) {
      const factory = resolveCallee(callee, sourceCode);
      return (
        factory !== null &&
        passesInput &&
        callee.arguments.every((argument) => isPlainFactoryOption(argument, fn, sourceCode)) &&
        !callee.arguments.some(ridesAlong) &&
        handsOverTo(factory, call, fn, passesInput, false)
      );
    }
    // a method of an instance of an imported class made at the top of the module, or made or fetched for this call
    // (`new Controller().execute(event, context, callback)`, `Processor.getInstance().processRequest(event)`)
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    // `const delegate = new Delegate(); await delegate.processMessages(event)`: `new Delegate().processMessages(…)`,
    // when the delegate is handed the handler's input (`const db = Database.getInstance(); db.query('DELETE …')` is
    // the handler's own query)
    const written = skipTypeAndChainWrappers(callee.object);
    const verb = getPropertyName(callee) ?? '';
    const made = ownCreation(written, fn, sourceCode);
    // The input goes to the delegate by the call or by its making (`new Listener(event, context).handleEvent()`)
    const madeWithInput =
      made.type === AST_NODE_TYPES.NewExpression &&
      passesParameters(made as unknown as TSESTree.CallExpression, fn, sourceCode);
    const givenInput = passesInput || madeWithInput;
    // `pool.query(sql)`, `ddb.put(item)`, `user.save()`: a statement or record the handler composed (a command
    // object's `execute()` runs what it was made with)
    const storesData = verb === 'save' || (DATA_STORE_VERBS.has(verb) && call.arguments.length > 0);
    const handedOver = givenInput && verb !== 'send' && !storesData;
    const object = handedOver ? made : written;
    const lookup = object.type === AST_NODE_TYPES.CallExpression && isContainerLookup(object, sourceCode);
    if (object.type === AST_NODE_TYPES.NewExpression || isClassAccessorCall(object) || lookup) {
      const made = resolveCallee(object, sourceCode);
      return made !== null && !object.arguments.some(ridesAlong) && handsOverTo(made, call, fn, passesInput, true);
    }
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const instance = resolveInstance(object, sourceCode);
    if (instance === null || !handsOverTo(instance.ref, call, fn, passesInput, true)) {
      return false;
    }
    const variable = findVariableOf(object, sourceCode);
    // the module's top level (CommonJS files have a function scope there)
    if (variable === null || variable.scope.block.type !== AST_NODE_TYPES.Program) return false;
    receiver = object;
  }
  if (receiver?.type !== AST_NODE_TYPES.Identifier) return receiver === null;
  const variable = findVariableOf(receiver, sourceCode);
  return variable === null || !configuredWithLocalCode(variable, fn, sourceCode);
}

/**
 * `Processor.getInstance(logger)`, `Router.create()`: a class's accessor of its singleton or its factory (a name in
 * PascalCase, a method so named). Not another method (`DocumentClient.put(params)`, whose `.promise()` is the
 * handler's own work) nor a function's result (`knex('orders').insert(…)`).
 */
function isClassAccessorCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiver = skipTypeAndChainWrappers(callee.object);
  const method = getPropertyName(callee);
  return (
    receiver.type === AST_NODE_TYPES.Identifier &&
    PASCAL_CASE.test(receiver.name) &&
    method !== null &&
    ACCESSOR_METHODS.has(method)
  );
}

/** `Processor`, `AppConfigService`: a class's name. */
const PASCAL_CASE = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/u;
/** Static methods that hand out an instance of their class. */
const ACCESSOR_METHODS: ReadonlySet<string> = new Set(['getInstance', 'instance', 'create', 'getSingleton']);

/** `return new Adapter(event, context, callback)`, or an arrow's body that is one `new`: that construction. */
function constructedAnswer(fn: NonNullable<LambdaHandler['fn']>): TSESTree.NewExpression | null {
  const body = fn.body;
  if (body === null || body === undefined) return null;
  let value: TSESTree.Node | null = body;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    const only = body.body.length === 1 ? body.body[0]! : null;
    value = only?.type === AST_NODE_TYPES.ReturnStatement ? only.argument : null;
  }
  const made = value === null ? null : skipAwait(skipTypeAndChainWrappers(value));
  return made?.type === AST_NODE_TYPES.NewExpression ? made : null;
}

/**
 * `return new Adapter(event, context, callback)` with `Adapter` imported (an SDK's adapter for the caller's own
 * handler, ask-sdk's v1 adapter): the class of another module gets the handler's input as it is, and does the work.
 * Each argument is a parameter of the handler; not the AWS SDK nor Node's own classes.
 */
function constructsImportedWithInput(
  made: TSESTree.NewExpression,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const parameters = new Set(functionParams(fn).flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])));
  const handsInput =
    made.arguments.length > 0 &&
    made.arguments.every((argument) => {
      const value = skipTypeAndChainWrappers(argument);
      return value.type === AST_NODE_TYPES.Identifier && parameters.has(value.name);
    });
  const ref = handsInput ? resolveCallee(made, sourceCode) : null;
  return ref !== null && handsOverTo(ref, made, fn, true, false);
}

/**
 * Does `call` hand the handler's work to the module `ref` names? Never to the AWS SDK or Node's own modules (a
 * client call is the handler's own work). To the project's own modules (a relative path, or an alias of one:
 * `@/lib/x`, `~/x`, `#x`, `src/x`) when it passes the handler's input or nothing, or anything to a relative one
 * (`reaper(dbService)`). To a package when the event itself goes first (`handleStreamEvent(event)`,
 * `router.resolve(event, context)`): a package's client given parts of it or values of the handler
 * (`axios.post(url, event)`, `redis.set(event.key, …)`, `mail.send({ to: event.to })`) does the handler's own work.
 * Also a package's function given nothing (`await Order.trackInventory()` of a monorepo's own package, a scheduled
 * job): the handler composes no request, all it does is the callee's; but not a method of a package's client the
 * module makes itself (`redis.flushall()` on `new Redis()`), which is the handler's own work done through a tool.
 */
function handsOverTo(
  ref: ModuleRef,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  fn: NonNullable<LambdaHandler['fn']>,
  passesInput: boolean,
  onInstance: boolean,
): boolean {
  if (isBuiltin(ref.module) || awsApi({ module: ref.module, path: [] }) !== null) return false;
  const givesNothing = call.arguments.length === 0;
  if (isProjectPath(ref.module)) return passesInput || givesNothing || isRelative(ref.module);
  if (givesNothing && !onInstance) return true;
  const first = argumentAt(call, 0);
  const handed = first === undefined ? null : skipTypeAndChainWrappers(first);
  const event = functionParams(fn)[0];
  return (
    handed?.type === AST_NODE_TYPES.Identifier &&
    event?.type === AST_NODE_TYPES.Identifier &&
    handed.name === event.name
  );
}

/**
 * An argument that does work of its own before the hand-over (a call, `new`, `await`: `respond(await
 * s3.send(…))`): the handler is not only an adapter then. Not a value JavaScript's own built-ins compute
 * (`new Date().toISOString()`, `Date.now()`, `JSON.parse(event.body)`, `Number(x)`): that is no work to audit.
 */
function worksBeforeHandOver(argument: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return someOwnNode(argument, sourceCode.visitorKeys, false, (node) => {
    // A tag is a call of its own (`sql\`DELETE … ${id}\``)
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      return true;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
    return !computesBuiltinValue(node, sourceCode, 0);
  });
}

/** Global functions that only compute a value from their arguments. */
const VALUE_FUNCTIONS: ReadonlySet<string> = new Set([
  'String',
  'Number',
  'Boolean',
  'parseInt',
  'parseFloat',
  'encodeURIComponent',
  'decodeURIComponent',
]);
/** Globals whose methods only compute a value from their arguments (`JSON.parse`, `Math.max`, `Date.now`). */
const VALUE_NAMESPACES: ReadonlySet<string> = new Set(['JSON', 'Math', 'Date', 'Number']);
/** Methods of a date that only read it. */
const DATE_READERS: ReadonlySet<string> = new Set(['toISOString', 'toJSON', 'getTime', 'valueOf', 'toUTCString', 'toString']);

/**
 * The time now: `new Date()` (no argument), `Date.now()`, or a date-reading method of one
 * (`new Date().toISOString()`), of the global `Date`.
 */
export function readsClock(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.NewExpression && value.type !== AST_NODE_TYPES.CallExpression) return false;
  if (value.arguments.length > 0) return false;
  const callee = skipTypeAndChainWrappers(value.callee);
  const isDate = (target: TSESTree.Node): boolean =>
    target.type === AST_NODE_TYPES.Identifier && target.name === 'Date' && isGlobalIdentifier(target, sourceCode);
  if (value.type === AST_NODE_TYPES.NewExpression) return isDate(callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  const object = skipTypeAndChainWrappers(callee.object);
  if (method === 'now') return isDate(object);
  return method !== null && DATE_READERS.has(method) && object.type === AST_NODE_TYPES.NewExpression && readsClock(object, sourceCode);
}

/** `new Date(…)`, `Date.now()`, `new Date().toISOString()`, `JSON.parse(…)`, `Math.round(…)`, `String(…)`. */
function computesBuiltinValue(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): boolean {
  const callee = skipTypeAndChainWrappers(node.callee);
  const isGlobalNamed = (target: TSESTree.Node, names: ReadonlySet<string>): boolean =>
    target.type === AST_NODE_TYPES.Identifier && names.has(target.name) && isGlobalIdentifier(target, sourceCode);
  if (node.type === AST_NODE_TYPES.NewExpression) return isGlobalNamed(callee, DATE_CLASS);
  if (callee.type === AST_NODE_TYPES.Identifier) return isGlobalNamed(callee, VALUE_FUNCTIONS);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTypeAndChainWrappers(callee.object);
  if (isGlobalNamed(object, VALUE_NAMESPACES)) return true;
  const method = getPropertyName(callee);
  return (
    depth < 2 &&
    method !== null &&
    DATE_READERS.has(method) &&
    (object.type === AST_NODE_TYPES.NewExpression || object.type === AST_NODE_TYPES.CallExpression) &&
    computesBuiltinValue(object, sourceCode, depth + 1)
  );
}

const DATE_CLASS: ReadonlySet<string> = new Set(['Date']);

/** Does an argument of `call` read a parameter of the handler (the event, the context, or a part of them)? */
function passesParameters(
  call: TSESTree.CallExpression,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const [start, end] = [call.arguments[0]?.range[0], call.arguments[call.arguments.length - 1]?.range[1]];
  if (start === undefined || end === undefined) return false;
  return sourceCode
    .getDeclaredVariables(fn)
    .some(
      (variable) =>
        variable.defs.some((def) => def.type === 'Parameter') &&
        variable.references.some((reference) => {
          const [from, to] = reference.identifier.range;
          return start <= from && to <= end;
        }),
    );
}

/** An argument of `call` is a parameter of `fn` as it is (`run(event)`), not a value made from one. */
function handsParameterWhole(call: TSESTree.CallExpression, fn: NonNullable<LambdaHandler['fn']>): boolean {
  const names = new Set(
    functionParams(fn).flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])),
  );
  return call.arguments.some((argument) => {
    const value = skipTypeAndChainWrappers(argument);
    return value.type === AST_NODE_TYPES.Identifier && names.has(value.name);
  });
}

/**
 * `() => context.getRemainingTimeInMillis()`, `() => context.awsRequestId`: a function of no parameters that only
 * reads the handler's context (its second parameter), a method called without arguments or a property, for the
 * delegate to ask Lambda's runtime when it needs to.
 */
function readsLambdaContext(argument: TSESTree.Node, fn: NonNullable<LambdaHandler['fn']>): boolean {
  const reader = skipTypeWrappers(argument);
  if (reader.type !== AST_NODE_TYPES.ArrowFunctionExpression || reader.params.length > 0) return false;
  let value: TSESTree.Node | null = reader.body;
  if (value.type === AST_NODE_TYPES.BlockStatement) {
    const only = value.body.length === 1 ? value.body[0]! : null;
    value = only?.type === AST_NODE_TYPES.ReturnStatement ? only.argument : null;
  }
  if (value === null) return false;
  value = skipTypeAndChainWrappers(value);
  if (value.type === AST_NODE_TYPES.CallExpression) {
    if (value.arguments.length > 0) return false;
    value = skipTypeAndChainWrappers(value.callee);
  }
  if (value.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTypeAndChainWrappers(value.object);
  const context = functionParams(fn)[1];
  return (
    context?.type === AST_NODE_TYPES.Identifier && object.type === AST_NODE_TYPES.Identifier && object.name === context.name
  );
}

/**
 * `new Lambda(event, context, callback)`: a class of another module given the handler's own parameters and nothing
 * else (a framework's host object for Lambda's arguments, as Jovo's): the input, handed over in the framework's shape.
 */
function wrapsParameters(
  argument: TSESTree.Node,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const made = skipTypeAndChainWrappers(argument);
  if (made.type !== AST_NODE_TYPES.NewExpression || made.arguments.length === 0) return false;
  const params = functionParams(fn);
  const isParameter = (value: TSESTree.Node): boolean =>
    value.type === AST_NODE_TYPES.Identifier &&
    params.some((param) => param.type === AST_NODE_TYPES.Identifier && param.name === value.name) &&
    findVariableOf(value, sourceCode)?.defs[0]?.type === 'Parameter';
  if (!made.arguments.every(isParameter)) return false;
  // A framework's class, not the SDK's (`new PutObjectCommand(event)` is the handler's own request)
  const ref = resolveModuleRef(made.callee, sourceCode);
  return ref !== null && !ref.module.startsWith('@aws-sdk/') && ref.module !== 'aws-sdk' && !isBuiltin(ref.module);
}

/**
 * `await app.initialize()` before `await app.handle(…)`: a call with no arguments of a set-up method (`init…`,
 * `setup`, `connect`, `load`, `start`, …) on the very receiver the handler then hands its work to (its code, out of
 * sight, is the one doing the work). Not another receiver under the same root (`services.cache` before
 * `services.orders`), nor another method (`store.deleteAll()`, `redis.flushall()`: work of the handler's own).
 */
function setsUpReceiver(statement: TSESTree.Statement, handOver: TSESTree.Statement): boolean {
  const setUp = statement.type === AST_NODE_TYPES.ExpressionStatement ? callOf(statement.expression) : null;
  const call = statementCall(handOver);
  if (setUp === null || call === null || setUp.arguments.length > 0) return false;
  const setUpCallee = skipTypeAndChainWrappers(setUp.callee);
  const callee = skipTypeAndChainWrappers(call.callee);
  if (setUpCallee.type !== AST_NODE_TYPES.MemberExpression || callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const method = getPropertyName(setUpCallee);
  const [first, second] = method === null ? [] : nameParts(method);
  // `setUp` is two words
  const verb = first === 'set' && second === 'up' ? 'setup' : first;
  if (verb === undefined || !SET_UP_VERBS.has(verb)) return false;
  const setUpReceiver = skipTypeAndChainWrappers(setUpCallee.object);
  const receiver = skipTypeAndChainWrappers(callee.object);
  return (
    setUpReceiver.type === AST_NODE_TYPES.Identifier &&
    receiver.type === AST_NODE_TYPES.Identifier &&
    setUpReceiver.name === receiver.name
  );
}

/**
 * `const controller = makeAddUserFactory(); return serverlessAdapter(controller, event, context);`: leading
 * declarations that make a value the statements after them hand over once (an argument of the delegated call),
 * dropped: the composition of what is handed over, not work of the handler's. Made without await by a factory of the
 * project (`isProjectFactoryCall`), or awaited from the project's dependency set-up (`const dependencies = await
 * lazyDependencies.get()`, `const deps = await getDependencies()`: see `awaitsDependencies`).
 */
function withoutMadeArguments(
  statements: readonly TSESTree.Statement[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly TSESTree.Statement[] {
  let first = 0;
  while (statements.length - first > 1) {
    const statement = statements[first]!;
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== 'const') break;
    if (statement.declarations.length !== 1) break;
    const declarator = statement.declarations[0]!;
    if (declarator.init === null) break;
    const init = skipTypeAndChainWrappers(declarator.init);
    const awaited = init.type === AST_NODE_TYPES.AwaitExpression ? skipTypeAndChainWrappers(init.argument) : null;
    const named = declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id : null;
    let made: boolean;
    if (awaited !== null) {
      made =
        awaited.type === AST_NODE_TYPES.CallExpression &&
        !awaited.arguments.some((argument) => worksOnArgument(argument, sourceCode)) &&
        awaitsDependencies(awaited, sourceCode);
    } else {
      // Or a value read from the input (`const { queryType } = stateSchema.parse(event)`), as it could be written in place
      made = (named !== null && composesArgument(init, sourceCode)) || readsInput(init, sourceCode);
    }
    if (!made) break;
    // Each name it declares read once, as an argument of a call in a later statement
    const variables = sourceCode.getDeclaredVariables(declarator);
    if (variables.length === 0 || !variables.every(isPassedOnce)) break;
    first++;
  }
  return first === 0 ? statements : statements.slice(first);
}

/**
 * `stateSchema.parse(event)`, `JSON.parse(event.body).id`, `event.Records[0]`: a value read from what the handler has,
 * with no await, no function, no `new` and no call but a built-in's that computes a value or a schema's validation
 * (`validatesWithSchema`): nothing a client could send (`new PutObjectCommand(…)`, `stripe.refunds.create(…)` are
 * requests composed or sent here).
 */
function readsInput(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (doesWork(node, sourceCode)) return false;
  return !someOwnNode(node, sourceCode.visitorKeys, false, (inner) => {
    if (inner.type === AST_NODE_TYPES.TaggedTemplateExpression || inner.type === AST_NODE_TYPES.NewExpression) return true;
    if (inner.type !== AST_NODE_TYPES.CallExpression) return false;
    return !computesBuiltinValue(inner, sourceCode, 0) && !validatesWithSchema(inner);
  });
}

/** `orderSchema.parse(body)`, `eventValidator.validate(event)`: a synchronous check of a value against a schema. */
function validatesWithSchema(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments.length === 0) return false;
  const method = getPropertyName(callee);
  const owner = simpleName(skipTypeAndChainWrappers(callee.object));
  return (
    method !== null &&
    VALIDATION_METHODS.has(method) &&
    owner !== null &&
    endsInWordOf(owner, VALIDATOR_WORDS)
  );
}

/** Synchronous validation methods of schema libraries (zod, yup, joi, superstruct, io-ts). */
const VALIDATION_METHODS: ReadonlySet<string> = new Set(['parse', 'safeParse', 'validate', 'validateSync', 'cast', 'decode']);
/** Last words of the name of a schema or a validator. */
const VALIDATOR_WORDS: ReadonlySet<string> = new Set(['schema', 'validator', 'codec']);

/** Is the variable read once, and there as an argument of a call? */
function isPassedOnce(variable: TSESLint.Scope.Variable): boolean {
  const reads = variable.references.filter((reference) => reference.init !== true);
  const use = reads.length === 1 ? outermostTypeWrapper(reads[0]!.identifier as TSESTree.Node) : null;
  return use?.parent?.type === AST_NODE_TYPES.CallExpression && use.parent.arguments.includes(use as never);
}

/**
 * `makeAddUserFactory()`, `buildDependencies()`, `getEnvVar('TABLE')`: a value composed for the delegate, with no
 * await and no work in its arguments, by a factory of the project (`isProjectFactoryCall`) or a function of this file
 * reading a setting (`readsSettingLocally`).
 */
function composesArgument(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = skipTypeAndChainWrappers(node);
  if (value.type !== AST_NODE_TYPES.CallExpression && value.type !== AST_NODE_TYPES.NewExpression) return false;
  if (value.arguments.some((argument) => worksOnArgument(argument, sourceCode))) return false;
  return isProjectFactoryCall(value, sourceCode) || readsSettingLocally(value, sourceCode);
}

/** Does an argument await, yield, call or hold a function (work done before the call it is given to)? */
function worksOnArgument(argument: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return doesWork(argument, sourceCode) || worksBeforeHandOver(argument, sourceCode);
}

/**
 * `makeAddUserFactory()`, `createController()`, `new OrderController(repo)`: a factory of another module of the
 * project (not a Node built-in, an AWS SDK or another package), named as one (`make…`, `create…`, `build…`,
 * `…Factory`) or a class of the project made with `new`; or a factory function of this file so named that is neither
 * async nor a generator (`function buildDependencies() { return { table: new Table() }; }`: it can only compose).
 */
function isProjectFactoryCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const ref = resolveModuleRef(callee, sourceCode);
  if (ref === null) return node.type === AST_NODE_TYPES.CallExpression && isSyncLocalFactory(node, callee, sourceCode);
  if (!isProjectPath(ref.module)) return false;
  return node.type === AST_NODE_TYPES.NewExpression || FACTORY_NAME.test(callee.name);
}

/**
 * A function of this file named as a factory, given only literals (or nothing), that does no I/O the file shows
 * (`function buildDependencies() { return { repository: new Repository(tableName) }; }`): it composes from settings.
 * Given the event (`buildOrder(event)`), it would be the handler's own processing.
 */
function isSyncLocalFactory(
  node: TSESTree.CallExpression,
  callee: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  if (!FACTORY_NAME.test(callee.name) || !node.arguments.every(isLiteralArgument)) return false;
  const fn = syncLocalFunction(callee, sourceCode);
  return fn !== null && fn.body !== null && fn.body !== undefined && isFreeOfIo(fn.body, sourceCode);
}

/**
 * `getEnvVar('CAMPAIGN_CODE')`: a function of this file, neither async nor a generator, given only literals (or
 * nothing), whose body only reads values (`process.env[name]`), computes with built-ins and throws errors: a setting
 * read. A body that calls anything else (`jwt.sign(…)`, `execSync(…)`, a client) does work of its own.
 */
function readsSettingLocally(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const callee = skipTypeAndChainWrappers(node.callee);
  if (node.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.Identifier) return false;
  if (!node.arguments.every(isLiteralArgument)) return false;
  const fn = syncLocalFunction(callee, sourceCode);
  return fn !== null && fn.body !== null && fn.body !== undefined && answersPlainly(fn.body, sourceCode);
}

function isLiteralArgument(argument: TSESTree.Node): boolean {
  return skipTypeWrappers(argument).type === AST_NODE_TYPES.Literal;
}

/** The function of this file `callee` is bound to once (`boundFunction`), when it is neither async nor a generator. */
function syncLocalFunction(callee: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): FunctionLike | null {
  const fn = boundFunction(callee, sourceCode);
  return fn !== null && !fn.async && !fn.generator ? fn : null;
}

/**
 * `await lazyDependencies.get()`, `await getDependencies()`, `await container.resolve()`: the awaited set-up of the
 * dependencies a delegate is handed, by the names of the project's code it comes from (a module of the project, or
 * code of this file), with no argument: not given the handler's input, which would make it a step of the work
 * (`const order = await loadOrder(event.id)`).
 */
function awaitsDependencies(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (call.arguments.length > 0) return false;
  const callee = skipTypeAndChainWrappers(call.callee);
  const root = rootName(callee);
  if (root?.type !== AST_NODE_TYPES.Identifier) return false;
  if (!isLocalSetUp(root, sourceCode)) {
    const ref = resolveModuleRef(root, sourceCode);
    if (ref === null || !isProjectPath(ref.module)) return false;
  }
  // By the names of what it comes from: the value's own name says nothing of what the call does (`const deps = await
  // deleteExpiredUploads()`)
  const names = [simpleName(callee)];
  if (callee.type === AST_NODE_TYPES.MemberExpression) names.push(simpleName(skipTypeAndChainWrappers(callee.object)));
  return names.some((name) => name !== null && endsInWordOf(name, DEPENDENCY_WORDS));
}

/**
 * Is `name` bound in this file to code of its own: a function, a class, an object literal, an instance of a class of
 * the file, or what a call or `new` makes of a function of the file (`new Lazy(buildDependencies, '…')`, `new
 * Lazy(async () => …)`, `once(init)`)?
 */
function isLocalSetUp(name: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (bindsLocalDefinition(name, sourceCode, true)) return true;
  const init = boundInitializer(name, sourceCode);
  const made = init === null ? null : skipTypeWrappers(init);
  if (made?.type !== AST_NODE_TYPES.NewExpression && made?.type !== AST_NODE_TYPES.CallExpression) return false;
  return made.arguments.some((argument) => {
    const value = skipTypeWrappers(argument);
    if (isFunctionLike(value)) return true;
    return value.type === AST_NODE_TYPES.Identifier && bindsLocalDefinition(value, sourceCode, false);
  });
}

/** Last words of a name for a set of dependencies: `dependencies`, `lazyDeps`, `diContainer`, `injector`. */
const DEPENDENCY_WORDS: ReadonlySet<string> = new Set(['dependencies', 'deps', 'container', 'injector']);

const FACTORY_NAME = /^(?:make|create|build)[A-Z]|Factory$/u;

/**
 * `const delegate = new Delegate(); await delegate.processMessages(event);`: the first statement makes the object
 * the second calls a method of, and nothing else uses it (see `ownCreation`).
 */
function makesReceiver(statements: readonly TSESTree.Statement[], fn: NonNullable<LambdaHandler['fn']>): boolean {
  const [making, handOver] = statements as [TSESTree.Statement, TSESTree.Statement];
  const call = statementCall(handOver);
  if (call === null || making.type !== AST_NODE_TYPES.VariableDeclaration || making.declarations.length !== 1) {
    return false;
  }
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiver = skipTypeAndChainWrappers(callee.object);
  const declarator = making.declarations[0]!;
  return (
    receiver.type === AST_NODE_TYPES.Identifier &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    declarator.id.name === receiver.name &&
    isInside(making, fn)
  );
}

/**
 * The `new …()` a `const` of the handler's body holds when `object` reads it and is its only use
 * (`const delegate = new Delegate(); await delegate.processMessages(event)`), else `object`.
 */
function ownCreation(
  object: TSESTree.Node,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.Node {
  if (object.type !== AST_NODE_TYPES.Identifier) return object;
  const variable = findVariableOf(object, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
  if (def?.type !== 'Variable' || def.parent?.kind !== 'const' || def.node.init === null) return object;
  if (def.parent.parent !== fn.body) return object;
  const reads = variable!.references.filter((reference) => reference.init !== true);
  if (reads.length !== 1 || reads[0]!.identifier !== object) return object;
  const init = skipTypeAndChainWrappers(def.node.init);
  // `new Delegate()`, `FilmController.getInstance()`, `diContainer.resolve('FilmController')`
  const made =
    init.type === AST_NODE_TYPES.NewExpression || isClassAccessorCall(init) || isContainerLookup(init, sourceCode);
  return made ? init : object;
}

/**
 * `diContainer.resolve('FilmController')`, `container.get(TYPES.OrderService)`: an instance looked up in a dependency
 * injection container that is imported (a lookup, no work of the handler's).
 */
function isContainerLookup(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return false;
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  const container = skipTypeAndChainWrappers(callee.object);
  if (method === null || !CONTAINER_LOOKUP_METHODS.has(method) || container.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const token = skipTypeAndChainWrappers(node.arguments[0]!);
  const plainToken =
    token.type === AST_NODE_TYPES.Literal ||
    token.type === AST_NODE_TYPES.Identifier ||
    token.type === AST_NODE_TYPES.MemberExpression;
  // Named as a container (`db.get('users')`, `connections.get(tenant)` are other lookups)
  return plainToken && CONTAINER_NAME.test(container.name) && resolveModuleRef(container, sourceCode) !== null;
}

/** The name of a dependency injection container: `container`, `diContainer`, `iocContainer`, `injector`, `kernel`. */
const CONTAINER_NAME = /(?:^|[a-z])(?:[Cc]ontainer|[Ii]njector)$|^(?:container|injector|kernel)$/u;

/**
 * Methods of a database client or pool: a delegate bound to a `const` and called with them (`pool.query(\`UPDATE
 * …\`)`) runs the handler's own statement, not a hand-off.
 */
const DATA_STORE_VERBS: ReadonlySet<string> = new Set([
  'query',
  'execute',
  'raw',
  'put',
  'insert',
  'update',
  'delete',
  'upsert',
  'scan',
  'batchWrite',
  'transactWrite',
  'save',
]);

/** An imported object named as a database handle: `db`, `ddb`, `dynamoDb`, `ordersTable`, `userRepository`, `pool`. */
const STORE_OBJECT_NAME = new RegExp(
  '(?:^|[a-z_])(?:[Dd]b|DB|[Dd]atabase|[Dd]ynamo(?:[Dd]b)?|[Dd]dbClient|[Tt]able|[Rr]epo(?:sitory)?|[Ss]tore|' +
    '[Pp]ool|[Kk]nex|[Pp]risma|[Mm]odel|[Cc]ollection|[Dd]ocClient)$',
  'u',
);

/** Methods of a dependency injection container that hand out an instance. */
const CONTAINER_LOOKUP_METHODS: ReadonlySet<string> = new Set(['resolve', 'get', 'getService']);

/** First words of a method that readies its receiver (`initialize`, `setUp`, `connect`, `loadConfig`, `warmUp`). */
const SET_UP_VERBS: ReadonlySet<string> = new Set([
  'init',
  'initialize',
  'initialise',
  'setup',
  'connect',
  'load',
  'start',
  'bootstrap',
  'prepare',
  'configure',
  'ready',
  'warm',
  'open',
]);

/** `a` of `a.b.c`; null for a callee rooted elsewhere (`require('./x').run`). */
function rootName(callee: TSESTree.Node): TSESTree.Node | null {
  let node = callee;
  for (let depth = 0; depth < 16 && node.type === AST_NODE_TYPES.MemberExpression; depth++) {
    node = skipTypeAndChainWrappers(node.object);
  }
  return node.type === AST_NODE_TYPES.Identifier ? node : null;
}

/** The one call a handler's body is (see `delegatesToImportedCode`), or null. */
function delegatedCall(
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): TSESTree.CallExpression | null {
  const call = delegatedCallWithRelays(fn, sourceCode, options);
  return call === null ? null : withoutRelays(call, sourceCode);
}

function delegatedCallWithRelays(
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): TSESTree.CallExpression | null {
  const body = fn.body;
  if (body === null || body === undefined) return null;
  let statements: readonly TSESTree.Statement[];
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    const promised = promisedWork(body, fn);
    if (promised === null) return callOf(body);
    statements = promised;
  } else {
    const guarded = withoutInputGuards(workStatements(body.body, sourceCode, options), fn, sourceCode);
    statements = withoutMadeArguments(guarded, sourceCode);
    const returned = statements.length === 1 ? statementValue(statements[0]!) : null;
    statements = (returned === null ? null : promisedWork(returned, fn)) ?? statements;
  }
  if (statements.length === 2 && (setsUpReceiver(statements[0]!, statements[1]!) || makesReceiver(statements, fn))) {
    statements = [statements[1]!];
  }
  // A `try` whose `catch` only answers with the error (after logging it), or relays it to Lambda's callback
  const catchAnswers = ({ handler: catchClause, finalizer }: TSESTree.TryStatement): boolean =>
    finalizer === null &&
    catchClause !== null &&
    (answersWithError(catchClause.body, sourceCode, options) || relaysErrorToLambda(catchClause, fn, sourceCode, options));
  const inPlace = (call: TSESTree.CallExpression | null): TSESTree.CallExpression | null =>
    call === null ? null : (callbackResult(call, fn) ?? promiseResolved(call, sourceCode) ?? call);
  const assigned = assignedInTryThenReturned(statements, sourceCode);
  if (assigned !== null) return catchAnswers(assigned.attempt) ? inPlace(callOf(assigned.value)) : null;
  const relayed = relayedCall(statements);
  if (relayed !== undefined) return relayed;
  if (statements.length !== 1) return null;
  let statement = statements[0]!;
  if (statement.type === AST_NODE_TYPES.TryStatement) {
    if (!catchAnswers(statement)) return null;
    const inTry = workStatements(statement.block.body, sourceCode, options);
    const relayedInTry = relayedCall(inTry) ?? relayedToCallback(inTry, fn);
    if (relayedInTry !== undefined) return relayedInTry;
    if (inTry.length !== 1) return null;
    statement = inTry[0]!;
  }
  return inPlace(statementCall(statement));
}

/** `Promise.resolve(render(body))`: the call whose result the promise holds; null for any other call. */
function promiseResolved(
  call: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression | null {
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'resolve') return null;
  const promise = skipTypeAndChainWrappers(callee.object);
  if (promise.type !== AST_NODE_TYPES.Identifier || promise.name !== 'Promise' || !isGlobalIdentifier(promise, sourceCode)) {
    return null;
  }
  const argument = call.arguments.length === 1 ? call.arguments[0]! : null;
  return argument === null || argument.type === AST_NODE_TYPES.SpreadElement ? null : callOf(argument);
}

/**
 * `const result = await api.route(event); callback(null, result);`: the call whose result is handed to Lambda's
 * callback as it is; undefined for any other two statements or count.
 */
function relayedToCallback(
  statements: readonly TSESTree.Statement[],
  fn: NonNullable<LambdaHandler['fn']>,
): TSESTree.CallExpression | undefined {
  if (statements.length !== 2) return undefined;
  const [first, second] = statements as [TSESTree.Statement, TSESTree.Statement];
  if (first.type !== AST_NODE_TYPES.VariableDeclaration || first.declarations.length !== 1) return undefined;
  const declarator = first.declarations[0]!;
  const relay = statementCall(second);
  if (relay === null || declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init === null) return undefined;
  if (!callsLambdaCallback(relay, fn) || relay.arguments.length !== 2) return undefined;
  const error = skipTypeWrappers(relay.arguments[0]!);
  const result = skipTypeWrappers(relay.arguments[1]!);
  const noError = error.type === AST_NODE_TYPES.Literal && error.value === null;
  const relayed = result.type === AST_NODE_TYPES.Identifier && result.name === declarator.id.name;
  return noError && relayed ? (callOf(declarator.init) ?? undefined) : undefined;
}

/**
 * `callback(null, await scoreboard.leaderboard(event.school))`: the call whose result the statement hands to Lambda's
 * callback (the handler's third parameter) as its answer, as `.then((res) => callback(null, res))` does; else null.
 */
function callbackResult(
  call: TSESTree.CallExpression,
  fn: NonNullable<LambdaHandler['fn']>,
): TSESTree.CallExpression | null {
  if (!callsLambdaCallback(call, fn) || call.arguments.length !== 2) return null;
  const error = skipTypeWrappers(call.arguments[0]!);
  const noError =
    (error.type === AST_NODE_TYPES.Literal && error.value === null) ||
    (error.type === AST_NODE_TYPES.Identifier && error.name === 'undefined');
  return noError ? callOf(call.arguments[1]!) : null;
}

/** Is `call` a call of the handler's third parameter, Lambda's callback? */
function callsLambdaCallback(call: TSESTree.CallExpression, fn: NonNullable<LambdaHandler['fn']>): boolean {
  const callback = functionParams(fn)[2];
  const callee = skipTypeAndChainWrappers(call.callee);
  return (
    callback?.type === AST_NODE_TYPES.Identifier &&
    callee.type === AST_NODE_TYPES.Identifier &&
    callee.name === callback.name
  );
}

/**
 * `catch (e) { callback(e); }`: a `catch` that hands the error to Lambda's callback (after logging it, if it does), as
 * `.catch((err) => callback(err))` does.
 */
function relaysErrorToLambda(
  catchClause: TSESTree.CatchClause,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): boolean {
  const caught = catchClause.param?.type === AST_NODE_TYPES.Identifier ? catchClause.param.name : null;
  const relays = (statement: TSESTree.Statement): boolean => {
    const call = statementCall(statement);
    return (
      call !== null &&
      callsLambdaCallback(call, fn) &&
      call.arguments.every((argument) => {
        const value = skipTypeWrappers(argument);
        if (value.type === AST_NODE_TYPES.Identifier && value.name === caught) return true;
        // `callback(null, { statusCode: 500, body: 'internal error' })`: an answer of plain values
        return isFreeOfIo(value, sourceCode);
      })
    );
  };
  const body = catchClause.body.body;
  return (
    body.length > 0 &&
    relays(body[body.length - 1]!) &&
    body.every((statement) => relays(statement) || logsPlainValues(statement, sourceCode, options))
  );
}

/** The old context's answering methods, which a promise around a callback-era handler may take over. */
const CONTEXT_ANSWERS: ReadonlySet<string> = new Set(['done', 'succeed', 'fail']);

/**
 * `return new Promise((resolve, reject) => { context.done = (error, result) => (error ? reject(error) :
 * resolve(result)); resource(event, context); })`: an async handler that runs a callback-era handler of another
 * module, answering through the promise. The statements of the promise's executor that do work: not the plumbing
 * that points the context's `done` / `succeed` / `fail` at the promise, and a `try` whose `catch` only rejects is
 * read as its block. Null when `expression` (what the handler returns or awaits) is no such promise.
 */
function promisedWork(expression: TSESTree.Node, fn: NonNullable<LambdaHandler['fn']>): TSESTree.Statement[] | null {
  let promise = skipTypeAndChainWrappers(expression);
  if (promise.type === AST_NODE_TYPES.AwaitExpression) promise = skipTypeAndChainWrappers(promise.argument);
  if (promise.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = skipTypeWrappers(promise.callee);
  const executor = promise.arguments.length === 1 ? promise.arguments[0]! : null;
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'Promise' || !isFunctionLike(executor)) return null;
  if (executor.body.type !== AST_NODE_TYPES.BlockStatement) return null;
  const settlers = new Set(executor.params.map((param) => (param.type === AST_NODE_TYPES.Identifier ? param.name : '')));
  settlers.delete('');
  const context = functionParams(fn)[1];
  if (context?.type !== AST_NODE_TYPES.Identifier || settlers.size === 0) return null;
  const work: TSESTree.Statement[] = [];
  for (const statement of executor.body.body) {
    if (pointsContextAtPromise(statement, context.name, settlers)) continue;
    if (statement.type === AST_NODE_TYPES.TryStatement && statement.finalizer === null) {
      const caught = statement.handler;
      const error = caught?.param?.type === AST_NODE_TYPES.Identifier ? caught.param.name : null;
      const rejects =
        caught !== null &&
        caught !== undefined &&
        caught.body.body.length === 1 &&
        settlesWith(caught.body.body[0]!, settlers, error === null ? new Set() : new Set([error]));
      if (!rejects) return null;
      work.push(...statement.block.body);
      continue;
    }
    work.push(statement);
  }
  return work;
}

/** `context.done = (error, result) => (error ? reject(error) : resolve(result))`: the context's answer is the promise's. */
function pointsContextAtPromise(statement: TSESTree.Statement, context: string, settlers: ReadonlySet<string>): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const assignment = statement.expression;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return false;
  const target = skipTypeWrappers(assignment.left);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTypeWrappers(target.object);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== context) return false;
  if (!CONTEXT_ANSWERS.has(getPropertyName(target) ?? '')) return false;
  const relay = skipTypeWrappers(assignment.right);
  if (!isFunctionLike(relay) || relay.body === null || relay.body === undefined) return false;
  const own = new Set(relay.params.map((param) => (param.type === AST_NODE_TYPES.Identifier ? param.name : '')));
  const body = relay.body;
  const statements = body.type === AST_NODE_TYPES.BlockStatement ? body.body : [body];
  return statements.length > 0 && statements.every((each) => settlesWith(each, settlers, own));
}

/**
 * Does `node` (a statement or an expression) only settle the promise with the names given: `reject(error)`,
 * `resolve(result)`, `error ? reject(error) : resolve(result)`, `if (error) reject(error); else resolve(result);`?
 */
function settlesWith(node: TSESTree.Node, settlers: ReadonlySet<string>, names: ReadonlySet<string>, depth = 0): boolean {
  if (depth > 4) return false;
  const next = (child: TSESTree.Node | null | undefined): boolean =>
    child === null || child === undefined || settlesWith(child, settlers, names, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.ExpressionStatement:
      return next(node.expression);
    case AST_NODE_TYPES.ReturnStatement:
      return node.argument !== null && next(node.argument);
    case AST_NODE_TYPES.BlockStatement:
      return node.body.every(next);
    case AST_NODE_TYPES.IfStatement:
      return isName(node.test, names) && next(node.consequent) && next(node.alternate);
    case AST_NODE_TYPES.ConditionalExpression:
      return isName(node.test, names) && next(node.consequent) && next(node.alternate);
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTypeWrappers(node.callee);
      return (
        callee.type === AST_NODE_TYPES.Identifier &&
        settlers.has(callee.name) &&
        node.arguments.every((argument) => isName(argument, names))
      );
    }
    default:
      return false;
  }
}

function isName(node: TSESTree.Node, names: ReadonlySet<string>): boolean {
  const value = skipTypeWrappers(node);
  return value.type === AST_NODE_TYPES.Identifier && names.has(value.name);
}

/** The call a statement makes (`await x.run(event);`) or returns (`return x.run(event);`), awaited or not. */
function statementCall(statement: TSESTree.Statement): TSESTree.CallExpression | null {
  const value = statementValue(statement);
  return value === null ? null : callOf(value);
}

/** What a statement evaluates (`x;`) or returns (`return x;`); null for any other statement. */
function statementValue(statement: TSESTree.Statement): TSESTree.Expression | null {
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) return statement.expression;
  return statement.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : null;
}

/**
 * The statements of a block that may do the handler's work: not a directive (`'use strict'`), nor a logger's set-up
 * with plain values (`logger.addContext(context)`, `logger.appendKeys({ id: event.id })`: see isLoggerSetupCall),
 * which writes no line and runs nothing of its own.
 */
function workStatements(
  statements: readonly TSESTree.Statement[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): TSESTree.Statement[] {
  return statements.filter((statement, index) => {
    // `const data = JSON.parse(event.body);` before the call: the input prepared with built-ins, no work of its own
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      return index === statements.length - 1 || !(preparesInput(statement, sourceCode) || loadsModule(statement));
    }
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return true;
    if (statement.directive != null || isRuntimeSwitch(statement.expression)) return false;
    // `console.log('handler triggered')`: a line of constant text says nothing of the invocation and runs nothing
    if (logsConstantLine(statement, sourceCode, options)) return false;
    const call = skipTypeAndChainWrappers(statement.expression);
    return !(
      call.type === AST_NODE_TYPES.CallExpression &&
      isLoggerSetupCall(call, sourceCode, options) &&
      !call.arguments.some((argument) => worksBeforeHandOver(argument, sourceCode) || doesWork(argument, sourceCode))
    );
  });
}

/**
 * `context.callbackWaitsForEmptyEventLoop = false`: a switch of the Lambda runtime (answer without waiting for the
 * event loop to drain), set to a literal; no work of the handler's.
 */
function isRuntimeSwitch(expression: TSESTree.Expression): boolean {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return false;
  const target = skipTypeWrappers(expression.left);
  return (
    target.type === AST_NODE_TYPES.MemberExpression &&
    skipTypeWrappers(target.object).type === AST_NODE_TYPES.Identifier &&
    getPropertyName(target) === 'callbackWaitsForEmptyEventLoop' &&
    expression.right.type === AST_NODE_TYPES.Literal &&
    typeof expression.right.value === 'boolean'
  );
}

/**
 * `const data = JSON.parse(event.body)`, `const { id } = event`: a `const` whose values only JavaScript's built-ins
 * compute (see `worksBeforeHandOver`), awaiting nothing and holding no function.
 */
function preparesInput(declaration: TSESTree.VariableDeclaration, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (
    isBoundOnce(declaration, sourceCode) &&
    declaration.declarations.every(
      ({ init }) => init !== null && !worksBeforeHandOver(init, sourceCode) && !doesWork(init, sourceCode),
    )
  );
}

/** A `const`, or a `var` / `let` (callback-era code's) whose names nothing writes again. */
function isBoundOnce(declaration: TSESTree.VariableDeclaration, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (declaration.kind === 'const') return true;
  if (declaration.kind !== 'var' && declaration.kind !== 'let') return false;
  return declaration.declarations.every((declarator) =>
    sourceCode
      .getDeclaredVariables(declarator)
      .every((variable) => variable.defs.length === 1 && variable.references.every((reference) => reference.init === true || !reference.isWrite())),
  );
}

/**
 * `const cfnResource = require('./lib/cfn').resource`, `const { run } = require('./legacy')`, `const { run } = await
 * import('./legacy.js')` inside the handler: a `const` bound to a module loaded with a literal specifier (or one of
 * its members), as at the top of the module.
 */
function loadsModule(declaration: TSESTree.VariableDeclaration): boolean {
  return (
    declaration.kind === 'const' &&
    declaration.declarations.every(({ init }) => {
      let value = init === null ? null : skipTypeAndChainWrappers(init);
      while (value?.type === AST_NODE_TYPES.MemberExpression && !value.computed) value = skipTypeAndChainWrappers(value.object);
      if (value?.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeAndChainWrappers(value.argument);
      const imported = value?.type === AST_NODE_TYPES.ImportExpression && value.source.type === AST_NODE_TYPES.Literal;
      return imported || (value !== null && isRequireOfModule(value));
    })
  );
}

/**
 * `const response = await controller.get(event); return response;`: the call's result returned as it is, the same
 * as `return controller.get(event)`. The call, or null for two other statements; undefined for any other count.
 */
function relayedCall(statements: readonly TSESTree.Statement[]): TSESTree.CallExpression | null | undefined {
  if (statements.length !== 2) return undefined;
  const [first, second] = statements as [TSESTree.Statement, TSESTree.Statement];
  if (first.type !== AST_NODE_TYPES.VariableDeclaration || first.declarations.length !== 1) return null;
  if (second.type !== AST_NODE_TYPES.ReturnStatement || second.argument === null) return null;
  const declarator = first.declarations[0]!;
  const returned = skipTypeAndChainWrappers(second.argument);
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init === null) return null;
  if (returned.type !== AST_NODE_TYPES.Identifier || returned.name !== declarator.id.name) return null;
  return callOf(declarator.init);
}

/**
 * `let result; try { result = await service.handle(event); } catch (e) { … } return result;` (the `let` in the body or
 * the module): the call's result returned as it is, the same as `try { return await service.handle(event); } catch
 * (e) { … }`. The `try` and the value assigned, when the local is written nowhere else (declared without a value, or
 * with `null` / `undefined`); null for anything else.
 */
function assignedInTryThenReturned(
  statements: readonly TSESTree.Statement[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): { attempt: TSESTree.TryStatement; value: TSESTree.Expression } | null {
  const count = statements.length;
  if (count !== 2 && count !== 3) return null;
  const attempt = statements[count - 2]!;
  const last = statements[count - 1]!;
  if (attempt.type !== AST_NODE_TYPES.TryStatement || last.type !== AST_NODE_TYPES.ReturnStatement) return null;
  const returned = last.argument === null ? null : skipTypeWrappers(last.argument);
  const only = attempt.block.body.length === 1 ? attempt.block.body[0]! : null;
  const assignment = only?.type === AST_NODE_TYPES.ExpressionStatement ? skipTypeWrappers(only.expression) : null;
  if (
    returned?.type !== AST_NODE_TYPES.Identifier ||
    assignment?.type !== AST_NODE_TYPES.AssignmentExpression ||
    assignment.operator !== '=' ||
    assignment.left.type !== AST_NODE_TYPES.Identifier ||
    assignment.left.name !== returned.name
  ) {
    return null;
  }
  const variable = findVariableOf(returned, sourceCode);
  const declarator = variable?.defs.length === 1 ? variable.defs[0]!.node : null;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (declarator.init !== null && !isNullOrUndefined(declarator.init)) return null;
  // Declared here (`let result;` first), or above the handler
  const declaration = declarator.parent;
  if (count === 3 ? statements[0] !== declaration : isInside(declaration, attempt)) return null;
  const writes = variable!.references.filter((reference) => reference.isWrite() && reference.identifier !== declarator.id);
  if (writes.length !== 1 || writes[0]!.identifier !== assignment.left) return null;
  return { attempt, value: assignment.right };
}

/**
 * `Api.routeEvents(event).then((res) => callback(null, res)).catch((err) => callback(err))`: the call whose promise
 * is only relayed to Lambda (see `isRelayToLambda`), the callback-era form of `return Api.routeEvents(event)`.
 */
function withoutRelays(
  call: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression {
  let current = call;
  for (let hops = 0; hops < 4; hops++) {
    const callee = skipTypeAndChainWrappers(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !PROMISE_METHODS.has(getPropertyName(callee) ?? '')) break;
    // `.then(null, callback)`: no handler for one outcome
    const skipped = (arg: TSESTree.Node): boolean => arg.type === AST_NODE_TYPES.Literal && arg.value === null;
    const relays = current.arguments.filter((arg) => !skipped(arg));
    if (relays.length === 0 || !relays.every((arg) => isRelayToLambda(arg, sourceCode))) break;
    const inner = skipTypeAndChainWrappers(callee.object);
    if (inner.type !== AST_NODE_TYPES.CallExpression) break;
    current = inner;
  }
  return current;
}

const PROMISE_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/**
 * `(res) => callback(null, res)`, `(err, data) => context.done(err, data)`: a function that only hands its own
 * arguments (or literals) to a parameter of the handler that answers Lambda (its callback, or the old context's
 * `done` / `succeed` / `fail`). Plumbing, not code of the handler's.
 */
function isRelayToLambda(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  // `.then(context.done, context.fail)`, `.then(null, callback)`: the answer of Lambda's handed over itself
  if (!isFunctionLike(node)) return isLambdaAnswer(node, sourceCode);
  if (node.body === null || node.body === undefined) return false;
  const own = new Set(node.params.map((param) => (param.type === AST_NODE_TYPES.Identifier ? param.name : '')));
  own.delete('');
  /** A call of Lambda's answer (a parameter of the handler's) with the relay's own parameters or literals. */
  const relaysCall = (expression: TSESTree.Node): boolean => {
    const call = skipTypeAndChainWrappers(expression);
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const relayed = call.arguments.every((argument) => {
      const value = skipTypeWrappers(argument);
      return value.type === AST_NODE_TYPES.Literal || (value.type === AST_NODE_TYPES.Identifier && own.has(value.name));
    });
    if (!relayed) return false;
    const target = answeredThrough(call.callee);
    if (target.type !== AST_NODE_TYPES.Identifier || own.has(target.name)) return false;
    const variable = findVariableOf(target, sourceCode);
    return variable?.defs.length === 1 && variable.defs[0]!.type === 'Parameter';
  };
  /**
   * Statements that only relay: such a call as a statement or returned, and `if (err) …` / `if (!err) …` on a
   * parameter of the relay whose branches only relay (`(err, r) => { if (err) context.succeed(err); callback(null, r);
   * }`).
   */
  const relaysAll = (statements: readonly TSESTree.Statement[], depth: number): boolean =>
    statements.length > 0 && statements.every((statement) => relaysStatement(statement, depth));
  const relaysStatement = (statement: TSESTree.Statement, depth: number): boolean => {
    switch (statement.type) {
      case AST_NODE_TYPES.ExpressionStatement:
        return relaysCall(statement.expression);
      case AST_NODE_TYPES.ReturnStatement:
        return statement.argument !== null && relaysCall(statement.argument);
      case AST_NODE_TYPES.BlockStatement:
        return depth < 4 && relaysAll(statement.body, depth + 1);
      case AST_NODE_TYPES.IfStatement: {
        if (depth >= 4) return false;
        let test = skipTypeWrappers(statement.test);
        if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') test = skipTypeWrappers(test.argument);
        if (test.type !== AST_NODE_TYPES.Identifier || !own.has(test.name)) return false;
        return (
          relaysStatement(statement.consequent, depth + 1) &&
          (statement.alternate === null || relaysStatement(statement.alternate, depth + 1))
        );
      }
      default:
        return false;
    }
  };
  return node.body.type === AST_NODE_TYPES.BlockStatement ? relaysAll(node.body.body, 0) : relaysCall(node.body);
}

/** `context.done` / `context.fail` / `callback` of a handler's parameters (see `answeredThrough`), not called. */
function isLambdaAnswer(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const written = skipTypeAndChainWrappers(node);
  const target = answeredThrough(written);
  // A bare name is the callback only by its name: any other parameter handed over may be a function of the caller's
  if (target === written && (written.type !== AST_NODE_TYPES.Identifier || !/^(?:callback|cb|done)$/u.test(written.name))) {
    return false;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariableOf(target, sourceCode);
  return variable?.defs.length === 1 && variable.defs[0]!.type === 'Parameter';
}

/**
 * An option of a factory whose handler is called in place: an object of settings (`{ endpoint: '/graphql' }`) or a
 * name, that reads none of the handler's parameters and runs nothing (a string is no setting there: `sql('DELETE …')`
 * is the work itself).
 */
function isPlainFactoryOption(
  argument: TSESTree.Node,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const value = skipTypeAndChainWrappers(argument);
  if (value.type !== AST_NODE_TYPES.ObjectExpression && value.type !== AST_NODE_TYPES.Identifier) return false;
  return !worksBeforeHandOver(value, sourceCode) && !readsParameterOf(value, fn, sourceCode);
}

/** `call(…)` / `await call(…)`, through type wrappers. */
function callOf(expression: TSESTree.Node): TSESTree.CallExpression | null {
  let node = skipTypeAndChainWrappers(expression);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = skipTypeAndChainWrappers(node.argument);
  return node.type === AST_NODE_TYPES.CallExpression ? node : null;
}

/**
 * A `catch` block that only returns or throws a value (an error response), awaiting and running nothing, after
 * logging the error if it does (`console.error(error)`: a line about the failure is no work of the handler's, and
 * must not turn the adapter into a handler judged for its logging).
 */
function answersWithError(
  block: TSESTree.BlockStatement,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): boolean {
  // Every path answers: it ends with a `return` or `throw` (an `if` alone would let other errors fall through unseen)
  const last = block.body[block.body.length - 1];
  if (last?.type !== AST_NODE_TYPES.ReturnStatement && last?.type !== AST_NODE_TYPES.ThrowStatement) return false;
  return block.body.every(
    (statement) => answersOnly(statement, sourceCode, 0) || logsPlainValues(statement, sourceCode, options),
  );
}

/** `console.log('handler triggered')`: a log call of literal text only, as a statement. */
function logsConstantLine(
  statement: TSESTree.Statement,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): boolean {
  const literal = (argument: TSESTree.CallExpressionArgument): boolean =>
    argument.type === AST_NODE_TYPES.Literal ||
    (argument.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0);
  return logsOnly(statement, sourceCode, options, (call) => call.arguments.length > 0 && call.arguments.every(literal));
}

/** `console.error(error)`, `logger.error('failed', { error })`: a log call of plain values, as a statement. */
function logsPlainValues(
  statement: TSESTree.Statement,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
): boolean {
  const plain = (call: TSESTree.CallExpression): boolean =>
    !call.arguments.some((argument) => worksOnArgument(argument, sourceCode));
  return logsOnly(statement, sourceCode, options, plain);
}

/** A statement that is a log call whose arguments `takes` accepts. */
function logsOnly(
  statement: TSESTree.Statement,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LoggingOptions,
  takes: (call: TSESTree.CallExpression) => boolean,
): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const call = skipTypeAndChainWrappers(statement.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression || !takes(call)) return false;
  return classifyLogCall(call, sourceCode, options) !== null;
}

/**
 * A statement of such a `catch`: `return` or `throw` of a value, or an `if` on a value whose branches do only that
 * (`if (err.statusCode) return err;`).
 */
function answersOnly(statement: TSESTree.Statement, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ThrowStatement:
      return answersWith(statement.argument, sourceCode);
    case AST_NODE_TYPES.ReturnStatement:
      return statement.argument !== null && answersWith(statement.argument, sourceCode);
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.length > 0 && statement.body.every((inner) => answersOnly(inner, sourceCode, depth + 1));
    case AST_NODE_TYPES.IfStatement:
      return (
        depth < MAX_ANSWER_DEPTH &&
        !doesWork(statement.test, sourceCode) &&
        !worksBeforeHandOver(statement.test, sourceCode) &&
        answersOnly(statement.consequent, sourceCode, depth + 1) &&
        (statement.alternate === null || answersOnly(statement.alternate, sourceCode, depth + 1))
      );
    default:
      return false;
  }
}

/**
 * A value an answer may be made of: no await, no function, and no call of an AWS client (`sns.publish(…)
 * .promise()`, `client.send(…)`: the answer would be work of its own); a response built by a helper
 * (`createResponse({ … })`) is.
 */
function answersWith(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (doesWork(value, sourceCode)) return false;
  return !someOwnNode(value, sourceCode.visitorKeys, false, (inner) => {
    if (inner.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeAndChainWrappers(inner.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
    return method === 'send' || method === 'promise';
  });
}

/** Nested `if`s and blocks looked into in a `catch` that answers with an error. */
const MAX_ANSWER_DEPTH = 4;

/** Awaits, yields or holds a function: more than a value. */
function doesWork(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return someOwnNode(
    node,
    sourceCode.visitorKeys,
    false,
    (inner) =>
      inner.type === AST_NODE_TYPES.AwaitExpression ||
      inner.type === AST_NODE_TYPES.YieldExpression ||
      isFunctionLike(inner),
  );
}

/** Nodes of an argument or statement looked at for code of this file. */
const MAX_LOCAL_CODE_DEPTH = 2;

/**
 * Does `node` carry code of this file: a function written in it, or a name bound to a function or class of the
 * file, to an instance of such a class, or to an object or array literal that carries one (followed twice)?
 */
function holdsLocalCode(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  return someOwnNode(node, sourceCode.visitorKeys, false, (inner) => {
    if (isFunctionLike(inner)) return !isRelayToLambda(inner, sourceCode);
    if (inner.type === AST_NODE_TYPES.ClassExpression) return true;
    if (inner.type !== AST_NODE_TYPES.Identifier || !isReadName(inner)) return false;
    const variable = findVariableOf(inner, sourceCode);
    if (variable === null) return false;
    return variable.defs.some((def) => {
      if (def.type === 'FunctionName' || def.type === 'ClassName') return true;
      if (def.type !== 'Variable' || def.node.init === null) return false;
      const init = skipTypeWrappers(def.node.init);
      if (init.type === AST_NODE_TYPES.NewExpression && init.callee.type === AST_NODE_TYPES.Identifier) {
        return bindsLocalDefinition(init.callee, sourceCode, false);
      }
      if (init.type === AST_NODE_TYPES.ObjectExpression || init.type === AST_NODE_TYPES.ArrayExpression) {
        return depth < MAX_LOCAL_CODE_DEPTH && holdsLocalCode(init, sourceCode, depth + 1);
      }
      return bindsLocalDefinition(inner, sourceCode, false);
    });
  });
}

/** An identifier read as a value: not a property name (`a.b`, `{ b: 1 }`). */
function isReadName(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return parent.object === node || parent.computed;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key === node) return parent.computed || parent.shorthand;
  return true;
}

/**
 * Is the module-level receiver of the delegated call given code of this file outside the handler: at its
 * declaration (`new Router({ routes })`), by a statement at the top of the module (`app.get('/x', async () => …)`,
 * `bus.handlers = { … }`), or in a decorator (`@app.get('/x')` on a class method)?
 */
function configuredWithLocalCode(
  variable: TSESLint.Scope.Variable,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const seen = new Set<TSESTree.Node>();
  for (const reference of variable.references) {
    let node: TSESTree.Node = reference.identifier as TSESTree.Node;
    // A local server's set-up (`if (process.argv.includes('--webhook')) { … }`) never runs in Lambda
    if (runsOnlyOutsideLambda(node, sourceCode)) continue;
    let insideFunction = false;
    while (node.parent !== undefined && node.parent !== null && node.parent.type !== AST_NODE_TYPES.Program) {
      if (node.type === AST_NODE_TYPES.Decorator) return true;
      node = node.parent;
      if (isFunctionLike(node)) {
        insideFunction = true;
        break;
      }
    }
    if (insideFunction || node === fn || seen.has(node)) continue;
    seen.add(node);
    if (holdsLocalCode(node, sourceCode, 0)) return true;
  }
  return false;
}

/**
 * Is `call` (awaited, assigned or returned) the handler's expression body, or a statement of its body or of a loop
 * at the top of it?
 */
function isOwnStatement(
  call: TSESTree.CallExpression,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  handsOff?: (call: TSESTree.CallExpression) => boolean,
  options?: LoggingOptions,
): boolean {
  let node: TSESTree.Node = outermostTypeWrapper(call);
  for (;;) {
    const parent = node.parent;
    if (parent == null) return false;
    if (
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node)
    ) {
      node = outermostTypeWrapper(parent);
      continue;
    }
    if (parent === fn) return true; // `(event, context) => other.handler(event, context)`
    // `await Promise.all(modules.map((module) => module.handler(event)))`: each module's handler, as a loop would
    const all = allOfMapped(parent, node, sourceCode);
    if (all !== null) {
      node = outermostTypeWrapper(all);
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.ReturnStatement && parent.type !== AST_NODE_TYPES.ExpressionStatement) {
      return false;
    }
    let holder: TSESTree.Node | undefined = parent.parent;
    if (holder === fn.body) return true;
    if (handsOff !== undefined && isDispatchBranch(parent, fn, handsOff, sourceCode)) return true;
    if (handsOff !== undefined && isDispatchCase(parent, fn, handsOff, sourceCode)) return true;
    // `try { return route.handler(event, context); } catch (error) { return { statusCode: 500 }; }`
    const attempt = holder?.parent;
    if (attempt?.type === AST_NODE_TYPES.TryStatement && attempt.block === holder && attempt.parent === fn.body) {
      const { handler: catchClause, finalizer } = attempt;
      return options !== undefined && finalizer === null && catchClause !== null &&
        answersWithError(catchClause.body, sourceCode, options);
    }
    // the statement of a loop, or one in the loop's block
    if (holder?.type === AST_NODE_TYPES.BlockStatement) holder = holder.parent;
    return holder !== undefined && LOOP_TYPES.has(holder.type) && holder.parent === fn.body;
  }
}

/**
 * Is `statement` a branch of an `if` / `else if` chain that is a statement of the handler's body, where every
 * branch only hands the event to another module's handler (`handsOff`) or answers (`callback('Invalid event.')`,
 * `return`, `throw` of what does no work)? A dispatcher choosing its sub-handler by the kind of event. (What the
 * body's other statements may do is `isOnlyWork`'s to say.)
 */
function isDispatchBranch(
  statement: TSESTree.Statement,
  fn: NonNullable<LambdaHandler['fn']>,
  handsOff: (call: TSESTree.CallExpression) => boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  let branch: TSESTree.Node = statement;
  if (branch.parent?.type === AST_NODE_TYPES.BlockStatement && branch.parent.body.length === 1) branch = branch.parent;
  let chain = branch.parent;
  if (chain?.type !== AST_NODE_TYPES.IfStatement) return false;
  while (chain.parent?.type === AST_NODE_TYPES.IfStatement && chain.parent.alternate === chain) chain = chain.parent;
  // The chain is a statement of the body and ends in an `else`: every path dispatches or answers
  if (chain.parent !== fn.body) return false;
  let last: TSESTree.IfStatement = chain;
  // Every test of the chain only computes (`if (await claim(event))` is work)
  for (; ; last = last.alternate) {
    if (!isFreeOfIo(last.test, sourceCode)) return false;
    if (last.alternate?.type !== AST_NODE_TYPES.IfStatement) break;
  }
  if (last.alternate === null) return false;
  return onlyDispatches(chain, fn, handsOff, sourceCode, 0);
}

/**
 * Is `statement` in a case of a `switch` that is a statement of the handler's body, where every case only hands the
 * event to another module's handler or answers (as `isDispatchBranch`'s branches), `break` aside?
 */
function isDispatchCase(
  statement: TSESTree.Statement,
  fn: NonNullable<LambdaHandler['fn']>,
  handsOff: (call: TSESTree.CallExpression) => boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  let node: TSESTree.Node = statement;
  if (node.parent?.type === AST_NODE_TYPES.BlockStatement) node = node.parent;
  const switchCase = node.parent;
  if (switchCase?.type !== AST_NODE_TYPES.SwitchCase) return false;
  const dispatcher = switchCase.parent;
  if (dispatcher.type !== AST_NODE_TYPES.SwitchStatement || dispatcher.parent !== fn.body) return false;
  if (dispatcher.cases.length > MAX_DISPATCH_BRANCHES) return false;
  if (!isFreeOfIo(dispatcher.discriminant, sourceCode)) return false;
  if (dispatcher.cases.some((each) => each.test !== null && !isFreeOfIo(each.test, sourceCode))) return false;
  return dispatcher.cases.every((each) => {
    const statements = each.consequent.filter((inner) => inner.type !== AST_NODE_TYPES.BreakStatement);
    // An empty case falls through to the next one
    if (statements.length === 0) return true;
    return statements.length === 1 && onlyDispatches(statements[0]!, fn, handsOff, sourceCode, 0);
  });
}

/** A branch of a dispatcher: it hands off (`handsOff`), or answers with what runs nothing. */
function onlyDispatches(
  node: TSESTree.Statement | null,
  fn: NonNullable<LambdaHandler['fn']>,
  handsOff: (call: TSESTree.CallExpression) => boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): boolean {
  if (node === null || depth > MAX_DISPATCH_BRANCHES) return node === null;
  if (node.type === AST_NODE_TYPES.IfStatement) {
    // `if (await purge(id)) …` inside a branch: the test is work of its own
    return (
      isFreeOfIo(node.test, sourceCode) &&
      !doesWork(node.test, sourceCode) &&
      onlyDispatches(node.consequent, fn, handsOff, sourceCode, depth + 1) &&
      onlyDispatches(node.alternate, fn, handsOff, sourceCode, depth + 1)
    );
  }
  const block = node.type === AST_NODE_TYPES.BlockStatement;
  const single = block ? (node.body.length === 1 ? node.body[0]! : null) : node;
  if (single === null) return false;
  // `throw new Error('unknown event')`, `return { statusCode: 400 }`: answers that run nothing (a branch returning
  // another call, `return index.search(…)`, works, as a hand-off's neighbour need not be proven to)
  const inert = (value: TSESTree.Node | null): boolean => value === null || answersPlainly(value, sourceCode);
  if (single.type === AST_NODE_TYPES.ThrowStatement) return inert(single.argument);
  if (single.type === AST_NODE_TYPES.ReturnStatement && inert(single.argument)) return true;
  const call = statementCall(single);
  if (call === null) return false;
  if (handsOff(call)) return true;
  return answersThroughLambda(call, fn);
}

/**
 * `callback('Invalid event.')`, `context.fail('no records')`: Lambda's callback, or its context's `fail` / `done` /
 * `succeed`, answering with literals.
 */
function answersThroughLambda(call: TSESTree.CallExpression, fn: NonNullable<LambdaHandler['fn']>): boolean {
  const callee = skipTypeAndChainWrappers(call.callee);
  let receiver: TSESTree.Node = callee;
  // Lambda's callback is the third parameter, its context the second
  let position = 2;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(callee);
    if (method !== 'fail' && method !== 'done' && method !== 'succeed') return false;
    receiver = skipTypeAndChainWrappers(callee.object);
    position = 1;
  }
  const parameter = functionParams(fn)[position];
  return (
    receiver.type === AST_NODE_TYPES.Identifier &&
    parameter?.type === AST_NODE_TYPES.Identifier &&
    parameter.name === receiver.name &&
    call.arguments.every((argument) => argument.type === AST_NODE_TYPES.Literal)
  );
}

/**
 * The statements without the checks of the input at their head: `if (!event.Records) throw new Error('no
 * records');`, `if (!event.body) return { statusCode: 400 };`, `if (!key) return callback('Missing key');` — an `if`
 * without `else` whose test does no I/O and whose branch only answers with values that run nothing. They decide
 * nothing about where the work is done: what follows them does it.
 */
function withoutInputGuards(
  statements: readonly TSESTree.Statement[],
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly TSESTree.Statement[] {
  let first = 0;
  while (first < statements.length - 1) {
    const statement = statements[first]!;
    if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate !== null) break;
    if (!isPlainCheck(statement.test, fn, sourceCode)) break;
    if (!onlyDispatches(statement.consequent, fn, NO_HAND_OFF, sourceCode, 0)) break;
    first++;
  }
  return first === 0 ? statements : statements.slice(first);
}

const NO_HAND_OFF = (): boolean => false;

/**
 * A check of the input that can run nothing of this file's: no await, yield or function, no I/O, and calls only of
 * built-ins that compute a value (`JSON.parse`, `Array.isArray`), of methods of the handler's parameters
 * (`event.body.startsWith('{')`), or of functions imported from another module (`isValid(event)`); no `new` but of a
 * global (a class of the file, or a method or function of it, may write or send).
 */
function isPlainCheck(
  test: TSESTree.Expression,
  fn: NonNullable<LambdaHandler['fn']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  if (!isFreeOfIo(test, sourceCode) || doesWork(test, sourceCode)) return false;
  const parameters = new Set(
    functionParams(fn).flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])),
  );
  return !someOwnNode(test, sourceCode.visitorKeys, true, (inner) => {
    if (inner.type === AST_NODE_TYPES.NewExpression) {
      const callee = skipTypeAndChainWrappers(inner.callee);
      return !(callee.type === AST_NODE_TYPES.Identifier && isGlobalIdentifier(callee, sourceCode));
    }
    if (inner.type !== AST_NODE_TYPES.CallExpression || computesBuiltinValue(inner, sourceCode, 0)) return false;
    let root: TSESTree.Node = skipTypeAndChainWrappers(inner.callee);
    while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeAndChainWrappers(root.object);
    if (root.type !== AST_NODE_TYPES.Identifier) return true;
    if (parameters.has(root.name) && findVariableOf(root, sourceCode)?.scope.block === fn) return false;
    const ref = resolveCallee(inner, sourceCode);
    return ref === null || awsApi(ref) !== null || isBuiltin(ref.module);
  });
}

/** Branches of a dispatcher's `if` / `else if` chain looked at. */
const MAX_DISPATCH_BRANCHES = 16;

/**
 * `Promise.all(modules.map((module) => <node>))` (or `allSettled`) when `parent` is the arrow whose body is `node`
 * and `modules` is a list of loaded modules (see `isModuleList`): the `Promise.all` call; else null.
 */
function allOfMapped(
  parent: TSESTree.Node,
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression | null {
  if (parent.type !== AST_NODE_TYPES.ArrowFunctionExpression || parent.body !== node) return null;
  const map = parent.parent;
  if (map?.type !== AST_NODE_TYPES.CallExpression || map.arguments[0] !== parent) return null;
  if (map.callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(map.callee) !== 'map') return null;
  if (!isModuleList(map.callee.object, sourceCode)) return null;
  const all = outermostTypeWrapper(map).parent;
  if (all?.type !== AST_NODE_TYPES.CallExpression || all.arguments[0] !== outermostTypeWrapper(map)) return null;
  const callee = skipTypeAndChainWrappers(all.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = skipTypeAndChainWrappers(callee.object);
  const method = getPropertyName(callee);
  const promise = object.type === AST_NODE_TYPES.Identifier && object.name === 'Promise';
  return promise && (method === 'all' || method === 'allSettled') ? all : null;
}

/**
 * A list of modules another file holds: a `const` bound to `names.map((name) => require(\`./\${name}\`))` (Amplify's
 * dispatcher; `import(…)` too) or to an array of `require(…)` calls and imports. Not the file's own functions.
 */
function isModuleList(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const list = skipTypeAndChainWrappers(node);
  if (list.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariableOf(list, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
  if (def?.type !== 'Variable' || def.node.init === null || def.parent?.kind !== 'const') return false;
  const init = skipTypeAndChainWrappers(def.node.init);
  const isLoad = (value: TSESTree.Node): boolean => {
    const loaded = skipTypeAndChainWrappers(value);
    if (loaded.type === AST_NODE_TYPES.ImportExpression) return true;
    if (loaded.type === AST_NODE_TYPES.AwaitExpression) return isLoad(loaded.argument);
    if (loaded.type === AST_NODE_TYPES.CallExpression) {
      return loaded.callee.type === AST_NODE_TYPES.Identifier && loaded.callee.name === 'require';
    }
    if (loaded.type !== AST_NODE_TYPES.Identifier) return false;
    return findVariableOf(loaded, sourceCode)?.defs[0]?.type === 'ImportBinding';
  };
  if (init.type === AST_NODE_TYPES.ArrayExpression) {
    return init.elements.length > 0 && init.elements.every((element) => element !== null && isLoad(element));
  }
  if (init.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const loader = getPropertyName(init.callee) === 'map' ? init.arguments[0] : undefined;
  return loader !== undefined && isFunctionLike(loader) && loader.body !== null && isLoad(loader.body);
}

/**
 * A callee whose function this file defines: a local function, a method of a class or object literal of the file
 * (`this.process`, `OrderService.handler`, `handlers.orderHandler` with `const handlers = { … }`).
 */
function isDefinedHere(callee: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const target = skipTypeAndChainWrappers(callee);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTypeAndChainWrappers(target.object);
    if (object.type === AST_NODE_TYPES.ThisExpression) return true;
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const member = getPropertyName(target);
    if (member !== null && picksImportedMember(object, member, sourceCode)) return false;
    return bindsLocalDefinition(object, sourceCode, true);
  }
  return target.type === AST_NODE_TYPES.Identifier && bindsLocalDefinition(target, sourceCode, false);
}

/**
 * `route` of `const route = routes.find((r) => …)` (or `routes[key]`), with `routes` a `const` array or object
 * literal of the file whose every entry's `member` is an import (`{ method: 'GET', handler: getHandler }` with
 * `getHandler` imported): a route table handing the event to handlers of other modules.
 */
function picksImportedMember(
  name: TSESTree.Identifier,
  member: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const picked = boundInitializer(name, sourceCode);
  if (picked === null) return false;
  const pick = skipTypeAndChainWrappers(picked);
  let table: TSESTree.Node | null = null;
  if (pick.type === AST_NODE_TYPES.CallExpression && pick.callee.type === AST_NODE_TYPES.MemberExpression) {
    if (getPropertyName(pick.callee) === 'find') table = pick.callee.object;
  } else if (pick.type === AST_NODE_TYPES.MemberExpression && pick.computed) table = pick.object;
  const tableName = table === null ? null : skipTypeAndChainWrappers(table);
  if (tableName?.type !== AST_NODE_TYPES.Identifier || isChangedTable(tableName, sourceCode)) return false;
  const literal = boundInitializer(tableName, sourceCode);
  const entries = literal === null ? null : skipTypeAndChainWrappers(literal);
  let values: (TSESTree.Node | null)[] = [];
  if (entries?.type === AST_NODE_TYPES.ArrayExpression) values = entries.elements;
  else if (entries?.type === AST_NODE_TYPES.ObjectExpression) {
    values = entries.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : null));
  }
  if (values.length === 0) return false;
  return values.every((entry) => {
    const object = entry === null ? null : skipTypeAndChainWrappers(entry);
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const property = object.properties.find(
      (candidate) => candidate.type === AST_NODE_TYPES.Property && getPropertyName(candidate) === member,
    );
    const value = property?.type === AST_NODE_TYPES.Property ? skipTypeAndChainWrappers(property.value) : null;
    return value?.type === AST_NODE_TYPES.Identifier && resolveModuleRef(value, sourceCode) !== null;
  });
}

/**
 * Does code of the file add to or replace entries of the table `name` holds (`routes.push({ … })`, `routes[key] =
 * …`, `Object.assign(routes, …)`), so that its literal is not all it holds? Any use other than reading an entry or
 * calling a method that only reads (`find`, `filter`, `map`, …) counts.
 */
function isChangedTable(name: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariableOf(name, sourceCode);
  if (variable === null) return true;
  return variable.references.some((reference) => {
    if (reference.init === true) return false;
    const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    const member = use.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return true;
    if (isWriteTarget(member)) return true;
    const call = member.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
      return !READING_TABLE_METHODS.has(getPropertyName(member) ?? '');
    }
    return false;
  });
}

/** Methods of an array or object that only read it. */
const READING_TABLE_METHODS: ReadonlySet<string> = new Set([
  'find',
  'findLast',
  'filter',
  'map',
  'some',
  'every',
  'includes',
  'indexOf',
  'forEach',
]);

/**
 * `name` is bound to a function of this file (written there, or handed to a wrapper there), or, for a member's
 * object, to a class, object literal or instance of this file.
 */
function bindsLocalDefinition(
  name: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
  container: boolean,
): boolean {
  const variable = findVariableOf(name, sourceCode);
  if (variable === null) return false;
  return variable.defs.some((def) => {
    if (def.type === 'FunctionName' || def.type === 'ClassName') return true;
    if (def.type !== 'Variable' || def.node.init === null) return false;
    const init = skipTypeWrappers(def.node.init);
    if (isFunctionLike(init)) return true;
    // `const base = once(async (event, context) => …)`: a function of this file behind a wrapper
    if (init.type === AST_NODE_TYPES.CallExpression && init.arguments.some((argument) => isFunctionLike(argument))) {
      return true;
    }
    if (!container) return false;
    if (init.type === AST_NODE_TYPES.ObjectExpression || init.type === AST_NODE_TYPES.ClassExpression) return true;
    // `const service = new OrderService()` with the class written in this file
    return (
      init.type === AST_NODE_TYPES.NewExpression &&
      init.callee.type === AST_NODE_TYPES.Identifier &&
      bindsLocalDefinition(init.callee, sourceCode, false)
    );
  });
}
