import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { ruleDocsUrl } from '../src/utils/create-rule.js';

const root = new URL('../', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  name: string;
  version: string;
};
const ruleFiles = readdirSync(new URL('src/rules/', root))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();
const ruleNames = Object.keys(rules);

/** Paths of schema properties that lack a `description`, walking nested schemas. */
function undescribedProperties(schema: unknown, path = '$'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => undescribedProperties(item, `${path}[${index}]`));
  if (!schema || typeof schema !== 'object') return [];
  const found: string[] = [];
  const record = schema as Record<string, unknown>;
  if (record.type === 'object' && record.properties && record.additionalProperties !== false) {
    found.push(`${path} (additionalProperties must be false)`);
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [property, propertySchema] of Object.entries(value)) {
        if (!(propertySchema as { description?: string }).description) found.push(`${path}.${property}`);
        found.push(...undescribedProperties(propertySchema, `${path}.${property}`));
      }
    } else {
      found.push(...undescribedProperties(value, `${path}.${key}`));
    }
  }
  return found;
}

describe('plugin', () => {
  it('has meta that matches package.json', () => {
    expect(plugin.meta).toEqual({
      name: packageJson.name,
      version: packageJson.version,
      namespace: 'lambda-guard',
    });
  });

  it('registers exactly the rule files in src/rules, alphabetically', () => {
    expect(ruleNames).toEqual(ruleFiles);
    expect(ruleNames).toEqual([...ruleNames].sort());
    expect(plugin.rules).toBe(rules);
  });

  it('has at least one rule', () => {
    expect(ruleNames.length).toBeGreaterThan(0);
  });
});

describe.each(ruleNames)('rule %s', (name) => {
  const rule = rules[name]!;

  it('has a doc and a test file', () => {
    expect(existsSync(new URL(`docs/rules/${name}.md`, root))).toBe(true);
    expect(existsSync(new URL(`tests/rules/${name}.test.ts`, root))).toBe(true);
  });

  it('links its doc', () => {
    expect(rule.meta.docs?.url).toBe(ruleDocsUrl(name));
    expect(ruleDocsUrl(name)).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });

  it('describes itself as "Disallow …" or "Require …" without a trailing period', () => {
    expect(rule.meta.docs?.description).toMatch(/^(Disallow|Require) .*[^.]$/);
  });

  it('is a problem rule with default options and a described schema', () => {
    expect(rule.meta.type).toBe('problem');
    expect(rule.meta.defaultOptions).toBeDefined();
    const schema = JSON.stringify(rule.meta.schema);
    expect(undescribedProperties(rule.meta.schema)).toEqual([]);
    expect(schema).not.toContain('"additionalProperties":true');
  });
});

describe('presets', () => {
  it('are named flat configs with no files and no type information', () => {
    for (const preset of ['recommended', 'strict'] as const) {
      const config = plugin.configs[preset];
      expect(config.name).toBe(`lambda-guard/${preset}`);
      expect(config.files).toBeUndefined();
      expect(config.languageOptions).toBeUndefined();
      expect(config.plugins?.['lambda-guard']).toBe(plugin);
    }
  });

  it('equal what each rule says in meta.docs', () => {
    const expected = { recommended: {} as Record<string, string>, strict: {} as Record<string, string> };
    for (const name of ruleNames) {
      const docs = rules[name]!.meta.docs!;
      const severity = docs.severity ?? 'error';
      expected.strict[`lambda-guard/${name}`] = severity;
      if (docs.recommended === 'recommended') expected.recommended[`lambda-guard/${name}`] = severity;
    }
    expect(plugin.configs.recommended.rules).toEqual(expected.recommended);
    expect(plugin.configs.strict.rules).toEqual(expected.strict);
  });
});
