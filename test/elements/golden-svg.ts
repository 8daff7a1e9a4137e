/**
 * Golden SVG snapshots: a chart's <svg> written one element per line, attributes sorted, numbers
 * in geometry rounded to one decimal (sub-pixel noise never fails a test), Lit's comment markers
 * left out. Stored by @web/test-runner-commands next to the test in __snapshots__/; update with
 * `npx web-test-runner <test file> --update-snapshots`.
 */
import { expect } from '@open-wc/testing';
import { getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';

/** Two frames, or a short wait where frames are paused (a page in the background). */
export const frames = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  });

const NUMBER = /-?\d*\.\d+(?:e-?\d+)?/g;
const roundNumbers = (text: string) => text.replace(NUMBER, (m) => String(Math.round(Number(m) * 10) / 10 || 0));
/** Text for people (labels) is kept as it is: "6.500 ljudi" is a number in words, not geometry. */
const isText = (name: string) => name.startsWith('aria-') || name.startsWith('data-');

export function serializeSvg(node: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = [...node.attributes]
    .map((a) => `${a.name}="${(isText(a.name) ? a.value : roundNumbers(a.value)).replace(/\s+/g, ' ').trim()}"`)
    .sort()
    .join(' ');
  const open = `${pad}<${node.localName}${attrs ? ` ${attrs}` : ''}`;
  const children = [...node.childNodes].filter(
    (child) => child.nodeType === Node.ELEMENT_NODE || (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
  );
  if (children.length === 0) return `${open}/>`;
  if (children.every((child) => child.nodeType === Node.TEXT_NODE)) {
    return `${open}>${children.map((c) => c.textContent!.trim()).join(' ')}</${node.localName}>`;
  }
  const inner = children.map((child) =>
    child.nodeType === Node.TEXT_NODE ? `${pad}  ${child.textContent!.trim()}` : serializeSvg(child as Element, depth + 1),
  );
  return `${open}>\n${inner.join('\n')}\n${pad}</${node.localName}>`;
}

/** Compare the widget's chart with the stored golden SVG named `name` (saved when missing). */
export async function matchSvgSnapshot(name: string, widget: Element): Promise<void> {
  const svg = widget.shadowRoot!.querySelector('[part~=chart] svg')!;
  const actual = `${serializeSvg(svg)}\n`;
  const { updateSnapshots } = await getSnapshotConfig();
  const expected = updateSnapshots ? undefined : await getSnapshot({ name });
  if (expected === undefined) {
    await saveSnapshot({ name, content: actual });
    return;
  }
  expect(actual).to.equal(expected);
}
