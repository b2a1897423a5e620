import { drawChart } from './chart.ts';
import { columnLetter, type CellView, type GridModel } from './sheetModel.ts';

/**
 * The spreadsheet grid: column letters, row numbers, a frozen header, and only the rows in view
 * (a 10,000-row sheet renders about fifty rows at a time). Cells are edited like Sheets: click to
 * select, Enter / F2 / double-click / typing to edit, Enter or Tab to commit, Escape to cancel,
 * arrow keys to move, Tab / Shift+Tab to move right / left. The grid is one Tab stop on the page:
 * Escape then Tab (or Shift+Tab) leaves it, and so does Tab from the last column (Shift+Tab from the first).
 */

export const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 24;
const ROW_HEADER_WIDTH = 46;
const DEFAULT_COLUMN_WIDTH = 100;
/** Extra rows rendered above and below the visible ones, so fast scrolling never shows a gap. */
const OVERSCAN = 8;

export interface Selection {
  row: number;
  column: number;
}

export interface GridEvents {
  /** The selected cell changed (the formula bar follows). */
  onSelect(selection: Selection): void;
  /** The in-cell editor's text changed (the formula bar mirrors it). */
  onEditText(text: string): void;
  /** A cell was changed by the user. */
  onCommit(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  return node;
}

export class GridView {
  readonly root: HTMLDivElement;
  private readonly table: HTMLTableElement;
  private readonly colgroup: HTMLTableColElement;
  private readonly head: HTMLTableSectionElement;
  private readonly body: HTMLTableSectionElement;
  private readonly editor: HTMLInputElement;
  /** Charts float over the cells at their anchor and scroll with them. */
  private readonly chartLayer: HTMLDivElement;
  private sheet = 0;
  /** The rows and columns shown (hidden ones left out), as sheet indices. */
  private rowOrder: number[] = [];
  private columnOrder: number[] = [];
  /** How many of rowOrder are frozen at the top. */
  private frozen = 0;
  private frozenSetting = 0;
  private size = { rows: 0, columns: 0 };
  private widths: number[] = [];
  private renderedFrom = -1;
  private renderedTo = -1;
  private frame = 0;
  private editing: { row: number; column: number; original: string } | null = null;
  /** Escape was pressed on the grid: the next Tab leaves it instead of moving to the next cell. */
  private leaving = false;
  selection: Selection = { row: 0, column: 0 };

  constructor(
    private readonly model: GridModel,
    private readonly events: GridEvents,
  ) {
    this.root = element('div', 'grid-scroll');
    this.root.tabIndex = 0;
    this.root.setAttribute('role', 'region');
    this.root.setAttribute('aria-label', 'Sheet');
    this.root.setAttribute(
      'aria-description',
      'Arrow keys and Tab move between cells. Escape, then Tab, leaves the sheet. F10 or Alt+/ opens the menus.',
    );
    this.table = element('table', 'grid');
    this.colgroup = element('colgroup');
    this.head = element('thead');
    this.body = element('tbody');
    this.table.append(this.colgroup, this.head, this.body);
    this.editor = element('input', 'cell-editor');
    this.editor.type = 'text';
    this.editor.spellcheck = false;
    this.editor.setAttribute('aria-label', 'Cell editor');
    this.editor.hidden = true;
    this.chartLayer = element('div', 'chart-layer');
    this.root.append(this.table, this.chartLayer, this.editor);

    this.root.addEventListener('scroll', () => this.scheduleRender());
    this.root.addEventListener('mousedown', (event) => this.onMouseDown(event));
    this.root.addEventListener('dblclick', (event) => {
      if (this.cellUnderPointer(event) !== null) this.startEdit(null);
    });
    this.root.addEventListener('keydown', (event) => this.onGridKey(event));
    this.editor.addEventListener('keydown', (event) => this.onEditorKey(event));
    this.editor.addEventListener('input', () => this.events.onEditText(this.editor.value));
    this.editor.addEventListener('blur', () => {
      if (this.editing) this.commitEdit(null);
    });
    new ResizeObserver(() => this.scheduleRender()).observe(this.root);
  }

  get activeSheet(): number {
    return this.sheet;
  }

