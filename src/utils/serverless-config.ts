import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, resolve, sep } from 'node:path';
import {
  enclosingOpen,
  isCdkScheduleOnly,
  makesUnnamedHandler,
  propertyValue,
  skipSpaceAndComments,
} from './cdk-text.js';

/**
 * The exports a Serverless Framework config names as handlers of a source file: `functions: hello: handler:
 * src/handlers/user.get` in the nearest `serverless.yml` (`.yaml`, `.json`) makes `get` a handler of
 * `src/handlers/user.{js,ts,…}`, relative to the config's directory. The template's `module.exports.hello = async
 * (event) => …` with `handler: handler.hello` is a handler under a name nothing in the file says is one.
 *
 * A line reader, not a YAML parser: `handler:` keys (in any mapping; quoted or not, a `# comment` after), their
 * values when they are plain paths; `provider:`'s own `name:`; a function's `events:` items by their keys, and a
 * `url:` of it. A value with a variable (`${self:custom.dir}/x.main`) cannot be resolved and is
 * skipped, as are block scalars, anchors and tags. Any file system error means no config.
 *
 * Cost: per process, each directory's own config (and whether it is a repository root) and each config's entries
 * are cached, and checked again after `RECHECK_MS` (a `stat` of a config, re-read only when its time or size
 * changed; a `stat` of a directory, listed again only when its entries changed since it was listed), so an editor
 * that stays open sees a new or edited config, and a lint run pays a few map lookups per file. The cache holds facts about the disk, not about a lint run: each worker thread of `--concurrency` keeps its
 * own, and every answer is still correct after the next file.
 */

/**
 * Config names, in the order the Serverless Framework looks for them; then a CDK app's `cdk.json`, whose stacks name
 * handlers in code (`handler: 'fat-lambda.add'`, see `readCodeApp`; a `template.yaml` beside it is one synthesized
 * from them, for SAM's local runs, its code paths the build's); then an SST app's `sst.config.ts`, whose code names
 * handlers the same way (`handler: 'src/notes.main'`, `api.route('GET /', 'src/get.handler')`); then AWS SAM's
 * template names.
 */
const CONFIG_NAMES = [
  'serverless.yml',
  'serverless.yaml',
  'serverless.json',
  'cdk.json',
  'sst.config.ts',
  'template.yaml',
  'template.yml',
  'resource.ts',
] as const;
/** A SAM or CloudFormation template counts as a config only when it declares a function. */
const TEMPLATE_FUNCTION_TYPES = ['AWS::Serverless::Function', 'AWS::Lambda::Function'] as const;
/** Configs written in code, not read: their directory is still a service's, so the search stops there. */
const CODE_CONFIG_NAMES = ['serverless.ts', 'serverless.js'] as const;
/** Directories looked at, the file's own included: a service's handlers sit a few levels below its config. */
const MAX_LEVELS = 12;
/** How long a directory's or a config's cached state is trusted before the disk is asked again. */
const RECHECK_MS = 3000;
/**
 * How long "no config above this directory" is trusted: most linted files have none (a library, a CDK app), and a
 * search of their directories again (a few `stat`s each) costs a long-lived process (an editor, the bench) about as
 * much as all of handler detection each time it runs. A config created while an editor is open is seen within this
 * time, or when the editor restarts ESLint.
 */
const ABSENT_RECHECK_MS = 5 * 60_000;
/**
 * A directory's time may be this coarse (FAT keeps two seconds): a change this close before a listing may have
 * come after it.
 */
const MTIME_GRANULARITY_MS = 2000;
/** Larger configs are generated or not a service's: not read. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Directories remembered before the cache starts over (a long editor session across many projects). */
const MAX_CACHED_DIRECTORIES = 10_000;
/** Source files a handler path can name (the Framework, its esbuild and TypeScript plugins resolve these). */
const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
/** An export a handler path can name: one JavaScript name (nested paths, `file.a.b`, are not followed). */
const EXPORT_NAME = /^[A-Za-z_$][\w$]*$/u;
/** The key as YAML may write it. */
const YAML_HANDLER_KEYS = ['handler', '"handler"', "'handler'"] as const;

const NONE: ReadonlySet<string> = new Set();

interface DirectoryState {
  /** The config file in this directory, or null. */
  config: string | null;
  /** A repository root (`.git`), or a service configured in code (`serverless.ts`): the search stops here. */
  root: boolean;
  /** A service configured in code (`serverless.ts`, `serverless.js`) is here: its files are a Lambda service's. */
  codeConfig: boolean;
  checkedAt: number;
  /** When the directory was listed: its entries stand while its time says nothing changed since (`listingStands`). */
  listedAt: number;
  /** The config names the listing held that are files, in search order (templates are read again when edited). */
  candidates: readonly string[];
  /** A function's config module the listing held (`index.ts`: see `siblingModuleConfig`), or null. */
  sibling: string | null;
  /** The files of OFF_AWS_HOST_NAMES the listing held, and whether it held a `package.json` (see `runsOffAws`). */
  hosts: readonly string[];
  packageJson: boolean;
}

interface TemplateState {
  mtimeMs: number;
  size: number;
  declaresFunction: boolean;
}

interface ConfigState {
  mtimeMs: number;
  size: number;
  checkedAt: number;
  /** When the config was read (a CDK app's stacks: see `serviceConfig`). */
  readAt: number;
  config: ServiceConfig;
}

