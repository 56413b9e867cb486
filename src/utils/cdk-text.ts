/**
 * Reading a CDK app's stacks as text, as `readCodeApp` does (an app's files are read, not parsed: a config lookup
 * must cost far less than linting them): balanced brackets around a place, an object literal's keys, and whether
 * the function a `handler` entry makes is run only by a schedule. Strings are not skipped: a bracket inside one
 * makes the shape unknown, and an unknown shape answers "no" (the function is then taken as any other handler).
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
 * Where the text from `start` closes: at the `}` (or `)`, `]`) at depth 0, or with `atComma` also at a `,` at depth
 * 0 (a property's value ends there); -1 when not before `limit`.
 */
export function valueEndAt(text: string, start: number, limit: number, atComma: boolean): number {
  let depth = 0;
  for (let at = start; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x7b || code === 0x28 || code === 0x5b) depth++;
    else if (code === 0x7d || code === 0x29 || code === 0x5d) {
      if (depth === 0) return at;
      depth--;
    } else if (atComma && code === 0x2c /* , */ && depth === 0) return at;
  }
  return -1;
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
/** `fn.addEnvironment(`, `fn.role`…: what a stack does to its own function that does not invoke it. */
const OWN_SETTING_AFTER = /^\s*\??\.\s*(?:addEnvironment|addToRolePolicy|addLayers|role|logGroup|node)\b/u;
/** `rule.addTarget(` right before a target's `new`: the rule's name. */
const ADD_TARGET_BEFORE = /(?<![\w$])([A-Za-z_$][\w$]*)\s*\.\s*addTarget\s*\(\s*$/u;
/** `targets:` right before an array: a rule's targets. */
const TARGETS_KEY_BEFORE = /(?<![\w$])targets\s*:\s*$/u;
/** `lambdaFunctionProps:` right before an object: a Solutions Construct's function. */
const FUNCTION_PROPS_KEY_BEFORE = /(?<![\w$])lambdaFunctionProps\s*:\s*$/u;
/** `.addEventPattern` after a rule's name: its targets then run for events too. */
const ADD_EVENT_PATTERN_AFTER = /^\s*\.\s*addEventPattern\b/u;
/** `.lambdaFunction` after a Solutions Construct's name: its function handed on. */
const LAMBDA_FUNCTION_AFTER = /^\s*\??\.\s*lambdaFunction\b/u;
/** How far before a name the call it is an argument of is looked for. */
const MAX_CALL_HEAD = 120;

/**
 * Is the function the `handler` entry at `index` makes run only by EventBridge schedules, as this file of a CDK app
 * writes it? Two shapes:
 *
 * - `const fn = new lambda.Function(this, 'Id', { handler: 'index.handler', … })` whose every other use in the file
 *   is a Lambda target of a rule with a `schedule` and no `eventPattern` (`rule.addTarget(new
 *   targets.LambdaFunction(fn))`, `new events.Rule(this, 'R', { schedule, targets: [new LambdaFunction(fn)] })`), a
 *   grant to its role (`table.grantReadData(fn)`, not `grantInvoke`), or a setting of its own
 *   (`fn.addEnvironment(…)`); at least one such target. A function kept on `this` (another stack may wire it) or used
 *   any other way (an API integration, an event source, its ARN handed on) is not.
 *   An EventBridge Scheduler schedule's target counts as such a target (`new scheduler.Schedule(this, 'S', { schedule,
 *   target: new targets.LambdaInvoke(fn) })`).
 * - `new EventbridgeToLambda(this, 'Id', { lambdaFunctionProps: { handler: … }, eventRuleProps: { schedule } })`
 *   (AWS Solutions Constructs), when the construct's `lambdaFunction` is not used elsewhere in the file.
 *
 * Never throws; any shape it cannot read is "no".
 */
export function isCdkScheduleOnly(text: string, index: number): boolean {
  try {
    const props = enclosingOpen(text, index);
    if (props === -1) return false;
    if (FUNCTION_PROPS_KEY_BEFORE.test(text.slice(Math.max(0, props - MAX_CALL_HEAD), props))) {
      return isScheduledSolutionsConstruct(text, props);
    }
    const construct = constructAround(text, props);
    if (construct === null) return false;
    const name = declaredName(text, construct.start);
    return name !== null && usedOnlyBySchedules(text, name, construct.start);
  } catch {
    return false;
  }
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

/** `const NAME = ` (or `let`, `var`) right before `start`: the name; null otherwise (`this.fn = `, no name). */
function declaredName(text: string, start: number): string | null {
  const head = /(?<![\w$])(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*$/u.exec(text.slice(Math.max(0, start - MAX_CALL_HEAD), start));
  return head === null ? null : head[1]!;
}

/**
 * The offsets where `name` is written as a name of its own (not `x.name`, `nameLonger`, nor in a string or a line
 * comment: `'../fns/tick.ts'`), at most MAX_REFERENCES + 1.
 */
function referencesOf(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at !== -1 && found.length <= MAX_REFERENCES; at = text.indexOf(name, at + name.length)) {
    const before = at > 0 ? text.charAt(at - 1) : '';
    const after = text.charAt(at + name.length);
    if (/[\w$.]/u.test(before) || /[\w$]/u.test(after) || inStringOrComment(text, at)) continue;
    found.push(at);
  }
  return found;
}

/** How far back on its line a place is read to tell whether a string or a comment holds it. */
const MAX_LINE_SCAN = 1000;

/**
 * Is `at` inside a string or a line comment that starts on its line (quotes counted from the line's start, escapes
 * skipped)? A template literal or block comment opened on an earlier line is not seen: the place then counts as code,
 * a use, and the answer is the cautious one.
 */
function inStringOrComment(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > MAX_LINE_SCAN) return false;
  let quote = 0;
  for (let index = lineStart; index < at; index++) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === 0x5c /* \ */) index++;
      else if (code === quote) quote = 0;
    } else if (code === 0x27 || code === 0x22 || code === 0x60) quote = code;
    else if (code === 0x2f /* / */ && text.charCodeAt(index + 1) === 0x2f) return true;
  }
  return quote !== 0;
}

