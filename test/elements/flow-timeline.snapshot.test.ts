/**
 * Golden SVG snapshots of the flow timeline. Numbers in attributes are rounded to one decimal
 * so sub-pixel noise never fails a test; label places come from estimated text widths, so the
 * picture is the same on every machine and in every time zone (run with a pinned TZ anyway).
 * Stored in __snapshots__/flow-timeline.snapshot.test.snap.js; update with
 * `npx web-test-runner test/elements/flow-timeline.snapshot.test.ts --update-snapshots`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';
import '../../src/flow-timeline.ts';
import type { MigFlowTimeline } from '../../src/flow-timeline.ts';
import serbia from '../../data/flows-serbia.json';

/** Two frames, or a short wait where frames are paused (a page in the background). */
const frames = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  });

const NUMBER = /-?\d*\.\d+(?:e-?\d+)?/g;
const roundNumbers = (text: string) => text.replace(NUMBER, (m) => String(Math.round(Number(m) * 10) / 10 || 0));

/** Elements one per line, attributes sorted, numbers rounded; Lit's comment markers left out. */
export function serializeSvg(node: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = [...node.attributes]
    .map((a) => `${a.name}="${roundNumbers(a.value).replace(/\s+/g, ' ').trim()}"`)
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

async function snapshot(name: string, el: MigFlowTimeline): Promise<void> {
  const svg = el.shadowRoot!.querySelector('[part~=chart] svg')!;
  const actual = `${serializeSvg(svg)}\n`;
  const { updateSnapshots } = await getSnapshotConfig();
  const expected = updateSnapshots ? undefined : await getSnapshot({ name });
  if (expected === undefined) {
    await saveSnapshot({ name, content: actual });
    console.log(`saved snapshot ${name}`);
    return;
  }
  expect(actual).to.equal(expected);
}

async function mount(data: unknown, width: number, lang: string): Promise<MigFlowTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px" lang=${lang}><mig-flow-timeline .data=${data}></mig-flow-timeline></div>`);
  const el = box.querySelector('mig-flow-timeline')!;
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await frames();
  }
  return el;
}

describe('<mig-flow-timeline> golden SVG', () => {
  it('rounds numbers in the serializer', () => {
    expect(roundNumbers('M0.123,10.987L-3.04,5')).to.equal('M0.1,11L0,5'.replace('L0,5', 'L-3,5'));
  });

  it('Serbia, lines, English, 640 px', async () => {
    await snapshot('flow-timeline-serbia-640', await mount(serbia, 640, 'en'));
  });

  it('Serbia, stacked, Serbian Latin, 400 px', async () => {
    await snapshot('flow-timeline-serbia-stacked-400', await mount({ ...serbia, stacked: true }, 400, 'sr-Latn'));
  });

  it('records which time zone it ran in (the picture must not depend on it)', () => {
    console.log(`time zone: ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
  });
});
