/**
 * Google's custom-function guide: arguments must be deterministic; a volatile built-in such as NOW(),
 * RAND() or TODAY() passed as an argument leaves the cell showing "Loading..." for good. So no help the
 * add-on gives (autocomplete, README) suggests one as an argument, and KPI_STATUS's `as_of` points at a
 * cell holding the reporting date. The KPI map's native status formula is no custom function: it keeps TODAY().
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customFunctionJsDoc } from '../src/catalog/jsdoc.ts';
import { SHEET_FUNCTIONS, findKpi } from '../src/catalog/kpis.ts';
import { statusFormula } from '../src/wizard/mapFormulas.ts';
import { README_PATH } from '../scripts/readme.ts';

const VOLATILE = /\b(?:TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;
/** A mention that warns against a volatile function rather than suggesting it. */
const WARNING = /\bNot (?:TODAY|NOW)\(\)/;

describe('help for sheet-function arguments', () => {
  it('never offers a volatile function as an example argument (autocomplete and README)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    for (const kpi of SHEET_FUNCTIONS) {
      for (const input of kpi.inputs) {
        const where = `${kpi.functionName}(${input.name})`;
        expect(input.example, where).not.toMatch(VOLATILE);
        expect(readme, where).toContain(`\`${input.name}\` (e.g. \`${input.example}\`)`);
        if (VOLATILE.test(input.description)) expect(input.description, where).toMatch(WARNING);
      }
      const doc = customFunctionJsDoc(kpi);
      for (const param of doc.matchAll(/@param \{([^}]*)\}/g)) expect(param[1], kpi.functionName).not.toMatch(VOLATILE);
    }
  });

  it("KPI_STATUS's as_of is a cell holding the reporting date, and says why not TODAY()", () => {
    const asOf = findKpi('KPI_STATUS')!.inputs.find((input) => input.name === 'as_of')!;
    expect(asOf.example).toMatch(/^\$?[A-Z]+\$?\d+$/);
    expect(asOf.description).toMatch(/reporting date/);
    expect(asOf.description).toMatch(/Loading\.\.\./);
  });

  it("the KPI map's own status column, a native formula, still judges on TODAY()", () => {
    const refs = { channel: '$B2', baseline: '$C2', target: '$D2', deadline: '$E2', current: '$F2', start: '$G2' };
    expect(statusFormula(refs, 'en')).toContain('TODAY()');
  });
});
