// `npm run demo`: lint examples/ with the recommended preset through the real eslint command line.
// Findings are the point of the demo, so ESLint's exit code 1 ("problems found") counts as success;
// exit code 2 (a crash or a config error) still fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(
  process.execPath,
  ['node_modules/eslint/bin/eslint.js', '--config', 'examples/eslint.config.js', 'examples/'],
  { cwd: root, stdio: 'inherit' },
);
if (result.status === 1) {
  console.log('The findings above are in examples/vulnerable/; examples/fixed/ shows each one corrected.');
  process.exit(0);
}
process.exit(result.status ?? 2);
