import { html, type TemplateResult } from 'lit';
import type { PartnershipTable } from '../../src/elements/partnership-table/partnership-table.js';
import { renderInBox, type BoxSize } from './dom.js';
import { ElementPage } from './element-page.js';

/** A `<partnership-table>` as a test sees it: rows, their titles, the column headers. */
export class TablePage extends ElementPage<PartnershipTable> {
  /** Renders `template` (an English table by default) in a box and waits until rows are drawn. */
  static async render(
    template: TemplateResult = html`<partnership-table lang="en"></partnership-table>`,
    box: BoxSize = { width: 1000 },
  ): Promise<TablePage> {
    const wrapper = await renderInBox(box, template);
    return new TablePage(wrapper.querySelector('partnership-table')!).whenDrawn();
  }

  protected override readonly drawnSelector = 'tbody tr';

  /** The column headers. */
  headers(): HTMLTableCellElement[] {
    return this.findAll<HTMLTableCellElement>('thead th');
  }

  /** The title of each row, in the order shown. */
  titles(): string[] {
    return this.findAll('tbody th').map((cell) => cell.textContent!.trim());
  }

  /** The buttons of the rows' titles, which select their collaborations. */
  titleButtons(): HTMLButtonElement[] {
    return this.findAll<HTMLButtonElement>('tbody th button');
  }
}
