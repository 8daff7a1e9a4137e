/**
 * Loading JSON from text or from a URL. Never throws and never rejects: every outcome is a
 * value, so nothing escapes into the host page. Uses only fetch/AbortController/TextDecoder,
 * which Node and browsers share.
 */
import type { DataIssue } from './types.ts';

export type Loaded = { ok: true; value: unknown; bytes: number } | { ok: false; error: DataIssue };

/**
 * Stable error codes (documented in the README). `http-<status>` covers every HTTP failure
 * (`http-404`, `http-429`, `http-503` …).
 */
export const ERROR_CODES = [
  'invalid-json',
  'invalid-data',
  'not-json',
  'too-large',
  'timeout',
  'network',
  'http-<status>',
  'export-failed',
] as const;

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Parse JSON text (a leading byte-order mark is allowed). */
export function parseJsonText(source: string): Loaded {
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (!body.trim()) return { ok: false, error: { code: 'invalid-json', message: 'The data is empty' } };
  try {
    return { ok: true, value: JSON.parse(body), bytes: body.length };
  } catch (error) {
    return { ok: false, error: { code: 'invalid-json', message: `The data is not valid JSON (${(error as Error).message})` } };
  }
}

const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json|text\/plain|application\/octet-stream)\b/i;

export interface FetchOptions {
  /** Aborting it cancels the request; the result is then `{ ok: false, error: { code: 'aborted' } }`. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** Injected for tests in Node; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/** Fetch a URL and parse it as JSON with a timeout, a byte cap and a content-type check. */
export async function fetchJson(url: string, options: FetchOptions = {}): Promise<Loaded> {
  const { signal } = options;
  // Attribute values arrive as numbers that may be NaN (`max-bytes="20MB"`) or null (attribute
  // removed): those mean the default, never "no limit" (NaN compares false) or "no time at all".
  const timeoutMs = positive(options.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = positive(options.maxBytes) ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (code: string, message: string): Loaded => ({ ok: false, error: { code, message } });
  try {
    if (signal?.aborted) return failure('aborted', 'The request was cancelled');
    const response = await doFetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return failure(`http-${response.status}`, `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const type = response.headers.get('content-type');
    if (type && !JSON_TYPE.test(type)) {
      void response.body?.cancel().catch(() => {});
      return failure('not-json', `Expected JSON but the server sent ${type.split(';')[0]}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      return failure('too-large', `The data is larger than ${maxBytes} bytes`);
    }
    const body = await readCapped(response, maxBytes);
    if (body === null) return failure('too-large', `The data is larger than ${maxBytes} bytes`);
    if (/^\s*</.test(body)) return failure('not-json', 'Expected JSON but the server sent a web page');
    return parseJsonText(body);
  } catch {
    if (signal?.aborted) return failure('aborted', 'The request was cancelled');
    if (timedOut) return failure('timeout', `No answer within ${Math.round(timeoutMs / 1000)} s`);
    return failure('network', 'The data could not be fetched (network or cross-origin error)');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function positive(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Read a body as text, stopping as soon as it passes `maxBytes` (null then). */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) {
    const body = await response.text();
    return body.length > maxBytes ? null : body;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
