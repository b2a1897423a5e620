import type { KpiDefinition } from './types.ts';

/** KPI_STATUS's native formula repeats progress ({p}) and expected progress by elapsed time ({e}). */
const DERIVED: Record<string, string> = {
  p: '(({actual}-{baseline})/({target}-{baseline}))',
  e: 'MIN(1,MAX(0,({as_of}-{start_date})/({deadline}-{start_date})))',
};

/**
 * A KPI's native Google Sheets formula (without the leading '=') with each `{input}` replaced by a
 * cell reference, a range or any expression (wrapped in parentheses where it is not a plain reference).
 * English function names and `,` separators, as setFormulas expects whatever the locale.
 * Returns null when the KPI has no native equivalent.
 */
export function nativeFormula(kpi: KpiDefinition, refs: Readonly<Record<string, string>>): string | null {
  if (kpi.nativeFormula === null) return null;
  const template = kpi.nativeFormula.replace(/\{([pe])\}/g, (_, key: string) => DERIVED[key]);
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const ref = refs[name];
    if (ref === undefined) {
      const input = kpi.inputs.find((i) => i.name === name);
      if (input?.defaultValue !== undefined) return String(input.defaultValue);
      throw new Error(`nativeFormula(${kpi.id}): no reference for ${name}`);
    }
    return /^[A-Za-z0-9_$:!.'"]+$/.test(ref) ? ref : `(${ref})`;
  });
}
