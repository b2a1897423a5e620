import { cellA1, parseCell, parseRange, rangeA1 } from '../../src/plan/a1.ts';
import type { ChartSpec } from '../../src/plan/types.ts';
import type { ChartView } from './chart.ts';
import { type CellView as WorkbookCell, type SheetState, type Workbook } from '../../src/inMemory/workbook.ts';
import type { CellView, GridModel } from './sheetModel.ts';

/**
 * The grid's questions answered by the in-memory workbook the add-on writes to: tabs in order
 * (hidden ones left out, as Sheets does), what each cell shows (the workbook formats values and
 * applies conditional formats), what the formula bar shows, and edits typed by the user.
 */

/** HyperFormula's error codes where Sheets shows another. */
const SHEETS_CODES: Record<string, string> = { '#CYCLE!': '#REF!', '#SPILL!': '#REF!', '#LIC!': '#ERROR!' };

/** Sheets' wording on hover where the engine gives only the code. */
const ERROR_MESSAGES: Record<string, string> = {
  '#DIV/0!': 'Division by zero: the formula divides by 0 or by an empty cell.',
  '#N/A': 'Value not available.',
  '#NAME?': 'Unknown function or name.',
  '#NUM!': 'The result is not a valid number.',
  '#REF!': 'The formula refers to a cell that does not exist, or to its own cell.',
  '#VALUE!': 'A value has the wrong type: text where a number belongs.',
  '#ERROR!': 'Formula parse error.',
};

export class WorkbookGridModel implements GridModel {
  constructor(readonly workbook: Workbook) {}

  /** The tabs the user sees, in order. */
  private visibleSheets(): SheetState[] {
    return this.workbook
      .listSheets()
      .filter((info) => !info.hidden)
      .map((info) => this.workbook.sheetById(info.sheetId) as SheetState);
  }

  private sheetAt(index: number): SheetState {
    return this.visibleSheets()[index];
  }

  sheetNames(): string[] {
    return this.visibleSheets().map((sheet) => sheet.name);
  }

  /** The tab index of a sheet id, or -1 when it is hidden or gone. */
  indexOfSheetId(sheetId: number | null): number {
    return this.visibleSheets().findIndex((sheet) => sheet.sheetId === sheetId);
  }

  sheetIdAt(index: number): number {
    return this.sheetAt(index).sheetId;
  }

  /** The tab's grid as in Sheets (a new tab is 1000 × 26): the workbook refuses a cell outside it. */
  gridSize(sheet: number): { rows: number; columns: number } {
    const state = this.sheetAt(sheet);
    return { rows: state.maxRows, columns: state.maxColumns };
  }

  frozenRows(sheet: number): number {
    return this.sheetAt(sheet).frozenRows;
  }

  columnWidth(sheet: number, column: number): number | undefined {
    return this.sheetAt(sheet).columnWidths.get(column + 1);
  }

  hiddenColumns(sheet: number): ReadonlySet<number> {
    return new Set([...this.sheetAt(sheet).hiddenColumns].map((column) => column - 1));
  }

  hiddenRows(sheet: number): ReadonlySet<number> {
    return new Set([...this.sheetAt(sheet).hiddenRows].map((row) => row - 1));
  }

  private read(sheet: number, row: number, column: number): WorkbookCell {
    return this.workbook.getCell(this.sheetAt(sheet).name, cellA1(row + 1, column + 1));
  }

  cell(sheet: number, row: number, column: number): CellView {
    return this.view(this.read(sheet, row, column));
  }

  rowCells(sheet: number, row: number, columns: readonly number[]): CellView[] {
    // The tab is looked up once per row, not per cell: rendering a screenful stays cheap.
    const name = this.sheetAt(sheet).name;
    return columns.map((column) => this.view(this.workbook.getCell(name, cellA1(row + 1, column + 1))));
  }

  private view(cell: WorkbookCell): CellView {
    const view: CellView = { text: cell.display, kind: 'text' };
    if (cell.error !== undefined) {
      const code = SHEETS_CODES[String(cell.value)] ?? String(cell.value);
      view.kind = 'error';
      view.text = code;
      view.title = cell.error === cell.value || cell.error === '' ? (ERROR_MESSAGES[code] ?? code) : cell.error;
    } else if (cell.value === '') view.kind = 'empty';
    else if (typeof cell.value === 'number') view.kind = 'number';
    else if (typeof cell.value === 'boolean') {
      view.kind = 'boolean';
      // A checkbox shows as a box, as in Sheets.
      if (cell.validation?.rule.kind === 'checkbox') view.text = cell.value ? '☑' : '☐';
    }
    if (cell.note !== undefined) {
      view.hasNote = true;
      view.title ??= cell.note;
    }
    if (cell.validation?.rule.kind === 'list') view.hasDropdown = true;
    if (cell.style) {
      view.style = { background: cell.style.background, color: cell.style.fontColor, bold: cell.style.bold };
    }
    return view;
  }

  charts(sheet: number): ChartView[] {
    const state = this.sheetAt(sheet);
    return state.charts.map((chart) => this.chartView(state, chart));
  }

  /** A chart's data: the first column is the x axis, the first row names the series (ChartSpec). */
  private chartView(sheet: SheetState, chart: ChartSpec): ChartView {
    const anchor = parseCell(chart.anchor);
    const categories: string[] = [];
    const series: ChartView['series'] = [];
    let percent = false;
    chart.ranges.forEach((ref, index) => {
      const on = ref.sheet === undefined ? sheet : (this.workbook.sheetByKey(ref.sheet) ?? sheet);
      const range = parseRange(ref.range);
      const firstSeries = index === 0 ? 1 : 0;
      for (let r = 1; r < range.numRows; r++) {
        if (index === 0) categories.push(this.workbook.getCell(on.name, cellA1(range.row + r, range.column)).display);
      }
      for (let c = firstSeries; c < range.numColumns; c++) {
        const column = range.column + c;
        const name = String(this.workbook.getValue(on.name, cellA1(range.row, column)));
        const cells = this.workbook.getValues(
          on.name,
          rangeA1({ row: range.row + 1, column, numRows: range.numRows - 1, numColumns: 1 }),
        );
        percent ||= (this.workbook.getCell(on.name, cellA1(range.row + 1, column)).format ?? '').includes('%');
        series.push({ name, values: cells.map(([value]) => (typeof value === 'number' ? value : null)) });
      }
    });
    return {
      type: chart.type,
      title: chart.title,
      row: anchor.row - 1,
      column: anchor.column - 1,
      width: chart.width,
      height: chart.height,
      categories,
      series,
      percent,
      valueAxis: chart.valueAxis,
      legend: chart.legend,
      referenceSeries: chart.referenceSeries,
    };
  }

  input(sheet: number, row: number, column: number): string {
    return this.read(sheet, row, column).input;
  }

  setInput(sheet: number, row: number, column: number, text: string): void {
    this.workbook.setCell(this.sheetAt(sheet).name, cellA1(row + 1, column + 1), text);
  }
}
