import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// These run the BUILT package (dist/) the way users load it: `npm test` builds before vitest runs.
const root = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(new URL('../dist/index.js', import.meta.url));

/** Lint one snippet with the recommended preset under the given ESLint major, loading the plugin as `loader`. */
function lintWith(eslintPackage: 'eslint' | 'eslint-v9', loader: 'import' | 'require'): unknown {
  const load =
    loader === 'import'
      ? `const plugin = (await import('eslint-plugin-lambda-guard')).default;`
      : `const plugin = (await import('node:module')).createRequire(import.meta.url)('eslint-plugin-lambda-guard');`;
  const script = `
    ${load}
    const { ESLint } = await import('${eslintPackage}');
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.strict] });
    const [result] = await eslint.lintText(${JSON.stringify("const id = 'AKIA' + 'Q3EGRU5XN7CZJ2LW';\n")}, { filePath: 'probe.js' });
    console.log(JSON.stringify({ version: ESLint.version, name: plugin.meta.name, rules: result.messages.map((m) => m.ruleId) }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
}

describe.runIf(built)('the built package', () => {
  it.each([
    ['eslint', 'import'],
    ['eslint', 'require'],
    ['eslint-v9', 'import'],
    ['eslint-v9', 'require'],
  ] as const)('loads and lints under %s with %s', (eslintPackage, loader) => {
    const outcome = lintWith(eslintPackage, loader) as { version: string; name: string; rules: string[] };
    expect(outcome.version).toMatch(eslintPackage === 'eslint' ? /^10\./ : /^9\./);
    expect(outcome.name).toBe('eslint-plugin-lambda-guard');
    expect(outcome.rules).toContain('lambda-guard/no-hardcoded-aws-keys');
  });
});