  /** Shows another sheet (or the same one after its shape changed), keeping the selection in range. */
  showSheet(sheet: number): void {
    if (this.editing) this.cancelEdit();
    const changed = sheet !== this.sheet;
    this.sheet = sheet;
    this.size = this.model.gridSize(sheet);
    this.frozenSetting = this.model.frozenRows(sheet);
    const hiddenRows = this.model.hiddenRows(sheet);
    const hiddenColumns = this.model.hiddenColumns(sheet);
    this.rowOrder = [];
    for (let r = 0; r < this.size.rows; r++) if (!hiddenRows.has(r)) this.rowOrder.push(r);
    this.columnOrder = [];
    for (let c = 0; c < this.size.columns; c++) if (!hiddenColumns.has(c)) this.columnOrder.push(c);
    this.frozen = this.rowOrder.filter((r) => r < this.frozenSetting).length;
    this.widths = this.measureWidths();
    this.buildHead();
    if (changed) {
      this.selection = { row: this.rowOrder[0] ?? 0, column: this.columnOrder[0] ?? 0 };
      this.root.scrollTo(0, 0);
    } else {
      this.selection = this.nearest(this.selection.row, this.selection.column);
    }
    this.render(true);
    this.drawCharts();
    this.events.onSelect(this.selection);
  }

  /** Places the sheet's charts over their anchor cells (hidden rows and columns taken out). */
  private drawCharts(): void {
    const boxes = this.model.charts(this.sheet).map((chart) => {
      const box = element('div', 'chart');
      const row = Math.max(
        0,
        this.rowOrder.findIndex((r) => r >= chart.row),
      );
      const column = Math.max(
        0,
        this.columnOrder.findIndex((c) => c >= chart.column),
      );
      box.style.top = `${HEADER_HEIGHT + row * ROW_HEIGHT}px`;
      box.style.left = `${ROW_HEADER_WIDTH + this.widths.slice(0, column).reduce((sum, w) => sum + w, 0)}px`;
      box.append(drawChart(chart));
      return box;
    });
    this.chartLayer.replaceChildren(...boxes);
  }

  /** The shown cell at or nearest to (row, column). */
  private nearest(row: number, column: number): Selection {
    const pick = (order: number[], wanted: number) => order.find((x) => x >= wanted) ?? order[order.length - 1] ?? 0;
    return { row: pick(this.rowOrder, row), column: pick(this.columnOrder, column) };
  }

  /** Re-reads every rendered cell, e.g. after a recalculation. */
  refresh(): void {
    this.drawCharts();
    const size = this.model.gridSize(this.sheet);
    if (
      size.rows !== this.size.rows ||
      size.columns !== this.size.columns ||
      this.model.frozenRows(this.sheet) !== this.frozenSetting
    ) {
      this.showSheet(this.sheet);
      return;
    }
    this.render(true);
  }

  select(row: number, column: number): void {
    this.selection = this.nearest(row, column);
    this.scrollIntoView();
    // Only the outline moves: rebuilding the cells under the pointer would swallow a double-click.
    this.render(false);
    this.markSelection();
    this.events.onSelect(this.selection);
  }

  private markSelection(): void {
    for (const old of Array.from(this.body.querySelectorAll('td.selected'))) {
      old.classList.remove('selected');
      old.removeAttribute('aria-selected');
    }
    const td = this.cellElement(this.selection.row, this.selection.column);
    td?.classList.add('selected');
    td?.setAttribute('aria-selected', 'true');
  }

  /** Moves the selection by shown rows and columns (hidden ones are skipped, as in Sheets). */
  move(rows: number, columns: number): void {
    const r = this.rowOrder.indexOf(this.selection.row) + rows;
    const c = this.columnOrder.indexOf(this.selection.column) + columns;
    const row = this.rowOrder[Math.max(0, Math.min(this.rowOrder.length - 1, r))];
    const column = this.columnOrder[Math.max(0, Math.min(this.columnOrder.length - 1, c))];
    this.select(row, column);
  }

  /** Starts editing the selected cell; `initial` replaces its content (typing), null keeps it (Enter, F2). */
  startEdit(initial: string | null): void {
    const { row, column } = this.selection;
    const original = this.model.input(this.sheet, row, column);
    this.editing = { row, column, original };
    const td = this.cellElement(row, column);
    if (td === null) return;
    this.editor.hidden = false;
    this.editor.style.top = `${td.offsetTop}px`;
    this.editor.style.left = `${td.offsetLeft}px`;
    this.editor.style.minWidth = `${td.offsetWidth}px`;
    this.editor.style.height = `${td.offsetHeight}px`;
    this.editor.value = initial ?? original;
    this.editor.focus();
    this.editor.setSelectionRange(this.editor.value.length, this.editor.value.length);
    this.events.onEditText(this.editor.value);
  }

  /** Sets the text of the cell being edited (from the formula bar). */
  setEditText(text: string): void {
    if (this.editing) this.editor.value = text;
  }

