/**
 * A map waiting for its data fetches the shipped outlines it may draw while the page is idle, so
 * the first picture does not wait for them (and none when it will not draw them).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { namedBasemap } from '../../src/core/geo/basemaps.ts';
import '../../src/centre-map.ts';

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 300)));

describe('<mig-centre-map> waiting for data', () => {
  it('fetches no shipped outlines when told to draw none', async () => {
    await fixture(html`<mig-centre-map basemap="none" lang="en"></mig-centre-map>`);
    await idle();
    expect(namedBasemap('western-balkans')).to.equal(undefined);
    expect(namedBasemap('europe')).to.equal(undefined);
  });

  it('fetches the shipped outlines it may choose between while the page is idle', async () => {
    await fixture(html`<mig-centre-map lang="en"></mig-centre-map>`);
    await idle();
    expect(namedBasemap('western-balkans')?.shapes.length).to.be.greaterThan(10);
    expect(namedBasemap('europe')?.shapes.length).to.be.greaterThan(10);
  });
});
