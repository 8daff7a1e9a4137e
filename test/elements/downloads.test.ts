/**
 * Downloads: every widget offers its data as CSV; the timeline and the map also offer their
 * picture as SVG and PNG. The files are caught where the widget hands them to the browser.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import centres from '../../data/centres-serbia.json';
import flows from '../../data/flows-serbia.json';
import projects from '../../data/projects-iom.json';
import '../../src/index.ts';
import type { MigElement } from '../../src/elements/base/mig-element.ts';

/** The file a click on the download button of `format` saves: its name and its content. */
async function download(element: HTMLElement, format: string): Promise<{ name: string; blob: Blob }> {
  const button = element.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-format="${format}"]`);
  if (!button) throw new Error(`no ${format} download`);
  const click = HTMLAnchorElement.prototype.click;
  try {
    const saved = new Promise<{ name: string; href: string }>((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        resolve({ name: this.download, href: this.href });
      };
    });
    button.click();
    const { name, href } = await saved;
    return { name, blob: await (await fetch(href)).blob() };
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}

const formats = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-format]')].map((button) => button.dataset.format);

/** The element drawn with `data` (the `mig-load` listener is in place before the data goes in). */
async function mount(template: ReturnType<typeof html>, data: unknown): Promise<MigElement<never>> {
  const element = await fixture<MigElement<never>>(template);
  const loaded = oneEvent(element, 'mig-load');
  (element as unknown as { data: unknown }).data = data;
  await loaded;
  await element.updateComplete;
  return element;
}

describe('downloads', () => {
  it('the timeline offers CSV, SVG and PNG, and saves a standalone SVG of its picture', async () => {
    const element = await mount(html`<mig-flow-timeline lang="en" style="width: 640px"></mig-flow-timeline>`, flows);
    expect(formats(element)).to.deep.equal(['csv', 'svg', 'png']);
    const { name, blob } = await download(element, 'svg');
    expect(name).to.match(/\.svg$/);
    expect(blob.type).to.equal('image/svg+xml');
    const text = await blob.text();
    expect(text).to.match(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).to.include('<path');
  });

  it('the map saves a PNG of its picture', async () => {
    const element = await mount(html`<mig-centre-map lang="en" style="width: 480px"></mig-centre-map>`, centres);
    expect(formats(element)).to.deep.equal(['csv', 'svg', 'png']);
    const { name, blob } = await download(element, 'png');
    expect(name).to.match(/\.png$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((code) => String.fromCharCode(code)).join('')).to.equal('PNG');
  });

  it('the board, which has no single picture, offers its data as CSV only', async () => {
    const element = await mount(html`<mig-project-board lang="en"></mig-project-board>`, projects);
    expect(formats(element)).to.deep.equal(['csv']);
    const { name, blob } = await download(element, 'csv');
    expect(name).to.match(/\.csv$/);
    const text = await blob.text();
    expect(text.split('\n')[0]).to.include(',');
    expect(text.split('\n').length).to.be.greaterThan(projects.projects.length);
  });
});
