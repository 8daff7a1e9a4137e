import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, parseJsonText } from '../../../src/core/data/load.ts';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://x');
    switch (url.pathname) {
      case '/ok':
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
        return;
      case '/plain':
        response.writeHead(200, { 'content-type': 'text/plain' }).end('\ufeff{"a":2}');
        return;
      case '/html':
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>');
        return;
      case '/big':
        response.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(5000)}"`);
        return;
      case '/hang':
        setTimeout(() => response.end('{}'), 2000);
        return;
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchJson against a real local server', () => {
  it('parses JSON, including text/plain with a byte-order mark', async () => {
    expect(await fetchJson(`${base}/ok`)).toMatchObject({ ok: true, value: { a: 1 } });
    expect(await fetchJson(`${base}/plain`)).toMatchObject({ ok: true, value: { a: 2 } });
  });
  it('maps failures to stable codes', async () => {
    expect(await fetchJson(`${base}/missing`)).toMatchObject({ ok: false, error: { code: 'http-404' } });
    expect(await fetchJson(`${base}/html`)).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(await fetchJson(`${base}/big`, { maxBytes: 1000 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await fetchJson(`${base}/hang`, { timeoutMs: 100 })).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(await fetchJson('http://127.0.0.1:1/')).toMatchObject({ ok: false, error: { code: 'network' } });
  });
  it('resolves (never rejects) as aborted when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchJson(`${base}/hang`, { signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'aborted' } });
  });
});

describe('parseJsonText', () => {
  it('reports invalid and empty JSON as invalid-json', () => {
    expect(parseJsonText('{"a":')).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    expect(parseJsonText('  ')).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    expect(parseJsonText('\ufeff[1]')).toMatchObject({ ok: true, value: [1] });
  });
});
