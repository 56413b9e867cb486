import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { grantsOnlyLogging } from '../../src/utils/logging-only-role.js';
import { runProbe, type Dialect } from './probe.js';

/**
 * `grantsOnlyLogging` of the `const role = new …Role(…)` of `code`, given the `role` props of the file's `new
 * …Function(…)`s as the places the role is given, and those creations as its functions.
 */
function probe(code: string, dialect: Dialect): boolean | null {
  let answer: boolean | null = null;
  runProbe(code, dialect, (context) => {
    let role: TSESTree.Node | null = null;
    const givenAt: TSESTree.Node[] = [];
    const functions: TSESTree.Node[] = [];
    return {
      VariableDeclarator(node) {
        if (node.id.type === AST_NODE_TYPES.Identifier && node.id.name === 'role' && node.init !== null) role = node.init;
      },
      NewExpression(node) {
        if (!context.sourceCode.getText(node.callee).endsWith('Function')) return;
        functions.push(node);
        const props = node.arguments.find((argument) => argument.type === AST_NODE_TYPES.ObjectExpression);
        for (const property of props?.type === AST_NODE_TYPES.ObjectExpression ? props.properties : []) {
          if (property.type === AST_NODE_TYPES.Property && context.sourceCode.getText(property.key) === 'role') {
            givenAt.push(property.value);
          }
        }
      },
      'Program:exit'() {
        answer = role === null ? null : grantsOnlyLogging(role, givenAt, functions, context.sourceCode);
      },
    };
  });
  return answer;
}

const CDK = `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const BASIC = iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole');
`;
const PULUMI = `import * as aws from '@pulumi/aws';
`;

const cases: { name: string; code: string; expected: boolean }[] = [
  {
    name: 'CDK: the basic execution policy in the props',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
new lambda.Function(this, 'A', { role });
new lambda.Function(this, 'B', { role });`,
    expected: true,
  },
  {
    name: 'CDK: the VPC execution policy added, and a logs statement',
    code: `${CDK}import { LambdaIntegration } from 'aws-cdk-lib/aws-apigateway';
const role = new iam.Role(this, 'R', { assumedBy });
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'));
role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] }));
const a = new lambda.Function(this, 'A', { role });
new LambdaIntegration(a);
a.addEnvironment('K', 'v');`,
    expected: true,
  },
  {
    name: 'CDK: a role given nothing at all is not shown to be a logging role',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy });
new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: 'CDK: another managed policy',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC, iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3ReadOnlyAccess')] });
new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: 'CDK: inline policies, or props that cannot be read',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC], inlinePolicies: { p } });
new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: 'CDK: a statement with an action beside logs',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:*', 'dynamodb:GetItem'], resources: ['*'] }));
new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: 'CDK: a grant to the role itself',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
table.grantReadData(role);
new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: "CDK: a function's role read, a function handed to an event source",
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
const a = new lambda.Function(this, 'A', { role });
const b = new lambda.Function(this, 'B', { role });
a.role;
new SqsEventSource(queue).bind(b);
new lambda.EventSourceMapping(this, 'M', { target: b });`,
    expected: false,
  },
  {
    name: 'CDK: a function kept on the stack, or a role in a let',
    code: `${CDK}let role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
this.fn = new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: "CDK: a function's own props that add to its role (initialPolicy, events, a dead-letter queue, tracing)",
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
new lambda.Function(this, 'A', { role, initialPolicy: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
new lambda.Function(this, 'B', { role, events: [source], deadLetterQueue: queue, tracing: lambda.Tracing.ACTIVE });`,
    expected: false,
  },
  {
    name: "CDK: a function's version, alias or chained method granted more; a construct that is no known hand-off",
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
const a = new lambda.Function(this, 'A', { role });
table.grantReadWriteData(a.currentVersion);
a.addEnvironment('K', 'v').addEventSource(source);
new lambda.Version(this, 'V', { lambda: a });`,
    expected: false,
  },
  {
    name: 'CDK: a logs statement kept in a variable (it may be widened later)',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
const statement = new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] });
statement.addActions('secretsmanager:GetSecretValue');
role.addToPolicy(statement);
new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: 'CDK: the role reached by its name',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, roleName: 'shared-fn-role', managedPolicies: [BASIC] });
iam.Role.fromRoleName(this, 'Again', 'shared-fn-role');
new lambda.Function(this, 'A', { role });`,
    expected: false,
  },
  {
    name: 'CDK: a named role whose name is written only there',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, roleName: 'shared-fn-role', managedPolicies: [BASIC] });
new lambda.Function(this, 'A', { role });`,
    expected: true,
  },
  {
    name: 'CDK: the construct tree searched',
    code: `${CDK}const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [BASIC] });
new lambda.Function(this, 'A', { role });
this.node.findChild('R').addToPolicy(admin);`,
    expected: false,
  },
  {
    name: "Pulumi: a function's role output read",
    code: `${PULUMI}const role = new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole] });
const a = new aws.lambda.Function('a', { role: role.arn });
new aws.iam.RolePolicyAttachment('s3', { role: a.role, policyArn: aws.iam.ManagedPolicy.AmazonS3FullAccess });`,
    expected: false,
  },
  {
    name: 'Pulumi: the basic policy ARN, a RolePolicy of logs actions in JSON text',
    code: `${PULUMI}const role = new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] });
new aws.iam.RolePolicy('p', { role: role.id, policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]}' });
new aws.lambda.Function('a', { role: role.arn });`,
    expected: true,
  },
  {
    name: 'Pulumi: a RolePolicy that allows more, or a Deny-less NotAction',
    code: `${PULUMI}const role = new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole] });
new aws.iam.RolePolicy('p', { role: role.id, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 'logs:*', Resource: '*' }] } });
new aws.lambda.Function('a', { role: role.arn });`,
    expected: false,
  },
  {
    name: 'Pulumi: an attachment of another policy, or the role exported',
    code: `${PULUMI}const role = new aws.iam.Role('r', { assumeRolePolicy, managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole] });
export const roleArn = role.arn;
new aws.lambda.Function('a', { role: role.arn });`,
    expected: false,
  },
];

describe('grantsOnlyLogging', () => {
  for (const { name, code, expected } of cases) {
    for (const dialect of ['ts', 'esm'] as const) {
      it(`${name} (${dialect})`, () => {
        expect(probe(code, dialect)).toBe(expected);
      });
    }
  }

  it('CJS: the basic policy through require', () => {
    const code = `const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const role = new iam.Role(this, 'R', { assumedBy, managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')] });
new lambda.Function(this, 'A', { role });`;
    expect(probe(code, 'cjs')).toBe(true);
  });

  it('is false for a role that is no construct of the file (an import by ARN)', () => {
    const code = `${CDK}const role = iam.Role.fromRoleArn(this, 'R', arn);
new lambda.Function(this, 'A', { role });`;
    expect(probe(code, 'ts')).toBe(false);
  });
});
