import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  classifyLogCall,
  classifyMiddleware,
  getFileLogging,
  matchSensitiveName,
  namesNotSecret,
  moduleMatches,
  nameParts,
  quoteString,
  type FileLogging,
  type LoggingOptions,
} from '../../src/utils/logging.js';
import { runProbe, type Dialect } from './probe.js';

const PT = "import { Logger } from '@aws-lambda-powertools/logger';\nconst logger = new Logger();\n";

interface Classified {
  library: string;
  kind: string;
  structured: boolean;
}

/** Classify the call of the file's last expression statement. */
function classifyLast(code: string, dialect: Dialect, options: LoggingOptions = {}): Classified | null {
  let result: Classified | null | undefined;
  runProbe(code, dialect, (context) => ({
    'Program:exit'(program: TSESTree.Program) {
      const last = program.body[program.body.length - 1];
      if (last?.type !== AST_NODE_TYPES.ExpressionStatement) throw new Error('no last expression statement');
      let call = last.expression;
      if (call.type === AST_NODE_TYPES.ChainExpression) call = call.expression;
      if (call.type !== AST_NODE_TYPES.CallExpression) throw new Error('last statement is not a call');
      const classified = classifyLogCall(call, context.sourceCode, options);
      result =
        classified === null
          ? null
          : { library: classified.logger.library, kind: classified.kind, structured: classified.structured };
    },
  }));
  if (result === undefined) throw new Error('probe did not run');
  return result;
}

const emit = (library: string, structured = true): Classified => ({ library, kind: 'emit', structured });