/** What a config says of the files of its service. */
export interface ServiceConfig {
  /** Module path (absolute, without extension) → the export names its functions' `handler` entries name. */
  exports: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * A Serverless Framework service for another cloud (`provider: name: azure`, `openwhisk`, `tencent`, …): its
   * functions are not Lambda functions, whatever their names or signatures.
   */
  otherCloud: boolean;
  /**
   * Module path → the export names whose every function the config triggers only on a schedule (SAM's `Schedule` /
   * `ScheduleV2` events, the Framework's `- schedule:`): the event is EventBridge's (or the input the config gives),
   * never a caller's.
   */
  scheduled: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * A CDK app's handler entries by the module's file name (`fat-lambda` → `add`): its stacks name a module inside an
   * asset directory the code computes (`Code.fromAsset(path.join(__dirname, '../lambda-fns'))`), so only the name is
   * known.
   */
  byFileName?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Of `byFileName`, the exports whose every function of the app only schedules run (see `isCdkScheduleOnly`). */
  scheduledByFileName?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Module file names many modules of one app share (a package's entry, a web server's). */
const SHARED_MODULE_NAMES: ReadonlySet<string> = new Set(['index', 'main', 'app', 'server', 'handler', 'lambda']);

const NO_CONFIG: ServiceConfig = Object.freeze({ exports: new Map(), otherCloud: false, scheduled: new Map() });
/**
 * The answer for a file: the exports the config names as its handlers, whether the service is another cloud's, and
 * which of the exports run only on schedules.
 */
export interface FileServiceConfig {
  exports: ReadonlySet<string>;
  otherCloud: boolean;
  /** Of `exports`, those run only on a schedule. */
  scheduled: ReadonlySet<string>;
  /**
   * The exports come from a CDK app's entries matched by a file name many modules of an app share (`index.handler`
   * names `handler` in every `index.*` of the app, a web package's too): they make a function a handler, not any
   * other value. (An entry of another name, `lambda/orders.ts`, is as good as its path.)
   */
  byFileNameOnly?: boolean;
}
const NO_FILE_CONFIG: FileServiceConfig = Object.freeze({ exports: NONE, otherCloud: false, scheduled: NONE });

const directories = new Map<string, DirectoryState>();
/** A linted file's directory → the nearest config above it (null: none), and when that was found. */
const nearest = new Map<string, { config: string | null; checkedAt: number }>();
const configs = new Map<string, ConfigState>();
/** A SAM template's path → whether it declares a function, as of its time and size then. */
const templates = new Map<string, TemplateState>();
const lastDirectory: { path: string; config: string | null; checkedAt: number } = { path: '', config: null, checkedAt: 0 };

/**
 * The export names the nearest Serverless Framework config names as handlers of `filename` (absolute; anything
 * else, `<input>` or `<text>`, has none). Never throws.
 */
export function serverlessHandlerExports(filename: string, now: number = Date.now()): ReadonlySet<string> {
  return serviceConfigOf(filename, now).exports;
}

/**
 * What the nearest Serverless Framework config or SAM template says of `filename` (absolute; anything else,
 * `<input>` or `<text>`, has none): the exports it names as the file's handlers, whether its service is another
 * cloud's, and which of them it runs only on schedules. Never throws.
 */
export function serviceConfigOf(filename: string, now: number = Date.now()): FileServiceConfig {
  try {
    const source = sourceFile(filename);
    if (source === null) return NO_FILE_CONFIG;
    const { file, directory, extension } = source;
    // Files of one directory are linted one after another: the last directory's answer, without a lookup
    let config: string | null;
    if (directory === lastDirectory.path && now - lastDirectory.checkedAt < RECHECK_MS) config = lastDirectory.config;
    else {
      config = nearestConfig(directory, now);
      lastDirectory.path = directory;
      lastDirectory.config = config;
      lastDirectory.checkedAt = now;
    }
    const module = file.slice(0, -extension.length);
    if (config === null) return siblingModuleConfig(directory, module, now);
    const service = serviceConfig(config, now);
    if (service.otherCloud) return { exports: NONE, otherCloud: true, scheduled: NONE };
    const exports = service.exports.get(module);
    if (exports !== undefined) return { exports, otherCloud: false, scheduled: service.scheduled.get(module) ?? NONE };
    const fileName = module.slice(Math.max(module.lastIndexOf('/'), module.lastIndexOf('\\')) + 1);
    const named = service.byFileName?.get(fileName);
    if (named === undefined) return siblingModuleConfig(directory, module, now);
    return {
      exports: named,
      otherCloud: false,
      scheduled: service.scheduledByFileName?.get(fileName) ?? NONE,
      byFileNameOnly: SHARED_MODULE_NAMES.has(fileName),
    };
  } catch {
    return NO_FILE_CONFIG;
  }
}

/**
 * The exports a function's config module beside the file names as its handlers: the Serverless Framework's
 * TypeScript template writes each function's config in its directory's `index.ts` (`handler:
 * \`${handlerPath(__dirname)}/handler.main\``, `serverless.ts` importing it), a path relative to that directory. Read
 * from `index.ts` / `index.js` of the file's own directory, when its listing holds one (remembered for `RECHECK_MS`,
 * or `ABSENT_RECHECK_MS` when it names none): each template literal that starts with an expression of `__dirname` and
 * goes on with `/file.export`. None when there is no such module.
 */
function siblingModuleConfig(directory: string, module: string, now: number): FileServiceConfig {
  let state = siblingModules.get(directory);
  // Most directories have none: trusted as long as an absent config is
  const trusted = state?.exports === NO_SIBLING_EXPORTS ? ABSENT_RECHECK_MS : RECHECK_MS;
  if (state === undefined || now - state.checkedAt >= trusted) {
    if (siblingModules.size >= MAX_CACHED_DIRECTORIES) siblingModules.clear();
    const name = directoryState(directory, now).sibling;
    state = { checkedAt: now, exports: name === null ? NO_SIBLING_EXPORTS : readSiblingModule(join(directory, name), directory) };
    siblingModules.set(directory, state);
  }
  const exports = state.exports.get(module);
  return exports === undefined ? NO_FILE_CONFIG : { exports, otherCloud: false, scheduled: NONE };
}

/** Per directory: the handler exports its config module names, by module path (absolute, without extension). */
const siblingModules = new Map<string, { checkedAt: number; exports: ReadonlyMap<string, ReadonlySet<string>> }>();

const NO_SIBLING_EXPORTS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

function readSiblingModule(path: string, directory: string): ReadonlyMap<string, ReadonlySet<string>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return NO_SIBLING_EXPORTS;
  }
  if (text.length > MAX_SIBLING_CONFIG_LENGTH || !text.includes('__dirname')) return NO_SIBLING_EXPORTS;
  const found = new Map<string, Set<string>>();
  for (const match of text.matchAll(DIRNAME_HANDLER)) {
    if (!match[1]!.includes('__dirname')) continue;
    const module = join(directory, match[2]!);
    let names = found.get(module);
    if (names === undefined) found.set(module, (names = new Set()));
    names.add(match[3]!);
  }
  return found.size === 0 ? NO_SIBLING_EXPORTS : found;
}

