import type { TSESLint } from '@typescript-eslint/utils';
import type { LambdaGuardRuleDocs } from '../utils/create-rule.js';
import noExplicitAwsCredentials from './no-explicit-aws-credentials.js';
import noHardcodedAwsKeys from './no-hardcoded-aws-keys.js';
import noSensitiveLogData from './no-sensitive-log-data.js';
import noSharedExecutionRole from './no-shared-execution-role.js';
import noUnstructuredLogging from './no-unstructured-logging.js';
import noWildcardIamPolicy from './no-wildcard-iam-policy.js';
import requireApiAuthorization from './require-api-authorization.js';
import requireHandlerLogging from './require-handler-logging.js';

// 'rule-name' -> rule, alphabetical. One import and one entry per rule file in this folder.

export type LambdaGuardRule = TSESLint.RuleModule<string, readonly unknown[], LambdaGuardRuleDocs>;

export const rules: Record<string, LambdaGuardRule> = {
  'no-explicit-aws-credentials': noExplicitAwsCredentials,
  'no-hardcoded-aws-keys': noHardcodedAwsKeys,
  'no-sensitive-log-data': noSensitiveLogData,
  'no-shared-execution-role': noSharedExecutionRole,
  'no-unstructured-logging': noUnstructuredLogging,
  'no-wildcard-iam-policy': noWildcardIamPolicy,
  'require-api-authorization': requireApiAuthorization,
  'require-handler-logging': requireHandlerLogging,
};
