/**
 * The page side of the benchmark, bundled into every contestant's page. It generates the
 * workload's data from the URL (before anything is timed), lets the contestant prepare an empty
 * stage, then exposes `window.__bench` for bench/run.mjs to drive:
 *   first()   hand over the dataset and time it (see measure())
 *   second()  a data update of the same size (timeline) or a filter change (board), timed the same way
 *   nodes()   elements the contestant added, counted inside shadow roots too
 *   box()     where the stage is, for the hover probe
 *   hovers    for each pointermove: ms from the event to the second frame after it
 */
import { dataset } from '../data.mjs';

export const WIDTH = 960;
export const HEIGHT = 480;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
/** Once the page has been idle: as when data arrives after load. `__pageIdle` is the real one where a page turned idle callbacks off for its contestant. */
const idle = () => new Promise((resolve) => (window.__pageIdle ?? requestIdleCallback)(() => resolve(), { timeout: 1000 }));

/** Every element in the document, descending into open shadow roots. */
export function countElements(root = document) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/**
 * Times one hand-over: `call` returns when the contestant's synchronous call returns; `ready` when
 * what it returned (a promise, or our elements' `mig-load`) settles; `frame` at the second
 * requestAnimationFrame after that, i.e. once the frame holding the result was painted.
 */
async function measure(action) {
  const start = performance.now();
  const pending = action();
  const returned = performance.now();
  await pending;
  const settled = performance.now();
  await frames();
  const painted = performance.now();
  return { call: returned - start, ready: settled - start, frame: painted - start };
}

/** Start the page for `contestant`: `{ timeline?, map?, board? }`, each `{ setup?, render, update?, filter? }`. */
export function start(contestant) {
  const params = new URLSearchParams(location.search);
  const widget = params.get('widget') ?? 'timeline';
  const size = Number(params.get('size') ?? 730);
  const seed = Number(params.get('seed') ?? 1);
  const skeleton = countElements();
  const bench = { status: 'loading', error: '', hovers: [] };
  window.__bench = bench;

  addEventListener(
    'pointermove',
    (event) => {
      const at = event.timeStamp;
      requestAnimationFrame(() => requestAnimationFrame(() => bench.hovers.push(performance.now() - at)));
    },
    { capture: true, passive: true },
  );

  const setup = async () => {
    const impl = contestant[widget];
    if (!impl) throw Object.assign(new Error(`no ${widget} in this contestant`), { name: 'NotAvailable' });
    // Both datasets exist before the heap baseline is taken, so neither counts as retained.
    const first = dataset(widget, size, seed);
    const next = dataset(widget, size, seed + 1);
    const container = document.createElement('div');
    container.id = 'stage';
    container.style.width = `${WIDTH}px`;
    if (widget !== 'board') container.style.height = `${HEIGHT}px`;
    document.body.append(container);
    const context = { container, width: WIDTH, height: HEIGHT, widget };
    await impl.setup?.(context);
    await frames();
    await idle();
    bench.first = () => measure(() => impl.render(context, first));
    if (impl.update) bench.second = () => measure(() => impl.update(context, next));
    else if (impl.filter) bench.second = () => measure(() => impl.filter(context));
    // Less the stage itself: what is left is what the contestant made.
    bench.nodes = () => countElements() - skeleton - 1;
    bench.box = () => {
      const { x, y, width, height } = container.getBoundingClientRect();
      return { x, y, width, height };
    };
  };

  setup().then(
    () => (bench.status = 'ready'),
    (error) => {
      bench.status = error?.name === 'NotAvailable' ? 'n/a' : 'error';
      bench.error = String(error?.stack ?? error);
    },
  );
}
