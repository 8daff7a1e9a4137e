import type { DatasetMeta } from '../../core/data/types.ts';
import { type ExportFormat, MigElement } from './mig-element.ts';
import { saveBlob, serialiseSvg, svgToPng } from './downloads.ts';

/**
 * A widget whose picture is an SVG (the timeline, the map): it offers the picture as SVG and PNG
 * besides the data as CSV. Kept apart from MigElement so that a widget without a picture (the
 * board) does not carry the picture export.
 */
export abstract class MigPictureElement<TData extends DatasetMeta> extends MigElement<TData> {
  protected override exportFormats(): ExportFormat[] {
    return ['csv', 'svg', 'png'];
  }

  protected override async saveExport(format: ExportFormat, name: string): Promise<void> {
    if (format === 'csv') return super.saveExport(format, name);
    const svg = this.renderRoot.querySelector<SVGSVGElement>('[part~="chart"] svg');
    if (!svg) throw new Error('No picture');
    const background = getComputedStyle(this).backgroundColor || '#ffffff';
    const text = serialiseSvg(svg, background);
    if (format === 'svg') {
      saveBlob(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
      return;
    }
    const { width, height } = svg.getBoundingClientRect();
    saveBlob(await svgToPng(text, width, height), `${name}.png`);
  }
}