/** Is the function declared as `name` (its `new` at `declaration`) used only as a schedule's target (see above)? */
function usedOnlyBySchedules(text: string, name: string, declaration: number): boolean {
  const references = referencesOf(text, name);
  if (references.length > MAX_REFERENCES) return false;
  let targets = 0;
  for (const at of references) {
    // The declaration itself
    if (at < declaration && declaration - at <= MAX_CALL_HEAD && text.slice(at + name.length, declaration).trim() === '=') continue;
    const before = text.slice(Math.max(0, at - MAX_CALL_HEAD), at);
    const after = text.slice(at + name.length, at + name.length + 40);
    if (OWN_SETTING_AFTER.test(after)) continue;
    const grant = GRANT_BEFORE.exec(before);
    if (grant !== null && !grant[1]!.startsWith('grantInvoke') && /^\s*[,)]/u.test(after)) continue;
    if (!/^\s*[,)]/u.test(after)) return false;
    const target = LAMBDA_TARGET_BEFORE.exec(before);
    const invoke = target === null ? SCHEDULER_TARGET_BEFORE.exec(before) : null;
    if (target !== null) {
      if (!isScheduledRuleTarget(text, at - before.length + target.index)) return false;
    } else if (invoke === null || !isSchedulerTarget(text, at - before.length + invoke.index)) return false;
    targets++;
  }
  return targets > 0;
}

/** Is the `new …LambdaFunction(` at `start` a target of a rule with a schedule and no event pattern? */
function isScheduledRuleTarget(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - MAX_CALL_HEAD), start);
  const added = ADD_TARGET_BEFORE.exec(before);
  if (added !== null) {
    const rule = added[1]!;
    // `rule.addEventPattern(…)` makes the rule's targets run for events too
    if (usedAs(text, rule, ADD_EVENT_PATTERN_AFTER)) return false;
    return ruleDeclarations(text, rule).some((props) => isScheduleProps(text, props));
  }
  // `targets: [new LambdaFunction(fn)]` in the rule's own props
  const list = enclosingBracket(text, start);
  if (list === -1 || text.charCodeAt(list) !== 0x5b /* [ */) return false;
  if (!TARGETS_KEY_BEFORE.test(text.slice(Math.max(0, list - MAX_CALL_HEAD), list))) return false;
  const props = enclosingOpen(text, list);
  if (props === -1) return false;
  const construct = constructAround(text, props);
  if (construct === null || !isRuleCallee(construct.callee) || !isScheduleProps(text, props)) return false;
  const rule = declaredName(text, construct.start);
  return rule === null || !usedAs(text, rule, ADD_EVENT_PATTERN_AFTER);
}

/**
 * Is the `new …LambdaInvoke(` at `start` the `target` of an EventBridge Scheduler schedule (`new scheduler.Schedule(this,
 * 'S', { schedule: ScheduleExpression.rate(…), target: new targets.LambdaInvoke(fn, { input }) })`)? A schedule
 * always runs on its expression, with the input it is given. (Step Functions' `new tasks.LambdaInvoke(this, 'Id', {
 * lambdaFunction: fn })` takes the function elsewhere: not this.)
 */
