import { kpiProgress, kpiStatus } from '../../functions/tracking.ts';
import { input } from '../inputs.ts';
import type { SheetFunctionDefinition } from '../types.ts';

/** Tracking helpers: change, progress and status of any KPI. They serve no goal of their own. Each definition is complete: see KpiDefinition; its spec is tracking.spec.ts. */
/** SOCIAL_KPIS(): a table of every function, its formula and unit, for a sheet to spill. */
function kpiTable(catalog: readonly SheetFunctionDefinition[]): string[][] {
  const header = ['Function', 'Syntax', 'What it measures', 'Formula', 'Unit', 'Better'];
  return [
    header,
    ...catalog.map((kpi) => [
      kpi.functionName,
      `=${kpi.functionName}(${kpi.inputs.map((i) => (i.defaultValue !== undefined ? `[${i.name}]` : i.name)).join(', ')})`,
      kpi.text.en.description,
      kpi.formula,
      kpi.unit,
      kpi.better,
    ]),
  ];
}

export const TRACKING: readonly SheetFunctionDefinition[] = [
  {
    id: 'growth_rate',
    functionName: 'GROWTH_RATE',
    family: 'tracking',
    inputs: [input('current', 'B'), input('previous', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: false,
    formula: '(this period − last period) ÷ |last period|',
    nativeFormula: '({current}-{previous})/ABS({previous})',
    arithmetic: { row: (v) => (v[0] - v[1]) / Math.abs(v[1]) },
    goals: null,
    text: {
      en: { name: 'Period-over-period change', description: 'How much a number changed since the last period.' },
      da: {
        name: 'Ændring fra forrige periode',
        description: 'Hvor meget et tal har ændret sig siden sidste periode.',
      },
      nl: {
        name: 'Verandering t.o.v. vorige periode',
        description: 'Hoeveel een getal is veranderd sinds de vorige periode.',
      },
    },
  },
  {
    id: 'kpi_progress',
    functionName: 'KPI_PROGRESS',
    family: 'tracking',
    inputs: [input('actual', 'B'), input('baseline', 'C'), input('target', 'D')],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: false,
    formula: '(actual − baseline) ÷ (target − baseline); works when lower is better',
    nativeFormula: '({actual}-{baseline})/({target}-{baseline})',
    arithmetic: { row: (v) => kpiProgress(v[0], v[1], v[2]) },
    goals: null,
    text: {
      en: {
        name: 'Progress to target',
        description: 'How far from baseline to target you are: 0 % at the baseline, 100 % at the target.',
      },
      da: {
        name: 'Fremskridt mod målet',
        description: 'Hvor langt I er fra udgangspunkt til mål: 0 % ved udgangspunktet, 100 % ved målet.',
      },
      nl: {
        name: 'Voortgang naar doel',
        description: 'Hoe ver u bent van nulmeting tot doel: 0 % bij de nulmeting, 100 % bij het doel.',
      },
    },
  },
  {
    id: 'kpi_status',
    functionName: 'KPI_STATUS',
    family: 'tracking',
    inputs: [
      input('actual', 'B', { blankAllowed: true }),
      input('baseline', 'C'),
      input('target', 'D'),
      input('start_date', 'E'),
      input('deadline', 'F'),
      input('as_of', 'G', { example: '$H$1' }),
    ],
    unit: 'status',
    better: 'higher',
    canExceed100Percent: false,
    formula: 'progress compared with the share of time elapsed between start and deadline',
    // Mirrors kpiStatus() in src/functions/tracking.ts; {p} and {e} are expanded by nativeFormula (src/catalog/nativeFormula.ts).
    nativeFormula:
      'IF({actual}="","Not started",IF({p}>=1,"Achieved",IF({as_of}<{start_date},"Not started",IF({as_of}>{deadline},"Off track",IF({p}>={e},"On track",IF({p}>={e}-0.15,"Behind","Off track"))))))',
    nativeCheck: '({target}={baseline})+({deadline}<={start_date})',
    arithmetic: { row: (v) => kpiStatus(v[0], v[1], v[2], v[3], v[4], v[5]) },
    goals: null,
    text: {
      en: {
        name: 'KPI status',
        description: 'Achieved, On track, Behind, Off track or Not started, judged against the time elapsed.',
      },
      da: {
        name: 'KPI-status',
        description:
          'Nået, På rette spor, Bagud, Ude af kurs eller Ikke startet, vurderet ud fra den tid, der er gået.',
      },
      nl: {
        name: 'KPI-status',
        description: 'Behaald, Op schema, Achter, Uit koers of Niet gestart, beoordeeld naar de verstreken tijd.',
      },
    },
  },
  {
    id: 'social_kpis',
    functionName: 'SOCIAL_KPIS',
    family: 'tracking',
    inputs: [],
    unit: 'table',
    better: 'higher',
    canExceed100Percent: false,
    formula: 'a table of every Social KPI Kit function, its formula and unit',
    nativeFormula: null,
    arithmetic: { table: kpiTable },
    goals: null,
    text: {
      en: {
        name: 'Social KPI functions',
        description: 'Lists every Social KPI Kit function with its formula and unit.',
      },
      da: { name: 'Social KPI-funktioner', description: 'Viser alle Social KPI Kit-funktioner med formel og enhed.' },
      nl: { name: 'Social KPI-functies', description: 'Toont alle Social KPI Kit-functies met formule en eenheid.' },
    },
  },
];
