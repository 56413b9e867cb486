/**
 * Reading a CDK app's stacks as text, as `readCodeApp` does (an app's files are read, not parsed: a config lookup
 * must cost far less than linting them): balanced brackets around a place, an object literal's keys, and whether
 * the function a `handler` entry makes is run only by a schedule. Read forwards (`closeAt`), strings, templates and
 * comments are skipped; read backwards (`enclosingBracket`), they are not: a bracket inside one makes the shape
 * unknown, and an unknown shape answers "no" (the function is then taken as any other handler).
 *
 * Every scan here is bounded (MAX_OBJECT_SCAN, MAX_REFERENCES) and linear.
 */

/** How far around a place its enclosing brackets, and an object's end, are looked for. */
export const MAX_OBJECT_SCAN = 4000;
/** Uses of a function's name read before the answer is "not only a schedule's" (a name used all over). */
const MAX_REFERENCES = 50;
/** How far before a `{` the `new X(scope, 'Id', ` whose props it opens is looked for. */
const MAX_CONSTRUCT_HEAD = 300;

/** The offset of the innermost `{`, `(` or `[` still open at `index`, or -1 (none, or too far). */
export function enclosingBracket(text: string, index: number): number {
  let depth = 0;
  for (let at = index - 1; at >= 0 && index - at <= MAX_OBJECT_SCAN; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x7d /* } */ || code === 0x29 /* ) */ || code === 0x5d /* ] */) depth++;
    else if (code === 0x7b /* { */ || code === 0x28 /* ( */ || code === 0x5b /* [ */) {
      if (depth === 0) return at;
      depth--;
    }
  }
  return -1;
}

/** The offset of the `{` that opens the object literal around `index`, or -1 (not in one, or too far). */
export function enclosingOpen(text: string, index: number): number {
  const open = enclosingBracket(text, index);
  return open !== -1 && text.charCodeAt(open) === 0x7b ? open : -1;
}

/**
 * A construct's head up to its props' `{`: `new lambda.Function(this, 'Id', ` (the scope a name, the id a string
 * or a name). Anchored at both ends of the slice it is given: linear.
 */
