/** Settings and launch configurations as `assay/runTests` parameters; environments from `.env.NAME` files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runParamsOf } from '../../src/debug/launch-config';
import { environmentsIn } from '../../src/environments';
import { runOptions } from '../../src/runs/run-options';

test('settings become run options; empty and invalid values are left to the CLI\'s defaults', () => {
  assert.deepEqual(
    runOptions({ environment: ' staging ', variables: { A: 'x', N: 3, B: true, O: { k: 1 }, Z: null }, envFiles: ['.env.local', '', 7], jobs: 4, timeout: 5000, cacert: ['ca.pem', ''], insecure: true, cert: 'me.pem', key: ' me.key ', proxy: ' http://proxy:3128 ' }),
    {
      env: 'staging',
      vars: { A: 'x', N: '3', B: 'true', O: '{"k":1}' },
      envFiles: ['.env.local'],
      jobs: 4,
      timeout: '5000',
      cacert: ['ca.pem'],
      insecure: true,
      cert: 'me.pem',
      key: 'me.key',
      proxy: 'http://proxy:3128',
    },
  );
  assert.deepEqual(runOptions({ environment: '', variables: [], envFiles: 'x', jobs: 0.5, timeout: ' ', cacert: 'ca.pem', insecure: 'yes', key: 'me.key', proxy: ' ' }), {});
  assert.deepEqual(runOptions({}), {});
});

test('a launch runs its tests, else its program; its env and vars win over the settings', () => {
  const defaults = runOptions({ environment: 'dev', variables: { A: '1', B: '2' }, jobs: 2 });
  assert.deepEqual(runParamsOf({ type: 'assay', request: 'launch', name: 'n', program: '/ws/pets.assay', vars: { B: 3 } }, defaults), {
    env: 'dev',
    vars: { A: '1', B: '3' },
    jobs: 2,
    uris: [pathToFileURL('/ws/pets.assay').href],
  });
  assert.deepEqual(runParamsOf({ type: 'assay', request: 'launch', name: 'n', program: '/ws', testIds: ['/ws/a.assay#t'], env: 'prod' }, {}), { testIds: ['/ws/a.assay#t'], env: 'prod' });
});

test('environments are the NAMEs of .env.NAME files', () => {
  assert.deepEqual(environmentsIn(['.env', '.env.staging', 'README.md', '.env.local', '.envrc', '.env.', 'x.env.prod']), ['local', 'staging']);
});
