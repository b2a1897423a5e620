/**
 * `npm run docs`: writes the function reference, generated from the KPI catalog, into README.md
 * between the functions:start and functions:end markers. test/readme.test.ts fails when README.md
 * and the catalog disagree, so the reference is never edited by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import { syntaxOf } from '../src/catalog/jsdoc.ts';
import type { KpiFamily, KpiUnit, SheetFunctionDefinition } from '../src/catalog/types.ts';

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));
export const START_MARKER = '<!-- functions:start -->';
export const END_MARKER = '<!-- functions:end -->';

const FAMILY_TITLES: Record<KpiFamily, string> = {
  reach: 'Reach',
  engagement: 'Engagement',
  conversion: 'Conversion',
  roi: 'Return on investment',
  satisfaction: 'Satisfaction and loyalty',
  tracking: 'Tracking goals',
};

const UNIT_TEXT: Record<KpiUnit, string> = {
  fraction: 'fraction (format as %)',
  currency: 'currency',
  count: 'count',
  hours: 'hours',
  score: 'score (−100…100)',
  status: 'status text',
  table: 'table',
};

/** Text for a table cell: a `|` would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function parameterList(kpi: SheetFunctionDefinition): string[] {
  if (kpi.inputs.length === 0) return [];
  return [
    `**\`${kpi.functionName}\`**`,
    '',
    ...kpi.inputs.map((input) => {
      const optional = input.defaultValue !== undefined ? ` Optional, default ${input.defaultValue}.` : '';
      return `- \`${input.name}\` (e.g. \`${input.example}\`): ${input.description}.${optional}`;
    }),
    '',
  ];
}

/** The generated reference (without the markers): one table per family, then each function's parameters. */
export function functionReference(): string {
  const lines = ['<!-- Generated from src/catalog/families/ by `npm run docs`. Do not edit by hand. -->', ''];
  const families = [...new Set(SHEET_FUNCTIONS.map((kpi) => kpi.family))];
  for (const family of families) {
    const kpis = SHEET_FUNCTIONS.filter((kpi) => kpi.family === family);
    lines.push(`### ${FAMILY_TITLES[family]}`, '');
    lines.push(
      '| Function and syntax | What it measures | Formula | Unit | Better |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const kpi of kpis) {
      lines.push(
        `| \`=${cell(syntaxOf(kpi))}\` | ${cell(kpi.text.en.description)} | ${cell(kpi.formula)} | ${UNIT_TEXT[kpi.unit]} | ${kpi.unit === 'table' || kpi.unit === 'status' ? '—' : kpi.better} |`,
      );
    }
    lines.push('');
    for (const kpi of kpis) lines.push(...parameterList(kpi));
  }
  return lines.join('\n').trimEnd();
}

/** README text with the reference section replaced, formatted as `prettier --check` expects. */
export async function withFunctionReference(readme: string): Promise<string> {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    throw new Error(`README.md needs the markers ${START_MARKER} and ${END_MARKER} where the reference goes.`);
  }
  const replaced = `${readme.slice(0, start + START_MARKER.length)}\n\n${functionReference()}\n\n${readme.slice(end)}`;
  const options = (await resolveConfig(README_PATH)) ?? {};
  return format(replaced, { ...options, parser: 'markdown' });
}

async function main(): Promise<void> {
  const readme = await readFile(README_PATH, 'utf8');
  const updated = await withFunctionReference(readme);
  if (updated === readme) {
    console.log('README.md function reference is up to date.');
    return;
  }
  await writeFile(README_PATH, updated);
  console.log('Wrote the function reference into README.md.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
