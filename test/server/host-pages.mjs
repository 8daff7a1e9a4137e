/**
 * Host pages for the Node-side reliability scripts (test/reliability/*.mjs): a small server on
 * 127.0.0.1 that serves the built bundles, the sample data and a few test pages, each page
 * with the response headers it needs (e.g. a strict Content-Security-Policy). Page scripts are
 * files of their own (never inline), so the strictest policy can apply to the page itself.
 *
 *   const { url, close } = await startHostPages({ dist: 'dist' });
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Runs first on every page (a classic script, so before any module): records policy
 * violations, uncaught errors, unhandled rejections and console warnings where the test can read
 * them, and counts observers and media-query listeners that are alive.
 */
const GUARD = `(() => {
  const log = (window.__mig = { violations: [], errors: [], warnings: [], observers: 0, mediaListeners: 0 });
  const where = (e) => {
    const target = e.composedPath()[0];
    if (!target || !target.localName) return e.sourceFile ? e.sourceFile.split('/').pop() + ':' + e.lineNumber : '';
    const host = target.getRootNode && target.getRootNode().host;
    return (host ? host.localName + ' > ' : '') + target.localName + (target.getAttribute('class') ? '.' + target.getAttribute('class').trim().split(/\\s+/).join('.') : '');
  };
  document.addEventListener('securitypolicyviolation', (e) => log.violations.push([e.violatedDirective, e.blockedURI, e.sample || '', where(e)].filter(Boolean).join(' ')), true);
  window.addEventListener('error', (e) => log.errors.push('error: ' + e.message));
  window.addEventListener('unhandledrejection', (e) => log.errors.push('rejection: ' + String(e.reason && e.reason.message || e.reason)));
  const warn = console.warn.bind(console);
  console.warn = (...args) => { log.warnings.push(args.map(String).join(' ')); warn(...args); };
  // Live observations: observe() on a target not yet observed counts one, unobserve()/disconnect() take them back.
  for (const Observer of [window.ResizeObserver, window.MutationObserver]) {
    const targets = new WeakMap();
    const proto = Observer.prototype;
    const { observe, disconnect } = proto;
    proto.observe = function (target, options) {
      let set = targets.get(this);
      if (!set) targets.set(this, (set = new Set()));
      if (!set.has(target)) { set.add(target); log.observers++; }
      return observe.call(this, target, options);
    };
    if (proto.unobserve) {
      const { unobserve } = proto;
      proto.unobserve = function (target) {
        const set = targets.get(this);
        if (set && set.delete(target)) log.observers--;
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function () {
      const set = targets.get(this);
      if (set) { log.observers -= set.size; set.clear(); }
      return disconnect.call(this);
    };
  }
  const mq = MediaQueryList.prototype;
  const { addEventListener, removeEventListener } = mq;
  const live = new WeakMap();
  mq.addEventListener = function (type, listener, options) {
    let set = live.get(this);
    if (!set) live.set(this, (set = new Set()));
    if (!set.has(listener)) { set.add(listener); log.mediaListeners++; }
    return addEventListener.call(this, type, listener, options);
  };
  mq.removeEventListener = function (type, listener, options) {
    const set = live.get(this);
    if (set && set.delete(listener)) log.mediaListeners--;
    return removeEventListener.call(this, type, listener, options);
  };
})();
`;

const page = ({ title, head = '', body = '', dir = 'ltr', lang = 'en' }) => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script src="/page/guard.js"></script>
<link rel="stylesheet" href="/page/page.css">
${head}
</head>
<body>
${body}
</body>
</html>
`;

/** Inline JSON as a host page must write it: `</` escaped so no `</script>` can end the element early. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const HOSTILE_TITLE = '</script><script>window.__migPwned=1</script><img src=x onerror="window.__migPwned=1">';

const widgets = (module) => `
<main>
  <mig-flow-timeline id="flows" src="/data/flows-serbia.json"></mig-flow-timeline>
  <mig-centre-map id="centres" src="/data/centres-serbia.json"></mig-centre-map>
  <mig-project-board id="projects">
    <script type="application/json">${inlineJson({ title: HOSTILE_TITLE, projects: [{ id: 'a', title: HOSTILE_TITLE, status: 'active', url: 'javascript:window.__migPwned=1' }, { id: 'b', title: 'Open Communities', status: 'planned', url: 'https://example.org/' }] })}</script>
  </mig-project-board>
</main>
${module}`;

const THREE_COPIES = `<script type="module" src="/dist/mig-widgets.min.js"></script>
<script type="module" src="/dist/mig-widgets.min.js?copy=2"></script>
<script src="/dist/mig-widgets.iife.min.js"></script>`;

const PAGES = {
  // All three widgets under the strictest policy, from the self-contained ES module bundle.
  '/page/csp.html': {
    headers: { 'content-security-policy': STRICT_CSP },
    body: () => page({ title: 'Strict CSP (module)', body: widgets('<script type="module" src="/dist/mig-widgets.min.js"></script>') }),
  },
  // The same from the classic-script bundle.
  '/page/csp-iife.html': {
    headers: { 'content-security-policy': STRICT_CSP },
    body: () => page({ title: 'Strict CSP (classic)', body: widgets('<script src="/dist/mig-widgets.iife.min.js"></script>') }),
  },
  // Two copies of the module bundle (distinct URLs are distinct module instances) and the classic one.
  '/page/two-copies.html': {
    headers: { 'content-security-policy': STRICT_CSP },
    body: () => page({ title: 'Three copies', body: widgets(THREE_COPIES) }),
  },
  // The same where the policy lets each copy of Lit create its own 'lit-html' policy.
  '/page/two-copies-allowed.html': {
    headers: { 'content-security-policy': `${STRICT_CSP} 'allow-duplicates'` },
    body: () => page({ title: 'Three copies, duplicates allowed', body: widgets(THREE_COPIES) }),
  },
  // A page for forced colours and right-to-left (the test switches media and direction).
  '/page/plain.html': {
    headers: { 'content-security-policy': STRICT_CSP },
    body: () => page({ title: 'Plain', body: widgets('<script type="module" src="/dist/mig-widgets.min.js"></script>') }),
  },
  // An empty page with the bundle: the memory test adds and removes widgets itself.
  '/page/empty.html': {
    headers: { 'content-security-policy': STRICT_CSP },
    body: () => page({ title: 'Empty', body: '<main id="stage"></main><script type="module" src="/dist/mig-widgets.min.js"></script>' }),
  },
  '/page/guard.js': { type: TYPES['.js'], body: () => GUARD },
  '/page/page.css': { type: TYPES['.css'], body: () => 'body { margin: 0; font-family: sans-serif; } main { width: 640px; } main > * { margin-block-end: 1rem; }' },
};

/** Start the server; resolves with its base URL and a close function. */
export function startHostPages({ dist = 'dist', root = '.' } = {}) {
  const folders = { '/dist/': resolve(dist), '/data/': resolve(root, 'data') };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const known = PAGES[path];
    if (known) {
      response.writeHead(200, { 'content-type': known.type ?? TYPES['.html'], 'cache-control': 'no-store', ...(known.headers ?? {}) });
      response.end(known.body());
      return;
    }
    const prefix = Object.keys(folders).find((folder) => path.startsWith(folder));
    const base = prefix && folders[prefix];
    const file = base && normalize(join(base, path.slice(prefix.length)));
    if (!file || !file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolvePromise({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