/** A function's config module, beside its handler file. */
const SIBLING_CONFIG_NAMES = ['index.ts', 'index.js'] as const;
/** A config module is a few lines: a longer `index` file is some other module. */
const MAX_SIBLING_CONFIG_LENGTH = 20_000;
/** `` `${handlerPath(__dirname)}/handler.main` ``: an expression (checked for `__dirname`), then `/path/file.export`. */
const DIRNAME_HANDLER = /`\$\{([^`}]{1,80})\}\/([\w-]+(?:\/[\w-]+)*)\.([A-Za-z_$][\w$]*)`/g;

/**
 * Can `serviceConfigOf(filename)` answer from memory, without asking the disk (the file's directory or the last
 * one, and its config, looked at less than `RECHECK_MS` ago; or no source file at all)? Never throws.
 */
export function knowsServiceConfig(filename: string, now: number = Date.now()): boolean {
  try {
    const source = sourceFile(filename);
    if (source === null) return true;
    const { directory } = source;
    let config: string | null;
    if (directory === lastDirectory.path && now - lastDirectory.checkedAt < RECHECK_MS) config = lastDirectory.config;
    else {
      const cached = nearest.get(directory);
      const trusted = cached === undefined ? 0 : cached.config === null ? ABSENT_RECHECK_MS : RECHECK_MS;
      if (cached === undefined || now - cached.checkedAt >= trusted) return false;
      config = cached.config;
    }
    if (config === null) return true;
    const cached = configs.get(config);
    return cached !== undefined && now - cached.checkedAt < RECHECK_MS;
  } catch {
    return false;
  }
}

/**
 * A source file's absolute path (normalised), its directory and its extension; null for a name that is no source
 * file's (`<input>`, a relative path, `x.json`). Path arithmetic by hand: this runs for every linted file, and
 * `path`'s normalising costs more than the lookup.
 */
function sourceFile(filename: string): { file: string; directory: string; extension: string } | null {
  // Asked twice per file (`knowsServiceConfig`, then `serviceConfigOf`): the last answer serves the second
  if (filename === lastSource.filename) return lastSource.result;
  const result = readSourceFile(filename);
  lastSource.filename = filename;
  lastSource.result = result;
  return result;
}

const lastSource: { filename: string; result: { file: string; directory: string; extension: string } | null } = {
  filename: '',
  result: null,
};

function readSourceFile(filename: string): { file: string; directory: string; extension: string } | null {
  const slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
  const dot = filename.lastIndexOf('.');
  if (dot <= slash || !SOURCE_EXTENSIONS.has(filename.slice(dot))) return null;
  if (!isAbsolute(filename)) return null;
  // An ESLint path is absolute and normalised; one that is not (`/a/./b.js`) is normalised first
  const file = /[\\/]\.\.?[\\/]|[\\/]{2}/u.test(filename) ? resolve(filename) : filename;
  const directory = file === filename && slash > 2 ? filename.slice(0, slash) : dirname(file);
  return { file, directory, extension: filename.slice(dot) };
}

/** The first config in `directory` or above it, not above a repository root; remembered per directory. */
function nearestConfig(start: string, now: number): string | null {
  const cached = nearest.get(start);
  if (cached !== undefined && now - cached.checkedAt < (cached.config === null ? ABSENT_RECHECK_MS : RECHECK_MS)) {
    return cached.config;
  }
  const config = searchConfig(start, now);
  if (nearest.size >= MAX_CACHED_DIRECTORIES) nearest.clear();
  nearest.set(start, { config, checkedAt: now });
  return config;
}

function searchConfig(start: string, now: number): string | null {
  let directory = start;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const state = directoryState(directory, now);
    if (state.config !== null) return state.config;
    if (state.root) return null;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
  return null;
}

function directoryState(directory: string, now: number): DirectoryState {
  const cached = directories.get(directory);
  if (cached !== undefined && now - cached.checkedAt < RECHECK_MS) return cached;
  if (cached !== undefined && listingStands(directory, cached, now)) {
    // The same entries: only a template's text may have changed
    cached.config = firstConfig(directory, cached.candidates, now);
    cached.checkedAt = now;
    return cached;
  }
  // One listing of the directory answers for every name (a `stat` per name costs more)
  const entries = listing(directory);
  const candidates = CONFIG_NAMES.filter(
    (name) =>
      entries.has(name) && (countsOnlyWithFunction(name) || statSync(join(directory, name), { throwIfNoEntry: false })?.isFile() === true),
  );
  const config = firstConfig(directory, candidates, now);
  const codeConfig = CODE_CONFIG_NAMES.some((name) => entries.has(name));
  const root = config === null && (entries.has('.git') || codeConfig);
  if (directories.size >= MAX_CACHED_DIRECTORIES) directories.clear();
  const sibling = SIBLING_CONFIG_NAMES.find((name) => entries.has(name)) ?? null;
  const hosts = OFF_AWS_HOST_NAMES.filter((name) => entries.has(name));
  const state: DirectoryState = {
    config,
    root,
    codeConfig,
    checkedAt: now,
    listedAt: now,
    candidates,
    sibling,
    hosts,
    packageJson: entries.has('package.json'),
  };
  directories.set(directory, state);
  return state;
}

/**
 * Are a directory's entries still those it had when listed? Its modification time changes whenever an entry is
 * added, removed or renamed: one `stat` instead of a listing (a directory of hundreds of files costs far more to
 * list). Trusted only for a change well before the listing (`MTIME_GRANULARITY_MS`: some file systems keep
 * seconds, or two), and for `ABSENT_RECHECK_MS` at most (a network file system's clock may not be ours).
 */
function listingStands(directory: string, state: DirectoryState, now: number): boolean {
  if (now - state.listedAt >= ABSENT_RECHECK_MS) return false;
  const stats = statSync(directory, { throwIfNoEntry: false });
  return stats !== undefined && stats.mtimeMs + MTIME_GRANULARITY_MS < state.listedAt;
}

/** The first of a directory's config names that is a config: a template only when it declares a function. */
function firstConfig(directory: string, names: readonly string[], now: number): string | null {
  for (const name of names) {
    const path = join(directory, name);
    if (!countsOnlyWithFunction(name) || declaresFunction(path, now)) return path;
  }
  return null;
}

function serviceConfig(path: string, now: number): ServiceConfig {
  const cached = configs.get(path);
  if (cached !== undefined && now - cached.checkedAt < RECHECK_MS) return cached.config;
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isFile()) {
    configs.delete(path);
    return NO_CONFIG;
  }
  const app = codeAppOf(basename(path));
  // A CDK or SST app's stacks are other files than the one whose time is compared: read again after a while
  const stale = app !== null && cached !== undefined && now - cached.readAt >= ABSENT_RECHECK_MS;
  if (cached !== undefined && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size && !stale) {
    cached.checkedAt = now;
    return cached.config;
  }
  let config: ServiceConfig;
  if (app !== null) config = readCodeApp(dirname(path), app);
  else config = stats.size > MAX_CONFIG_BYTES ? NO_CONFIG : readConfig(path, readFileSync(path, 'utf8'));
  configs.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, checkedAt: now, readAt: now, config });
  return config;
}

/** The names in `directory`; none when it cannot be read (it may not exist: an editor's unsaved file). */
function listing(directory: string): ReadonlySet<string> {
  try {
    return new Set(readdirSync(directory));
  } catch {
    return NONE;
  }
}

/**
 * A config name that counts only when its file declares a function: an AWS SAM (or CloudFormation) template
 * (`template.yaml`, `template.yml`), or an Amplify Gen 2 `resource.ts`.
 */
function countsOnlyWithFunction(name: string): boolean {
  return name.startsWith('template.') || name === AMPLIFY_RESOURCE;
}

/**
 * An Amplify Gen 2 function's definition, beside its code (`amplify/functions/daily/resource.ts`): a config only when
 * it defines a function with `defineFunction` of `@aws-amplify/backend` (many projects have a `resource.ts` of their
 * own).
 */
const AMPLIFY_RESOURCE = 'resource.ts';

/**
 * Is `path` a template file that declares a Lambda function (a SAM template named so may be any other YAML)? When
 * it is, its entries are read and cached from the same read: the search found the config a file's lookup reads
 * next.
 */
function declaresFunction(path: string, now: number): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isFile() || stats.size > MAX_CONFIG_BYTES) return false;
  // Read again only when edited: most templates of a repository are looked at from many directories
  const known = templates.get(path);
  if (known !== undefined && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return known.declaresFunction;
  const text = readFileSync(path, 'utf8');
  const declares =
    basename(path) === AMPLIFY_RESOURCE
      ? text.includes('defineFunction') && text.includes('@aws-amplify/backend')
      : TEMPLATE_FUNCTION_TYPES.some((type) => text.includes(type));
  if (templates.size >= MAX_CACHED_DIRECTORIES) templates.clear();
  templates.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, declaresFunction: declares });
  if (declares) {
    configs.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, checkedAt: now, readAt: now, config: readConfig(path, text) });
  }
  return declares;
}

/** The handler entries of a config's text: module path (absolute, no extension) → export names. */
export function readHandlers(path: string, text: string): ReadonlyMap<string, ReadonlySet<string>> {
  return readConfig(path, text).exports;
}

/**
 * What a config's text says: its handler entries, whether it configures a service of another cloud, and which
 * entries run only on schedules.
 */
export function readConfig(path: string, text: string): ServiceConfig {
  const directory = dirname(path);
  const name = basename(path);
  const { values, provider, includes } = name === AMPLIFY_RESOURCE
    ? { values: amplifyHandlerValues(text), provider: null }
    : countsOnlyWithFunction(name)
    ? { values: templateHandlerValues(text), provider: null }
    : path.endsWith('.json')
      ? jsonHandlerValues(text)
      : yamlHandlerValues(text);
  // A name written out that is not `aws` (a variable, `${opt:provider}`, may be any: not another cloud's for sure)
  if (provider !== null && provider !== '' && provider !== 'aws' && !provider.includes('${')) {
    return { exports: new Map(), otherCloud: true, scheduled: new Map() };
  }
  if (includes !== undefined && includes.length > 0) values.push(...includedHandlerValues(directory, includes));
  const exports = new Map<string, Set<string>>();
  /** Module → export → whether every function naming it runs only on a schedule. */
  const scheduledOnly = new Map<string, Map<string, boolean>>();
  for (const { handler, scheduled } of values) {
    const target = handlerTarget(handler);
    if (target === null) continue;
    const module = resolve(directory, target.module);
    let names = exports.get(module);
    if (names === undefined) exports.set(module, (names = new Set()));
    names.add(target.exportName);
    let byName = scheduledOnly.get(module);
    if (byName === undefined) scheduledOnly.set(module, (byName = new Map()));
    byName.set(target.exportName, (byName.get(target.exportName) ?? true) && scheduled);
  }
  const scheduled = new Map<string, Set<string>>();
  for (const [module, byName] of scheduledOnly) {
    const names = [...byName].filter(([, only]) => only).map(([exportName]) => exportName);
    if (names.length > 0) scheduled.set(module, new Set(names));
  }
  return { exports, otherCloud: false, scheduled };
}

/**
 * The functions an Amplify Gen 2 `resource.ts` defines: `defineFunction({ entry: './handler.ts', schedule: 'every 1h'
 * })` runs the `handler` export of its entry (`./handler.ts` when none is written), only on its schedule when it has
 * one (Amplify gives such a function no other trigger; a trigger added elsewhere, in `backend.ts`, is not seen, as a
 * CDK app's other stacks are). An entry that is not a plain string is skipped.
 */
function amplifyHandlerValues(text: string): HandlerValue[] {
  const values: HandlerValue[] = [];
  for (let at = text.indexOf('defineFunction'); at !== -1; at = text.indexOf('defineFunction', at + 1)) {
    const open = text.indexOf('(', at);
    if (open === -1) break;
    const brace = skipSpaceAndComments(text, open + 1, text.length);
    if (text.charCodeAt(brace) !== 0x7b /* { */) continue;
    const entry = propertyValue(text, brace, 'entry');
    let module = './handler';
    if (entry !== null) {
      const written = AMPLIFY_ENTRY.exec(text.slice(entry.start, entry.end).trim());
      if (written === null) continue;
      module = (written[1] ?? written[2] ?? written[3])!.replace(/\.(?:[cm]?[jt]s|[jt]sx)$/u, '');
    }
    values.push({ handler: `${module}.handler`, scheduled: propertyValue(text, brace, 'schedule') !== null });
  }
  return values;
}

/** A plain string entry: `'./handler.ts'`, `"../shared/run.ts"`. */
const AMPLIFY_ENTRY = /^(?:'([^'$\\\n]{1,300})'|"([^"$\\\n]{1,300})"|`([^`$\\\n]{1,300})`)$/u;

/** Directories of a CDK app not read for its stacks: dependencies, build output, tests. */
const CDK_SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'cdk.out',
  'dist',
  'build',
  'coverage',
  '.git',
  'test',
  'tests',
  '__tests__',
]);
/** Bounds of a CDK app's reading: files, bytes per file and in all, directory depth. */
const MAX_CDK_FILES = 300;
/**
 * A Lambda function's handler as a CDK stack in another language writes it: Python's `handler='index.main'`, C#'s
 * `Handler = "index.main"`, Java's `.handler("index.main")`, Go's `Handler: jsii.String("index.main")`. The second
 * group is the value.
 */
