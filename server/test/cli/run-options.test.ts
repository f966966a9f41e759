/** `assay run` option reading: flags into settings, reporter destinations, and the usage mistakes. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UsageError } from '../../src/cli/io';
import { parseReporterSpecs } from '../../src/cli/reporter-specs';
import { parseRunArgs } from '../../src/cli/run-args';

const TLS = join(__dirname, '..', 'fixtures', 'tls');
const CA = join(TLS, 'localhost-cert.pem');
const CLIENT_CERT = join(TLS, 'client-cert.pem');
const CLIENT_KEY = join(TLS, 'client-key.pem');

test('run options: defaults', () => {
  const s = parseRunArgs([], '/w');
  assert.deepEqual(
    { ...s, grep: s.grep?.source },
    { paths: [], root: '/w', grep: undefined, tags: undefined, envName: undefined, envFiles: [], vars: {}, jobs: 1, bail: false, validateResponses: false, timeoutMs: 30_000, shard: undefined, reporters: [{ name: 'pretty', file: undefined }], color: true, watch: false, insecure: false, ca: [], proxy: undefined, clientCertificate: undefined },
  );
});

test('run options: every flag', () => {
  const s = parseRunArgs(
    ['a', '--grep', 'pet.*s', '--tag', 'smoke', '--tag', 'auth,slow', '--env', 'staging', '--env-file', 'x.env', '--env-file', 'y.env', '--var', 'A=1', '--var', 'B=x=y', '--jobs', '4', '--bail', '--validate-responses', '--timeout', '5s', '--shard', '2/3', '--reporter', 'junit:out/r.xml', '--reporter', 'pretty', '--root', 'sub', '--no-color', '--watch', '-k', '--cacert', CA, '--cert', CLIENT_CERT, '--key', CLIENT_KEY, 'b'],
    '/w',
  );
  assert.deepEqual(s.paths, ['a', 'b']);
  assert.equal(s.grep?.source, 'pet.*s');
  assert.deepEqual(s.tags, ['smoke', 'auth', 'slow']);
  assert.equal(s.envName, 'staging');
  assert.deepEqual(s.envFiles, ['x.env', 'y.env']);
  assert.deepEqual(s.vars, { A: '1', B: 'x=y' });
  assert.equal(s.jobs, 4);
  assert.equal(s.bail, true);
  assert.equal(s.validateResponses, true);
  assert.equal(s.timeoutMs, 5000);
  assert.deepEqual(s.shard, { index: 2, total: 3 });
  assert.deepEqual(s.reporters, [{ name: 'junit', file: 'out/r.xml' }, { name: 'pretty', file: undefined }]);
  assert.equal(s.root, '/w/sub');
  assert.equal(s.color, false);
  assert.equal(s.watch, true);
  assert.equal(s.insecure, true);
  assert.deepEqual(s.ca, [readFileSync(CA, 'utf8')]);
  assert.deepEqual(s.clientCertificate, { cert: readFileSync(CLIENT_CERT, 'utf8'), key: readFileSync(CLIENT_KEY, 'utf8') });
});

test('run options: a --cert file with its key needs no --key; a --key alone is a mistake', () => {
  const both = join(mkdtempSync(join(tmpdir(), 'assay-cert-')), 'both.pem');
  writeFileSync(both, readFileSync(CLIENT_CERT, 'utf8') + readFileSync(CLIENT_KEY, 'utf8'));
  const s = parseRunArgs(['--cert', both], '/w');
  assert.equal(s.clientCertificate?.key, s.clientCertificate?.cert);
  assert.throws(() => parseRunArgs(['--cert', CLIENT_CERT], '/w'), /--cert: .+ holds no private key; give it with --key FILE/);
  assert.throws(() => parseRunArgs(['--key', CLIENT_KEY], '/w'), /--key goes with --cert FILE/);
  assert.throws(() => parseRunArgs(['--cert', CLIENT_CERT, '--key', CLIENT_CERT], '/w'), /--key: .+ holds no PEM private key/);
});

test('run options: timeouts in milliseconds or as durations', () => {
  const cases: Array<[string, number]> = [['250', 250], ['300ms', 300], ['2s', 2000], ['1m', 60_000]];
  for (const [value, ms] of cases) assert.equal(parseRunArgs(['--timeout', value], '/w').timeoutMs, ms, value);
});

test('run options: mistakes are usage errors with the reason', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--grep', '('], /--grep/],
    [['--var', 'novalue'], /--var takes name=value/],
    [['--var', '=x'], /--var takes name=value/],
    [['--jobs', '0'], /--jobs/],
    [['--jobs', 'two'], /--jobs/],
    [['--timeout', '5 s'], /--timeout/],
    [['--timeout', '0'], /--timeout/],
    [['--shard', '3/2'], /--shard/],
    [['--shard', '0/2'], /--shard/],
    [['--shard', '1'], /--shard/],
    [['--reporter', 'tap'], /unknown reporter 'tap'/],
    [['--reporter', 'junit:'], /needs a file name/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ];
  for (const [args, message] of cases) assert.throws(() => parseRunArgs(args, '/w'), (e) => e instanceof UsageError && message.test(e.message), args.join(' '));
});

test('reporter destinations: --output goes to the last non-pretty reporter without a file', () => {
  assert.deepEqual(parseReporterSpecs(['junit'], 'r.xml'), [{ name: 'junit', file: 'r.xml' }]);
  assert.deepEqual(parseReporterSpecs(['pretty', 'junit', 'json:r.json'], 'r.xml'), [
    { name: 'pretty', file: undefined },
    { name: 'junit', file: 'r.xml' },
    { name: 'json', file: 'r.json' },
  ]);
});

test('reporter destinations: one reporter at most on standard output; no file twice; --output needs a target', () => {
  assert.throws(() => parseReporterSpecs(['pretty', 'ndjson'], undefined), /only one reporter can write to standard output/);
  assert.throws(() => parseReporterSpecs(['json:a', 'junit:a'], undefined), /two reporters write to a/);
  assert.throws(() => parseReporterSpecs(['pretty'], 'x'), /--output needs/);
  assert.deepEqual(parseReporterSpecs([], undefined), [{ name: 'pretty', file: undefined }]);
});
