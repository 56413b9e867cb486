import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { cdktfResourceName, mayUseCdktfAws } from '../../src/utils/cdktf.js';
import { runProbe, type Dialect } from './probe.js';

/** `mayUseCdktfAws` of the file, and `cdktfResourceName` of each `new` in it. */
function probe(code: string, dialect: Dialect): { mayUse: boolean; names: (string | null)[] } {
  const names: (string | null)[] = [];
  let mayUse = false;
  runProbe(code, dialect, (context) => ({
    Program() {
      mayUse = mayUseCdktfAws(context.sourceCode);
    },
    NewExpression(node) {
      if (node.callee.type !== AST_NODE_TYPES.Super) names.push(cdktfResourceName(node, context.sourceCode));
    },
  }));
  return { mayUse, names };
}

describe('cdktf', () => {
  const cases: { name: string; code: string; dialects: readonly Dialect[]; expected: { mayUse: boolean; names: (string | null)[] } }[] = [
    {
      name: 'a resource imported from its lib file, and one read through the provider root',
      code: `import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import * as aws from '@cdktf/provider-aws';
new LambdaPermission(this, 'p', {});
new aws.iamRole.IamRole(this, 'r', {});`,
      dialects: ['ts', 'esm'],
      expected: { mayUse: true, names: ['LambdaPermission', 'IamRole'] },
    },
    {
      name: 'CJS: a resource required from its lib file',
      code: `const { ApiGatewayMethod } = require('@cdktf/provider-aws/lib/api-gateway-method');
new ApiGatewayMethod(this, 'm', {});`,
      dialects: ['cjs'],
      expected: { mayUse: true, names: ['ApiGatewayMethod'] },
    },
    {
      name: "a look-alike of another module, a local class, a file that never names the provider",
      code: `import { LambdaPermission } from './local';
class IamRole {}
new LambdaPermission(this, 'p', {});
new IamRole();`,
      dialects: ['ts', 'esm'],
      expected: { mayUse: false, names: [null, null] },
    },
  ];
  for (const { name, code, dialects, expected } of cases) {
    for (const dialect of dialects) {
      it(`${name} (${dialect})`, () => {
        expect(probe(code, dialect)).toEqual(expected);
      });
    }
  }
});
