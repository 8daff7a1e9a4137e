import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { BASEMAP_NAMES, loadBasemap } from '../../src/core/geo/basemaps.ts';
import '../../src/centre-map.ts';
import type { MigCentreMap } from '../../src/centre-map.ts';
import serbia from '../../data/centres-serbia.json';
import bih from '../../data/centres-bih.json';
import { generateCentres } from '../../src/core/data/sample-generators.ts';

/** Two frames, or a short wait where frames are paused (a page in the background). */
const frames = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  });

async function settle(el: MigCentreMap): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await frames();
  }
}

async function mount(data: unknown, { width = 640, lang = 'en', basemap = '' } = {}): Promise<MigCentreMap> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${lang}>
      <mig-centre-map basemap=${basemap || 'auto'} .data=${data}></mig-centre-map>
    </div>`,
  );
  const el = box.querySelector('mig-centre-map')!;
  await settle(el);
  return el;
}

const $ = <T extends Element = Element>(el: MigCentreMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: MigCentreMap, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const live = (el: MigCentreMap) => $(el, '.frame > [role=status]')!.textContent!.trim();
const marker = (el: MigCentreMap, id: string) => $<SVGElement>(el, `.markers [data-id="${id}"]`);
/** The hatching drawn over a centre above capacity, right after its symbol. */
const hatch = (el: MigCentreMap, id: string) => $<SVGElement>(el, `.markers [data-id="${id}"] + .hatch`);

/** Five centres: over capacity, capacity unknown, no places, closed; and a history. */
const cases = {
  title: 'Test centres',
  asOf: '2017-01-16',
  centres: [
    {
      id: 'krnjaca',
      name: 'Krnjača',
      type: 'asylum',
      lat: 44.804,
      lon: 20.465,
      capacity: 1000,
      occupancy: 980,
      history: [{ date: '2016-12-25', occupancy: 1100, capacity: 1000 }],
    },
    { id: 'obrenovac', name: 'Obrenovac', type: 'transit', lat: 44.655, lon: 20.2, capacity: 600, occupancy: 900 },
    { id: 'presevo', name: 'Preševo', type: 'reception', lat: 42.309, lon: 21.649, capacity: null, occupancy: 400 },
    { id: 'tent', name: 'Tent', type: 'tent camp', lat: 43.15, lon: 22.586, capacity: 0, occupancy: 20 },
    { id: 'vranje', name: 'Vranje', type: 'reception', lat: 42.551, lon: 21.9, capacity: 200, occupancy: 0, status: 'closed' },
  ],
};


// The shipped outlines load on demand in their own chunk: have them here before the tests draw.
before(() => Promise.all(BASEMAP_NAMES.map(loadBasemap)));

describe('<mig-centre-map>: picture', () => {
  it('draws a basemap, one symbol per centre, a legend and a summary, and reports what it loaded', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang="en"></div>`);
    const el = document.createElement('mig-centre-map');
    box.append(el);
    const loaded = oneEvent(el, 'mig-load');
    el.data = bih;
    const { detail } = await loaded;
    await settle(el);
    expect(detail).to.deep.equal({ centres: 10, dates: 5 });
    expect(el.getAttribute('state')).to.equal('ready');
    expect($$(el, '.land path').length).to.be.greaterThan(5);
    expect($$(el, '.markers [data-id]')).to.have.length(10);
    expect($$(el, '.labels text').map((t) => t.textContent)).to.include('Miral Temporary Reception Centre');
    expect($(el, '[part~=summary]')!.textContent).to.contain('1 centre was over capacity: Miral Temporary Reception Centre (102%)');
    expect($$(el, '[part~=legend] .legend-title').map((t) => t.textContent)).to.deep.equal(['People', 'Occupancy of capacity', 'Type']);
  });

  it('marks over-capacity by hatching and a heavier outline as well as colour', async () => {
    const el = await mount(cases);
    const shape = marker(el, 'obrenovac')!;
    expect(hatch(el, 'obrenovac')!.getAttribute('fill')).to.equal('url(#mig-hatch)');
    expect(hatch(el, 'obrenovac')!.getAttribute('d')).to.equal(shape.getAttribute('d'));
    expect(shape.classList.contains('over')).to.equal(true);
    expect(parseFloat(getComputedStyle(shape).strokeWidth)).to.be.greaterThan(parseFloat(getComputedStyle(marker(el, 'krnjaca')!).strokeWidth));
    // No places at all with people there is over capacity too; no division happened.
    expect(hatch(el, 'tent')).to.not.equal(null);
    expect(hatch(el, 'krnjaca')).to.equal(null);
    expect($(el, '.legend-note')!.textContent).to.contain('the number of people or the capacity is unknown');
  });

  it('draws closed centres hollow and dashed, and types as shapes', async () => {
    const el = await mount(cases);
    const closed = marker(el, 'vranje')!;
    expect(closed.classList.contains('closed')).to.equal(true);
    expect(getComputedStyle(closed).strokeDasharray).to.not.equal('none');
    expect(marker(el, 'krnjaca')!.getAttribute('d')).to.match(/a/); // a circle
    expect(marker(el, 'presevo')!.getAttribute('d')).to.match(/h.*v/); // a square
    const legend = $$(el, '[part~=legend] li').map((li) => li.textContent!.trim());
    expect(legend).to.include.members(['Asylum centre', 'Reception centre', 'Transit centre', 'Other', 'Closed', 'over capacity', 'rate unknown']);
  });

  it('draws the largest first, so every smaller symbol stays on top', async () => {
    const el = await mount(cases);
    const ids = $$(el, '.markers > [data-id]').map((node) => node.getAttribute('data-id'));
    expect(ids[0]).to.equal('krnjaca');
    expect(ids.at(-1)).to.equal('vranje');
  });

  it('shows the Kosovo footnote on a map of Serbia, and names countries in the page language', async () => {
    const el = await mount(serbia, { lang: 'sr-Cyrl', width: 800 });
    expect($$(el, '.country-labels text').map((t) => t.textContent)).to.include.members(['Србија', 'Косово*']);
    const footnote = $$(el, '.footnote text').map((t) => t.textContent).join(' ');
    expect(footnote).to.contain('Резолуцијом СБУН 1244/1999');
    expect($(el, 'p.visually-hidden:not(#map-keys)')!.textContent).to.contain('1244/1999');
    expect($$(el, '.labels text').map((t) => t.textContent).join(' ')).to.match(/[\u0400-\u04ff]/);
  });

  it('leaves the footnote out when Kosovo is not on the map', async () => {
    const el = await mount(bih);
    expect($(el, '.footnote')).to.equal(null);
  });

  it('follows the basemap attribute: a named basemap, none', async () => {
    // The Europe basemap is coarser (1:110m) than the Western Balkans one (1:50m) chosen by default.
    const detail = async (el: MigCentreMap) => $$(el, '.land path').reduce((sum, path) => sum + path.getAttribute('d')!.length, 0);
    const europe = await mount(cases, { basemap: 'europe' });
    expect(await detail(europe)).to.be.below((await detail(await mount(cases))) * 0.6);
    const none = await mount(cases, { basemap: 'none' });
    expect($$(none, '.land path')).to.have.length(0);
    expect($(none, '.graticule')!.getAttribute('d')).to.match(/^M/);
  });

  it('redraws outlines and names when the basemap or the language changes, the symbols staying in place', async () => {
    const el = await mount(serbia, { width: 800 });
    const places = () => $$(el, '.markers [data-id]').map((node) => `${node.getAttribute('data-id')} ${node.getAttribute('d')}`);
    const outlines = () => $$(el, '.land path').map((path) => path.getAttribute('d')).join();
    const names = () => $$(el, '.country-labels text').map((text) => text.textContent);
    const before = { places: places(), outlines: outlines() };
    expect(names()).to.include('Serbia');
    el.setAttribute('basemap', 'europe');
    await settle(el);
    expect(places()).to.deep.equal(before.places);
    expect(outlines()).not.to.equal(before.outlines);
    const fresh = await mount(serbia, { width: 800, basemap: 'europe' });
    expect(outlines()).to.equal($$(fresh, '.land path').map((path) => path.getAttribute('d')).join());
    el.parentElement!.lang = 'sr-Cyrl';
    await settle(el);
    expect(names()).to.include('Србија');
    el.setAttribute('basemap', 'none');
    await settle(el);
    expect($$(el, '.land path')).to.have.length(0);
    expect(places()).to.deep.equal(before.places);
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const el = await mount(serbia, { width: 320 });
    const svg = $<SVGSVGElement>(el, '[part~=chart] svg')!;
    expect(Number(svg.getAttribute('width'))).to.equal(320);
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, '.dates input[type=range]')!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('takes dark colours with theme="dark"', async () => {
    const light = await mount(cases);
    light.theme = 'light';
    await settle(light);
    const land = () => getComputedStyle($(light, '.land path')!).fill;
    const before = land();
    light.theme = 'dark';
    await settle(light);
    expect(land()).to.not.equal(before);
  });

  it('shows invalid data as an error, never throwing into the page', async () => {
    const el = await mount({ centres: 'nope' });
    expect(el.getAttribute('state')).to.equal('error');
    expect($(el, '[part~=error]')).to.not.equal(null);
    const empty = await mount({ centres: [] });
    expect(empty.getAttribute('state')).to.equal('empty');
  });

  it('passes axe with data, in the table view and in Serbian Cyrillic', async () => {
    const el = await mount(bih);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.table-toggle')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
    await expect(await mount(serbia, { lang: 'sr-Cyrl' })).to.be.accessible();
  });
});

