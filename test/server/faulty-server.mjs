/**
 * A dev-server middleware that misbehaves on purpose, so element tests meet real network
 * faults: `/fault/<kind>?…`. Each answer is produced by a real HTTP response, no mocks.
 */
import { createServer } from 'node:http';

const json = (body) => JSON.stringify(body);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Requests that carry `key=…` are counted, and remembered as aborted when the client hung up
 * before the answer was complete: `/fault/requests?key=…` tells `{ hits, aborted }`, so a test
 * can prove "no retries" and "aborted on removal" from the server's side.
 */
const requests = new Map();

/**
 * A second origin: a tiny server on another port of 127.0.0.1 (the test page is on another
 * origin). `/no-cors` answers JSON without `Access-Control-Allow-Origin`, `/cors` with it.
 * Started on first use, never keeps the process alive.
 */
let secondOrigin;
function startSecondOrigin() {
  secondOrigin ??= new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = url.searchParams.get('payload') ?? json({ title: 'cross-origin', rows: [1] });
      const cors = url.pathname === '/cors' ? { 'access-control-allow-origin': '*' } : {};
      response.writeHead(url.pathname === '/cors' || url.pathname === '/no-cors' ? 200 : 404, { 'content-type': 'application/json', ...cors });
      response.end(body);
    });
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${server.address().port}`);
    });
  });
  return secondOrigin;
}

export async function faultyServer(context, next) {
  if (!context.path.startsWith('/fault/')) return next();
  const kind = context.path.slice('/fault/'.length);
  const query = context.query;
  if (kind === 'requests') {
    context.type = 'application/json';
    context.body = json(requests.get(String(query.key)) ?? { hits: 0, aborted: 0 });
    return;
  }
  if (kind === 'second-origin') {
    context.type = 'application/json';
    context.body = json({ origin: await startSecondOrigin() });
    return;
  }
  if (query.key) {
    const record = requests.get(String(query.key)) ?? { hits: 0, aborted: 0 };
    record.hits += 1;
    requests.set(String(query.key), record);
    context.res.once('close', () => {
      if (!context.res.writableFinished) record.aborted += 1;
    });
  }
  const delay = Number(query.delay ?? 0);
  if (delay) await sleep(delay);
  const payload = query.payload ?? json({ title: String(query.title ?? 'ok'), rows: [1, 2, 3] });
  switch (kind) {
    case 'ok':
      context.type = 'application/json';
      context.body = payload;
      return;
    case 'status':
      context.status = Number(query.code ?? 500);
      context.type = 'application/json';
      if (context.status === 429 || context.status === 503) context.set('retry-after', '1');
      context.body = json({ error: 'failure on purpose' });
      return;
    case 'type':
      // A JSON body under another declared type, e.g. image/png.
      context.type = String(query.type ?? 'image/png');
      context.body = payload;
      return;
    case 'reset': {
      // Headers and half the body, then the connection is cut.
      context.respond = false;
      const { res } = context;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(payload.length) });
      res.write(payload.slice(0, Math.floor(payload.length / 2)));
      await sleep(50);
      res.destroy();
      return;
    }
    case 'html':
      context.status = 200;
      context.type = 'text/html';
      context.body = '<!doctype html><title>Not found</title><p>Page not found</p>';
      return;
    case 'html-as-json':
      context.status = 200;
      context.type = 'application/json';
      context.body = '<!doctype html><p>Sign in</p>';
      return;
    case 'truncated':
      context.type = 'application/json';
      context.body = payload.slice(0, Math.floor(payload.length / 2));
      return;
    case 'bom':
      context.type = 'application/json';
      context.body = `\ufeff${payload}`;
      return;
    case 'large': {
      const size = Number(query.bytes ?? 2_000_000);
      context.type = 'application/json';
      context.body = `{"pad":"${'x'.repeat(size)}"}`;
      return;
    }
    case 'drip': {
      // Streams the body a few bytes at a time: slow, but not silent.
      const { Readable } = await import('node:stream');
      const chunks = payload.match(/.{1,8}/gs) ?? [];
      const pause = Number(query.pause ?? 50);
      context.type = 'application/json';
      context.body = Readable.from(
        (async function* () {
          for (const chunk of chunks) {
            await sleep(pause);
            yield chunk;
          }
        })(),
      );
      return;
    }
    case 'hang': {
      // Ends early when the client hangs up, so an aborted request frees the server at once.
      const closed = new Promise((resolve) => context.res.once('close', resolve));
      await Promise.race([sleep(Number(query.for ?? 60_000)), closed]);
      context.status = 204;
      return;
    }
    default:
      context.status = 404;
  }
}