describe('classifyLogCall', () => {
  const cases: [string, Dialect, string, Classified | null, LoggingOptions?][] = [
    // console
    ['console constant', 'esm', "console.log('x');", emit('console', false)],
    ['console single object', 'esm', "console.info({ message: 'x' });", emit('console', true)],
    ['console JSON.stringify(object)', 'esm', 'console.log(JSON.stringify({ a: 1 }));', emit('console', true)],
    ['console JSON.stringify(identifier)', 'esm', 'const o = {};\nconsole.log(JSON.stringify(o));', emit('console', true)],
    ['console JSON.stringify(string)', 'esm', "console.log(JSON.stringify('x'));", emit('console', false)],
    ['console two arguments', 'esm', "console.log({ a: 1 }, 'x');", emit('console', false)],
    ['console.dir is a dump', 'esm', 'console.dir({});', { library: 'console', kind: 'dump', structured: false }],
    ['console.group is not logging', 'esm', "console.group('x');", null],
    ['a shadowed console', 'esm', "const console = { log() {} };\nconsole.log('x');", null],
    ['console in CommonJS', 'cjs', "console.error('x');", emit('console', false)],
    // Powertools
    ['Powertools instance', 'ts', `${PT}logger.info('x');`, emit('powertools')],
    ['Powertools critical', 'ts', `${PT}logger.critical('x');`, emit('powertools')],
    ['Powertools appendKeys', 'ts', `${PT}logger.appendKeys({ a: 1 });`, { library: 'powertools', kind: 'context', structured: false }],
    ['Powertools logEventIfEnabled', 'ts', `${PT}logger.logEventIfEnabled(event);`, { library: 'powertools', kind: 'event', structured: true }],
    ['pino has no logEventIfEnabled', 'esm', "import pino from 'pino';\nconst log = pino();\nlog.logEventIfEnabled(event);", null],
    ['Powertools child', 'ts', `${PT}logger.createChild().warn('x');`, emit('powertools')],
    ['Powertools through as', 'ts', `${PT}(logger as Logger).info('x');`, emit('powertools')],
    ['Powertools optional call', 'ts', `${PT}logger?.info('x');`, emit('powertools')],
    ['Powertools unknown method', 'ts', `${PT}logger.addContext({});`, null],
    [
      'Powertools held on this',
      'ts',
      `${PT}class S { private log = new Logger(); run() { return this.log; } }\nnew S().run().info('x');`,
      null,
    ],
    [
      'Powertools required (CommonJS)',
      'cjs',
      "const { Logger } = require('@aws-lambda-powertools/logger');\nconst logger = new Logger();\nlogger.info('x');",
      emit('powertools'),
    ],
    // pino
    ['pino default import', 'esm', "import pino from 'pino';\nconst log = pino();\nlog.info({}, 'x');", emit('pino')],
    ['pino named import', 'esm', "import { pino } from 'pino';\nconst log = pino();\nlog.fatal('x');", emit('pino')],
    ['pino required and called', 'cjs', "const log = require('pino')();\nlog.info('x');", emit('pino')],
    [
      'pino child of child',
      'esm',
      "import pino from 'pino';\nconst a = pino();\nconst b = a.child({});\nconst c = b.child({});\nc.info('x');",
      emit('pino'),
    ],
    // factories of the file (one level)
    ['pino from an arrow factory', 'esm', "import pino from 'pino';\nconst make = () => pino();\nconst log = make();\nlog.info('x');", emit('pino')],
    [
      'Powertools from a function factory, called in the receiver',
      'ts',
      "import { Logger } from '@aws-lambda-powertools/logger';\nfunction make() { return new Logger(); }\nmake().info('x');",
      emit('powertools'),
    ],
    [
      'winston text logger from a factory',
      'esm',
      "import winston from 'winston';\nfunction make() { return winston.createLogger({ format: winston.format.simple() }); }\nmake().info('x');",
      emit('winston', false),
    ],
    [
      'a factory with two kinds of returns',
      'esm',
      "import pino from 'pino';\nimport bunyan from 'bunyan';\nfunction make(a) { if (a) return pino(); return bunyan.createLogger({ name: 'x' }); }\nmake(1).info('x');",
      null,
    ],
    ['an async factory', 'esm', "import pino from 'pino';\nasync function make() { return pino(); }\nmake().info('x');", null],
    [
      'an async factory, awaited',
      'esm',
      "import pino from 'pino';\nasync function make() { return pino(); }\nconst log = await make();\nlog.info('x');",
      emit('pino'),
    ],
    [
      'a factory returning a logger it makes lazily',
      'ts',
      "import { Logger } from '@aws-lambda-powertools/logger';\nlet made: Logger | undefined;\n" +
        "function get() { return (made ??= new Logger()); }\nget().info('x');",
      emit('powertools'),
    ],
    // loggers made lazily
    [
      'a logger made lazily in a function',
      'esm',
      "import pino from 'pino';\nlet log;\nfunction init() { log ||= pino(); }\nlog.info('x');",
      emit('pino'),
    ],
    [
      'a variable declared with a value, then given a logger',
      'esm',
      "import pino from 'pino';\nlet log = makeSink();\nlog ??= pino();\nlog.info('x');",
      null,
    ],
    [
      'a variable given two kinds of loggers',
      'esm',
      "import pino from 'pino';\nimport bunyan from 'bunyan';\nlet log;\nlog ??= pino();\n" +
        "log ??= bunyan.createLogger({ name: 'x' });\nlog.info('x');",
      null,
    ],
    ['a variable never given a value', 'esm', "let log;\nlog.info('x');", null],
    [
      'a factory returning another factory call is not followed',
      'esm',
      "import pino from 'pino';\nconst inner = () => pino();\nconst outer = () => inner();\nouter().info('x');",
      null,
    ],
    ['pino reassigned', 'esm', "import pino from 'pino';\nlet log = pino();\nlog = console;\nlog.info('x');", null],
    // bunyan
    ['bunyan.createLogger', 'esm', "import bunyan from 'bunyan';\nconst log = bunyan.createLogger({ name: 'x' });\nlog.info('x');", emit('bunyan')],
    ['new bunyan', 'cjs', "const Bunyan = require('bunyan');\nconst log = new Bunyan({ name: 'x' });\nlog.info('x');", emit('bunyan')],
    // winston
    ['winston default format', 'esm', "import winston from 'winston';\nconst l = winston.createLogger({});\nl.info('x');", emit('winston')],
    ['winston no options', 'esm', "import winston from 'winston';\nconst l = winston.createLogger();\nl.info('x');", emit('winston')],
    [
      'winston json format',
      'esm',
      "import { createLogger, format } from 'winston';\nconst l = createLogger({ format: format.json() });\nl.info('x');",
      emit('winston'),
    ],
    [
      'winston simple format',
      'esm',
      "import winston from 'winston';\nconst l = winston.createLogger({ format: winston.format.simple() });\nl.info('x');",
      emit('winston', false),
    ],
    [
      'winston printf format',
      'esm',
      "import { createLogger, format } from 'winston';\nconst { combine, printf } = format;\nconst l = createLogger({ format: combine(printf((i) => i.message)) });\nl.info('x');",
      emit('winston', false),
    ],
    [
      'winston format from another module is taken as JSON',
      'esm',
      "import { createLogger } from 'winston';\nimport { fmt } from './fmt';\nconst l = createLogger({ format: fmt });\nl.info('x');",
      emit('winston'),
    ],
    // lambda-log and dazn
    ['lambda-log default import', 'esm', "import log from 'lambda-log';\nlog.info('x');", emit('lambda-log')],
    ['lambda-log required', 'cjs', "const log = require('lambda-log');\nlog.warn('x');", emit('lambda-log')],
    ['lambda-log LambdaLog', 'esm', "import { LambdaLog } from 'lambda-log';\nconst log = new LambdaLog();\nlog.info('x');", emit('lambda-log')],
    ['dazn Log', 'esm', "import Log from '@dazn/lambda-powertools-logger';\nLog.debug('x');", emit('dazn')],
    ['dazn required', 'cjs', "const Log = require('@dazn/lambda-powertools-logger');\nLog.error('x');", emit('dazn')],
    // unknown: quiet
    ['a local class named Logger', 'ts', "class Logger { info(m: string) { return m; } }\nconst l = new Logger();\nl.info('x');", null],
    ['a user module exporting Logger', 'esm', "import { Logger } from './logger';\nconst l = new Logger();\nl.info('x');", null],
    ['a factory we cannot see', 'esm', "import { getLogger } from './log';\nconst l = getLogger();\nl.info('x');", null],
    ['a parameter', 'esm', "function f(logger) { logger.info('x'); }\nf(console);", null],
    // option loggers
    [
      'option loggers: package',
      'esm',
      "import { logger } from '@acme/log';\nlogger.info('x');",
      emit('custom'),
      { loggers: ['@acme/log'] },
    ],
    [
      'option loggers: a direct call of an import',
      'esm',
      "import { info } from '../../lib/log.js';\ninfo('x');",
      emit('custom'),
      { loggers: ['lib/log'] },
    ],
    [
      'option loggers: an instance made by the module',
      'cjs',
      "const { create } = require('@acme/log/lambda');\nconst l = create('svc');\nl.anything('x');",
      emit('custom'),
      { loggers: ['@acme/log'] },
    ],
    [
      'option loggers: another module does not match',
      'esm',
      "import { logger } from '@acme/logging-extra';\nlogger.info('x');",
      null,
      { loggers: ['@acme/log'] },
    ],
  ];

  it.each(cases)('%s (%s)', (_name, dialect, code, expected, options) => {
    expect(classifyLast(code, dialect, options)).toEqual(expected);
  });
});

