/** Defines <mig-project-board> (guarded: a second copy on the page warns once and is ignored). */
import { defineElement } from './elements/base/define.ts';
import { MigProjectBoard } from './elements/project-board/project-board.ts';

defineElement('mig-project-board', MigProjectBoard);

export { MigProjectBoard };

declare global {
  interface HTMLElementTagNameMap {
    'mig-project-board': MigProjectBoard;
  }
}
