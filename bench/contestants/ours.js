/**
 * migration-widgets from the self-contained bundle dist/mig-widgets.min.js (loaded by the page
 * before this script). The element is on the page, measured and empty before the data arrives,
 * as when a page fetches its data after load; the data goes in through the `data` property and
 * the element says it has drawn with `mig-load`.
 */
const TAGS = { timeline: 'mig-flow-timeline', map: 'mig-centre-map', board: 'mig-project-board' };

const notAvailable = (message) => Object.assign(new Error(message), { name: 'NotAvailable' });
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves on the element's next `mig-load`, rejects on `mig-error`. */
function drawn(element, action) {
  return new Promise((resolve, reject) => {
    const stop = () => {
      element.removeEventListener('mig-load', onLoad);
      element.removeEventListener('mig-error', onError);
    };
    const onLoad = () => {
      stop();
      resolve();
    };
    const onError = (event) => {
      stop();
      reject(new Error(`mig-error ${event.detail?.code}: ${event.detail?.message}`));
    };
    element.addEventListener('mig-load', onLoad);
    element.addEventListener('mig-error', onError);
    action();
  });
}

function widget(name) {
  const tag = TAGS[name];
  return {
    async setup(context) {
      await Promise.race([customElements.whenDefined(tag), delay(2000)]);
      if (!customElements.get(tag)) throw notAvailable(`<${tag}> is not defined by the bundle (not built yet)`);
      const element = document.createElement(tag);
      element.lang = 'en';
      element.style.display = 'block';
      element.style.width = `${context.width}px`;
      if (name !== 'board') element.style.height = `${context.height}px`;
      context.container.append(element);
      context.element = element;
      await element.updateComplete;
    },
    render(context, data) {
      return drawn(context.element, () => (context.element.data = data));
    },
    update(context, data) {
      return drawn(context.element, () => (context.element.data = data));
    },
    async filter(context) {
      context.element.setAttribute('status', 'active');
      await context.element.updateComplete;
    },
  };
}

const board = widget('board');
delete board.update;
const timeline = widget('timeline');
delete timeline.filter;
const map = widget('map');
delete map.update;
delete map.filter;

export default { timeline, map, board };
