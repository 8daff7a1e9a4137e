/**
 * A dev-server middleware that misbehaves on purpose, so element tests meet real network
 * faults: `/fault/<kind>?…`. Each answer is produced by a real HTTP response, no mocks.
 */
const json = (body) => JSON.stringify(body);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function faultyServer(context, next) {
  if (!context.path.startsWith('/fault/')) return next();
  const kind = context.path.slice('/fault/'.length);
  const query = context.query;
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
      context.body = json({ error: 'failure on purpose' });
      return;
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
    case 'hang':
      await sleep(Number(query.for ?? 60_000));
      context.status = 204;
      return;
    default:
      context.status = 404;
  }
}