const CONSTRUCT_HEAD = /^new\s+([\w$]+(?:\s*\.\s*[\w$]+)*)\s*\(\s*[\w$.]+\s*,\s*(?:'[^'\\\n]*'|"[^"\\\n]*"|`[^`\\$\n]*`|[\w$.]+)\s*,\s*$/u;
/** An object key, quoted or not, and its `:` (or, shorthand, the `,` or `}` after it). */
const OBJECT_KEY = /(?:([A-Za-z_$][\w$]*)|'([^'\\\n]*)'|"([^"\\\n]*)")\s*(:|,|\}|$)/uy;
/** `…LambdaFunction(` right before a name: an EventBridge rule's Lambda target (`new targets.LambdaFunction(fn)`). */
const LAMBDA_TARGET_BEFORE = /(?<![\w$])new\s+(?:[\w$]+\s*\.\s*)*LambdaFunction\s*\(\s*$/u;
/** `new targets.LambdaInvoke(` right before a name: an EventBridge Scheduler schedule's Lambda target. */
const SCHEDULER_TARGET_BEFORE = /(?<![\w$])new\s+(?:[\w$]+\s*\.\s*)*LambdaInvoke\s*\(\s*$/u;
/** `target:` right before a target: a scheduler schedule's. */
const TARGET_KEY_BEFORE = /(?<![\w$])target\s*:\s*$/u;
/** `x.grantReadData(` right before a name: a grant to the function's role, not a way to invoke it. */
const GRANT_BEFORE = /\.\s*(grant[\w$]*)\s*\(\s*$/u;
/** `fn.addEnvironment(`, `fn.addToRolePolicy(`: what a stack does to its own function that does not invoke it. */
const OWN_SETTING_AFTER = /^\s*\.\s*(?:addEnvironment|addToRolePolicy|addLayers)\s*\(/u;
/** `rule.addTarget(` right before a target's `new`: the rule's name. */
const ADD_TARGET_BEFORE = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*addTarget\s*\(\s*$/u;
/** `.addTarget(` right after a rule's name: the one use of a rule's name that keeps it a schedule's. */
const ADD_TARGET_AFTER = /^\s*\.\s*addTarget\s*\(/u;
/** `targets:` right before an array: a rule's targets. */
const TARGETS_KEY_BEFORE = /(?<![\w$])targets\s*:\s*$/u;
/** `lambdaFunctionProps:` right before an object: a Solutions Construct's function. */
const FUNCTION_PROPS_KEY_BEFORE = /(?<![\w$])lambdaFunctionProps\s*:\s*$/u;
/**
 * `const NAME = ` right before a construct's `new` (not exported: another module may wire it), typed or not (`const
 * fn: lambda.IFunction = `).
 */
const CONST_DECLARATION_BEFORE = /(?<![\w$])(export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$]+(?:\s*\.\s*[\w$]+)*\s*)?=\s*$/u;
/** The Lambda function constructs whose props name their handler (`aws-lambda`, `aws-lambda-nodejs`, the alphas'). */
const FUNCTION_CALLEES: ReadonlySet<string> = new Set(['Function', 'NodejsFunction', 'PythonFunction', 'GoFunction']);
/** How far before a name the call it is an argument of is looked for. */
const MAX_CALL_HEAD = 120;
/** Occurrences of a name read before it is taken for used everywhere (see `referencesOf`). */
const MAX_OCCURRENCES = 500;
/** Strings, templates and `${…}` nested in one another that the scanner follows before giving up. */
const MAX_TEMPLATE_NESTING = 8;

/**
 * Is the function the `handler` entry at `index` makes run only by EventBridge schedules, as this file of a CDK app
 * writes it? Read from the text, cautiously: any shape not read whole is "no". Two shapes:
 *
 * - `const fn = new lambda.Function(this, 'Id', { handler: 'index.handler', … })` (a Lambda function construct, not
 *   exported) whose every other mention in the file is a Lambda target of a rule with a `schedule` and no
 *   `eventPattern` (`rule.addTarget(new targets.LambdaFunction(fn))`, `new events.Rule(this, 'R', { schedule, targets:
 *   [new targets.LambdaFunction(fn)] })`) or of an EventBridge Scheduler schedule (`target: new
 *   targets.LambdaInvoke(fn)`), given no input of the stack's (`event`, `input`), a grant to its role
 *   (`table.grantReadData(fn)`, not `grantInvoke`), or a setting of its own (`fn.addEnvironment(…)`); at least one
 *   such target. Any other mention (an API integration, an event source, its ARN in a template, the name in a string
 *   or a comment) is taken for a use. A rule's name, when it has one, is used only to add targets.
 * - `new EventbridgeToLambda(this, 'Id', { lambdaFunctionProps: { handler: … }, eventRuleProps: { schedule } })`
 *   (AWS Solutions Constructs), as a statement of its own or a `const` the file never mentions again.
 *
 * Never throws.
 */
export function isCdkScheduleOnly(text: string, index: number): boolean {
  try {
    const props = enclosingOpen(text, index);
    if (props === -1) return false;
    if (FUNCTION_PROPS_KEY_BEFORE.test(text.slice(Math.max(0, props - MAX_CALL_HEAD), props))) {
      return isScheduledSolutionsConstruct(text, props);
    }
    const construct = constructAround(text, props);
    if (construct === null || !FUNCTION_CALLEES.has(lastName(construct.callee))) return false;
    const end = objectEnd(text, props);
    const declared = constDeclaration(text, construct.start);
    // A function named (`functionName`) may be reached by its name elsewhere (`fromFunctionName`, a permission)
    const keys = end === -1 ? null : objectKeys(text, props);
    if (keys === null || keys.has('functionName') || declared === null) return false;
    return usedOnlyBySchedules(text, declared.name, declared.at);
  } catch {
    return false;
  }
}

/**
 * Does a CDK app's file make a Lambda function whose handler it does not write as a string (`new NodejsFunction(this,
 * 'Api', { entry })`, whose handler is `handler` by default; `handler: props.handler`; props passed whole)? Then a
 * module the app's stacks name by file name may be that function's too, whatever the rules that target another:
 * `readCodeApp` takes no function of such an app for a schedule's.
 */
export function makesUnnamedHandler(text: string): boolean {
  const limit = text.length;
  FUNCTION_CONSTRUCT.lastIndex = 0;
  for (let match = FUNCTION_CONSTRUCT.exec(text); match !== null; match = FUNCTION_CONSTRUCT.exec(text)) {
    const open = text.indexOf('{', match.index);
    if (open === -1 || open - match.index > MAX_CONSTRUCT_HEAD) return true;
    const construct = constructAround(text, open);
    if (construct === null || construct.start !== match.index) return true;
    const keys = objectKeys(text, open);
    const handler = keys?.get('handler');
    if (handler === undefined) return true;
    const quote = text.charCodeAt(skipSpaceAndComments(text, handler, limit));
    if (quote !== 0x27 && quote !== 0x22 && quote !== 0x60) return true;
  }
  return false;
}

/** `new lambda.Function(`, `new NodejsFunction(`…: a Lambda function construct (`FUNCTION_CALLEES`). */
const FUNCTION_CONSTRUCT = /(?<![\w$.])new\s+(?:[\w$]+\s*\.\s*)*(?:Nodejs|Python|Go|Singleton)?Function\s*\(/gu;

function lastName(callee: string): string {
  return callee.slice(callee.lastIndexOf('.') + 1);
}

/** The `new X(scope, 'Id', {` whose props open at `props`: where its `new` is, and its callee (`events.Rule`). */
function constructAround(text: string, props: number): { start: number; callee: string } | null {
  const from = Math.max(0, props - MAX_CONSTRUCT_HEAD);
  for (let start = text.lastIndexOf('new', props); start >= from; start = text.lastIndexOf('new', start - 1)) {
    if (start > 0 && /[\w$.]/u.test(text.charAt(start - 1))) continue;
    const head = CONSTRUCT_HEAD.exec(text.slice(start, props));
    if (head !== null) return { start, callee: head[1]!.replace(/\s+/gu, '') };
    if (start === 0) break;
  }
  return null;
}

/** `const NAME = ` (typed or not) right before `start` (not `export const`): the name and where it is written; null otherwise. */
function constDeclaration(text: string, start: number): { name: string; at: number } | null {
  const from = Math.max(0, start - MAX_CALL_HEAD);
  const head = CONST_DECLARATION_BEFORE.exec(text.slice(from, start));
  if (head === null || head[1] !== undefined) return null;
  const name = head[2]!;
  return { name, at: from + head.index + head[0].indexOf(name, head[0].indexOf('const') + 5) };
}

/** The offset of the `}` closing the object literal whose `{` is at `open` (strings and comments skipped), or -1. */
function objectEnd(text: string, open: number): number {
  return closeAt(text, open + 1, Math.min(text.length, open + MAX_OBJECT_SCAN), false);
}

/** Is the construct whose `new` is at `start` and whose props open at `props` a statement of its own (see below)? */
function isConstructStatement(text: string, start: number, props: number): boolean {
  const end = objectEnd(text, props);
  if (end === -1) return false;
  const callEnd = closeAt(text, end + 1, Math.min(text.length, end + MAX_CALL_HEAD), false);
  return callEnd !== -1 && text.charCodeAt(callEnd) === 0x29 && isOwnStatement(text, start, callEnd);
}

/**
 * Is the construct at `start` a statement of its own (`new X(…);`, not a value handed on: `return new X(…)`, `f(new
 * X(…))`, `this.x = new X(…)`)? The text before it ends a statement, and the text after its call does not go on with it.
 */
function isOwnStatement(text: string, start: number, callEnd: number): boolean {
  let before = start - 1;
  while (before >= 0 && /\s/u.test(text.charAt(before))) before--;
  if (before >= 0 && !';{}'.includes(text.charAt(before))) return false;
  return endsStatement(text, callEnd + 1, false);
}

/**
 * Does the expression end at `from` (what follows, past white space and line breaks, does not go on with it: not
 * `.x`, `?.`, `[`, `(`, an operator)? A call chained on the next line (`})\n  .addEventPattern(…)`) goes on.
 */
function endsStatement(text: string, from: number, afterCall: boolean): boolean {
  let at = from;
  // With `afterCall`, the call written right after a name (`fn.addEnvironment(…)`) ends first
  const call = afterCall ? /^\s*\.\s*[\w$]+\s*\(/u.exec(text.slice(at, at + MAX_CALL_HEAD)) : null;
  if (call !== null) {
    const close = closeAt(text, at + call[0].length, Math.min(text.length, at + MAX_OBJECT_SCAN), false);
    if (close === -1 || text.charCodeAt(close) !== 0x29) return false;
    at = close + 1;
  }
  at = skipSpaceAndComments(text, at, text.length);
  return at >= text.length || !'.?[(`+-*/%&|^<>=,'.includes(text.charAt(at));
}

/**
 * The offsets where `name` is written as a name of its own (not `x.name`, `nameLonger` or a key `{ name: … }`), at most
 * MAX_REFERENCES + 1.
 */
function referencesOf(text: string, name: string): number[] {
  const found: number[] = [];
  // The line of each occurrence, followed forward (occurrences come in order): a line is looked at once
  let lineEnd = -1;
  let commentLine = false;
  let seen = 0;
  for (let at = text.indexOf(name); at !== -1 && found.length <= MAX_REFERENCES; at = text.indexOf(name, at + name.length)) {
    // A name written all over (in strings, comments) is too many to tell apart: taken for used, the cautious answer
    if (++seen > MAX_OCCURRENCES) return found.concat(new Array<number>(MAX_REFERENCES + 1).fill(at));
    if (at > lineEnd) {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      lineEnd = end === -1 ? text.length : end;
      commentLine = isCommentLine(text, lineStart, lineEnd);
    }
    const before = at > 0 ? text.charAt(at - 1) : '';
    const after = text.charAt(at + name.length);
    if (/[\w$.]/u.test(before) || /[\w$]/u.test(after)) continue;
    if (commentLine || isObjectKey(text, at, name.length) || inQuotedWords(text, at, name.length)) continue;
    found.push(at);
  }
  return found;
}

/** Characters of the words a quoted id or path is made of (`'scheduledLambda-schedule'`, `'../fns/tick.ts'`). */
const QUOTED_WORD = /[\w\-./: @]/u;
/** How far around a name a quoted string of words holding it is looked for. */
const MAX_QUOTED_WORDS = 200;

/**
 * Is the name at `at` inside a quoted string of plain words on one line (`'scheduledLambda-schedule'`, an id; `'
 * ../fns/tick.ts'`)? Only letters, digits, spaces and `-./:@_` may stand between it and the quotes, so code (`{`, `(`,
 * `,`, `+`, `${`) around a use is never taken for a string.
 */
function inQuotedWords(text: string, at: number, length: number): boolean {
  let start = at - 1;
  while (start >= 0 && at - start <= MAX_QUOTED_WORDS && QUOTED_WORD.test(text.charAt(start))) start--;
  const quote = text.charAt(start);
  if (quote !== "'" && quote !== '"' && quote !== '`') return false;
  let end = at + length;
  while (end < text.length && end - at <= MAX_QUOTED_WORDS && QUOTED_WORD.test(text.charAt(end))) end++;
  return text.charAt(end) === quote;
}

/**
 * Is the line `[start, end)` a line comment from its start (`// …`), with no `${` (a template's line that starts with
 * `//` may still read a name)? A comment after code on a line is not looked for: a `//` there may be a regular
 * expression's or a string's; nor a block comment (code may follow it on the line).
 */
function isCommentLine(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at++;
  return text.startsWith('//', at) && !text.slice(at, end).includes('${');
}

/** Is the name at `at` an object's first key (`{ schedule: … }`, after a `{`, before a `:`), not a use of it? */
function isObjectKey(text: string, at: number, length: number): boolean {
  let after = at + length;
  while (after < text.length && /\s/u.test(text.charAt(after))) after++;
  if (text.charAt(after) !== ':') return false;
  let before = at - 1;
  while (before >= 0 && /\s/u.test(text.charAt(before))) before--;
  // After a `,` the name may be a parameter's, typed (`(scope: Construct, rule: IRule)`): only a first key is taken
  return before >= 0 && text.charAt(before) === '{';
}

/**
 * Is the function declared as `name` (written at `declaredAt`) mentioned only as a
 * schedule's target, in grants and in its own settings (see `isCdkScheduleOnly`)?
 */
function usedOnlyBySchedules(text: string, name: string, declaredAt: number): boolean {
  const references = referencesOf(text, name);
  if (references.length > MAX_REFERENCES) return false;
  let targets = 0;
  for (const at of references) {
    // The declaration (a name in the construct's own props is in a string, `'fn.handler'`: it does not exist yet)
    if (at === declaredAt) continue;
    const before = text.slice(Math.max(0, at - MAX_CALL_HEAD), at);
    const after = text.slice(at + name.length, at + name.length + MAX_CALL_HEAD);
    if (OWN_SETTING_AFTER.test(after) && endsStatement(text, at + name.length, true)) continue;
    const grant = GRANT_BEFORE.exec(before);
    if (grant !== null && !grant[1]!.startsWith('grantInvoke') && /^\s*\)/u.test(after)) continue;
    const target = LAMBDA_TARGET_BEFORE.exec(before);
    const invoke = target === null ? SCHEDULER_TARGET_BEFORE.exec(before) : null;
    if (target === null && invoke === null) return false;
    // No input of the stack's (`event: RuleTargetInput.fromObject(…)`, `input`): the event is then the stack's data
    if (!givesNoInput(text, at + name.length)) return false;
    const callStart = at - before.length + (target ?? invoke)!.index;
    if (target !== null ? !isScheduledRuleTarget(text, callStart) : !isSchedulerTarget(text, callStart)) return false;
    targets++;
  }
  return targets > 0;
}

/** After a target's function: `)`, or options read whole with neither `event` nor `input`. */
function givesNoInput(text: string, from: number): boolean {
  const next = skipSpaceAndComments(text, from, text.length);
  if (text.charCodeAt(next) === 0x29 /* ) */) return true;
  if (text.charCodeAt(next) !== 0x2c /* , */) return false;
  const open = skipSpaceAndComments(text, next + 1, text.length);
  if (text.charCodeAt(open) !== 0x7b) return false;
  const keys = objectKeys(text, open);
  return keys !== null && !keys.has('event') && !keys.has('input');
}

/** Is the `new …LambdaFunction(` at `start` a target of a rule with a schedule and no event pattern? */
function isScheduledRuleTarget(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - MAX_CALL_HEAD), start);
  const added = ADD_TARGET_BEFORE.exec(before);
  if (added !== null) return isScheduleRuleName(text, added[1]!);
  // `targets: [new LambdaFunction(fn)]` in the rule's own props
  const list = enclosingBracket(text, start);
  if (list === -1 || text.charCodeAt(list) !== 0x5b /* [ */) return false;
  if (!TARGETS_KEY_BEFORE.test(text.slice(Math.max(0, list - MAX_CALL_HEAD), list))) return false;
  const props = enclosingOpen(text, list);
  if (props === -1) return false;
  const construct = constructAround(text, props);
  if (construct === null || !isRuleCallee(construct.callee) || !isScheduleProps(text, props)) return false;
  return isRuleKeptToTargets(text, construct.start, props);
}

/**
 * A rule made where it is used: a statement of its own, or a `const` whose name is used only to add targets
 * (`rule.addTarget(…)`; not `rule.addEventPattern(…)`, nor handed on).
 */
function isRuleKeptToTargets(text: string, start: number, props: number): boolean {
  const declared = constDeclaration(text, start);
  if (declared !== null) return isScheduleRuleName(text, declared.name);
  return isConstructStatement(text, start, props);
}

/**
 * Is `rule` the name of exactly one rule the file makes (`const rule = new events.Rule(this, 'R', { schedule })`), with
 * a schedule and no event pattern, and used only to add targets?
 */
function isScheduleRuleName(text: string, rule: string): boolean {
  const references = referencesOf(text, rule);
  if (references.length > MAX_REFERENCES) return false;
  let declarations = 0;
  for (const at of references) {
    const afterName = text.slice(at + rule.length, at + rule.length + MAX_CALL_HEAD);
    if (ADD_TARGET_AFTER.test(afterName)) continue;
    // The declaration: `const rule = new events.Rule(scope, 'Id', { … })`
    const declared = /^\s*=\s*new\b/u.exec(afterName);
    if (declared === null) return false;
    const start = text.indexOf('new', at + rule.length);
    const props = text.indexOf('{', start);
    if (props === -1 || props - start > MAX_CONSTRUCT_HEAD) return false;
    const construct = constructAround(text, props);
    if (construct === null || construct.start !== start || !isRuleCallee(construct.callee)) return false;
    if (constDeclaration(text, start)?.name !== rule || !isScheduleProps(text, props)) return false;
    declarations++;
  }
  return declarations === 1;
}

/**
 * Is the `new …LambdaInvoke(` at `start` the `target` of an EventBridge Scheduler schedule (`new scheduler.Schedule(this,
 * 'S', { schedule: ScheduleExpression.rate(…), target: new targets.LambdaInvoke(fn) })`)? (Step Functions' `new
 * tasks.LambdaInvoke(this, 'Id', { lambdaFunction: fn })` takes the function elsewhere: not this.)
 */
function isSchedulerTarget(text: string, start: number): boolean {
  if (!TARGET_KEY_BEFORE.test(text.slice(Math.max(0, start - MAX_CALL_HEAD), start))) return false;
  const props = enclosingOpen(text, start);
  if (props === -1) return false;
  const construct = constructAround(text, props);
  return construct !== null && lastName(construct.callee) === 'Schedule' && objectKeys(text, props) !== null;
}

/** `Rule`, `events.Rule`, `cdk.aws_events.Rule`: EventBridge's rule (not `wafv2.Rule` or another module's). */
function isRuleCallee(callee: string): boolean {
  const names = callee.split('.');
  return names[names.length - 1] === 'Rule' && (names.length === 1 || /event/iu.test(names[names.length - 2]!));
}

/** Does the object at `props`, read whole, have a `schedule` key and no `eventPattern`? */
function isScheduleProps(text: string, props: number): boolean {
  const keys = objectKeys(text, props);
  if (keys === null || !keys.has('schedule') || keys.has('eventPattern')) return false;
  // Written anywhere in the props (a regular expression's `//` may have hidden a key from the scan): not a schedule's alone
  const end = objectEnd(text, props);
  return end !== -1 && !text.slice(props, end).includes('eventPattern');
}

/**
 * The value of key `key` (written plain or quoted) of the object literal whose `{` is at `open`, as its start and end
 * (the `,` or `}` after it): the first such key of the object itself, not of one nested in it. Read forwards property
 * by property, strings, templates and comments skipped; a spread, a method or a computed key is stepped over. Null
 * when there is none, or the object does not end within MAX_OBJECT_SCAN.
 */
export function propertyValue(text: string, open: number, key: string): { start: number; end: number } | null {
  const limit = Math.min(text.length, open + MAX_OBJECT_SCAN);
  const close = closeAt(text, open + 1, limit, false);
  if (close === -1) return null;
  for (let at = open + 1; at < close; ) {
    const keyStart = skipSpaceAndComments(text, at, close);
    const end = closeAt(text, keyStart, close + 1, true);
    if (end === -1) return null;
    OBJECT_KEY.lastIndex = keyStart;
    const found = OBJECT_KEY.exec(text);
    if (found !== null && found[4] === ':' && (found[1] ?? found[2] ?? found[3]) === key) {
      return { start: OBJECT_KEY.lastIndex, end };
    }
    at = end + 1;
  }
  return null;
}

/**
 * The keys of the object literal whose `{` is at `open`, each with where its value starts; null when it is not read
 * whole: a spread, a computed key, a method, or no end within MAX_OBJECT_SCAN.
 */
function objectKeys(text: string, open: number): Map<string, number> | null {
  const keys = new Map<string, number>();
  const limit = Math.min(text.length, open + MAX_OBJECT_SCAN);
  let at = open + 1;
  while (at < limit) {
    const keyStart = skipSpaceAndComments(text, at, limit);
    if (text.charCodeAt(keyStart) === 0x7d /* } */) return keys;
    OBJECT_KEY.lastIndex = keyStart;
    const key = OBJECT_KEY.exec(text);
    if (key === null) return null;
    const name = key[1] ?? key[2] ?? key[3]!;
    const mark = key[4];
    if (mark === ':') {
      const valueStart = OBJECT_KEY.lastIndex;
      if (!keys.has(name)) keys.set(name, valueStart);
      const end = closeAt(text, valueStart, limit, true);
      if (end === -1) return null;
      if (text.charCodeAt(end) !== 0x2c) return text.charCodeAt(end) === 0x7d ? keys : null;
      at = end + 1;
    } else if (mark === ',' || mark === '}') {
      // Shorthand (`{ schedule }`)
      if (key[1] === undefined) return null;
      if (!keys.has(name)) keys.set(name, OBJECT_KEY.lastIndex - 1);
      if (mark === '}') return keys;
      at = OBJECT_KEY.lastIndex;
    } else return null;
  }
  return null;
}

/**
 * From `start`, the offset of the `}`, `)` or `]` that closes the text's depth there (with `atComma` also a `,` at
 * depth 0), strings, templates (and their `${…}`) and comments skipped; -1 when not found before `limit` or not read
 * (an unterminated string, templates nested deeper than MAX_TEMPLATE_NESTING).
 */
export function closeAt(text: string, start: number, limit: number, atComma: boolean, nesting = 0): number {
  let depth = 0;
  // The last character read outside strings, comments and white space: whether a `/` starts a regular expression
  let previous = 0x28; /* ( */
  for (let at = start; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if (code === 0x27 || code === 0x22 || code === 0x60) {
      at = literalEnd(text, at, limit, nesting);
      if (at === -1) return -1;
    } else if (code === 0x2f /* / */ && (text.charCodeAt(at + 1) === 0x2f || text.charCodeAt(at + 1) === 0x2a)) {
      const end = text.charCodeAt(at + 1) === 0x2f ? text.indexOf('\n', at) : text.indexOf('*/', at + 2);
      if (end === -1 || end >= limit) return -1;
      at = text.charCodeAt(at + 1) === 0x2f ? end : end + 1;
      continue;
    } else if (code === 0x2f && REGEX_BEFORE.includes(String.fromCharCode(previous))) {
      at = regexEnd(text, at, limit);
      if (at === -1) return -1;
    } else if (code === 0x7b || code === 0x28 || code === 0x5b) depth++;
    else if (code === 0x7d || code === 0x29 || code === 0x5d) {
      if (depth === 0) return at;
      depth--;
    } else if (atComma && code === 0x2c && depth === 0) return at;
    previous = code;
  }
  return -1;
}

/** Characters after which a `/` starts a regular expression, not a division (`x: /a'b/`, `f(/x/)`, `[/y/]`). */
const REGEX_BEFORE = '(,=:[!&|?{};';

/** The offset of the `/` that ends the regular expression starting at `start`; -1 when it does not end on its line. */
function regexEnd(text: string, start: number, limit: number): number {
  let inClass = false;
  for (let at = start + 1; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5c /* \ */) at++;
    else if (code === 0x0a || code === 0x0d) return -1;
    else if (code === 0x5b /* [ */) inClass = true;
    else if (code === 0x5d /* ] */) inClass = false;
    else if (code === 0x2f && !inClass) return at;
  }
  return -1;
}

/** The offset of the quote that ends the string or template starting at `start`; -1 when not found or not read. */
function literalEnd(text: string, start: number, limit: number, nesting: number): number {
  const quote = text.charCodeAt(start);
  for (let at = start + 1; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5c /* \ */) at++;
    else if (code === quote) return at;
    else if (quote !== 0x60 && (code === 0x0a || code === 0x0d)) return -1;
    else if (quote === 0x60 && code === 0x24 /* $ */ && text.charCodeAt(at + 1) === 0x7b) {
      if (nesting >= MAX_TEMPLATE_NESTING) return -1;
      const close = closeAt(text, at + 2, limit, false, nesting + 1);
      if (close === -1 || text.charCodeAt(close) !== 0x7d) return -1;
      at = close;
    }
  }
  return -1;
}

/** The first offset from `at` that is not white space or a comment. */
export function skipSpaceAndComments(text: string, at: number, limit: number): number {
  while (at < limit) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) at++;
    else if (code === 0x2f /* / */ && text.charCodeAt(at + 1) === 0x2f) {
      const end = text.indexOf('\n', at);
      at = end === -1 ? limit : end + 1;
    } else if (code === 0x2f && text.charCodeAt(at + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', at + 2);
      at = end === -1 ? limit : end + 2;
    } else break;
  }
  return Math.min(at, limit);
}

/**
 * `new EventbridgeToLambda(scope, 'Id', { lambdaFunctionProps: { … }, eventRuleProps: { schedule } })`, the
 * function's props at `functionProps`: a schedule and no event pattern, the props read whole, and the construct a
 * statement of its own or a `const` the file does not mention again (its `lambdaFunction` may be handed on).
 */
function isScheduledSolutionsConstruct(text: string, functionProps: number): boolean {
  const props = enclosingOpen(text, functionProps);
  if (props === -1) return false;
  const construct = constructAround(text, props);
  if (construct === null || lastName(construct.callee) !== 'EventbridgeToLambda') return false;
  const ruleProps = objectKeys(text, props)?.get('eventRuleProps');
  if (ruleProps === undefined) return false;
  const open = skipSpaceAndComments(text, ruleProps, text.length);
  if (text.charCodeAt(open) !== 0x7b || !isScheduleProps(text, open)) return false;
  const declared = constDeclaration(text, construct.start);
  if (declared !== null) return referencesOf(text, declared.name).length === 1;
  return isConstructStatement(text, construct.start, props);
}