describe('classifyMiddleware', () => {
  function middlewareOf(code: string, dialect: Dialect, options: LoggingOptions = {}): string | null {
    let result: string | null = null;
    let seen = false;
    runProbe(code, dialect, (context) => ({
      CallExpression(node) {
        const use = classifyMiddleware(node, context.sourceCode, options);
        if (use !== null) {
          seen = true;
          const hasOptions = use.options === null ? 'no options' : context.sourceCode.getText(use.options);
          result = `${use.kind}: ${hasOptions}`;
        }
      },
    }));
    return seen ? result : null;
  }

  const cases: [string, Dialect, string, string | null, LoggingOptions?][] = [
    [
      'Powertools middleware entry point',
      'esm',
      "import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';\ninjectLambdaContext(logger, { logEvent: true });",
      'powertools: { logEvent: true }',
    ],
    [
      'Powertools root export, renamed',
      'cjs',
      "const { injectLambdaContext: inject } = require('@aws-lambda-powertools/logger');\ninject(logger);",
      'powertools: no options',
    ],
    [
      'Powertools decorator',
      'ts',
      `${PT}class L { @logger.injectLambdaContext({ clearState: true }) async handler() {} }`,
      'powertools: { clearState: true }',
    ],
    [
      'a local injectLambdaContext function',
      'esm',
      'function injectLambdaContext() {}\ninjectLambdaContext(logger);',
      null,
    ],
    [
      'middy input-output-logger',
      'esm',
      "import inputOutputLogger from '@middy/input-output-logger';\ninputOutputLogger();",
      'input-output-logger: no options',
    ],
    [
      'option middlewares by name',
      'esm',
      'const withLogging = (f) => f;\nwithLogging(() => 1);',
      'custom: no options',
      { middlewares: ['withLogging'] },
    ],
    [
      'option middlewares by module',
      'esm',
      "import { requestLog } from '@acme/mw';\nrequestLog();",
      'custom: no options',
      { middlewares: ['@acme/mw'] },
    ],
    ['nothing configured', 'esm', 'withLogging(() => 1);', null],
  ];

  it.each(cases)('%s (%s)', (_name, dialect, code, expected, options) => {
    expect(middlewareOf(code, dialect, options)).toEqual(expected);
  });
});

