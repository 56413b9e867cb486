// Corpus preparation for `npm run bench`: real published code copied out of node_modules, the seeded generated
// corpora, and the single huge inputs. Everything is written under bench/.corpus/ (gitignored).

import { Buffer } from 'node:buffer';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GENERATOR_VERSION,
  Random,
  generateBundle,
  generateFiles,
  generateHugeArray,
  generateHugeComment,
  generateManyHandlers,
  generateHugeKeyString,
  generateHugeString,
  generateLongFile,
  writeFiles,
} from './generate.js';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const ROOT_DIR = join(BENCH_DIR, '..');
export const CORPUS_DIR = join(BENCH_DIR, '.corpus');
const NODE_MODULES = join(ROOT_DIR, 'node_modules');

/**
 * Real published code, in order of preference. Each source takes at most `maxFiles` files; the whole corpus is
 * capped by the caller. Paths are relative to node_modules.
 */
export const REAL_SOURCES = [
  { dir: '@aws-lambda-powertools', maxFiles: 200 },
  { dir: '@aws-sdk/client-s3', maxFiles: 160 },
  { dir: '@aws-sdk/client-lambda', maxFiles: 140 },
  { dir: '@aws-sdk/client-iam', maxFiles: 250 },
  { dir: '@aws-sdk', maxFiles: 300, skip: ['client-s3', 'client-lambda', 'client-iam'] },
  { dir: '@smithy', maxFiles: 300 },
  { dir: 'aws-cdk-lib/aws-iam', maxFiles: 40 },
  { dir: 'aws-cdk-lib/aws-lambda', maxFiles: 50 },
  { dir: 'aws-cdk-lib/aws-apigateway', maxFiles: 40 },
  { dir: 'aws-cdk-lib/aws-apigatewayv2', maxFiles: 35 },
  { dir: 'aws-cdk-lib/aws-lambda-nodejs', maxFiles: 10 },
  { dir: 'aws-cdk-lib/aws-s3', maxFiles: 20 },
  { dir: 'aws-cdk-lib/aws-dynamodb', maxFiles: 20 },
  { dir: 'aws-cdk-lib/aws-sqs', maxFiles: 12 },
  { dir: 'aws-cdk-lib/aws-kms', maxFiles: 12 },
  { dir: 'aws-cdk-lib/core', maxFiles: 100 },
];

const JS_FILE = /\.(?:c|m)?js$/;

/** Files under `dir`, recursively, sorted (deterministic). Skips nested node_modules. */
export function walk(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(path, out);
    } else if (entry.isFile()) {
      out.push(path);
    }
  }
  return out;
}