  /** Writes `text` into the selected cell, as the formula bar does on Enter. */
  commitText(text: string): void {
    const { row, column } = this.selection;
    this.editing = null;
    this.editor.hidden = true;
    this.write(row, column, text);
  }

  private write(row: number, column: number, text: string): void {
    this.model.setInput(this.sheet, row, column, text);
    this.refresh();
    this.events.onCommit();
    this.events.onSelect(this.selection);
  }

  private commitEdit(move: 'down' | 'right' | 'left' | 'up' | null): void {
    const editing = this.editing;
    if (!editing) return;
    this.editing = null;
    this.editor.hidden = true;
    if (this.editor.value !== editing.original) this.write(editing.row, editing.column, this.editor.value);
    if (move === 'down') this.move(1, 0);
    else if (move === 'up') this.move(-1, 0);
    else if (move === 'right') this.move(0, 1);
    else if (move === 'left') this.move(0, -1);
    this.root.focus({ preventScroll: true });
  }

  cancelEdit(): void {
    this.editing = null;
    this.editor.hidden = true;
    this.events.onSelect(this.selection);
    this.root.focus({ preventScroll: true });
  }

  private onEditorKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitEdit(event.shiftKey ? 'up' : 'down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      this.commitEdit(event.shiftKey ? 'left' : 'right');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.cancelEdit();
    }
    event.stopPropagation();
  }

  private onGridKey(event: KeyboardEvent): void {
    if (event.target !== this.root) return;
    const { row, column } = this.selection;
    // Shift of Shift+Tab arrives as a key of its own: it keeps an Escape's "leave with the next Tab".
    if (event.key === 'Shift') return;
    const leaving = this.leaving;
    this.leaving = false;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.move(move[0], move[1]);
    } else if (event.key === 'Tab') {
      // Tab moves right and Shift+Tab left, as in Sheets; after Escape, or past the last (first) column,
      // the browser moves the focus out of the grid to the next (previous) control on the page.
      const at = this.columnOrder.indexOf(column);
      const atEdge = event.shiftKey ? at <= 0 : at >= this.columnOrder.length - 1;
      if (leaving || atEdge) return;
      event.preventDefault();
      this.move(0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      this.leaving = true;
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEdit(null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.write(row, column, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.startEdit(event.key);
    }
  }

  private onMouseDown(event: MouseEvent): void {
    const td = this.cellUnderPointer(event);
    if (td === null) return;
    if (this.editing) this.commitEdit(null);
    event.preventDefault();
    this.root.focus({ preventScroll: true });
    this.select(Number(td.dataset.row), Number(td.dataset.column));
  }

  /**
   * The cell under the pointer, as in Sheets. Text overflowing from the cell to the left is painted over
   * its empty neighbours and so is the click's target there; the click still belongs to the neighbour.
   */
  private cellUnderPointer(event: MouseEvent): HTMLTableCellElement | null {
    const hit = this.cellAt(event.target);
    if (hit === null) return null;
    for (const cell of Array.from((hit.parentElement as HTMLTableRowElement).cells)) {
      if (cell.dataset.row === undefined) continue;
      const box = cell.getBoundingClientRect();
      if (event.clientX >= box.left && event.clientX < box.right) return cell;
    }
    return hit;
  }

  private cellAt(target: EventTarget | null): HTMLTableCellElement | null {
    if (!(target instanceof HTMLElement)) return null;
    const td = target.closest('td[data-row]');
    return td instanceof HTMLTableCellElement ? td : null;
  }

  private cellElement(row: number, column: number): HTMLTableCellElement | null {
    return this.body.querySelector(`td[data-row="${row}"][data-column="${column}"]`);
  }

  /** Widths from the sheet, else from the longest text in the first rows, as a user would drag them. */
  private measureWidths(): number[] {
    const sample = this.rowOrder.slice(0, 60).map((r) => this.model.rowCells(this.sheet, r, this.columnOrder));
    return this.columnOrder.map((c, i) => {
      const set = this.model.columnWidth(this.sheet, c);
      if (set !== undefined) return set;
      const longest = Math.max(...sample.map((cells) => cells[i].text.length));
      return longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(64, Math.min(260, longest * 7 + 14));
    });
  }

  private buildHead(): void {
    this.colgroup.replaceChildren();
    const rowHeaderCol = element('col');
    rowHeaderCol.style.width = `${ROW_HEADER_WIDTH}px`;
    this.colgroup.append(rowHeaderCol);
    for (const width of this.widths) {
      const col = element('col');
      col.style.width = `${width}px`;
      this.colgroup.append(col);
    }
    this.table.style.width = `${ROW_HEADER_WIDTH + this.widths.reduce((sum, w) => sum + w, 0)}px`;
    const tr = element('tr');
    const corner = element('th', 'corner');
    tr.append(corner);
    for (const c of this.columnOrder) {
      const th = element('th', 'column-header');
      th.textContent = columnLetter(c);
      th.scope = 'col';
      tr.append(th);
    }
    this.head.replaceChildren(tr);
  }

  private scheduleRender(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render(false);
    });
  }

