import { describe, expect, it } from 'vitest';
import { isCdkScheduleOnly, makesUnnamedHandler, propertyValue } from '../../src/utils/cdk-text.js';

/** The answer for the first `handler:` entry of `text`, as `readCodeApp` asks. */
const scheduleOnly = (text: string): boolean => isCdkScheduleOnly(text, text.indexOf('handler:'));

const FN = "const fn = new lambda.Function(this, 'Fn', { handler: 'index.handler', code });\n";
const RULE = "new events.Rule(this, 'R', { schedule: events.Schedule.rate(Duration.hours(1)), targets: [new targets.LambdaFunction(fn)] });\n";
const CONSTRUCT = (before: string, after = ''): string =>
  `${before}new EventbridgeToLambda(this, 'C', {\n  lambdaFunctionProps: { handler: 'index.handler', code },\n  eventRuleProps: { schedule: events.Schedule.rate(Duration.days(1)) },\n})${after};\n`;

describe('isCdkScheduleOnly', () => {
  it.each([
    ['a rule with the function in its targets', FN + RULE],
    ['a rule named, the function added as its target, over several lines', `${FN}const rule = new events.Rule(this, 'R', {\n  schedule: events.Schedule.cron({ hour: '2' }),\n});\nrule.addTarget(\n  new targets.LambdaFunction(fn),\n);\n`],
    ['a grant to its role and a setting of its own', `${FN}${RULE}table.grantReadWriteData(fn);\nfn.addEnvironment('TABLE', table.tableName);\n`],
    ["its name in its own props (the handler's module)", "const index = new lambda.Function(this, 'index', { handler: 'index.handler', code });\n" + RULE.replace('(fn)', '(index)')],
    ['a rule named like its key (`const schedule = new Rule(…, { schedule: … })`)', `${FN}const schedule = new Rule(this, 'S', { schedule: Schedule.expression('rate(2 minutes)') });\nschedule.addTarget(new LambdaFunction(fn));\n`],
    ['its name in the ids of constructs and in a path', `${FN}new events.Rule(this, 'fn-schedule', { schedule: s, description: 'runs fn: daily', targets: [new targets.LambdaFunction(fn)] });\nnew s3deploy.BucketDeployment(this, 'Docs', { sources: [Source.asset("./docs/fn")] });\n`],
    ['names in line comments', `${FN}// fn runs on a schedule, a rule's schedule\n  // fn again\nconst schedule = new events.Rule(this, 'S', { schedule: s });\nschedule.addTarget(new targets.LambdaFunction(fn));\n`],
    ['a target given options without an input', FN + RULE.replace('(fn)', '(fn, { retryAttempts: 2 })')],
    ['a rule name written in a template', FN + RULE.replace("'R'", '`Rule`').replace('{ schedule', '{ ruleName: `${prefix}-rule`, schedule')],
    ['an EventBridge Scheduler schedule', `${FN}new scheduler.Schedule(this, 'S', { schedule: scheduler.ScheduleExpression.rate(Duration.hours(1)), target: new targets.LambdaInvoke(fn) });\n`],
    ['a typed declaration', FN.replace('const fn =', 'const fn: lambda.IFunction =') + RULE],
    ['an EventbridgeToLambda as a statement', CONSTRUCT('')],
    ['an EventbridgeToLambda kept in a const the file does not use again', CONSTRUCT('const cleanup = ')],
  ])('yes: %s', (_name, text) => {
    expect(scheduleOnly(text)).toBe(true);
  });

  it.each([
    ['no rule', FN],
    ['an API also runs it', `${FN}${RULE}new apigw.LambdaRestApi(this, 'Api', { handler: fn });\n`],
    ['its ARN in a template (a state machine definition)', `${FN}${RULE}new sfn.CfnStateMachine(this, 'SM', { definitionString: \`{"Resource":"\${fn.functionArn}"}\` });\n`],
    ['its ARN in a template over several lines', `${FN}${RULE}const definition = \`{\n  "Resource": "\${fn.functionArn}", "End": true }\`;\n`],
    ['a regular expression with a quote before the use', `${FN}${RULE}const n = name.replace(/'/g, ''); new apigw.LambdaRestApi(this, 'Api', { handler: fn });\n`],
    ['a regular expression with // before the use', `${FN}${RULE}const isUrl = /^https?:\\/\\//; new apigw.LambdaRestApi(this, 'Api', { handler: fn });\n`],
    ['an apostrophe in a block comment before the use', `${FN}${RULE}new apigw.LambdaRestApi(this, 'Api', { /* don't cache */ handler: fn });\n`],
    ['an event source', `${FN}${RULE}fn.addEventSource(new SqsEventSource(queue));\n`],
    ['grantInvoke', `${FN}${RULE}caller.grantInvoke(fn);\n`],
    ['the name in a comment after code', `${FN}${RULE}wire(); // fn also serves the API\n`],
    ['exported (another module may wire it)', `export ${FN}${RULE}`],
    ['typed and exported', `export ${FN.replace('const fn =', 'const fn: lambda.Function =')}${RULE}`],
    ['typed, and used by an API', `${FN.replace('const fn =', 'const fn: lambda.Function =')}${RULE}new apigw.LambdaRestApi(this, 'Api', { handler: fn });\n`],
    ['declared with let (may be another function by the time a rule takes it)', FN.replace('const fn =', 'let fn =') + RULE],
    ['let (it may be assigned another function)', FN.replace('const', 'let') + RULE],
    ['kept on this', "this.fn = new lambda.Function(this, 'Fn', { handler: 'index.handler', code });\n" + RULE.replace('(fn)', '(this.fn)')],
    ['a construct of another kind', FN.replace('lambda.Function', 'MonitoredFunction') + RULE],
    ['a rule with an event pattern too', FN + RULE.replace('{ schedule', "{ eventPattern: { source: ['aws.s3'] }, schedule")],
    ['a rule with a spread in its props', FN + RULE.replace('{ schedule', '{ ...patternProps, schedule')],
    ['a rule with a computed key', FN + RULE.replace('{ schedule', "{ ['eventPattern']: pattern, schedule")],
    ['a string with a closing bracket before the event pattern', FN + RULE.replace(')] });', ")], description: 'Step 1) sweep', eventPattern: p });")],
    ["another module's Rule", FN + RULE.replace('events.Rule', 'wafv2.Rule')],
    ['a rule given an event pattern later', `${FN}const r = new events.Rule(this, 'R', { schedule: s, targets: [new targets.LambdaFunction(fn)] });\nr.addEventPattern({ source: ['aws.s3'] });\n`],
    ['a rule given an event pattern through ?.', `${FN}const r = new events.Rule(this, 'R', { schedule: s });\nr.addTarget(new targets.LambdaFunction(fn));\nr?.addEventPattern({ source: ['aws.s3'] });\n`],
    ['a rule handed on through an alias', `${FN}const r = new events.Rule(this, 'R', { schedule: s });\nr.addTarget(new targets.LambdaFunction(fn));\nconst r2 = r;\nr2.addEventPattern(p);\n`],
    ['two rules of one name (two classes: one with an event pattern)', `${FN}class A { m() { const rule = new events.Rule(this, 'R', { schedule: s }); } }\nclass B { m() { const rule = new events.Rule(this, 'R', { eventPattern: p }); rule.addTarget(new targets.LambdaFunction(fn)); } }\n`],
    ['the function as a shorthand property', `${FN}${RULE}wire({ fn });\n`],
    ['the function between strings (a list)', `${FN}${RULE}const all = ['a', fn, 'b'];\n`],
    ['the function between strings (a sum)', `${FN}${RULE}const arn = 'arn:' + fn + ':x';\n`],
    ['a use chained after a setting of its own', `${FN}${RULE}fn.addEnvironment('A', 'b').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });\n`],
    ['a use chained after a setting of its own, on the next line', `${FN}${RULE}fn.addEnvironment('A', 'b')\n  .addEventSource(new SqsEventSource(queue));\n`],
    ['a rule chained on the next line', `${FN}new events.Rule(this, 'R', { schedule: s, targets: [new targets.LambdaFunction(fn)] })\n  .addEventPattern({ source: ['aws.s3'] });\n`],
    ['a use after a block comment at the start of a line', `${FN}${RULE}/* public API */ new apigw.LambdaRestApi(this, 'Api', { handler: fn });\n`],
    ['a use on a line of a JSDoc-like template', `${FN}${RULE}const def = \`{\n  * "Resource": "\${fn.functionArn}"}\`;\n`],
    ['a use on a // line of a template', `${FN}${RULE}const code = lambda.Code.fromInline(\`\n// \${fn.functionName}\n\`);\n`],
    ["a typed parameter of the rule's name", `${FN}const rule = new events.Rule(this, 'R', { schedule: s });\nrule.addTarget(new targets.LambdaFunction(fn));\nconst wire = (scope: Construct, rule: events.IRule) => rule.addTarget(new targets.LambdaFunction(fn));\n`],
    ['a function named (reached by its name elsewhere)', FN.replace('{ handler', "{ functionName: 'nightly', handler") + RULE],
    ['a SingletonFunction (one function for every construct of its uuid)', FN.replace('lambda.Function', 'lambda.SingletonFunction') + RULE],
    ["a regular expression's // hiding the rule's event pattern", `${FN}new events.Rule(this, 'R', {\n  schedule: s,\n  description: /\\/\\//.source,\n  eventPattern: { source: ['aws.s3'] },\n  targets: [new targets.LambdaFunction(fn)],\n});\n`],
    ['an EventbridgeToLambda chained on the next line', CONSTRUCT('', '\n  .lambdaFunction.addFunctionUrl({ authType: FunctionUrlAuthType.NONE })')],
    ['a rule assigned again', `${FN}let r = new events.Rule(this, 'R', { schedule: s });\nr = new events.Rule(this, 'P', { eventPattern: p });\nr.addTarget(new targets.LambdaFunction(fn));\n`],
    ["a target given the stack's event", FN + RULE.replace('(fn)', '(fn, { event: events.RuleTargetInput.fromObject({ apiKey }) })')],
    ["a scheduler target given the stack's input", `${FN}new scheduler.Schedule(this, 'S', { schedule: s, target: new targets.LambdaInvoke(fn, { input: ScheduleTargetInput.fromObject({ token }) }) });\n`],
    ["a Step Functions task's LambdaInvoke", `${FN}${RULE}new tasks.LambdaInvoke(this, 'Invoke', { lambdaFunction: fn });\n`],
    ['an EventbridgeToLambda destructured', `${CONSTRUCT('const { lambdaFunction } = ')}new apigw.LambdaRestApi(this, 'Api', { handler: lambdaFunction });\n`],
    ['an EventbridgeToLambda kept on this', CONSTRUCT('this.cleanup = ')],
    ['an EventbridgeToLambda returned', CONSTRUCT('return ')],
    ['an EventbridgeToLambda exported', CONSTRUCT('export const c = ')],
    ["an EventbridgeToLambda whose function gets a URL", CONSTRUCT('', '.lambdaFunction.addFunctionUrl()')],
    ['an EventbridgeToLambda handed on', `${CONSTRUCT('const c = ')}wireApi(c);\n`],
    ["an EventbridgeToLambda's rule given an event pattern", `${CONSTRUCT('const c = ')}c.eventsRule.addEventPattern({ source: ['aws.s3'] });\n`],
    ['an EventbridgeToLambda on an event pattern', CONSTRUCT('').replace('schedule: events.Schedule.rate(Duration.days(1))', "eventPattern: { source: ['aws.s3'] }")],
    ['an EventbridgeToLambda with a spread in its rule props', CONSTRUCT('').replace('{ schedule', '{ ...base, schedule')],
  ])('no: %s', (_name, text) => {
    expect(scheduleOnly(text)).toBe(false);
  });

  it.each([
    ['empty text', ''],
    ['an unterminated string', `${FN.slice(0, 40)}'`],
    ['an unterminated template', `${FN}${RULE}const s = \`\${fn`],
    ['deep brackets', `${'{['.repeat(20_000)}${FN}${RULE}`],
    ['a megabyte comment line of the name', `${FN}${RULE}// ${'fn '.repeat(300_000)}\n`],
    ['a megabyte of the name in a JSDoc block', `${FN}${RULE}/**\n${' * fn fn fn fn fn fn fn fn fn fn\n'.repeat(30_000)} */\n`],
    ['a megabyte of a name in strings', `${FN}${RULE}${"'fn fn fn fn fn fn fn fn fn fn'\n".repeat(30_000)}`],
  ])('never throws: %s', (_name, text) => {
    expect(typeof scheduleOnly(text)).toBe('boolean');
    expect(isCdkScheduleOnly(text, -5)).toBe(false);
    expect(isCdkScheduleOnly(text, Number.NaN)).toBe(false);
  });
});