/** ESM or CommonJS, the way Node would decide for a published file (close enough for linting). */
export function sourceTypeOf(path, code) {
  if (path.endsWith('.mjs')) return 'module';
  if (path.endsWith('.cjs')) return 'commonjs';
  if (/[\\/](?:dist-es|esm|es)[\\/]/.test(path)) return 'module';
  return /^\s*(?:import\s*[\w{*'"]|export\s)/m.test(code) ? 'module' : 'commonjs';
}

function stamp(dir) {
  try {
    return readFileSync(join(dir, '.stamp'), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Copy real published JS into `.corpus/real/{module,commonjs}/…` so the ESLint class lints it like a project
 * (node_modules is always ignored) and the source type follows the folder.
 */
export function prepareRealCorpus({ maxFiles, maxBytes }) {
  const dir = join(CORPUS_DIR, 'real');
  const key = JSON.stringify({ v: 3, maxFiles, maxBytes, sources: REAL_SOURCES });
  if (stamp(dir) === key) return readManifest(dir);
  rmSync(dir, { recursive: true, force: true });
  const files = [];
  let bytes = 0;
  const missing = [];
  outer: for (const source of REAL_SOURCES) {
    const root = join(NODE_MODULES, source.dir);
    if (!existsSync(root)) {
      missing.push(source.dir);
      continue;
    }
    let taken = 0;
    for (const path of walk(root)) {
      if (!JS_FILE.test(path)) continue;
      if (source.skip?.some((name) => path.includes(`${sep}${name}${sep}`))) continue;
      const size = statSync(path).size;
      if (size > 2_000_000) continue;
      if (files.length >= maxFiles || bytes + size > maxBytes) break outer;
      if (taken >= source.maxFiles) break;
      const code = readFileSync(path, 'utf8');
      const type = sourceTypeOf(path, code);
      const target = join(dir, type, relative(NODE_MODULES, path).replace(/\.(?:c|m)js$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
      files.push({ path: relative(CORPUS_DIR, target), bytes: size, package: source.dir });
      bytes += size;
      taken++;
    }
  }
  const manifest = { files, bytes, missing };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, '.stamp'), key);
  return manifest;
}

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/** `count` generated files in `.corpus/gen-<count>/`, regenerated only when the generator changed. */
export function prepareGeneratedCorpus(count, seed = 20240601) {
  const dir = join(CORPUS_DIR, `gen-${count}`);
  const key = JSON.stringify({ v: GENERATOR_VERSION, count, seed });
  if (stamp(dir) === key) return readManifest(dir);
  const generated = generateFiles(count, seed);
  writeFiles(dir, generated);
  const files = generated.map((file) => ({ path: join(`gen-${count}`, file.path), bytes: Buffer.byteLength(file.code) }));
  const manifest = { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), missing: [] };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, '.stamp'), key);
  return manifest;
}

/**
 * Compacted published JS to build the minified bundle from, in a seeded shuffle: any prefix (the quarter-size
 * bundle) is then the same mix of code as the whole.
 */
function bundleSources() {
  const sources = [];
  for (const dir of ['aws-cdk-lib/aws-iam/lib', 'aws-cdk-lib/aws-lambda/lib', 'aws-cdk-lib/aws-s3/lib', 'aws-cdk-lib/core/lib']) {
    for (const path of walk(join(NODE_MODULES, dir))) {
      if (path.endsWith('.js') && !path.endsWith('.generated.js')) sources.push(readFileSync(path, 'utf8'));
    }
  }
  const rng = new Random(23);
  for (let index = sources.length - 1; index > 0; index--) {
    const other = rng.int(0, index);
    [sources[index], sources[other]] = [sources[other], sources[index]];
  }
  return sources;
}

/**
 * The single huge inputs, each at full size and at a quarter of it (the quarter is the superlinearity probe).
 * Returns `[{ name, description, scale: 'full' | 'quarter', path, bytes }]`.
 */
export function prepareHugeInputs({ bytes, lines, elements, handlers }) {
  const dir = join(CORPUS_DIR, 'huge');
  const key = JSON.stringify({ v: GENERATOR_VERSION, bundle: 2, keyString: 1, string: 2, handlerModule: 2, bytes, lines, elements, handlers });
  const specs = [
    { name: 'bundle', file: 'bundle.cjs', description: 'minified bundle (aws-cdk-lib code)', make: (f) => generateBundle(bundleSources(), bytes * f) },
    { name: 'long-file', file: 'long-file.js', description: `${lines.toLocaleString('en-US')}-line module`, make: (f) => generateLongFile(Math.round(lines * f)) },
    { name: 'string', file: 'string.js', description: 'one huge string literal', make: (f) => generateHugeString(Math.round(bytes * f)) },
    { name: 'array', file: 'array.js', description: `${elements.toLocaleString('en-US')}-element Action array`, make: (f) => generateHugeArray(Math.round(elements * f)) },
    { name: 'comment', file: 'comment.js', description: 'one huge block comment', make: (f) => generateHugeComment(Math.round(bytes * f)) },
    { name: 'key-string', file: 'key-string.js', description: 'one string of key IDs with escapes', make: (f) => generateHugeKeyString(Math.round((bytes / 4) * f)) },
    { name: 'handlers', file: 'handlers.ts', description: `module of ${handlers.toLocaleString('en-US')} handlers`, make: (f) => generateManyHandlers(Math.round(handlers * f)) },
  ];
  const fresh = stamp(dir) !== key;
  if (fresh) rmSync(dir, { recursive: true, force: true });
  const inputs = [];
  for (const [scale, factor] of [
    ['full', 1],
    ['quarter', 0.25],
  ]) {
    for (const spec of specs) {
      const path = join(dir, scale, spec.file);
      if (fresh) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, spec.make(factor).code);
      }
      inputs.push({ name: spec.name, description: spec.description, scale, path: relative(CORPUS_DIR, path), bytes: statSync(path).size });
    }
  }
  if (fresh) writeFileSync(join(dir, '.stamp'), key);
  return inputs;
}