  private scrollIntoView(): void {
    const position = this.rowOrder.indexOf(this.selection.row);
    if (position >= this.frozen) {
      const top = HEADER_HEIGHT + position * ROW_HEIGHT;
      const visibleTop = this.root.scrollTop + HEADER_HEIGHT + this.frozen * ROW_HEIGHT;
      if (top < visibleTop) this.root.scrollTop = (position - this.frozen) * ROW_HEIGHT;
      else if (top + ROW_HEIGHT > this.root.scrollTop + this.root.clientHeight)
        this.root.scrollTop = top + ROW_HEIGHT - this.root.clientHeight;
    }
    const column = this.columnOrder.indexOf(this.selection.column);
    let left = ROW_HEADER_WIDTH;
    for (let c = 0; c < column; c++) left += this.widths[c];
    const right = left + this.widths[column];
    if (left - ROW_HEADER_WIDTH < this.root.scrollLeft) this.root.scrollLeft = left - ROW_HEADER_WIDTH;
    else if (right > this.root.scrollLeft + this.root.clientWidth) this.root.scrollLeft = right - this.root.clientWidth;
  }

  /** Renders the frozen rows and the rows in view, with spacers standing in for the rest. */
  private render(force: boolean): void {
    const top = this.root.scrollTop;
    const height = this.root.clientHeight || 600;
    const count = this.rowOrder.length;
    const first = Math.max(this.frozen, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(count, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    if (!force && first === this.renderedFrom && last === this.renderedTo) return;
    this.renderedFrom = first;
    this.renderedTo = last;
    const rows: HTMLTableRowElement[] = [];
    for (let p = 0; p < this.frozen; p++) rows.push(this.renderRow(this.rowOrder[p], p, true));
    rows.push(this.spacer((first - this.frozen) * ROW_HEIGHT));
    for (let p = first; p < last; p++) rows.push(this.renderRow(this.rowOrder[p], p, false));
    rows.push(this.spacer((count - last) * ROW_HEIGHT));
    this.body.replaceChildren(...rows);
  }

  private spacer(height: number): HTMLTableRowElement {
    const tr = element('tr', 'spacer');
    tr.style.height = `${Math.max(0, height)}px`;
    tr.setAttribute('aria-hidden', 'true');
    return tr;
  }

  private renderRow(row: number, position: number, frozen: boolean): HTMLTableRowElement {
    const tr = element('tr', frozen ? 'frozen' : undefined);
    const th = element('th', 'row-header');
    th.textContent = String(row + 1);
    th.scope = 'row';
    const stickyTop = `${HEADER_HEIGHT + position * ROW_HEIGHT}px`;
    if (frozen) th.style.top = stickyTop;
    tr.append(th);
    const lastFrozen = frozen && position === this.frozen - 1;
    const views = this.model.rowCells(this.sheet, row, this.columnOrder);
    for (let i = 0; i < views.length; i++) {
      const td = this.renderCell(views[i], row, this.columnOrder[i]);
      // Text runs on into empty cells to its right, as in Sheets.
      if (views[i].kind === 'text' && i + 1 < views.length && views[i + 1].kind === 'empty')
        td.classList.add('overflow');
      if (frozen) td.style.top = stickyTop;
      if (lastFrozen) td.classList.add('frozen-edge');
      tr.append(td);
    }
    if (lastFrozen) th.classList.add('frozen-edge');
    return tr;
  }

  private renderCell(view: CellView, row: number, column: number): HTMLTableCellElement {
    const td = element('td', view.kind);
    td.dataset.row = String(row);
    td.dataset.column = String(column);
    td.textContent = view.text;
    if (view.title !== undefined) td.title = view.title;
    if (view.hasNote) td.classList.add('has-note');
    if (view.hasDropdown) td.classList.add('has-dropdown');
    const style = view.style;
    if (style) {
      if (style.background) td.style.background = style.background;
      if (style.color) td.style.color = style.color;
      if (style.bold) td.style.fontWeight = 'bold';
      if (style.italic) td.style.fontStyle = 'italic';
    }
    if (row === this.selection.row && column === this.selection.column) {
      td.classList.add('selected');
      td.setAttribute('aria-selected', 'true');
    }
    return td;
  }
}