describe('makesUnnamedHandler', () => {
  it.each([
    ['every function writes its handler', FN + RULE, false],
    ['a NodejsFunction with only its entry (handler `handler` by default)', `${FN}new NodejsFunction(this, 'Api', { entry: 'src/api/index.ts' });\n`, true],
    ['a handler from a variable', "new lambda.Function(this, 'Fn', { handler: props.handler, code });\n", true],
    ['props passed whole', "new lambda.Function(this, 'Fn', props);\n", true],
    ['a spread in the props', "new NodejsFunction(this, 'Fn', { ...common, handler: 'main' });\n", true],
    ["an events target's LambdaFunction is not a function construct", RULE, false],
  ])('%s', (_name, text, expected) => {
    expect(makesUnnamedHandler(text)).toBe(expected);
  });
});

describe('propertyValue', () => {
  /** The value text of `key` in the first object literal of `text`, or null. */
  const valueOf = (text: string, key: string): string | null => {
    const found = propertyValue(text, text.indexOf('{'), key);
    return found === null ? null : text.slice(found.start, found.end).trim();
  };

  it.each([
    ['a plain key', "{ handler: 'main', entry: 'a.ts' }", "'a.ts'"],
    ['a quoted key, the last property', `{ handler: 'main', "entry": path.join(__dirname, 'a.ts') }`, "path.join(__dirname, 'a.ts')"],
    ['after a spread, a method and a computed key', "{ ...common, run() { return { entry: 'no' }; }, [k]: 1, entry: 'a.ts' }", "'a.ts'"],
    ['after brackets in a string, a template and a comment', "{ d: 'a } b', t: `${'}'}]`, /* }, entry: 'no' */ entry: 'a.ts' }", "'a.ts'"],
    ["the object's own key, not a nested object's", "{ bundling: { entry: 'no.ts' }, entry: 'a.ts' }", "'a.ts'"],
    ['after regular expressions with a quote, a comment opener and a bracket', "{ skip: /^don't/.source, url: /https?:\\/\\//, any: [/a\\/*/, /[/}]/], entry: 'a.ts' }", "'a.ts'"],
    ['after divisions (not regular expressions)', "{ ratio: total / count / 2, half: (a) / 2, entry: 'a.ts' }", "'a.ts'"],
  ])('%s', (_name, text, expected) => {
    expect(valueOf(text, 'entry')).toBe(expected);
  });

  it.each([
    ['only a nested object has it', "{ bundling: { entry: 'no.ts' } }"],
    ['only a string spells it', "{ d: 'entry: a.ts' }"],
    ['a shorthand property (no value written here)', '{ entry, handler }'],
    ['the object does not end', "{ entry: 'a.ts', d: 'unterminated }"],
    ['an empty object', '{}'],
    ['a regular expression that does not end on its line', "{ skip: /abc\n, entry: 'a.ts' }"],
  ])('none: %s', (_name, text) => {
    expect(valueOf(text, 'entry')).toBeNull();
  });
});
