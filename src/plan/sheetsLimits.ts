/**
 * What Google Sheets refuses, in one place: the size of a new tab, the most characters a cell holds, the
 * most cells a spreadsheet holds, tab names, and the shape of the arrays the Range setters take. Each rule
 * names the documentation page it comes from and, where the docs or Sheets itself give one, Sheets' own
 * message. The SpreadsheetApp stand-in the tests use (test/support/countingSpreadsheetApp.ts) and the
 * in-memory workbook (src/inMemory/workbook.ts, also behind `npm start`) both enforce these rules through
 * the checks below, so a test or the preview fails where Sheets would. The add-on itself uses the grid
 * size (applyToSpreadsheet.ts grows a tab before it writes beyond it). Pure; no Apps Script services.
 */
import type { GridRange } from './a1.ts';

/** A tab as insertSheet makes it: 1,000 rows × 26 columns (A–Z). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** The most characters one cell holds. */
export const MAX_CELL_CHARACTERS = 50_000;
/** The most cells (rows × columns summed over all tabs, empty or not) a spreadsheet holds. */
export const MAX_SPREADSHEET_CELLS = 10_000_000;
/** The longest tab name Sheets accepts. */
export const MAX_SHEET_NAME_LENGTH = 100;

const REFERENCE = 'https://developers.google.com/apps-script/reference/spreadsheet/';
const LIMITS_PAGE = 'https://support.google.com/docs/answer/37603';

export interface SheetsRule {
  /** What Sheets refuses. */
  rule: string;
  /** The page that documents it. */
  doc: string;
  /** Sheets' own message, or the stand-ins' wording when Sheets gives none we can cite. */
  message: string;
  /** true when `message` is Sheets' own text. */
  sheetsMessage: boolean;
}

/** Every rule the stand-ins enforce. The checks below throw Error(rule.message) (filled in). */
export const SHEETS_RULES = {
  unknownMethod: {
    rule: 'A method the class does not have (the stand-in knows every method of @types/google-apps-script).',
    doc: `${REFERENCE}spreadsheet-app`,
    message: 'TypeError: {object}.{method} is not a function',
    sheetsMessage: true,
  },
  outsideGrid: {
    rule:
      `A range outside the tab's grid. A new tab is ${NEW_SHEET_ROWS} × ${NEW_SHEET_COLUMNS}; insertSheet, ` +
      'insertRowsAfter, insertColumnsAfter, deleteRows and deleteColumns change it.',
    doc: `${REFERENCE}sheet#getRange(Integer,Integer,Integer,Integer)`,
    message: 'The coordinates of the range are outside the dimensions of the sheet.',
    sheetsMessage: true,
  },
  cellTooLong: {
    rule: `A cell (value, formula or note) over ${MAX_CELL_CHARACTERS.toLocaleString('en')} characters.`,
    doc: LIMITS_PAGE,
    message: `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    sheetsMessage: true,
  },
  tooManyCells: {
    rule: `A spreadsheet over ${MAX_SPREADSHEET_CELLS.toLocaleString('en')} cells (new tabs and inserted rows or columns count).`,
    doc: LIMITS_PAGE,
    message: `This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`,
    sheetsMessage: true,
  },
  rowsMismatch: {
    rule: 'setValues, setFormulas, setNumberFormats, setBackgrounds, setNotes, setDataValidations… with more or fewer rows than the range.',
    doc: `${REFERENCE}range#setValues(Object)`,
    message:
      'The number of rows in the data does not match the number of rows in the range. The data has {data} but the range has {range}.',
    sheetsMessage: true,
  },
  columnsMismatch: {
    rule: 'The same setters with a row of more or fewer columns than the range.',
    doc: `${REFERENCE}range#setValues(Object)`,
    message:
      'The number of columns in the data does not match the number of columns in the range. The data has {data} but the range has {range}.',
    sheetsMessage: true,
  },
  invalidColour: {
    rule: "A colour that is not CSS notation ('#rgb', '#rrggbb' or a CSS colour name); null resets.",
    doc: `${REFERENCE}range#setBackground(String)`,
    message: 'Invalid color: "{colour}". Use CSS notation such as "#ffffff" or "white".',
    sheetsMessage: false,
  },
  invalidNumberFormat: {
    rule: 'A number format that is not a Sheets pattern: empty, unbalanced quotes or brackets, more than four sections.',
    doc: 'https://developers.google.com/sheets/api/guides/formats',
    message: 'Invalid number format pattern: "{format}".',
    sheetsMessage: false,
  },
  sheetNameTooLong: {
    rule: `A tab name that is empty or over ${MAX_SHEET_NAME_LENGTH} characters.`,
    doc: `${REFERENCE}spreadsheet#insertSheet(String)`,
    message: `The sheet name must be 1 to ${MAX_SHEET_NAME_LENGTH} characters long: "{name}".`,
    sheetsMessage: false,
  },
  sheetNameTaken: {
    rule: 'A tab name another tab has (compared without regard to case).',
    doc: `${REFERENCE}spreadsheet#insertSheet(String)`,
    message: 'A sheet with the name "{name}" already exists. Please enter another name.',
    sheetsMessage: true,
  },
} as const satisfies Record<string, SheetsRule>;

