/**
 * From a file to tables of cells: bytes decoded (UTF-8 or UTF-16, with or without a BOM), the file-level
 * refusals (not a CSV, over 50 MB), Excel's `sep=,` first line, GA4's `# ----` comment lines, and the
 * CSV parsed by d3-dsv (RFC 4180: quoted captions over several lines; 2.5 KB minified where papaparse
 * is 19 KB, which matters in a sidebar page of at most 60 KB). The separator (, ; tab |) is sniffed. A file can hold several
 * tables (GA4, Meta's follows) separated by blank lines; each keeps the title lines above its headers
 * and the line of the file each row starts on, for the list of unreadable rows.
 */
import { dsvFormat } from 'd3-dsv';
import type { NotCsvWhat } from './importTexts.ts';

export const MAX_BYTES = 50 * 1024 * 1024;

/** How often the reader says how far it got (a progress bar's step): every this many rows. */
export const PROGRESS_ROWS = 1000;

export interface TableRow {
  cells: string[];
  /** The 1-based line of the file (or row of the tab) the row starts on. */
  line: number;
}

export interface Table {
  /** One-cell lines above the headers ("Facebook follows") and the file's comment lines. */
  titles: string[];
  headers: string[];
  headerLine: number;
  rows: TableRow[];
}

export type Decoded = { ok: true; text: string } | { ok: false; what: NotCsvWhat | 'tooLarge'; bytes: number };

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Bytes as text, or why they are not a CSV. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) return { ok: false, what: 'tooLarge', bytes: bytes.length };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { ok: false, what: 'zip', bytes: bytes.length };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, what: 'excel', bytes: bytes.length };
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return { ok: false, what: 'pdf', bytes: bytes.length };
  let encoding = 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe)) encoding = 'utf-16le';
  else if (startsWith(bytes, 0xfe, 0xff)) encoding = 'utf-16be';
  else if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) encoding = 'utf-16le';
  else if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) encoding = 'utf-16be';
  let text = new TextDecoder(encoding).decode(bytes);
  // Not UTF-8 after all (an old Windows export): read it as Windows-1252.
  if (encoding === 'utf-8' && text.includes('\ufffd')) text = new TextDecoder('windows-1252').decode(bytes);
  return checkText(text);
}

/** Text that holds control characters a CSV never has is a binary file read as text. */
export function checkText(text: string): Decoded {
  if (text.length > MAX_BYTES) return { ok: false, what: 'tooLarge', bytes: text.length };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 4096)))
    return { ok: false, what: 'binary', bytes: text.length };
  return { ok: true, text };
}

/** Counts '\n' from `from` to `to`. */
function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const SEPARATORS = [',', ';', '\t', '|'];

/** The separator of the first line that has one, counted outside quotes; ',' when none. */
function sniffSeparator(text: string): string {
  for (const line of text.slice(0, 65536).split('\n', 50)) {
    if (line.startsWith('#')) continue;
    const counts = new Map<string, number>();
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && SEPARATORS.includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    let best = '';
    for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
    if (best !== '') return best;
  }
  return ',';
}

/**
 * Which cells of a table's rows to keep, decided when its header row is read: the reader keeps only
 * the columns it uses (a 50,000-row export of 31 columns would otherwise hold 1.5 million strings),
 * and of a table it does not know only the first rows (the mapping step shows a sample).
 */
export interface Tables {
  tables: Table[];
  anyCell: boolean;
}

export type KeepColumns = (headers: string[], titles: string[]) => { columns: boolean[] | null; maxRows: number };

const KEEP_ALL: KeepColumns = () => ({ columns: null, maxRows: Infinity });

function isFilled(cell: string): boolean {
  return cell !== '' && cell.trim() !== '';
}

/** Rows → tables, one row at a time (see tablesOfRows). */
class TableBuilder {
  readonly tables: Table[] = [];
  /** Whether any row had a filled cell (a file of one-cell rows has no table but is not empty). */
  anyCell = false;
  private titles: string[] = [];
  private current: Table | null = null;
  private columns: boolean[] | null = null;
  private maxRows = Infinity;

  constructor(private readonly keep: KeepColumns) {}

  push(cells: string[], line: number): void {
    const current = this.current;
    if (current !== null) {
      // Inside a table only blankness matters, and the first cell usually settles it.
      if (!cells.some(isFilled)) this.current = null;
      else this.addRow(current, cells, line);
      return;
    }
    let filled = 0;
    for (const cell of cells) if (isFilled(cell)) filled++;
    if (filled === 0) return;
    this.anyCell = true;
    if (filled < 2) {
      this.titles.push(cells.join(' ').trim());
      return;
    }
    const headers = cells.map(cleanHeader);
    const table: Table = { titles: this.titles, headers, headerLine: line, rows: [] };
    ({ columns: this.columns, maxRows: this.maxRows } = this.keep(headers, this.titles));
    this.tables.push(table);
    this.current = table;
    this.titles = [];
  }

  private addRow(current: Table, cells: string[], line: number): void {
    if (current.rows.length >= this.maxRows) return;
    const columns = this.columns;
    // The parser hands over a fresh array per row: blanking the unused cells in place lets their strings go.
    if (columns) for (let i = 0; i < cells.length; i++) if (!columns[i]) cells[i] = '';
    current.rows.push({ cells, line });
  }
}

/**
 * A CSV text as tables, each with the line of the file every row starts on. A file that begins with
 * '#' (GA4) has comment lines: each becomes a one-cell row, a title of the table below.
 * `onLines(done, total)`: lines of the file read so far, every PROGRESS_ROWS rows (for a progress bar).
 */
export function parseTables(
  source: string,
  keep: KeepColumns = KEEP_ALL,
  onLines?: (done: number, total: number) => void,
): Tables {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let separator = '';
  let line = 1;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    separator = sep[1];
    text = text.slice(sep[0].length);
    line = 2;
  }
  const comments = /^\s*#/.test(text);
  const builder = new TableBuilder(keep);
  const lines = onLines ? line + newlines(text, 0, text.length) : 0;
  let rows = 0;
  dsvFormat(separator || sniffSeparator(text)).parseRows(text, (cells) => {
    if (onLines && ++rows % PROGRESS_ROWS === 0) onLines(line, lines);
    let inside = 0;
    for (const cell of cells) if (cell.includes('\n')) inside += newlines(cell, 0, cell.length);
    builder.push(comments && cells[0].startsWith('#') ? [cells.join(',')] : cells, line);
    line += 1 + inside;
    return null;
  });
  return { tables: builder.tables, anyCell: builder.anyCell };
}

/**
 * Rows (a tab's display values) as tables: a table's headers are the first row with two or more filled
 * cells after a blank row (or the start); the one-cell rows above it are its titles.
 */
export function tablesOfRows(rows: string[][], keep: KeepColumns = KEEP_ALL): Tables {
  const builder = new TableBuilder(keep);
  rows.forEach((cells, i) => builder.push(cells.map(String), i + 1));
  return { tables: builder.tables, anyCell: builder.anyCell };
}

/** A header as shown: BOM, quotes and spaces around it removed (TikTok's headers end in spaces). */
export function cleanHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
