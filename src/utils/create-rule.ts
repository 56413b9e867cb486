import { ESLintUtils } from '@typescript-eslint/utils';

const REPOSITORY_URL = 'https://github.com/lambda-guard/eslint-plugin-lambda-guard';

/** The `meta.docs` every rule of this plugin declares; the presets are built from it. */
export interface LambdaGuardRuleDocs {
  /** "Disallow …" / "Require …", no trailing period. */
  description: string;
  /**
   * The smallest preset that turns the rule on. `recommended` rules are in `strict` too; `strict` rules are
   * only in `strict`.
   */
  recommended: 'recommended' | 'strict';
  /** Severity the presets use; `error` unless the rule says otherwise. */
  severity?: 'error' | 'warn';
}

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

export const createRule = ESLintUtils.RuleCreator<LambdaGuardRuleDocs>(ruleDocsUrl);