export type SheetsRuleId = keyof typeof SHEETS_RULES;

/** The rule's message with its {placeholders} filled in. */
export function sheetsMessage(id: SheetsRuleId, fill: Record<string, string | number> = {}): string {
  return SHEETS_RULES[id].message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in fill ? String(fill[name]) : whole,
  );
}

/** The error a stand-in throws for a broken rule. */
export class SheetsRuleError extends Error {
  constructor(
    readonly ruleId: SheetsRuleId,
    fill: Record<string, string | number> = {},
  ) {
    super(sheetsMessage(ruleId, fill));
    this.name = 'Exception';
  }
}

export interface GridSize {
  rows: number;
  columns: number;
}

/** Throws Sheets' error when the range is not wholly inside a grid of this size (or starts before A1). */
export function checkInsideGrid(range: GridRange, grid: GridSize): void {
  const inside =
    Number.isInteger(range.row) &&
    Number.isInteger(range.column) &&
    range.row >= 1 &&
    range.column >= 1 &&
    range.numRows >= 1 &&
    range.numColumns >= 1 &&
    range.row + range.numRows - 1 <= grid.rows &&
    range.column + range.numColumns - 1 <= grid.columns;
  if (!inside) throw new SheetsRuleError('outsideGrid');
}

/** Throws Sheets' error for text (a value, formula or note) longer than a cell holds. */
export function checkCellText(text: unknown): void {
  if (typeof text === 'string' && text.length > MAX_CELL_CHARACTERS) throw new SheetsRuleError('cellTooLong');
}

/** Throws Sheets' error when a spreadsheet would hold more cells than allowed. */
export function checkSpreadsheetCells(cells: number): void {
  if (cells > MAX_SPREADSHEET_CELLS) throw new SheetsRuleError('tooManyCells');
}

/** Throws Sheets' error when a 2-D array does not have the range's shape. */
export function checkShape(grid: readonly (readonly unknown[])[], numRows: number, numColumns: number): void {
  if (!Array.isArray(grid) || grid.length !== numRows) {
    throw new SheetsRuleError('rowsMismatch', { data: Array.isArray(grid) ? grid.length : 0, range: numRows });
  }
  const row = grid.find((cells) => !Array.isArray(cells) || cells.length !== numColumns);
  if (row !== undefined) {
    throw new SheetsRuleError('columnsMismatch', { data: Array.isArray(row) ? row.length : 0, range: numColumns });
  }
}

const CSS_COLOUR_NAMES = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred ' +
    'darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
    'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
    'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
    'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
    'palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
    'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
    'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

/** Throws for a colour that is not CSS notation. null (reset to the default) is allowed. */
export function checkColour(colour: unknown): void {
  if (colour === null) return;
  const ok =
    typeof colour === 'string' &&
    (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) || CSS_COLOUR_NAMES.has(colour.toLowerCase()));
  if (!ok) throw new SheetsRuleError('invalidColour', { colour: String(colour) });
}

/**
 * Throws for a number format Sheets cannot read: empty, an unclosed "quote" or [bracket], or more than
 * the four sections (positive;negative;zero;text) a pattern may have. Escapes (\x) and quoted text count
 * as literals.
 */
export function checkNumberFormat(format: unknown): void {
  const fail = () => new SheetsRuleError('invalidNumberFormat', { format: String(format) });
  if (typeof format !== 'string' || format.trim() === '') throw fail();
  let sections = 1;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\') i++;
    else if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) throw fail();
      i = end;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      if (end < 0) throw fail();
      i = end;
    } else if (ch === ']') throw fail();
    else if (ch === ';') sections++;
  }
  if (sections > 4) throw fail();
}

/** Throws Sheets' errors for a tab name that is too long, empty, or taken (any case) by another tab. */
export function checkSheetName(name: string, otherNames: Iterable<string>): void {
  if (name.length === 0 || name.length > MAX_SHEET_NAME_LENGTH) throw new SheetsRuleError('sheetNameTooLong', { name });
  const lower = name.toLowerCase();
  for (const other of otherNames) {
    if (other.toLowerCase() === lower) throw new SheetsRuleError('sheetNameTaken', { name });
  }
}