describe('getFileLogging', () => {
  function analyse(code: string, dialect: Dialect, options: LoggingOptions = {}): FileLogging {
    let result: FileLogging | null = null;
    runProbe(code, dialect, (context) => ({
      Program() {
        result = getFileLogging(context, options);
        // computed once per file and options
        expect(getFileLogging(context, options)).toBe(result);
      },
    }));
    if (result === null) throw new Error('probe did not run');
    return result;
  }

  it('collects log calls in source order, at any depth', () => {
    const logging = analyse(
      `${PT}function a() { if (x) { for (;;) { logger.info('deep'); } } }\nconsole.log('top');\nlogger.appendKeys({});`,
      'ts',
    );
    expect(logging.logCalls.map((call) => `${call.logger.library}.${call.method}:${call.kind}`)).toEqual([
      'powertools.info:emit',
      'console.log:emit',
      'powertools.appendKeys:context',
    ]);
    expect(logging.hasUnknownLogCall).toBe(false);
  });

  it('lists the structured module loggers (declared and imported)', () => {
    const logging = analyse(
      "import log from 'lambda-log';\nimport pino from 'pino';\nexport const p = pino();\nconst w = require('winston').createLogger({ format: require('winston').format.simple() });",
      'esm',
    );
    expect(logging.moduleLoggers.map((logger) => `${logger.name}:${logger.logger.library}`)).toEqual([
      'log:lambda-log',
      'p:pino',
    ]);
  });

  it('notes a log-level call on an unidentified logger-named receiver', () => {
    expect(analyse("import { logger } from './logger';\nlogger.info('x');", 'esm').hasUnknownLogCall).toBe(true);
    expect(analyse("import { appLogger } from './logger';\nappLogger.warn('x');", 'esm').hasUnknownLogCall).toBe(true);
    expect(analyse("import { catalog } from './catalog';\ncatalog.info('x');", 'esm').hasUnknownLogCall).toBe(false);
    expect(analyse("import { logger } from './logger';\nlogger.flush();", 'esm').hasUnknownLogCall).toBe(false);
    // Only the level-method calls are listed: a helper named for logging may pick fields of what it is given
    const unknown = analyse("import { logger } from './logger';\nlogger.info('x');\nlogger.logRequest('y');", 'esm');
    expect(unknown.hasUnknownLogCall).toBe(true);
    expect(unknown.unknownLevelCalls.map((call) => call.loc.start.line)).toEqual([2]);
  });

  it('finds middleware and decorators', () => {
    const logging = analyse(
      `${PT}import middy from '@middy/core';\nimport { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';\nimport { requestLogger } from '@acme/mw';\nmiddy(() => 1).use(injectLambdaContext(logger)).use([requestLogger]);\nclass A { @logger.injectLambdaContext() h() {} }`,
      'ts',
      { middlewares: ['@acme/mw'] },
    );
    expect(logging.middlewares.map((use) => use.kind).sort()).toEqual(['custom', 'powertools', 'powertools']);
  });

  it.each<[string, Dialect, string, boolean]>([
    ['a router option', 'ts', `${PT}import { Router } from '@aws-lambda-powertools/event-handler/http';\nnew Router({ logger });`, true],
    ['a renamed option', 'ts', `${PT}import { Router } from '@aws-lambda-powertools/event-handler/http';\nnew Router({ log: logger });`, true],
    ['a call argument', 'esm', "import pino from 'pino';\nconst log = pino();\nwithAudit(handler, log);", true],
    ['inside an array argument', 'esm', "import pino from 'pino';\nconst log = pino();\nsetup([log]);", true],
    ['a child logger', 'esm', "import pino from 'pino';\nconst log = pino().child({ a: 1 });\nsetup({ logger: log });", true],
    ['a Powertools middleware is not a hand-off', 'ts', `${PT}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';\ninjectLambdaContext(logger);`, false],
    ['logging the logger is not a hand-off', 'ts', `${PT}console.log(logger);\nlogger.info('x', { logger });`, false],
    ['a text-format winston logger is not structured', 'esm', "import winston from 'winston';\nconst w = winston.createLogger({ format: winston.format.simple() });\nsetup({ w });", false],
    ['an unknown logger', 'esm', "import { logger } from './logger';\nsetup({ logger });", false],
    ['a logger as a property key only', 'esm', "setup({ logger: 1 });", false],
  ])('loggerHandedOff: %s', (_name, dialect, code, expected) => {
    expect(analyse(code, dialect).loggerHandedOff).toBe(expected);
  });

  it.each<[string, Dialect, string, boolean]>([
    ['aws-serverless-express import', 'esm', "import { proxy } from 'aws-serverless-express';", true],
    ['a subpath import', 'esm', "import { eventContext } from 'aws-serverless-express/middleware';", true],
    ['serverless-http require', 'cjs', "const serverless = require('serverless-http');", true],
    ['a dynamic import', 'esm', "const m = await import('@vendia/serverless-express');", true],
    ['a local require shadowing the global', 'cjs', "function f(require) { return require('serverless-http'); }", false],
    ['express alone', 'esm', "import express from 'express';", false],
    ['a look-alike name', 'esm', "import x from 'serverless-http-extra';", false],
  ])('usesFrameworkAdapter: %s', (_name, dialect, code, expected) => {
    expect(analyse(code, dialect).usesFrameworkAdapter).toBe(expected);
  });

  // As deep as espree parses inside vitest; the analysis itself is iterative.
  it('survives deep nesting and a long concatenation', () => {
    const deep = `${'{'.repeat(1_500)}console.log('x' + y);${'}'.repeat(1_500)}`;
    expect(analyse(deep, 'esm').logCalls).toHaveLength(1);
    const long = `console.log('a'${" + y + 'b'".repeat(1_000)});`;
    expect(analyse(long, 'esm').logCalls).toHaveLength(1);
  });
});

