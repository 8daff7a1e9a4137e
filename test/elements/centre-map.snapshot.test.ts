/**
 * Golden SVG snapshots of the centre map. Numbers in attributes are rounded to one decimal so
 * sub-pixel noise never fails a test; label places come from estimated text widths, so the
 * picture is the same on every machine and in every time zone.
 * Stored in __snapshots__/centre-map.snapshot.test.snap.js; update with
 * `npx web-test-runner test/elements/centre-map.snapshot.test.ts --update-snapshots`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';
import '../../src/centre-map.ts';
import type { MigCentreMap } from '../../src/centre-map.ts';
import bih from '../../data/centres-bih.json';

const frames = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  });

const NUMBER = /-?\d*\.\d+(?:e-?\d+)?/g;
const roundNumbers = (text: string) => text.replace(NUMBER, (m) => String(Math.round(Number(m) * 10) / 10 || 0));

/** Elements one per line, attributes sorted, numbers rounded; Lit's comment markers left out. */
function outline(node: Element, depth = 0): string {
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
    child.nodeType === Node.TEXT_NODE ? `${pad}  ${child.textContent!.trim()}` : outline(child as Element, depth + 1),
  );
  return `${open}>\n${inner.join('\n')}\n${pad}</${node.localName}>`;
}

async function snapshot(name: string, el: MigCentreMap): Promise<void> {
  const actual = `${outline(el.shadowRoot!.querySelector('[part~=chart] svg')!)}\n`;
  const { updateSnapshots } = await getSnapshotConfig();
  const expected = updateSnapshots ? undefined : await getSnapshot({ name });
  if (expected === undefined) {
    await saveSnapshot({ name, content: actual });
    console.log(`saved snapshot ${name}`);
    return;
  }
  expect(actual).to.equal(expected);
}

async function mount(data: unknown, width: number, lang: string, basemap = 'auto'): Promise<MigCentreMap> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${lang}><mig-centre-map basemap=${basemap} .data=${data}></mig-centre-map></div>`,
  );
  const el = box.querySelector('mig-centre-map')!;
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await frames();
  }
  return el;
}

/** Every case of the rate, without a basemap: symbols, hatching, hollow outlines, labels. */
const cases = {
  asOf: '2017-01-16',
  centres: [
    { id: 'krnjaca', name: 'Krnjača', type: 'asylum', lat: 44.804, lon: 20.465, capacity: 1000, occupancy: 980 },
    { id: 'obrenovac', name: 'Obrenovac', type: 'transit', lat: 44.655, lon: 20.2, capacity: 600, occupancy: 900 },
    { id: 'presevo', name: 'Preševo', type: 'reception', lat: 42.309, lon: 21.649, capacity: null, occupancy: 400 },
    { id: 'tent', name: 'Tent', type: 'tent camp', lat: 43.15, lon: 22.586, capacity: 0, occupancy: 20 },
    { id: 'vranje', name: 'Vranje', type: 'reception', lat: 42.551, lon: 21.9, capacity: 200, occupancy: 0, status: 'closed' },
    { id: 'bogovadja', name: 'Bogovađa', type: 'asylum', lat: 44.369, lon: 20.165, capacity: 200, occupancy: 60, status: 'standby' },
  ],
};

describe('<mig-centre-map> golden SVG', () => {
  it('Bosnia and Herzegovina, September 2019, English, 640 px', async () => {
    await snapshot('centre-map-bih-640', await mount(bih, 640, 'en'));
  });

  it('every rate case, no basemap, Serbian Cyrillic, 320 px', async () => {
    await snapshot('centre-map-cases-320', await mount(cases, 320, 'sr-Cyrl', 'none'));
  });
});