const OTHER_LANGUAGE_HANDLER_ENTRIES: ReadonlyMap<string, RegExp> = new Map([
  ['.py', /\bhandler\s*=\s*(['"])([^'"\\\n]{1,200})\1/gu],
  ['.cs', /\bHandler\s*=\s*(")([^"\\\n]{1,200})\1/gu],
  ['.java', /\.handler\(\s*(")([^"\\\n]{1,200})\1\s*\)/gu],
  ['.go', /\bHandler:\s*jsii\.String\(\s*(")([^"\\\n]{1,200})\1\s*\)/gu],
]);
const MAX_CDK_FILE_BYTES = 256 * 1024;
const MAX_CDK_BYTES = 4 * 1024 * 1024;
const MAX_CDK_DEPTH = 6;
/** `handler: '…'` / `Handler: "…"` in code, the value a plain string (no escapes, quotes or line breaks in it). */
const CDK_HANDLER_ENTRY = /\b[Hh]andler\s*:\s*(['"`])([^'"`\\\n]{1,200})\1/gu;

/** An app whose handlers its code names (`cdk.json`, `sst.config.ts`): a CDK app, or an SST app. */
type CodeApp = 'cdk' | 'sst';

function codeAppOf(configName: string): CodeApp | null {
  return configName === 'cdk.json' ? 'cdk' : configName === 'sst.config.ts' ? 'sst' : null;
}
/**
 * What names handlers in an SST app's code (v3 components, v2 constructs), besides `handler:`: a function given as
 * a string to an option (`function:` of a v3 `Cron` or bucket notification, v2's `job:` and `consumer:`, an AppSync
 * data source's `lambda:`, an `Auth`'s `issuer:` or `authorizer:`, a user pool's triggers, `preSignUp:` …), a route
 * table's value (`routes: { 'GET /notes': 'src/list.main' }`), and the string a method is given for its function
 * (`api.route('GET /', 'src/get.handler')`, `queue.subscribe('subscriber.main')`, `bus.subscribe('name', '…')`).
 * Each pattern's last group is the value; values that name no `module.export` are dropped.
 */
const SST_ENTRIES: readonly RegExp[] = [
  CDK_HANDLER_ENTRY,
  /\b(?:function|job|consumer|lambda|issuer|authorizer|preSignUp|postConfirmation|preAuthentication|postAuthentication|preTokenGeneration|customMessage|defineAuthChallenge|createAuthChallenge|verifyAuthChallengeResponse|userMigration|customEmailSender|customSmsSender)\s*:\s*(['"`])([^'"`\\\n]{1,200})\1/gu,
  /(['"`])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY|\$default)\b[^'"`\\\n]{0,200}\1\s*:\s*(['"`])([^'"`\\\n]{1,200})\2/gu,
  /\.(?:route|subscribe\w{0,20}|notify|addSubscribers?|addConsumers?)\(\s*(?:(['"`])[^'"`\\\n]{0,200}\1\s*,\s*)?(['"`])([^'"`\\\n]{1,200})\2/gu,
];

/** How far before a function's entry the SST `Cron` that takes it is looked for. */
const MAX_CRON_LOOKBEHIND = 400;
/** `new sst.aws.Cron(` (v3) or `new Cron(` (v2), at the end of the text looked at. */
const SST_CRON_CALL = /\bnew\s+(?:sst\.aws\.)?Cron\s*\((?:[^()]|\([^()]*\))*$/u;

/**
 * Is the entry at `index` the function of an SST `Cron` (`new sst.aws.Cron('C', { function: 'src/cron.tick' })`,
 * v2's `new Cron(stack, 'C', { schedule: 'rate(1 minute)', job: 'src/cron.tick' })`)? Only schedules run it: the
 * nearest `new` before it makes a `Cron` whose argument list is still open there.
 */
function isSstCronFunction(text: string, index: number): boolean {
  // The nearest `new` as a word of its own (not the one in `'RenewCerts'`)
  let start = text.lastIndexOf('new', index);
  while (start > 0 && index - start <= MAX_CRON_LOOKBEHIND && /[\w$]/u.test(text.charAt(start - 1) + text.charAt(start + 3))) {
    start = text.lastIndexOf('new', start - 1);
  }
  return start !== -1 && index - start <= MAX_CRON_LOOKBEHIND && SST_CRON_CALL.test(text.slice(start, index));
}

/**
 * The handler entries a CDK app's code writes (`new lambda.Function(this, 'Add', { handler: 'fat-lambda.add', code:
 * lambda.Code.fromAsset(path.join(__dirname, '../lambda-fns')) })`, a `CfnFunction`'s `handler`, a SAM function's
 * `Handler`), by the module's file name: the asset directory is computed, so `fat-lambda.add` names the export `add`
 * of any file named `fat-lambda` of the app. The app's source files are read (not its dependencies, build output or
 * tests; at most MAX_CDK_FILES files and MAX_CDK_BYTES). A `handler` without a module part (`NodejsFunction`'s
 * `handler: 'main'`) names an export of the file the same object's `entry` names (`entry: path.join(__dirname,
 * '../lambda/orders.ts')`), by its file name too. An SST app (`sst.config.ts`) is read the same way, with the ways
 * its components and constructs name a function (`SST_ENTRIES`), by paths relative to its root.
 */
function readCodeApp(directory: string, app: CodeApp): ServiceConfig {
  const sst = app === 'sst';
  /** What names handlers in the app's code: each pattern's last group is the value (`module.export`). */
  const patterns = sst ? SST_ENTRIES : [CDK_HANDLER_ENTRY];
  /**
   * Module → export name → whether only schedules run it. A CDK app's module is its file name (the asset directory
   * is computed); an SST app's handler paths are relative to the app's root, so its module is the path of a file
   * that is there (without its extension), as a Serverless config's.
   */
  const found = new Map<string, Map<string, boolean>>();
  /** An export of `module` a function names: only schedules run it while every function naming it is so. */
  const record = (module: string, exportName: string, scheduled: boolean): void => {
    let names = found.get(module);
    if (names === undefined) found.set(module, (names = new Map()));
    names.set(exportName, (names.get(exportName) ?? true) && scheduled);
  };
  const sstModules = new Map<string, string | null>();
  let files = 0;
  let bytes = 0;
  let unnamedHandlers = false;
  const visit = (current: string, depth: number): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files >= MAX_CDK_FILES || bytes >= MAX_CDK_BYTES) return;
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_CDK_DEPTH && !CDK_SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) visit(path, depth + 1);
        continue;
      }
      const dot = entry.name.lastIndexOf('.');
      const extension = dot === -1 ? '' : entry.name.slice(dot);
      // A CDK app's stacks may be written in another language than its functions (Python, C#, Java, Go)
      const otherLanguage = sst ? undefined : OTHER_LANGUAGE_HANDLER_ENTRIES.get(extension);
      if (!entry.isFile() || (!SOURCE_EXTENSIONS.has(extension) && otherLanguage === undefined) || entry.name.endsWith('.d.ts')) {
        continue;
      }
      files++;
      const size = statSync(path, { throwIfNoEntry: false })?.size ?? Infinity;
      if (size > MAX_CDK_FILE_BYTES) continue;
      bytes += size;
      const text = readFileSync(path, 'utf8');
      if (otherLanguage !== undefined) {
        // Handler entries only: its schedules are not read (each function so named is taken as any other handler)
        if (!text.includes('andler')) continue;
        otherLanguage.lastIndex = 0;
        for (let match = otherLanguage.exec(text); match !== null; match = otherLanguage.exec(text)) {
          const target = handlerTarget(match[2]!);
          if (target !== null) record(fileNameOf(target.module), target.exportName, false);
        }
        continue;
      }
      // A CDK function run by a schedule is one of a rule's `LambdaFunction` targets, a scheduler's `LambdaInvoke`
      // target, or a Solutions Construct's
      const schedules =
        !sst && (text.includes('LambdaFunction') || text.includes('LambdaInvoke') || text.includes('EventbridgeToLambda'));
      // A function whose handler the app does not write may be any file's of the names below: then none is a
      // schedule's alone
      if (!sst && !unnamedHandlers && text.includes('Function') && makesUnnamedHandler(text)) unnamedHandlers = true;
      for (const pattern of patterns) {
        // Most files of a CDK app name no handler (constructs, props, tests of the build)
        if (pattern === CDK_HANDLER_ENTRY && !text.includes('andler')) continue;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
          const value = match[match.length - 1]!;
          if (value.includes('${') || value.includes(' ')) continue;
          // Only a `handler:` beside an `entry` names an export alone (`NodejsFunction`'s `handler: 'main'`)
          const target =
            handlerTarget(value) ?? (pattern === CDK_HANDLER_ENTRY && !sst ? entryTarget(text, match.index, value) : null);
          if (target === null) continue;
          const module = sst ? sstModuleOf(directory, target.module, sstModules) : fileNameOf(target.module);
          if (module === null) continue;
          const scheduled = sst ? isSstCronFunction(text, match.index) : schedules && isCdkScheduleOnly(text, match.index);
          record(module, target.exportName, scheduled);
        }
      }
    }
  };
  visit(directory, 0);
  const exports = new Map<string, ReadonlySet<string>>();
  const scheduled = new Map<string, ReadonlySet<string>>();
  for (const [module, names] of found) {
    exports.set(module, new Set(names.keys()));
    const only = unnamedHandlers && !sst ? [] : [...names].filter(([, schedule]) => schedule).map(([name]) => name);
    if (only.length > 0) scheduled.set(module, new Set(only));
  }
  return sst
    ? { exports, otherCloud: false, scheduled }
    : { exports: new Map(), otherCloud: false, scheduled: new Map(), byFileName: exports, scheduledByFileName: scheduled };
}

/** Is there a file at `path`? False for any error (ENOTDIR, ENAMETOOLONG: a string that is no path). */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/**
 * The module an SST handler path names (`packages/functions/src/notes`, relative to the app's root): the absolute
 * path, without extension, of a source file there; null when there is none (a string that only looks like one,
 * `'user.created'`). Remembered per path for one read of the app.
 */
function sstModuleOf(root: string, module: string, known: Map<string, string | null>): string | null {
  let answer = known.get(module);
  if (answer === undefined) {
    const path = resolve(root, module);
    answer = null;
    for (const extension of SOURCE_EXTENSIONS) {
      // A string that only looks like a path (`'package.json/deploy.done'`) may not be one the file system takes
      if (isFile(path + extension)) {
        answer = path;
        break;
      }
    }
    if (known.size < MAX_CDK_FILES) known.set(module, answer);
  }
  return answer;
}

/** A string in an `entry` value that names a source file (`'../lambda/orders.ts'`, `` `${__dirname}/x.mjs` ``). */
const ENTRY_FILE = /(['"`])([^'"`\\\n]{0,300}?)\.(?:[cm]?[jt]s|[jt]sx)\1/gu;

/**
 * The module an export-only `handler` value (`'main'`) at `index` belongs to: the file named by an `entry` of the
 * same object literal (a `NodejsFunction`'s props), the last source file name its value spells. Read from the text,
 * property by property, strings, templates and comments skipped (`propertyValue`). Null when there is none.
 */
function entryTarget(text: string, index: number, value: string): { module: string; exportName: string } | null {
  if (!EXPORT_NAME.test(value)) return null;
  const open = enclosingOpen(text, index);
  const entry = open === -1 ? null : propertyValue(text, open, 'entry');
  if (entry === null) return null;
  let module: string | null = null;
  // The value's own text: a search from its start would run on to the end of the file when it names no file
  const entryText = text.slice(entry.start, entry.end);
  ENTRY_FILE.lastIndex = 0;
  for (let file = ENTRY_FILE.exec(entryText); file !== null; file = ENTRY_FILE.exec(entryText)) module = file[2]!;
  return module === null ? null : { module: fileNameOf(module), exportName: value };
}

/** A function's `handler` entry, and whether the config triggers it only on a schedule. */
interface HandlerValue {
  handler: string;
  scheduled: boolean;
}

/** A config's handler values and its provider's name as written (null: none written, or not a plain string). */
interface ConfigValues {
  values: HandlerValue[];
  provider: string | null;
  /** Files the `functions:` section takes in (`${file(./functions.yml)}`): YAML configs only. */
  includes?: FunctionsInclude[];
}

/**
 * `functions: ${file(./functions.yml)}` or `- ${file(…)}` under it (the file holds functions), `orders:
 * ${file(./orders.yml)}` (it holds one function's body); with `:key`, what the file holds under that top-level key.
 */
interface FunctionsInclude {
  path: string;
  key: string | null;
  holds: 'functions' | 'function';
}

/** `${file(./functions.yml)}`, `${file(fns.yml):createTodo}`: a path without variables, and a key. */
const FILE_INCLUDE = /^\$\{file\(\s*([^()${}\s'"]+)\s*\)(?::([\w.-]+))?\s*\}$/u;
/** Included files read for one config (each once, not their own includes). */
const MAX_INCLUDES = 50;

/** The `handler` of each function of a JSON config, when its provider is AWS. */
function jsonHandlerValues(text: string): ConfigValues {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    return { values: [], provider: null };
  }
  if (!isRecord(config)) return { values: [], provider: null };
  const provider = providerName(config['provider']);
  if (provider !== null && provider !== 'aws') return { values: [], provider };
  const functions = config['functions'];
  if (!isRecord(functions)) return { values: [], provider };
  const values: HandlerValue[] = [];
  for (const fn of Object.values(functions)) {
    if (!isRecord(fn)) continue;
    const handler = fn['handler'];
    if (typeof handler !== 'string' || handler.includes('${')) continue;
    // `"events": [{ "schedule": "rate(1 hour)" }]`: each event an object of one key, its type
    const events = fn['events'];
    const types = Array.isArray(events)
      ? events.map((event) => (isRecord(event) && Object.keys(event).length === 1 ? Object.keys(event)[0]! : null))
      : null;
    const url = fn['url'] !== undefined && fn['url'] !== false;
    values.push({ handler, scheduled: !url && isScheduleOnly(types, (type) => type === 'schedule') });
  }
  return { values, provider };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The provider's name of a JSON config (`"provider": "aws"`, `"provider": { "name": "azure" }`): null when none is
 * written; anything but a string is no name (`''`). Azure, OpenWhisk, Knative… configs write `handler:` too.
 */
function providerName(provider: unknown): string | null {
  if (provider === undefined) return null;
  const name = isRecord(provider) ? provider['name'] : provider;
  if (name === undefined) return null;
  return typeof name === 'string' ? name : '';
}

/** A top-level key of a YAML line (`functions:`, `provider: aws`), or null for an indented or other line. */
const TOP_LEVEL_KEY = /^(["']?)([\w-]+)\1\s*:(?:\s|$)/u;
/** A key whose value is a block scalar (`description: |`, `script: >-`): the lines below it are text. */
const BLOCK_SCALAR_KEY = /^[^#]*:\s+[|>][-+0-9]*\s*(?:#.*)?$/u;
/** `name: azure` under `provider:`. */
const NAME_KEY = /^name\s*:(.*)$/u;

/**
 * The lines of a YAML text that may hold keys, with their content and indentation: not blank lines, comments, or the
 * lines of a block scalar (`description: |` and what is indented below it).
 */
function* yamlLines(text: string): Generator<{ line: string; body: string; indent: number }> {
  /** Indentation of a key whose block scalar is being skipped (lines indented deeper belong to it). */
  let blockIndent = -1;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/u, '');
    const body = line.trimStart();
    const indent = line.length - body.length;
    if (body === '' || body.startsWith('#')) continue;
    if (blockIndent !== -1) {
      if (indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (BLOCK_SCALAR_KEY.test(body)) blockIndent = indent;
    yield { line, body, indent };
  }
}

/**
 * The values of `handler:` keys under the top-level `functions:` (`- handler: …` in a sequence too), one per line;
 * none when the provider is not AWS. Lines inside block scalars are text, not keys.
 */
function yamlHandlerValues(text: string): ConfigValues {
  const values: HandlerValue[] = [];
  const includes: FunctionsInclude[] = [];
  let topKey: string | null = null;
  let provider: string | null = null;
  /** The function being read (its name at `functionIndent` under `functions:`) and its `events:` list. */
  let current: ServerlessFunction | null = null;
  const functions: ServerlessFunction[] = [];
  let functionIndent = -1;
  let keyIndent = -1;
  let inEvents = false;
  let eventIndent = -1;
  /** The indentation of `provider:`'s own keys: its `name:` is one of them (`deploymentBucket: name:` is not). */
  let providerIndent = -1;
  for (const { line, body, indent } of yamlLines(text)) {
    if (indent === 0) {
      const top = TOP_LEVEL_KEY.exec(line);
      topKey = top === null ? null : top[2]!;
      // `functions: ${file(./functions.yml)}`
      if (topKey === 'functions') addInclude(line.slice(line.indexOf(':') + 1).trim(), 'functions');
      // `provider: aws` (the short form)
      if (topKey === 'provider') {
        const value = yamlScalar(line.slice(line.indexOf(':') + 1).trim());
        if (value !== null) provider = value;
      }
      continue;
    }
    if (topKey === 'provider') {
      if (providerIndent === -1) providerIndent = indent;
      const name = indent === providerIndent ? NAME_KEY.exec(body) : null;
      if (name !== null && provider === null) provider = yamlScalar(name[1]!.trim()) ?? '';
      continue;
    }
    if (topKey !== 'functions') continue;
    if (functionIndent === -1) functionIndent = indent;
    // `- ${file(./functions.yml)}` (functions), `orders: ${file(./orders.yml)}` (one function's body)
    if (indent === functionIndent && body.includes('${file(')) {
      if (body.startsWith('- ')) addInclude(body.slice(2).trim(), 'functions');
      else addInclude(body.slice(body.indexOf(':') + 1).trim(), 'function');
    }
    if (indent === functionIndent) {
      // A function's name (a sequence of functions, `- handler: …`, is read without its events)
      current = body.startsWith('-') ? null : { values: [], events: undefined };
      if (current !== null) functions.push(current);
      keyIndent = -1;
      inEvents = false;
    } else if (current !== null && indent > functionIndent) {
      if (keyIndent === -1) keyIndent = indent;
      if (indent === keyIndent && inEvents && body.startsWith('-') && Array.isArray(current.events)) {
        // A sequence written at its key's indentation (`events:` then `- schedule: …` below it, not indented)
        current.events.push(EVENT_ITEM.exec(body)?.[2] ?? '');
      } else if (indent === keyIndent) {
        inEvents = /^events\s*:/u.test(body);
        if (inEvents) {
          const after = body.slice(body.indexOf(':') + 1).trim();
          current.events = after === '' || after.startsWith('#') ? [] : null;
          eventIndent = -1;
        }
        // `url: true` (or its options): a function URL hands the function HTTP requests
        const url = /^url\s*:(.*)$/u.exec(body);
        if (url !== null && yamlScalar(url[1]!.trim()) !== 'false') current.url = true;
      } else if (inEvents && Array.isArray(current.events)) {
        if (eventIndent === -1) eventIndent = indent;
        // `- schedule: rate(1 hour)`, `- schedule:` with its options below, `- http: …`: the item's key is its type
        if (indent === eventIndent) current.events.push(EVENT_ITEM.exec(body)?.[2] ?? '');
      }
    }
    const into = current?.values ?? values;
    let rest = body;
    if (rest.startsWith('- ')) rest = rest.slice(2).trimStart();
    const key = YAML_HANDLER_KEYS.find((candidate) => rest.startsWith(candidate));
    if (key === undefined) {
      // `orders: { handler: orders.create, events: [ … ] }`: a function written as a flow mapping on one line
      const flow = FLOW_HANDLER.exec(rest);
      const value = flow === null ? null : yamlScalar(flow[2]!);
      if (value !== null) into.push({ handler: value, scheduled: false });
      continue;
    }
    rest = rest.slice(key.length).trimStart();
    // `handler:` followed by a space or nothing (`handlerName:` and `handler:x` are other keys)
    if (!rest.startsWith(':') || (rest.length > 1 && !/^\s/u.test(rest.slice(1, 2)))) continue;
    const value = yamlScalar(rest.slice(1).trim());
    if (value !== null) into.push({ handler: value, scheduled: false });
  }
  // A function whose every event is a `schedule` (one at least) runs only on schedules
  for (const fn of functions) {
    const scheduled = !fn.url && isScheduleOnly(fn.events, (type) => type === 'schedule');
    for (const value of fn.values) values.push({ handler: value.handler, scheduled });
  }
  return { values: provider === null || provider === 'aws' ? values : [], provider, includes };

  function addInclude(value: string, holds: FunctionsInclude['holds']): void {
    const include = FILE_INCLUDE.exec(yamlScalar(value) ?? value);
    if (include !== null && includes.length < MAX_INCLUDES) includes.push({ path: include[1]!, key: include[2] ?? null, holds });
  }
}

/**
 * The handler values of the files a config's `functions:` takes in (see `FunctionsInclude`), read as if written
 * there: a handler's path is the service's, not the included file's. YAML files only; their own includes are not
 * followed.
 */
function includedHandlerValues(directory: string, includes: readonly FunctionsInclude[]): HandlerValue[] {
  const values: HandlerValue[] = [];
  for (const include of includes) {
    if (!/\.ya?ml$/u.test(include.path)) continue;
    const path = resolve(directory, include.path);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined || !stats.isFile() || stats.size > MAX_CONFIG_BYTES) continue;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const lines = include.key === null ? indented(text, 2) : topLevelSection(text, include.key);
    const wrapped = include.holds === 'functions' ? `functions:\n${lines}` : `functions:\n  included:\n${indented(lines, 2)}`;
    values.push(...yamlHandlerValues(wrapped).values);
  }
  return values;
}

function indented(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : pad + line))
    .join('\n');
}

/** The lines under a top-level `key:` of a YAML text (indented as written), or '' when it has none. */
function topLevelSection(text: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => TOP_LEVEL_KEY.exec(line.replace(/\r$/u, ''))?.[2] === key);
  if (start === -1) return '';
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const body = line.trimStart();
    if (body !== '' && !body.startsWith('#') && line.length === body.length) break;
    section.push(line);
  }
  return section.join('\n');
}

/** A function of a Serverless Framework config: its handler values, and its events' types (null: not readable). */
interface ServerlessFunction {
  values: HandlerValue[];
  events: string[] | null | undefined;
  /** It has a function URL (`url: true`). */
  url?: boolean;
}

/** Events read (one at least), every one a schedule's. */
function isScheduleOnly(
  events: readonly (string | null)[] | null | undefined,
  isSchedule: (type: string | null) => boolean,
): boolean {
  return Array.isArray(events) && events.length > 0 && events.every(isSchedule);
}

/** An item of a function's `events:` list and its key: `- schedule: rate(1 hour)`, `- http:`. */
const EVENT_ITEM = /^-\s+(["']?)([\w-]+)\1\s*:/u;

/**
 * The handlers of an AWS SAM or CloudFormation template in YAML: each resource of type `AWS::Serverless::Function` (or
 * `AWS::Lambda::Function`) under `Resources:`, its `Handler` (or `Globals: Function: Handler`) under the directory its
 * `CodeUri` (or `Code`, or the global `CodeUri`) names, relative to the template (`CodeUri: hello-world/` and
 * `Handler: app.lambdaHandler` → `hello-world/app.lambdaHandler`). A line reader like `yamlHandlerValues`: a value
 * that is a tag (`!Ref`), a variable, an S3 location or a mapping is skipped, and so is its function.
 */
function templateHandlerValues(text: string): HandlerValue[] {
  const resources: TemplateResource[] = [];
  const globals: TemplateResource = { type: null, handler: null, codeUri: undefined, events: undefined };
  let topKey: string | null = null;
  let current: TemplateResource | null = null;
  /** Indentation of the resources' names, of their own keys, and of the keys under `Properties:` / `Function:`. */
  let resourceIndent = -1;
  let childIndent = -1;
  let propertyIndent = -1;
  let inProperties = false;
  /** Under a function's `Events:`: the indentation of the events' names and of their own keys (`Type:`). */
  let inEvents = false;
  let eventIndent = -1;
  let eventKeyIndent = -1;
  for (const { line, body, indent } of yamlLines(text)) {
    if (indent === 0) {
      const top = TOP_LEVEL_KEY.exec(line);
      topKey = top === null ? null : top[2]!;
      current = null;
      resourceIndent = childIndent = propertyIndent = -1;
      inProperties = false;
      continue;
    }
    const key = TEMPLATE_KEY.exec(body);
    if (key === null) continue;
    const name = key[2]!;
    const rest = key[3] ?? '';
    if (topKey === 'Globals') {
      if (resourceIndent === -1 || indent <= resourceIndent) {
        resourceIndent = indent;
        inProperties = name === 'Function';
        propertyIndent = -1;
        continue;
      }
      if (!inProperties) continue;
      if (propertyIndent === -1) propertyIndent = indent;
      if (indent === propertyIndent) setTemplateKey(globals, name, rest);
      continue;
    }
    if (topKey !== 'Resources') continue;
    if (resourceIndent === -1) resourceIndent = indent;
    if (indent <= resourceIndent) {
      current = { type: null, handler: null, codeUri: undefined, events: undefined };
      resources.push(current);
      childIndent = propertyIndent = -1;
      inProperties = inEvents = false;
      continue;
    }
    if (current === null) continue;
    if (childIndent === -1) childIndent = indent;
    if (indent <= childIndent) {
      inProperties = name === 'Properties';
      inEvents = false;
      propertyIndent = -1;
      if (name === 'Type') current.type = yamlScalar(rest.trim());
      continue;
    }
    if (!inProperties) continue;
    if (propertyIndent === -1) propertyIndent = indent;
    if (indent === propertyIndent) {
      setTemplateKey(current, name, rest);
      inEvents = name === 'Events';
      if (inEvents) {
        // `Events:` with its mapping below; anything on its own line (`!Ref`, a flow mapping) is not read
        current.events = rest.trim() === '' || rest.trim().startsWith('#') ? [] : null;
        eventIndent = eventKeyIndent = -1;
      }
      continue;
    }
    if (!inEvents || current.events === null || current.events === undefined || indent < propertyIndent) continue;
    if (eventIndent === -1) eventIndent = indent;
    if (indent === eventIndent) {
      // An event's name: its type is read below it (none read: not known to be a schedule)
      current.events.push(null);
      eventKeyIndent = -1;
    } else if (indent > eventIndent && current.events.length > 0) {
      if (eventKeyIndent === -1) eventKeyIndent = indent;
      if (indent === eventKeyIndent && name === 'Type') {
        current.events[current.events.length - 1] = yamlScalar(rest.trim());
      }
    } else {
      current.events = null;
    }
  }
  const values: HandlerValue[] = [];
  for (const resource of resources) {
    if (resource.type === null || !(TEMPLATE_FUNCTION_TYPES as readonly string[]).includes(resource.type)) continue;
    const handler = resource.handler ?? globals.handler;
    // Code written inline (`InlineCode`, `Code: { ZipFile: … }`) or kept elsewhere (`!Ref`, `s3://…`): no file here
    const given = resource.codeUri === undefined ? globals.codeUri : resource.codeUri;
    const codeUri = given === undefined ? '.' : given;
    if (handler === null || codeUri === null || codeUri.includes('://')) continue;
    const scheduled = !resource.url && isScheduleOnly(resource.events, isScheduleEventType);
    values.push({ handler: posix.join(codeUri, handler), scheduled });
  }
  return values;
}

/** SAM's event types of a schedule: an EventBridge rule's (`Schedule`) or EventBridge Scheduler's (`ScheduleV2`). */
function isScheduleEventType(type: string | null): boolean {
  return type === 'Schedule' || type === 'ScheduleV2';
}

/** A YAML key and what follows its colon: `Handler: app.main`, `"CodeUri": src/`. */
const TEMPLATE_KEY = /^(["']?)([\w-]+)\1[ \t]*:(?:[ \t](.*))?$/u;

/** What the template says of a function; `codeUri` undefined when not given, null when it is not a local path. */
interface TemplateResource {
  type: string | null;
  handler: string | null;
  codeUri: string | null | undefined;
  /** The types of its `Events` (null where a type was not read); undefined: none given; null: not readable. */
  events: (string | null)[] | null | undefined;
  /** It has a function URL (`FunctionUrlConfig`): HTTP requests reach it too. */
  url?: boolean;
}

function setTemplateKey(resource: TemplateResource, name: string, rest: string): void {
  const value = yamlScalar(rest.trim());
  if (name === 'Handler') resource.handler = value;
  else if (name === 'CodeUri' || name === 'Code') resource.codeUri = value;
  else if (name === 'InlineCode') resource.codeUri = null;
  else if (name === 'FunctionUrlConfig') resource.url = true;
}

/**
 * `name: { handler: value, … }` (or a sequence's `- { handler: value }`): the `handler` of a one-line flow mapping
 * (after its `{` or a `,`), its value up to the next `,` or `}`.
 */
const FLOW_HANDLER = /^(?:[^{]*:\s*)?\{(?:[^{}]*,)?\s*(["']?)handler\1\s*:\s+("[^"]*"|'[^']*'|[^\s,}#]+)/u;

/**
 * A one-line scalar: quoted (no escapes) or plain up to a ` #` comment; null for anything else (a block scalar,
 * an anchor, alias or tag, a flow collection, a variable).
 */
function yamlScalar(text: string): string | null {
  let value: string;
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, 1);
    if (end === -1) return null;
    const after = text.slice(end + 1).trim();
    if (after !== '' && !after.startsWith('#')) return null;
    value = text.slice(1, end);
    if (quote === '"' && value.includes('\\')) return null;
  } else {
    const comment = text.search(/\s#/u);
    value = (comment === -1 ? text : text.slice(0, comment)).trim();
    if (/^[{[&*!|>%@`#]/u.test(value)) return null;
  }
  if (value === '' || value.includes('${')) return null;
  return value;
}

/**
 * `src/handlers/user.get` → module `src/handlers/user`, export `get`: split at the last dot of the file part, as
 * the Framework's bundlers do (`customer.handler.handler` names `customer.handler.ts`); null when the file part
 * has no dot or the export is not one name.
 */
/** `../lambda-fns/orders` → `orders`: a CDK app's module is named by its file name (the asset directory is computed). */
function fileNameOf(module: string): string {
  return module.slice(module.lastIndexOf('/') + 1);
}

function handlerTarget(value: string): { module: string; exportName: string } | null {
  const dot = value.lastIndexOf('.');
  if (dot <= value.lastIndexOf('/') + 1) return null;
  const exportName = value.slice(dot + 1);
  if (!EXPORT_NAME.test(exportName)) return null;
  return { module: value.slice(0, dot), exportName };
}

// ---------------------------------------------------------------------------------------------------------------
// Hosts without an execution role
// ---------------------------------------------------------------------------------------------------------------

/** A Vercel project's config. */
const VERCEL_CONFIG = 'vercel.json';

/**
 * Project files that say the code beside them runs on another host, where no execution role of the user's account
 * signs its AWS calls: Netlify's functions (Lambda functions in Netlify's own account: `netlify.toml`, for the files
 * under its functions directory), Cloudflare Workers (`wrangler.toml` / `.json` / `.jsonc`) and Vercel projects
 * (`vercel.json`: its functions and a framework's server code, all below it, run in Vercel's account).
 */
const OFF_AWS_HOST_NAMES = ['netlify.toml', 'wrangler.toml', 'wrangler.json', 'wrangler.jsonc', VERCEL_CONFIG] as const;

/** Netlify's functions directory when `netlify.toml` names none (below its base directory). */
const NETLIFY_DEFAULT_FUNCTIONS = 'netlify/functions';

/** A project file's text as last read, by reader and path, with its time and size (`netlify.toml`, `package.json`). */
const projectFiles = new Map<
  (text: string) => unknown,
  Map<string, { mtimeMs: number; size: number; checkedAt: number; value: unknown }>
>();

/**
 * Does `filename` run where no execution role of the user's AWS account exists, so that keys are the only way its
 * AWS calls are signed? A Netlify function (a file under the functions directory its `netlify.toml` names, by
 * default `netlify/functions`, also with no `netlify.toml`: a site configured in Netlify's UI), a Cloudflare Worker
 * (a file under the directory of the entry a `wrangler` config above it names), or part of an Electron app (the
 * nearest `package.json`, not a workspace root's, depends on `electron`). The search goes up from the file's directory and stops at a Lambda service's config
 * (`serverless.yml`, `template.yaml`, `cdk.json`, …: the file is that service's) or a repository root. Never throws;
 * false for anything it cannot read.
 */
export function runsOffAws(filename: string, now: number = Date.now()): boolean {
  try {
    const source = sourceFile(filename);
    if (source === null) return false;
    let packageSeen = false;
    // Under Netlify's default functions directory with no `netlify.toml` yet: a site configured in Netlify's UI, unless
    // a `netlify.toml` above names another directory, or a Lambda service's config is above
    let netlifyDefault = false;
    let netlifyConfigSeen = false;
    const answer = (directory: string, state: DirectoryState): boolean | undefined => {
      if (state.config !== null || state.codeConfig) return false;
      for (const host of state.hosts) {
        if (host === VERCEL_CONFIG) continue;
        const path = join(directory, host);
        const netlify = host.startsWith('netlify');
        if (netlify) netlifyConfigSeen = true;
        const roots = netlify ? netlifyFunctionDirectories(path, now) : [workerDirectory(path, now)];
        if (roots.some((root) => isUnder(source.file, root))) return true;
      }
      if (netlifyConfigSeen) netlifyDefault = false;
      else if (isUnder(source.file, join(directory, NETLIFY_DEFAULT_FUNCTIONS))) netlifyDefault = true;
      // A package's own dependencies describe it: only the nearest `package.json` is asked, and not a workspace root's
      // (a monorepo's root may hold a desktop app's tooling beside a Lambda backend)
      if (state.packageJson && !packageSeen) {
        packageSeen = true;
        if (projectFile(join(directory, 'package.json'), now, isElectronManifest, false)) return true;
      }
      return undefined;
    };
    return answerUpward(source.directory, now, answer, () => netlifyDefault);
  } catch {
    return false;
  }
}

function isUnder(file: string, directory: string): boolean {
  return file.startsWith(directory.endsWith(sep) ? directory : directory + sep);
}

/**
 * A project file's contents as `read` makes them, read again only when its time or size changed (remembered per
 * reader: a `package.json` is asked whether it is an Electron app's and whether it declares commands).
 */
function projectFile<T>(path: string, now: number, read: (text: string) => T, absent: T): T {
  let files = projectFiles.get(read);
  if (files === undefined) projectFiles.set(read, (files = new Map()));
  const cached = files.get(path);
  if (cached !== undefined && now - cached.checkedAt < RECHECK_MS) return cached.value as T;
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isFile() || stats.size > MAX_CONFIG_BYTES) return absent;
  if (cached !== undefined && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
    cached.checkedAt = now;
    return cached.value as T;
  }
  const value = read(readFileSync(path, 'utf8'));
  if (files.size >= MAX_CACHED_DIRECTORIES) files.clear();
  files.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, checkedAt: now, value });
  return value;
}

/**
 * The directories a `netlify.toml`'s functions may be in: the one it names (`[build] functions = "…"`, or
 * `[functions] directory = "…"`), or Netlify's default, below its `[build] base` (relative to the repository: the
 * file may sit at its root or in the base directory itself, so both are taken); absolute.
 */
function netlifyFunctionDirectories(path: string, now: number): string[] {
  const settings = projectFile(path, now, readNetlifyFunctions, null);
  if (settings === null) return [];
  const directory = dirname(path);
  const functions = settings.functions ?? NETLIFY_DEFAULT_FUNCTIONS;
  const roots = [resolve(directory, settings.base, functions)];
  if (settings.base !== '') roots.push(resolve(directory, functions));
  return roots;
}

function readNetlifyFunctions(text: string): { base: string; functions: string | null } {
  let section = '';
  let base = '';
  let functions: string | null = null;
  for (const line of text.split(/\r?\n/u)) {
    const header = TOML_HEADER.exec(line);
    if (header !== null) {
      // `[[redirects]]`, `[context.production]`: tables of other settings
      section = header[1] ?? '';
      continue;
    }
    const entry = TOML_STRING_ENTRY.exec(line);
    if (entry === null) continue;
    const key = entry[1]!;
    // Relative to the repository (`"/"` is its root) or to the base directory
    const value = entry[2]!.replace(/^[\\/]+/u, '');
    if (section === 'build' && key === 'base') base = value;
    else if ((section === 'build' && key === 'functions') || (section === 'functions' && key === 'directory')) {
      // An empty setting names no directory: Netlify's default stands
      functions = value === '' ? null : value;
    }
  }
  return { base, functions };
}

/** A TOML table's header: `[build]`, `[functions]` (group 1), or an array of tables, `[[redirects]]` (no group). */
const TOML_HEADER = /^\s*\[(?:\s*([\w.-]+)\s*\]|\[)/u;
/** `functions = "netlify/functions"`: a key given a quoted string. */
const TOML_STRING_ENTRY = /^\s*([\w-]+)\s*=\s*["']([^"'\r\n]*)["']/u;

/**
 * The directory a Worker's code is in: that of the `main` entry its wrangler config names (`main = "src/index.ts"`),
 * or the config's own directory when it names none.
 */
function workerDirectory(path: string, now: number): string {
  const main = projectFile(path, now, readWorkerMain, null);
  const directory = dirname(path);
  return main === null ? directory : dirname(resolve(directory, main));
}

function readWorkerMain(text: string): string | null {
  const main = WRANGLER_MAIN.exec(text);
  return main === null ? null : main[1]!.replace(/^\.\//u, '');
}

/** `main = "src/index.ts"` (TOML) or `"main": "src/index.ts"` (JSON): the Worker's entry module. */
const WRANGLER_MAIN = /^[ \t]*"?main"?[ \t]*[=:][ \t]*["']([^"'\r\n]+)["']/mu;

/**
 * Is `filename` part of a Vercel project: below a `vercel.json` (its functions and a framework's server code run in
 * Vercel's account, with no execution role of the user's), with no Lambda service's config on the way and no sign of
 * Lambda code in its nearest `package.json` (`@types/aws-lambda`, the CDK, the Serverless Framework, middy, …: a
 * repository that deploys Lambda functions beside its Vercel front end)? Never throws.
 */
export function inVercelProject(filename: string, now: number = Date.now()): boolean {
  try {
    const source = sourceFile(filename);
    if (source === null) return false;
    let packageSeen = false;
    return answerUpward(source.directory, now, (directory, state) => {
      if (state.config !== null || state.codeConfig) return false;
      if (state.packageJson && !packageSeen) {
        packageSeen = true;
        if (projectFile(join(directory, 'package.json'), now, dependsOnLambdaTooling, true)) return false;
      }
      return state.hosts.includes(VERCEL_CONFIG) ? true : undefined;
    });
  } catch {
    return false;
  }
}

/** Packages whose presence says a project builds or runs Lambda functions. */
const LAMBDA_TOOLING_PACKAGES: readonly string[] = [
  '@types/aws-lambda',
  'aws-lambda',
  'aws-cdk-lib',
  'aws-cdk',
  'serverless',
  'sst',
  '@middy/core',
  'middy',
  'serverless-http',
  '@vendia/serverless-express',
  '@codegenie/serverless-express',
  'aws-serverless-express',
  'lambda-api',
  'claudia',
  '@architect/functions',
];

/**
 * Does a `package.json`'s text depend (of any kind) on Lambda tooling (`LAMBDA_TOOLING_PACKAGES`, a Powertools
 * package)? True when it cannot be read: the answer then keeps a finding.
 */
function dependsOnLambdaTooling(text: string): boolean {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return true;
  }
  if (!isRecord(manifest)) return true;
  return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some((field) => {
    const dependencies = manifest[field];
    if (!isRecord(dependencies)) return false;
    return Object.keys(dependencies).some(
      (name) => LAMBDA_TOOLING_PACKAGES.includes(name) || name.startsWith('@aws-lambda-powertools/'),
    );
  });
}

/** A `scripts/` or `script/` folder at any depth (the first one on the path below the working directory). */
const NESTED_SCRIPT_DIRECTORY = /[\\/]scripts?[\\/]/u;

/**
 * Is `filename` in a project's own `scripts/` folder, below the working directory `cwd` (`orders-service/scripts/
 * seed.js` with an `orders-service/package.json`, or a service's config there that names no handler in the folder)?
 * A project's command-line scripts, as a repository's top-level ones are. Never throws.
 */
export function inProjectScriptsFolder(filename: string, cwd: string, now: number = Date.now()): boolean {
  try {
    if (cwd === '' || !filename.startsWith(cwd)) return false;
    const below = filename.slice(cwd.length);
    const match = NESTED_SCRIPT_DIRECTORY.exec(below);
    if (match === null) return false;
    const project = filename.slice(0, cwd.length + match.index);
    if (project === '' || !isAbsolute(project)) return false;
    // A project of its own (`package.json`, or a service's config that names no handler in the folder: its config,
    // read, says where its functions are; one written in code cannot be read)
    const state = directoryState(project, now);
    if (state.codeConfig) return false;
    if (state.config === null) return state.packageJson;
    const folder = filename.slice(0, cwd.length + match.index + match[0].length);
    const service = serviceConfig(state.config, now);
    if (service.otherCloud) return true;
    for (const module of service.exports.keys()) if (module.startsWith(folder)) return false;
    return service.byFileName === undefined || service.byFileName.size === 0;
  } catch {
    return false;
  }
}

/**
 * Is `filename` part of a command-line package: the nearest `package.json` declares `bin` (a deploy tool, an
 * uploader's CLI) and depends on no Lambda tooling (`dependsOnLambdaTooling`), with no Lambda service's config
 * (`serverless.yml`, `template.yaml`, `cdk.json`, …) at or below its directory on the way up? Its code runs on the
 * machine of whoever calls the command. Never throws; false for
 * anything it cannot read.
 */
export function inCommandLinePackage(filename: string, now: number = Date.now()): boolean {
  try {
    const source = sourceFile(filename);
    if (source === null) return false;
    return answerUpward(source.directory, now, (directory, state) => {
      if (state.config !== null || state.codeConfig) return false;
      if (!state.packageJson) return undefined;
      const manifest = join(directory, 'package.json');
      return projectFile(manifest, now, isCommandLineManifest, false) && !projectFile(manifest, now, dependsOnLambdaTooling, true);
    });
  } catch {
    return false;
  }
}

/**
 * Asks `visit` of `start` and each directory above it, up to a repository root (`.git`) or `MAX_LEVELS` of them: the
 * first answer it gives (true or false; undefined goes on), else `otherwise()`.
 */
function answerUpward(
  start: string,
  now: number,
  visit: (directory: string, state: DirectoryState) => boolean | undefined,
  otherwise: () => boolean = () => false,
): boolean {
  let directory = start;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const state = directoryState(directory, now);
    const answer = visit(directory, state);
    if (answer !== undefined) return answer;
    if (state.root) break;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return otherwise();
}

/** A `package.json` that declares commands (`"bin": "./cli.js"` or `{ "name": "./cli.js" }`), not a workspace root. */
function isCommandLineManifest(text: string): boolean {
  const manifest = packageManifest(text, '"bin"');
  const bin = manifest?.['bin'];
  return (typeof bin === 'string' && bin !== '') || (isRecord(bin) && Object.keys(bin).length > 0);
}

/**
 * Does a `package.json`'s text list `electron` among its dependencies (of any kind), and is it no workspace root
 * (`workspaces`: a monorepo's, whose tooling says nothing of its packages)?
 */
function isElectronManifest(text: string): boolean {
  const manifest = packageManifest(text, '"electron"');
  return (
    manifest !== null &&
    ['dependencies', 'devDependencies', 'optionalDependencies'].some((field) => {
      const dependencies = manifest[field];
      return isRecord(dependencies) && 'electron' in dependencies;
    })
  );
}

/**
 * A package's manifest parsed (a BOM allowed), when its text spells `marker` (most manifests are turned away
 * without a parse) and it is no workspace root (a monorepo's, which says nothing of its packages); else null.
 */
function packageManifest(text: string, marker: string): Record<string, unknown> | null {
  if (!text.includes(marker)) return null;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
  return isRecord(manifest) && !('workspaces' in manifest) ? manifest : null;
}
