// The demo site's own script (a file, not inline, so the pages run under a strict CSP):
// copy buttons for the embed snippets, and the event log of the overview page.
// Text only: nothing here writes markup.

const status = document.getElementById('copy-status');

/** Select the text of `element`, for a reader to copy by hand when the clipboard is refused. */
function selectText(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copy(button) {
  const source = document.getElementById(button.dataset.copy ?? '');
  if (!source) return;
  const title = button.closest('.snippet')?.querySelector('h3')?.textContent ?? 'Snippet';
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    button.textContent = 'Copied';
    if (status) status.textContent = `${title}: copied to the clipboard.`;
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  } catch {
    selectText(source);
    if (status) status.textContent = `${title}: selected. Press Ctrl+C (⌘C on a Mac) to copy.`;
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () => void copy(button));
}

const log = document.getElementById('event-log');
if (log) {
  const describe = (detail) => {
    try {
      return JSON.stringify(detail);
    } catch {
      return String(detail);
    }
  };
  for (const type of ['mig-load', 'mig-select', 'mig-warning', 'mig-error']) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      item.textContent = `${event.target.localName} ${type} ${describe(event.detail)}`;
      log.prepend(item);
      while (log.children.length > 50) log.lastElementChild?.remove();
    });
  }
}