describe('matchSensitiveName', () => {
  const cases: [string, string | null][] = [
    ['password', 'password'],
    ['userPassword', 'password'],
    ['user_password', 'password'],
    ['DB_PASSWORD', 'password'],
    ['Authorization', 'authorization'],
    ['accessToken', 'token'],
    ['idToken', 'token'],
    ['AWS_SESSION_TOKEN', 'token'],
    ['x-api-key', 'apiKey'],
    ['apiKey', 'apiKey'],
    ['API_KEY', 'apiKey'],
    ['partnerAPIKey', 'apiKey'],
    ['clientSecret', 'secret'],
    ['secretAccessKey', 'accessKey'],
    ['privateKey', 'privateKey'],
    ['credentials', 'credentials'],
    ['jwt', 'jwt'],
    ['oauth2Token', 'token'],
    ['token2', 'token'],
    // plurals, and the form of a value after its name
    ['tokens', null],
    ['accessTokens', 'token'],
    ['requestToken', 'token'],
    ['userRequestToken', 'token'],
    ['id_tokens', 'token'],
    ['accessTokens', 'token'],
    ['passwords', 'password'],
    ['secrets', 'secrets'],
    ['credentials', 'credentials'],
    ['SecretString', 'secret'],
    ['SecretBinary', 'secret'],
    ['secretValue', 'secret'],
    ['api_key_value', 'apiKey'],
    // not secrets
    ['tokenizer', null],
    ['tokenCount', null],
    ['maxTokens', null],
    ['max_new_tokens', null],
    ['totalTokens', null],
    ['nextTokens', null],
    ['inputTokens', null],
    ['taskToken', null],
    ['executionToken', null],
    ['execution_token', null],
    ['usage_output_tokens', null],
    ['promptTokens', null],
    ['completion_tokens', null],
    ['cacheReadInputTokens', null],
    ['modelMaxTokens', null],
    // numbers about a model's tokens: the words say so
    ['estimatedTokens', null],
    ['usedTokens', null],
    ['remaining_tokens', null],
    ['millionTokens', null],
    ['timeToFirstToken', null],
    ['avgTimeToFirstToken', null],
    ['time_to_refresh_token', null],
    ['perMillionTokens', null],
    ['pricePerMillionTokens', null],
    ['price_per_1k_tokens', null],
    ['per1KTokens', null],
    ['perToken', null],
    ['costPerToken', null],
    ['costPerUserToken', null],
    ['numberOfTokens', null],
    ['tokensPerSecond', null],
    ['tokenUsage', null],
    ['firstTokenLatency', null],
    ['outputTokenCount', null],
    // and credentials beside them
    ['refreshToken', 'token'],
    ['sessionToken', 'token'],
    ['authTokens', 'token'],
    ['bearerTokens', 'token'],
    ['apiTokens', 'token'],
    ['githubToken', 'token'],
    ['csrfToken', 'token'],
    ['tokenSecret', 'secret'],
    ['remainingAuthTokens', 'token'],
    ['usedToken', 'token'],
    ['estimatedToken', 'token'],
    ['perUserToken', 'token'],
    ['timeToken', 'token'],
    ['secretStringTemplate', null],
    ['value', null],
    ['string', null],
    ['secretName', null],
    ['secretArn', null],
    ['secretsManagerArn', null],
    ['apiKeyId', null],
    ['accessKeyId', null],
    ['passwordPolicy', null],
    ['authorizer', null],
    ['authorizationType', null],
    ['nextToken', null],
    ['NextToken', null],
    ['continuationToken', null],
    ['continueToken', null],
    ['nextPageToken', null],
    ['cursorToken', null],
    ['fencingToken', null],
    ['nextFencingToken', null],
    ['fencing_token', null],
    ['progressToken', null],
    ['lockToken', null],
    ['LockToken', null],
    ['lock_token', null],
    ['LockTokens', null],
    ['leaseToken', 'token'],
    ['unlockToken', 'token'],
    ['clientToken', null],
    ['ClientRequestToken', null],
    ['client_request_token', null],
    ['hasToken', null],
    ['isSecret', null],
    ['requirePassword', null],
    ['issueTokens', null],
    // the name a secret goes by
    ['cookie_name_access_token', null],
    ['cookieNameIdToken', null],
    // a name alone does not say how a token was decoded (a JWT's claims, or a base64 token that is the token)
    ['decodedIdToken', 'token'],
    ['decodedPassword', 'password'],
    ['userName', null],
    ['usernamePassword', 'password'],
    ['userNamePassword', 'password'],
    ['db_name_password', 'password'],
    ['firstNameToken', 'token'],
    ['fieldNameCsrfToken', 'token'],
    ['monkey', null],
    ['', null],
    ['___', null],
    ['ünïcødé', null],
    ['x'.repeat(10_000), null],
  ];

  it.each(cases)('%s → %s', (name, expected) => {
    expect(matchSensitiveName(name)).toBe(expected);
  });

  it('uses the given terms, matched on word parts', () => {
    expect(matchSensitiveName('userSsn', ['ssn'])).toBe('ssn');
    expect(matchSensitiveName('card_number', ['cardNumber'])).toBe('cardNumber');
    expect(matchSensitiveName('password', ['ssn'])).toBeNull();
    expect(matchSensitiveName('lesson', ['ssn'])).toBeNull();
  });
});

