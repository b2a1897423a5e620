import type { KpiDefinition, SheetFunctionDefinition } from './types.ts';

/** The call syntax users see: optional arguments in brackets. */
export function syntaxOf(kpi: SheetFunctionDefinition): string {
  const params = kpi.inputs.map((input) => (input.defaultValue !== undefined ? `[${input.name}]` : input.name));
  return `${kpi.functionName}(${params.join(', ')})`;
}

function defaultNote(kpi: KpiDefinition, name: string): string {
  const input = kpi.inputs.find((i) => i.name === name);
  return input?.defaultValue !== undefined ? ` Optional, default ${input.defaultValue}.` : '';
}

/**
 * The JSDoc block Apps Script reads for autocomplete: description, one @param per input with an
 * example range as its type, and @customfunction. Generated from the catalog, never written by hand.
 */
export function customFunctionJsDoc(kpi: SheetFunctionDefinition): string {
  const lines = [`${kpi.text.en.description}`, `Formula: ${kpi.formula}.`];
  if (kpi.unit === 'fraction') lines.push('Returns a fraction: format the cell as %.');
  const params = kpi.inputs.map(
    (input) => `@param {${input.example}} ${input.name} ${input.description}.${defaultNote(kpi, input.name)}`,
  );
  const returnLine =
    kpi.unit === 'table'
      ? '@return A table of every function.'
      : `@return The ${kpi.text.en.name.toLowerCase()} (${kpi.unit}).`;
  return ['/**', ...[...lines, ...params, returnLine, '@customfunction'].map((line) => ` * ${line}`), ' */'].join('\n');
}

/** The top-level function Apps Script sees for one KPI; it delegates to the bundled implementation. */
export function customFunctionSource(kpi: SheetFunctionDefinition, moduleAccessor: string): string {
  const params = kpi.inputs.map((input) => input.name).join(', ');
  return `${customFunctionJsDoc(kpi)}\nfunction ${kpi.functionName}(${params}) {\n  return ${moduleAccessor}().callSheetFunction(${JSON.stringify(kpi.functionName)}, [${params}]);\n}`;
}
