// The iframe page: builds the one widget the address asks for (see frame.html).
// Only known widgets and attributes, and only data files on this same site.

const WIDGETS = new Set(['flow-timeline', 'centre-map', 'project-board']);
const THEMES = new Set(['light', 'dark', 'auto']);
/** Widget attributes that may come from the address, besides src, lang and theme. */
const PASSED = ['heading-level', 'layout', 'status', 'donor', 'country', 'project-theme', 'query', 'sort', 'today', 'date'];

const params = new URLSearchParams(location.search);
const main = document.getElementById('widget');

function fail(message) {
  const paragraph = document.createElement('p');
  paragraph.className = 'frame-error';
  paragraph.textContent = message;
  main.replaceChildren(paragraph);
}

/** The data address, if it is on this site (an iframe page must not show anyone's file as ours). */
function sameSite(value) {
  try {
    const url = new URL(value, location.href);
    return url.origin === location.origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

const widget = params.get('widget') ?? '';
const src = sameSite(params.get('src') ?? '');
if (!WIDGETS.has(widget)) {
  fail(`Unknown widget "${widget}": use flow-timeline, centre-map or project-board.`);
} else if (!src) {
  fail('The data address (src) must be a file on this site.');
} else {
  const element = document.createElement(`mig-${widget}`);
  element.setAttribute('src', src);
  const lang = params.get('lang');
  if (lang) document.documentElement.lang = lang;
  const theme = params.get('theme');
  if (theme && THEMES.has(theme)) element.setAttribute('theme', theme);
  for (const name of PASSED) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  // The page title follows the dataset's, for the iframe's accessible name and for tabs.
  element.addEventListener('mig-load', () => {
    const title = element.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    if (title) document.title = title;
  });
  main.replaceChildren(element);
}
