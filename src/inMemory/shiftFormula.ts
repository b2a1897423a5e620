/**
 * Moves a formula's relative A1 references by a number of rows and columns, as Sheets does when a
 * conditional format's custom formula (written for the range's top-left cell) is checked for another
 * cell. `$`-anchored parts stay; text in "quotes" and function names are left alone. Pure.
 */

const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** shiftFormula('=G2<TODAY()', 3, 0) → '=G5<TODAY()'; '=$G$2' stays. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
            const column = colAnchor ? columnNumber(letters) : Math.max(1, columnNumber(letters) + columns);
            const row = rowAnchor ? Number(digits) : Math.max(1, Number(digits) + rows);
            return `${colAnchor}${columnLetters(column)}${rowAnchor}${row}`;
          }),
    )
    .join('');
}
