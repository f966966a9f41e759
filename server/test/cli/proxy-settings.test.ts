/** Which proxies `assay run` sends through: --proxy, else the environment's, never for loopback from the environment. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../../src/cli/io';
import { proxySettings } from '../../src/cli/proxy-settings';

test('no proxy unless one is given or set', () => {
  assert.equal(proxySettings(undefined, {}), undefined);
  assert.equal(proxySettings(undefined, { NO_PROXY: 'example.com', HTTP_PROXY: '' }), undefined);
});

test('--proxy sends every request through it, loopback included, except NO_PROXY hosts', () => {
  assert.deepEqual(proxySettings('http://127.0.0.1:8080', { HTTP_PROXY: 'http://other:3128', no_proxy: 'internal.example' }), {
    http: 'http://127.0.0.1:8080',
    https: 'http://127.0.0.1:8080',
    noProxy: 'internal.example',
  });
});

test('proxies from the environment: lower case first; NO_PROXY and this machine go direct', () => {
  assert.deepEqual(proxySettings(undefined, { http_proxy: 'http://low:1', HTTP_PROXY: 'http://up:2', HTTPS_PROXY: 'http://secure:3', NO_PROXY: '.corp.example' }), {
    http: 'http://low:1',
    https: 'http://secure:3',
    noProxy: '.corp.example,localhost,127.0.0.1,[::1]',
  });
  assert.deepEqual(proxySettings(undefined, { HTTPS_PROXY: 'http://secure:3' }), { http: undefined, https: 'http://secure:3', noProxy: 'localhost,127.0.0.1,[::1]' });
});

test('a proxy that is not an http(s) URL is a usage error naming where it came from', () => {
  assert.throws(() => proxySettings('socks5://127.0.0.1:1080', {}), (e: unknown) => e instanceof UsageError && /^--proxy must be an http:\/\/ or https:\/\/ URL/.test(e.message));
  assert.throws(() => proxySettings(undefined, { HTTP_PROXY: 'proxy:3128' }), (e: unknown) => e instanceof UsageError && /^HTTP_PROXY must be/.test(e.message));
});