describe('<mig-centre-map>: table and summary', () => {
  it('has one row per centre with type, status, people, places and rate', async () => {
    const el = await mount(cases);
    $<HTMLButtonElement>(el, '.table-toggle')!.click();
    await settle(el);
    const headers = $$(el, '[part~=table] thead th').map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Centre', 'Type', 'Status', 'People', 'Places', 'Occupancy', 'Date']);
    const rows = $$(el, '[part~=table] tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(rows).to.have.length(5);
    expect(rows[2]).to.deep.equal(['Preševo', 'Reception centre', 'Open', '400', 'unknown', 'capacity unknown', 'Jan 16, 2017']);
    expect(rows[3]!.slice(0, 6)).to.deep.equal(['Tent', 'tent camp', 'Open', '20', '0', 'no places']);
  });

  it('summarises in the page language', async () => {
    const el = await mount(cases, { lang: 'sr-Latn' });
    expect($(el, '[part~=summary]')!.textContent).to.contain('Preko kapaciteta: 2 (Tent, bez mesta i Obrenovac 150%)');
  });
});

describe('<mig-centre-map>: interaction', () => {
  it('walks west to east with ←/→ and by size with ↑/↓, announcing each centre', async () => {
    const el = await mount(cases);
    $<HTMLElement>(el, '.map')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(live(el)).to.match(/^Obrenovac; Transit centre; People: 900; Places: 600; Occupancy: 150% \(over capacity\)/);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(live(el)).to.match(/^Krnjača/);
    expect($(el, '.ring')).to.not.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(live(el)).to.match(/^Obrenovac/);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(live(el)).to.match(/^Vranje; Reception centre; Closed/);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(live(el)).to.match(/^Krnjača/);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.equal('Krnjača');
  });

  it('selects with Enter, firing mig-select with the figures and their date', async () => {
    const el = await mount(cases);
    $<HTMLElement>(el, '.map')!.focus();
    await sendKeys({ press: 'Home' });
    const selected = oneEvent(el, 'mig-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.equal({ id: 'krnjaca', name: 'Krnjača', occupancy: 980, capacity: 1000, date: '2017-01-16' });
    await settle(el);
    expect($(el, '.ring.selected')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.ring')).to.equal(null);
  });

  it('shows a tooltip on hover and selects on click', async () => {
    const el = await mount(cases);
    const target = marker(el, 'presevo')!;
    target.scrollIntoView({ block: 'center' });
    const box = target.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(el);
    const tooltip = $(el, '[part~=tooltip]')!;
    expect(tooltip.textContent).to.contain('Preševo');
    expect(tooltip.textContent).to.contain('capacity unknown');
    const selected = oneEvent(el, 'mig-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = await selected;
    expect(detail).to.include({ id: 'presevo', occupancy: 400, capacity: null });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('starts at the largest centre with ↑ as with ↓', async () => {
    const el = await mount(cases);
    $<HTMLElement>(el, '.map')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(live(el)).to.match(/^Krnjača/);
  });

  it('finds the centre under the pointer among thousands drawn as grouped paths', async () => {
    const el = await mount(generateCentres({ count: 1200, seed: 9 }), { width: 800 });
    // Grouped by look and by square of the map: far fewer elements than centres.
    expect($$(el, '.markers.dense > [data-look]').length).to.be.within(2, 1200 / 4);
    $<HTMLElement>(el, '.map')!.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    const ring = $<SVGCircleElement>(el, '.ring')!;
    ring.scrollIntoView({ block: 'center' });
    const box = ring.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    $<HTMLElement>(el, '.map')!.blur();
    await settle(el);
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(el);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.match(/^Centre \d+$/);
    const selected = oneEvent(el, 'mig-select');
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await selected).detail.id).to.match(/^centre-\d+$/);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('names centres in Cyrillic on a Cyrillic page', async () => {
    const el = await mount(cases, { lang: 'sr-Cyrl' });
    $<HTMLElement>(el, '.map')!.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(live(el)).to.match(/^Крњача/);
  });
});

describe('<mig-centre-map>: dates', () => {
  it('offers a date control when centres carry a history, starting at asOf', async () => {
    const el = await mount(cases);
    const range = $<HTMLInputElement>(el, '.dates input[type=range]')!;
    expect(range.max).to.equal('1');
    expect(range.value).to.equal('1');
    expect(range.getAttribute('aria-valuetext')).to.equal('January 16, 2017');
    expect(await mount({ ...cases, centres: cases.centres.slice(1) }).then((plain) => $(plain, '.dates'))).to.equal(null);
  });

  it('shows the figures of the chosen date', async () => {
    const el = await mount(cases);
    const range = $<HTMLInputElement>(el, '.dates input[type=range]')!;
    range.value = '0';
    range.dispatchEvent(new Event('input'));
    await settle(el);
    expect($(el, '.dates output')!.textContent).to.equal('December 25, 2016');
    expect(hatch(el, 'krnjaca')).to.not.equal(null);
    expect($(el, '[part~=summary]')!.textContent).to.match(/^On December 25, 2016:/);
    // Centres without figures that early are drawn as "no data".
    expect(marker(el, 'obrenovac')!.classList.contains('nodata')).to.equal(true);
  });

  it('steps with the buttons and Page Up / Page Down', async () => {
    const el = await mount(cases);
    $<HTMLButtonElement>(el, '.dates .previous')!.click();
    await settle(el);
    expect($<HTMLInputElement>(el, '.dates input')!.value).to.equal('0');
    expect($<HTMLButtonElement>(el, '.dates .previous')!.disabled).to.equal(true);
    $<HTMLElement>(el, '.map')!.focus();
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect($<HTMLInputElement>(el, '.dates input')!.value).to.equal('1');
    expect(live(el)).to.equal('January 16, 2017');
  });

  it('plays through the dates, without transitions under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mount(cases);
      expect(getComputedStyle(marker(el, 'krnjaca')!).transitionDuration).to.equal('0s');
      $<HTMLButtonElement>(el, '.dates .previous')!.click();
      await settle(el);
      const play = $<HTMLButtonElement>(el, '.dates .play')!;
      play.click();
      await settle(el);
      expect(play.getAttribute('aria-pressed')).to.equal('true');
      await new Promise((resolve) => setTimeout(resolve, 1400));
      await settle(el);
      expect($<HTMLInputElement>(el, '.dates input')!.value).to.equal('1');
      // Stops at the last date.
      expect($<HTMLButtonElement>(el, '.dates .play')!.getAttribute('aria-pressed')).to.equal('false');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('animates symbols between dates when motion is allowed', async () => {
    const el = await mount(cases);
    expect(getComputedStyle(marker(el, 'krnjaca')!).transitionDuration).to.not.equal('0s');
  });

  it('takes a date attribute', async () => {
    const el = await mount(cases);
    el.date = '2016-12-31';
    await settle(el);
    expect($<HTMLInputElement>(el, '.dates input')!.value).to.equal('0');
  });
});

describe('<mig-centre-map>: basemap URL', () => {
  it('fetches a GeoJSON basemap and draws it, labels from its names', async () => {
    const el = await mount(serbia, { basemap: '/stories/assets/western-balkans-six.geojson' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(el);
    expect($$(el, '.land path')).to.have.length(6);
    expect($$(el, '.country-labels text').map((t) => t.textContent)).to.include('Serbia');
    // Kosovo is recognised by name in a partner's file: the footnote stays.
    expect($(el, '.footnote')).to.not.equal(null);
  });

  it('reports a failing basemap as mig-error with a code and keeps the centres', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang="en"></div>`);
    const el = document.createElement('mig-centre-map');
    el.data = cases;
    const failed = oneEvent(el, 'mig-error');
    el.setAttribute('basemap', '/fault/status?code=404');
    box.append(el);
    const { detail } = await failed;
    expect(detail).to.include({ code: 'http-404', source: 'basemap' });
    await settle(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect($$(el, '.markers [data-id]')).to.have.length(5);
    expect($(el, '.notice')!.textContent).to.contain('basemap could not be loaded');
  });

  it('rejects JSON that is not geography with invalid-basemap', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang="en"></div>`);
    const el = document.createElement('mig-centre-map');
    el.data = cases;
    const failed = oneEvent(el, 'mig-error');
    el.setAttribute('basemap', '/fault/ok?payload=%7B%22type%22%3A%22Nope%22%7D');
    box.append(el);
    const { detail } = await failed;
    expect(detail).to.include({ code: 'invalid-basemap', source: 'basemap' });
  });
});
