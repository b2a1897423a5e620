import type { KpiDefinition } from './types.ts';

/** KPI_STATUS's native formula repeats progress ({p}) and expected progress by elapsed time ({e}). */
const DERIVED: Record<string, string> = {
  p: '(({actual}-{baseline})/({target}-{baseline}))',
  e: 'MIN(1,MAX(0,({as_of}-{start_date})/({deadline}-{start_date})))',
};

/**
 * A KPI's native Google Sheets formula (without the leading '=') with each `{input}` replaced by a
 * cell reference, a range or any expression (wrapped in parentheses where it is not a plain reference),
 * given by the parameter's name or by the data input it reads.
 * English function names and `,` separators, as setFormulas expects whatever the locale.
 * A list KPI's template counts and sums with COUNTIFS/SUMIFS, and `{where}` in it stands for more
 * criteria pairs (`refs.where`, e.g. `,'KPI answers'!$A:$A,46023`; none when left out): the data sheets
 * pick the rows of one period and channel that way, with no FILTER (which Excel's COUNTIF refuses
 * and LibreOffice 7.4 lacks). Returns null when the KPI has no native equivalent.
 */
export function nativeFormula(kpi: KpiDefinition, refs: Readonly<Record<string, string>>): string | null {
  if (kpi.nativeFormula === null) return null;
  return fillTemplate(kpi, kpi.nativeFormula, refs);
}

/**
 * The condition under which the custom function refuses the input (see KpiDefinition.nativeCheck),
 * filled in like nativeFormula; null when the KPI has no such check, or (`withWhere`) when its check
 * cannot pick rows by criteria.
 */
export function nativeCheck(
  kpi: KpiDefinition,
  refs: Readonly<Record<string, string>>,
  withWhere = false,
): string | null {
  const check = kpi.nativeCheck;
  if (check === undefined || (withWhere && !check.includes('{where}'))) return null;
  return fillTemplate(kpi, check, refs);
}

/** One pass over the template, so nothing a reference brings in (a sheet named "{scores}") is replaced again. */
function fillTemplate(kpi: KpiDefinition, text: string, refs: Readonly<Record<string, string>>): string {
  const template = text.replace(/\{([pe])\}/g, (_, key: string) => DERIVED[key]);
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    if (name === 'where') return refs.where ?? '';
    // `{followers}` names the parameter; the data sheets give refs by the input it reads (total_followers).
    const input = kpi.inputs.find((i) => i.name === name);
    const ref = refs[name] ?? (input === undefined ? undefined : refs[input.input]);
    if (ref === undefined) {
      if (input?.defaultValue !== undefined) return String(input.defaultValue);
      throw new Error(`nativeFormula(${kpi.id}): no reference for ${name}`);
    }
    return PLAIN_REFERENCE.test(ref) ? ref : `(${ref})`;
  });
}

/** A cell, a range or a literal, on an optionally quoted sheet ('KPI answers'!$C:$C): needs no parentheses. */
const PLAIN_REFERENCE = /^(?:'(?:[^']|'')+'!)?[A-Za-z0-9_$:!.'"]+$/;