function isSchedulerTarget(text: string, start: number): boolean {
  if (!TARGET_KEY_BEFORE.test(text.slice(Math.max(0, start - MAX_CALL_HEAD), start))) return false;
  const props = enclosingOpen(text, start);
  if (props === -1) return false;
  const construct = constructAround(text, props);
  return construct !== null && (construct.callee === 'Schedule' || construct.callee.endsWith('.Schedule'));
}

/** The props' `{` of each `const RULE = new events.Rule(scope, 'Id', {` of the file. */
function ruleDeclarations(text: string, rule: string): number[] {
  const found: number[] = [];
  for (const at of referencesOf(text, rule)) {
    const declared = /^\s*=\s*new\b/u.exec(text.slice(at + rule.length, at + rule.length + 20));
    if (declared === null) continue;
    const start = text.indexOf('new', at + rule.length);
    const props = text.indexOf('{', start);
    if (props === -1 || props - start > MAX_CONSTRUCT_HEAD) continue;
    const construct = constructAround(text, props);
    if (construct !== null && construct.start === start && isRuleCallee(construct.callee)) found.push(props);
  }
  return found;
}

function isRuleCallee(callee: string): boolean {
  return callee === 'Rule' || callee.endsWith('.Rule');
}

/** Does the object at `props` have a `schedule` key and no `eventPattern`? */
function isScheduleProps(text: string, props: number): boolean {
  const keys = objectKeys(text, props);
  return keys !== null && keys.has('schedule') && !keys.has('eventPattern');
}

/**
 * The keys of the object literal whose `{` is at `open`, each with where its value starts; null when its end is not
 * found within MAX_OBJECT_SCAN.
 */
function objectKeys(text: string, open: number): Map<string, number> | null {
  const keys = new Map<string, number>();
  const limit = Math.min(text.length, open + MAX_OBJECT_SCAN);
  let at = open + 1;
  while (at < limit) {
    const keyStart = skipSpaceAndComments(text, at, limit);
    OBJECT_KEY.lastIndex = keyStart;
    const key = OBJECT_KEY.exec(text);
    if (key === null) {
      // A spread, a method, a computed key: its value is skipped to the next `,`
      const end = valueEndAt(text, keyStart, limit, true);
      if (end === -1) return null;
      if (text.charCodeAt(end) !== 0x2c) return keys;
      at = end + 1;
      continue;
    }
    const name = key[1] ?? key[2] ?? key[3]!;
    const mark = key[4];
    if (mark === ':') {
      const valueStart = OBJECT_KEY.lastIndex;
      if (!keys.has(name)) keys.set(name, valueStart);
      const end = valueEndAt(text, valueStart, limit, true);
      if (end === -1) return null;
      if (text.charCodeAt(end) !== 0x2c) return keys;
      at = end + 1;
    } else if (mark === ',' || mark === '}') {
      // Shorthand (`{ schedule }`)
      if (key[1] !== undefined && !keys.has(name)) keys.set(name, OBJECT_KEY.lastIndex - 1);
      if (mark === '}') return keys;
      at = OBJECT_KEY.lastIndex;
    } else return null;
  }
  return null;
}

/** The first offset from `at` that is not white space or a comment. */
function skipSpaceAndComments(text: string, at: number, limit: number): number {
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
 * function's props at `functionProps`: a schedule and no event pattern, and the construct's `lambdaFunction` not
 * used in the file (`const wired = new EventbridgeToLambda(…)`, `wired.lambdaFunction` handed on).
 */
function isScheduledSolutionsConstruct(text: string, functionProps: number): boolean {
  const props = enclosingOpen(text, functionProps);
  if (props === -1) return false;
  const construct = constructAround(text, props);
  if (construct === null || !(construct.callee === 'EventbridgeToLambda' || construct.callee.endsWith('.EventbridgeToLambda'))) return false;
  const ruleProps = objectKeys(text, props)?.get('eventRuleProps');
  if (ruleProps === undefined) return false;
  const open = skipSpaceAndComments(text, ruleProps, text.length);
  if (text.charCodeAt(open) !== 0x7b || !isScheduleProps(text, open)) return false;
  const name = declaredName(text, construct.start);
  return name === null || !usedAs(text, name, LAMBDA_FUNCTION_AFTER);
}

/** Is `name` followed by what `after` matches at one of its uses (or used too often to tell: the cautious yes)? */
function usedAs(text: string, name: string, after: RegExp): boolean {
  const references = referencesOf(text, name);
  if (references.length > MAX_REFERENCES) return true;
  return references.some((at) => after.test(text.slice(at + name.length, at + name.length + MAX_CALL_HEAD)));
}
