/** Defines <mig-centre-map> (guarded: a second copy on the page warns once and is ignored). */
import { defineElement } from './elements/base/define.ts';
import { MigCentreMap } from './elements/centre-map/centre-map.ts';

defineElement('mig-centre-map', MigCentreMap);

export { MigCentreMap };

declare global {
  interface HTMLElementTagNameMap {
    'mig-centre-map': MigCentreMap;
  }
}