describe('namesNotSecret', () => {
  it.each([
    ['taskToken', true],
    ['appAccountToken', true],
    ['ExecutionToken', true],
    ['TaskToken', true],
    ['task_token', true],
    ['NextToken', true],
    ['ClientRequestToken', true],
    ['outputTokens', true],
    ['fencingToken', true],
    ['LockToken', true],
    ['lock_token', true],
    ['estimatedTokens', true],
    ['timeToFirstToken', true],
    ['pricePerMillionTokens', true],
    ['remainingAuthTokens', false],
    ['token', false],
    ['accessToken', false],
    ['secretTaskTokenValue', false],
    ['', false],
  ])('%s → %s', (name, expected) => {
    expect(namesNotSecret(name)).toBe(expected);
  });
});

describe('nameParts', () => {
  it.each([
    ['accessToken', ['access', 'token']],
    ['APIKey', ['api', 'key']],
    ['X_API_KEY', ['x', 'api', 'key']],
    ['x-api-key', ['x', 'api', 'key']],
    ['oauth2Token', ['oauth', 'token']],
    ['already', ['already']],
    ['', []],
  ])('%s', (name, expected) => {
    expect(nameParts(name)).toEqual(expected);
  });
});

describe('moduleMatches', () => {
  it.each([
    ['@acme/log', '@acme/log', true],
    ['@acme/log/lambda', '@acme/log', true],
    ['@acme/logging', '@acme/log', false],
    ['../lib/logger', 'lib/logger', true],
    ['../../lib/logger.js', './lib/logger', true],
    ['./logger/index.ts', 'logger', true],
    ['../lib/logger-utils', 'lib/logger', false],
    ['../otherlib/logger', 'lib/logger', false],
    ['lib/logger', 'lib/logger', true],
    // path aliases of the project's own files match by the same suffix rule
    ['@/utils/logger', 'utils/logger', true],
    ['~/utils/logger.ts', './utils/logger', true],
    ['#utils/logger', 'utils/logger', true],
    ['#logger', 'logger', true],
    ['src/utils/logger', 'utils/logger', true],
    ['@/utils/logger-utils', 'utils/logger', false],
    // a package is no path of the project: `@acme/utils/logger` is a subpath of `@acme/utils` only
    ['@acme/utils/logger', 'utils/logger', false],
    ['lib/logger', 'logger', false],
    ['pino', '', false],
  ])('%s vs %s → %s', (specifier, entry, expected) => {
    expect(moduleMatches(specifier, entry)).toBe(expected);
  });
});

describe('quoteString', () => {
  it.each([
    ['order placed', "'", "'order placed'"],
    ["it's", "'", "'it\\'s'"],
    ['say "hi"', '"', '"say \\"hi\\""'],
    ['a\\b', "'", "'a\\\\b'"],
    ['line\nbreak', "'", "'line\\nbreak'"],
    ['\u2028', "'", "'\\u2028'"],
  ] as const)('%j', (text, quote, expected) => {
    expect(quoteString(text, quote)).toBe(expected);
  });
});
