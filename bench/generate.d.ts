// Types for bench/generate.js, so the TypeScript robustness suites can reuse the generator.

export declare const GENERATOR_VERSION: number;

export declare class Random {
  constructor(seed: number);
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  chars(alphabet: string, count: number): string;
  weighted<T>(entries: readonly (readonly [number, T])[]): T;
}

export declare function makeKeyId(rng: Random, prefix?: string): string;
export declare function makeSecret(rng: Random): string;
export declare function makeSessionToken(rng: Random): string;
export declare const EXAMPLE_KEY_ID: string;
export declare const EXAMPLE_SECRET: string;

export interface GeneratedFile {
  /** Relative path; the extension follows the dialect (.js ESM, .cjs CommonJS, .ts TypeScript). */
  path: string;
  code: string;
  dialect: 'esm' | 'cjs' | 'ts';
  kind: 'handler' | 'cdk' | 'utility' | 'config';
  /** Credentials written into `code` (none of them may ever appear in a lint message). */
  planted: string[];
}

export interface GeneratedInput {
  code: string;
  planted: string[];
}

export declare function generateFile(seed: number, index: number): GeneratedFile;
export declare function generateFiles(count: number, seed?: number): GeneratedFile[];
export declare function generateLongFile(lines?: number, seed?: number): GeneratedInput;
export declare function generateHugeString(bytes?: number, seed?: number): GeneratedInput;
export declare function generateHugeArray(count?: number, seed?: number): GeneratedInput;
export declare function generateHugeComment(bytes?: number, seed?: number): GeneratedInput;
export declare function generateManyHandlers(count?: number, seed?: number): GeneratedInput;
export declare function generateBundle(sources: readonly string[], bytes?: number): GeneratedInput;
export declare function writeFiles(dir: string, files: readonly { path: string; code: string }[]): void;
