/**
 * buildKpiMapPlan(): the wizard's input and the spreadsheet as it is now → the plan that builds or
 * updates the KPI map and its data sheets. Pure.
 *
 * Re-running (at a review) updates in place and loses nothing:
 * - Rows are matched by the hidden row key (KPI | business goal | channel), wherever sorting or
 *   inserted rows moved them; a row whose channel was changed in the sheet is found by KPI, goal and
 *   the channel now in its cell. Tabs are found by their metadata key, whatever they are called now.
 * - Columns the wizard owns (goal, social goal, KPI, what it measures, the formulas) are rewritten.
 * - User cells (channel, owner, cadence, baseline, target, deadline, notes) follow one rule: the
 *   wizard's value is written only when it differs from what the add-on last wrote there. The wizard
 *   pre-fills from the sheet, so a value changed in the wizard is the user's latest intent and wins;
 *   a value the wizard merely carries over (unchanged since the last run) never overwrites the cell,
 *   so a cell edited in the sheet after the wizard was opened keeps the edit. A formula a user typed
 *   in such a cell is kept as a formula.
 * - KPIs no longer chosen are marked retired (status "Retired") and kept with everything typed in them.
 * - Data sheets: only the two header rows of the add-on's own columns are written; every other cell
 *   is the user's. New input columns go to the right of everything there is.
 * - Sheets the add-on did not create are never in the plan; new tabs get a name no tab has.
 */
import { findKpi } from '../catalog/kpis.ts';
import type { KpiDefinition, Language } from '../catalog/types.ts';
import { columnLetters, cellA1 } from '../plan/a1.ts';
import { kpiRowKey, parseKpiRowKey } from '../plan/rowKeys.ts';
import { findSheet, sheetIdOf, type SpreadsheetSnapshot } from '../plan/snapshot.ts';
import { toSerialDate } from '../plan/serialDate.ts';
import { NEW_SHEET_ROWS } from '../plan/sheetsLimits.ts';
import { withoutUnchangedBlocks } from '../plan/unchangedBlocks.ts';
import type {
  CellValue,
  ConditionalFormatSpec,
  DataValidationSpec,
  NoteBlock,
  NumberFormatSpec,
  Plan,
  ProtectionSpec,
  SheetPlan,
} from '../plan/types.ts';
import type { KpiBase, KpiChoice, WizardInput } from '../shared/wizardApi.ts';
import { columnRuns, packBlocks, setCell, type CellGrid } from './cellBlocks.ts';
import {
  CHANNEL_KEY,
  PERIOD_KEY,
  columnLabel,
  columnNote,
  columnsForKpis,
  type DataColumnSpec,
  type DataSheetKey,
} from './dataColumns.ts';
import {
  changeFormula,
  comparedPeriodFormula,
  comparedValueFormula,
  currentValueFormula,
  nextReviewFormula,
  progressBarFormula,
  progressFormula,
  retiredStatusFormula,
  statusFormula,
  type DataSheetRefs,
  type ComparedRowRefs,
} from './mapFormulas.ts';
import {
  ALL_MAP_COLUMNS,
  HIDDEN_HEADERS,
  USER_COLUMNS,
  absoluteColumn,
  cellOf,
  formulaOf,
  readDataLayout,
  readMapLayout,
  settingsCellText,
  type AnyMapColumn,
  type DataLayout,
  type ExistingRow,
  type MapLayout,
  type RowShadow,
  type UserColumn,
} from './mapLayout.ts';
import { quoteText } from './dataFormulas.ts';
import { wizardValueWins } from './mergeRule.ts';
import { IMPORT_RECORD_KEY, IMPORT_RECORD_TEXTS } from './importRecordColumn.ts';
import { NOTE_KEY, NOTE_TEXTS } from './periodNotes.ts';
import { soundKpiBase, typedNumberValue } from './concurrentMerge.ts';
import { cadenceOfCell, channelOfCell, mapRecordNotices, socialGoalOfRow } from './currentChoices.ts';
import { NOTICE_TEXTS } from './noticeTexts.ts';
import { addMonths, parseIsoDate, type DayDate } from './parseTyped.ts';
import { CADENCES, CHANNELS } from './taxonomy.ts';
import { CADENCE_TEXTS, SOCIAL_GOAL_TEXTS, channelText } from './taxonomyTexts.ts';
import { MAP_COLUMN_IDS, SHEET_TEXTS, statusLabels, type MapColumnId } from './sheetTexts.ts';
import {
  CHANGE_COLORS,
  CHANGE_FORMAT,
  DATE_FORMAT,
  GENERAL_FORMAT,
  PROGRESS_FORMAT,
  SHEET_COLORS,
  STATUS_BAR_COLORS,
  STATUS_COLORS,
  TEXT_FORMAT,
  inputFormat,
  unitFormat,
} from './sheetStyle.ts';
import { languageOf, validateWizardInput } from './validate.ts';

export interface KpiMapPlanOptions {
  /** 'YYYY-MM-DD' today in the spreadsheet's time zone: the next review is the first one after it. */
  today?: string;
}

export interface KpiMapPlanResult {
  plan: Plan;
  rowsAdded: number;
  rowsUpdated: number;
  rowsRetired: number;
  /** Tab names the plan will create (sheets that do not exist yet). */
  sheetsToCreate: string[];
  mapSheetName: string;
  /** Damaged hidden records and a deleted key row: where, and what to do, in the input's language. */
  notices: string[];
  /** Why nothing can be written (a data sheet's columns cannot be found); the plan is then empty. */
  blocked: string[];
}

/** True (as a conditional format) when `change` moved the `way` this row's KPI counts as better (`better`: 1 or -1). */
function movedFormula(change: string, better: string, way: 'better' | 'worse'): string {
  return `=AND(ISNUMBER(${change}),${change}*${better}${way === 'better' ? '>' : '<'}0)`;
}

/** How far below the last row dropdowns, formats and colours reach, so rows typed later get them too. */
const ROOM_BELOW = 200;
/**
 * The data sheets' formats and validations cover every row of a new tab (NEW_SHEET_ROWS) and at least
 * ROOM_BELOW rows below the last row with data: a re-run that finds the data near the end of the tab
 * extends them (the applier grows the tab first), so they grow with the data, never by a fixed 1,000 rows.
 */
function dataRowsReserved(lastRow: number): number {
  return Math.max(lastRow + ROOM_BELOW, NEW_SHEET_ROWS);
}

/** The value the wizard means for each user column, as it would sit in the cell. */
function wizardValues(choice: KpiChoice, language: Language): Record<UserColumn, CellValue> {
  // An untouched number is carried as the number the wizard was opened on, never re-read from text.
  const percent = findKpi(choice.kpiId)?.unit === 'fraction';
  const number = (field: 'baseline' | 'target'): CellValue =>
    typedNumberValue(choice[field], soundKpiBase(choice.base)?.[field], percent, language);
  return {
    channel: channelText(choice.channel, language).name,
    owner: choice.owner ?? '',
    cadence: CADENCE_TEXTS[language][choice.cadence].name,
    baseline: number('baseline'),
    target: number('target'),
    deadline: choice.deadline ? toSerialDate(choice.deadline.trim()) : null,
    notes: choice.notes ?? '',
  };
}

/** What each user cell held when the wizard was opened, as wizardValues would write it. */
function openedValues(base: KpiBase, language: Language): Record<UserColumn, CellValue> {
  const deadline = base.deadline.trim();
  return {
    channel: channelText(base.channel, language).name,
    owner: base.owner,
    cadence: CADENCE_TEXTS[language][base.cadence].name,
    baseline: base.baseline,
    target: base.target,
    deadline: deadline === '' ? null : parseIsoDate(deadline).kind === 'ok' ? toSerialDate(deadline) : deadline,
    notes: base.notes,
  };
}

/** A dropdown cell that shows the wanted choice in another language: rewriting it only translates it. */
function onlyTranslates(column: UserColumn, sheetValue: CellValue, formula: string, wanted: CellValue): boolean {
  if (formula !== '' || sheetValue === wanted) return false;
  if (column === 'channel')
    return channelOfCell(sheetValue) !== null && channelOfCell(sheetValue) === channelOfCell(wanted);
  if (column === 'cadence')
    return cadenceOfCell(sheetValue) !== null && cadenceOfCell(sheetValue) === cadenceOfCell(wanted);
  return false;
}

/** A free tab name: the wanted one, or "Name (2)"... when a tab already has it. */
function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The first review after `today` (or after the start when today is unknown), every `months` months. */
function nextReviewDate(start: DayDate, months: number, today: string | undefined): DayDate {
  const todayDate = today ? parseIsoDate(today) : null;
  const todayKey = todayDate?.kind === 'ok' ? todayDate.value : start;
  const key = (d: DayDate) => d.year * 10_000 + d.month * 100 + d.day;
  let step = 1;
  let date = addMonths(start, months);
  while (key(date) <= key(todayKey) && step < 400) date = addMonths(start, months * ++step);
  return date;
}

interface PlannedRow {
  row: number;
  kpi: KpiDefinition;
  key: string;
  existing: ExistingRow | null;
  choice: KpiChoice | null;
}

/** Pairs each chosen KPI with its row on the map (or none: a new row), and lists rows to retire. */
function matchRows(
  choices: readonly KpiChoice[],
  layout: MapLayout,
  language: Language,
): { matched: Map<KpiChoice, ExistingRow>; unmatched: ExistingRow[] } {
  const byKey = new Map(layout.rows.map((row) => [row.key, row]));
  const matched = new Map<KpiChoice, ExistingRow>();
  const used = new Set<ExistingRow>();
  for (const choice of choices) {
    const row = byKey.get(kpiRowKey(choice));
    if (row) {
      matched.set(choice, row);
      used.add(row);
    }
  }
  // A channel changed in the sheet: same KPI and goal, and the cell shows the channel now chosen.
  const channelColumn = layout.columns.get('channel') as number;
  for (const choice of choices) {
    if (matched.has(choice)) continue;
    const label = channelText(choice.channel, language).name;
    const row = layout.rows.find((candidate) => {
      return (
        !used.has(candidate) &&
        candidate.keyParts.kpiId === choice.kpiId &&
        candidate.keyParts.businessGoalId === choice.businessGoalId &&
        String(cellOf(layout.sheet, candidate.row, channelColumn)) === label
      );
    });
    if (row) {
      matched.set(choice, row);
      used.add(row);
    }
  }
  return { matched, unmatched: layout.rows.filter((row) => !used.has(row)) };
}

/** Column letters of a data sheet, existing keys where they are, new ones to the right. */
function placeDataColumns(
  layout: DataLayout,
  specs: readonly DataColumnSpec[],
  withNote: boolean,
): Map<string, number> {
  const columns = new Map(layout.columns);
  let next = layout.lastColumn + 1;
  // KPI data's hidden import record (src/wizard/importRecordColumn.ts) right of the inputs, so an import writes
  // its numbers and records as one rectangle, then the note column, which an import never writes.
  const note = withNote ? [IMPORT_RECORD_KEY, NOTE_KEY] : [];
  for (const key of [PERIOD_KEY, CHANNEL_KEY, ...specs.map((spec) => spec.key), ...note]) {
    if (!columns.has(key)) columns.set(key, next++);
  }
  return columns;
}

function dataSheetPlan(
  key: DataSheetKey,
  sheetId: number | null,
  name: string,
  layout: DataLayout,
  columns: Map<string, number>,
  specs: readonly DataColumnSpec[],
  language: Language,
  timeZone: string,
): SheetPlan {
  const texts = SHEET_TEXTS[language];
  const labelRow = layout.labelRow;
  const firstDataRow = labelRow + 1;
  // Without its key row and no empty row to write it into, the keys are left out: the row above
  // the labels is the user's (or there is none), and the columns are found by their labels.
  const writeKeys = layout.found === 'keys' || layout.found === 'restore';
  const lastDataRow = dataRowsReserved(Math.max(layout.lastRow, firstDataRow));
  const values: CellGrid<CellValue> = new Map();
  const notes: CellGrid<string> = new Map();
  const numberFormats: NumberFormatSpec[] = [];
  const range = (column: number) => `${cellA1(firstDataRow, column)}:${cellA1(lastDataRow, column)}`;

  const period = columns.get(PERIOD_KEY) as number;
  const channel = columns.get(CHANNEL_KEY) as number;
  const periodNote = key === 'kpiAnswers' ? texts.answerPeriodNote : texts.periodNote;
  for (const [column, keyText, label, note] of [
    [period, PERIOD_KEY, texts.period, periodNote],
    [channel, CHANNEL_KEY, texts.channel, texts.channelNote],
  ] as const) {
    if (writeKeys) setCell(values, layout.keyRow, column, keyText);
    setCell(values, labelRow, column, label);
    setCell(notes, labelRow, column, note);
  }
  numberFormats.push(
    { range: range(period), format: DATE_FORMAT },
    // The channel column is text; giving it a format too leaves no hole in the formatted rectangle,
    // so the applier writes it without reading it first.
    { range: range(channel), format: GENERAL_FORMAT },
  );
  for (const spec of specs) {
    const column = columns.get(spec.key) as number;
    if (writeKeys) setCell(values, layout.keyRow, column, spec.key);
    setCell(values, labelRow, column, columnLabel(spec, language));
    setCell(notes, labelRow, column, columnNote(spec, language));
    numberFormats.push({ range: range(column), format: inputFormat(spec.input, language, timeZone) });
  }
  // The note column and the import's hidden record (KPI data only): key, label and header note. A note's cells
  // are plain text (src/wizard/periodNotes.ts); the record's are General, so the JSON the import writes with
  // setValues' text escape is stored as that text (src/wizard/importRecordColumn.ts).
  for (const [key, text, format] of [
    [NOTE_KEY, NOTE_TEXTS, TEXT_FORMAT],
    [IMPORT_RECORD_KEY, IMPORT_RECORD_TEXTS, GENERAL_FORMAT],
  ] as const) {
    const column = columns.get(key);
    if (column === undefined) continue;
    if (writeKeys) setCell(values, layout.keyRow, column, key);
    setCell(values, labelRow, column, text[language].label);
    setCell(notes, labelRow, column, text[language].headerNote);
    numberFormats.push({ range: range(column), format });
  }
  const record = columns.get(IMPORT_RECORD_KEY);
  const validations: DataValidationSpec[] = [
    { range: range(period), rule: { kind: 'date' }, helpText: texts.dateHelp, reject: false },
    {
      range: range(channel),
      rule: { kind: 'list', values: CHANNELS.map((id) => channelText(id, language).name) },
      helpText: texts.channelHelp,
      reject: false,
    },
  ];
  return {
    key,
    sheetId,
    name,
    create: true,
    values: packBlocks(values).map((block) => ({ start: block.start, values: block.cells })),
    notes: packBlocks(notes).map((block): NoteBlock => ({ start: block.start, notes: block.cells })),
    numberFormats,
    validations,
    frozenRows: labelRow,
    hiddenRows: writeKeys ? [String(layout.keyRow)] : [],
    ...(record !== undefined ? { hiddenColumns: [columnLetters(record)] } : {}),
  };
}

export function buildKpiMapPlan(
  input: WizardInput,
  snapshot: SpreadsheetSnapshot,
  options: KpiMapPlanOptions = {},
): KpiMapPlanResult {
  const problems = validateWizardInput(input);
  if (problems.length > 0) {
    throw new Error(`The wizard input is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join(' ')}`);
  }
  const language = languageOf(input);
  const texts = SHEET_TEXTS[language];
  const timeZone = snapshot.timeZone;
  const goals = new Map(input.businessGoals.map((goal) => [goal.id, goal]));

  const map = readMapLayout(findSheet(snapshot, 'kpiMap'));
  const { matched, unmatched } = matchRows(input.kpis, map, language);

  // Rows: matched ones stay where they are; new ones go below everything on the map.
  const planned: PlannedRow[] = [];
  let nextRow = map.lastRow + 1;
  for (const choice of input.kpis) {
    const existing = matched.get(choice) ?? null;
    const row = existing ? existing.row : nextRow++;
    planned.push({ row, kpi: findKpi(choice.kpiId) as KpiDefinition, key: kpiRowKey(choice), existing, choice });
  }
  const retiredRows: PlannedRow[] = [];
  for (const existing of unmatched) {
    const kpi = findKpi(existing.keyParts.kpiId);
    if (kpi) retiredRows.push({ row: existing.row, kpi, key: existing.key, existing, choice: null });
  }
  const lastMapRow = Math.max(map.lastRow, nextRow - 1);

  // Data sheets: every KPI on the map (retired ones too, their formulas still read them).
  const allKpiIds = [...planned, ...retiredRows].map((row) => row.kpi.id);
  const specs = columnsForKpis(allKpiIds);
  // Other tabs' names are looked at only when a tab is to be created (on Sheets, listing them costs calls).
  let takenNames: Set<string> | undefined;
  const sheetsToCreate: string[] = [];
  const nameFor = (key: string, wanted: string): string => {
    const existing = findSheet(snapshot, key);
    if (existing) return existing.name;
    takenNames ??= new Set([...snapshot.otherSheetNames, ...snapshot.sheets.map((sheet) => sheet.name)]);
    const name = freeName(wanted, takenNames);
    takenNames.add(name);
    sheetsToCreate.push(name);
    return name;
  };
  const mapName = nameFor('kpiMap', texts.mapName);
  const dataRefs: Record<DataSheetKey, DataSheetRefs | null> = { kpiData: null, kpiAnswers: null };
  const dataPlans: SheetPlan[] = [];
  const dataNotices: string[] = [];
  const blocked: string[] = [];
  const keptKpiIds = new Set(map.rows.map((row) => row.keyParts.kpiId));
  for (const [key, wanted] of [
    ['kpiData', texts.dataName],
    ['kpiAnswers', texts.answersName],
  ] as const) {
    const sheetSpecs = specs.filter((spec) => spec.sheet === key);
    const snapshotSheet = findSheet(snapshot, key);
    if (sheetSpecs.length === 0 && !snapshotSheet) continue;
    const layout = readDataLayout(snapshotSheet);
    const name = nameFor(key, wanted);
    if (layout.found === 'lost') {
      const labels = [texts.period, ...sheetSpecs.map((spec) => columnLabel(spec, language))];
      blocked.push(NOTICE_TEXTS[language].keyRowLost(name, labels.map((label) => `“${label}”`).join(', ')));
      continue;
    }
    if (layout.found !== 'keys') {
      // Only columns a KPI already on the map reads can have been there: the others are new.
      const before = new Set(columnsForKpis([...keptKpiIds]).map((spec) => spec.key));
      const wasThere = sheetSpecs.filter((spec) => !layout.columns.has(spec.key) && before.has(spec.key));
      dataNotices.push(
        layout.found === 'restore'
          ? NOTICE_TEXTS[language].keyRowRestored(name, layout.keyRow)
          : NOTICE_TEXTS[language].keyRowRecovered(name, layout.labelRow),
      );
      if (wasThere.length > 0) {
        const labels = wasThere.map((spec) => `“${columnLabel(spec, language)}”`).join(', ');
        dataNotices.push(NOTICE_TEXTS[language].columnsNotFound(name, labels));
      }
    }
    const columns = placeDataColumns(layout, sheetSpecs, key === 'kpiData');
    dataRefs[key] = { name, columns: new Map([...columns].map(([k, c]) => [k, columnLetters(c)])) };
    dataPlans.push(dataSheetPlan(key, sheetIdOf(snapshot, key), name, layout, columns, sheetSpecs, language, timeZone));
  }

  if (blocked.length > 0) {
    // A data sheet whose columns cannot be found: nothing is written anywhere, the user is told what to restore.
    return {
      plan: { sheets: [] },
      rowsAdded: 0,
      rowsUpdated: 0,
      rowsRetired: 0,
      sheetsToCreate: [],
      mapSheetName: mapName,
      notices: [],
      blocked,
    };
  }

  // The map.
  const col = (id: AnyMapColumn) => map.columns.get(id) as number;
  const values: CellGrid<CellValue> = new Map();
  const formulas: CellGrid<string> = new Map();
  const numberFormats: NumberFormatSpec[] = [];

  for (const id of MAP_COLUMN_IDS) setCell(values, map.headerRow, col(id), texts.mapHeaders[id]);
  setCell(values, map.headerRow, col('key'), HIDDEN_HEADERS.key);
  setCell(values, map.headerRow, col('start'), HIDDEN_HEADERS.start);
  setCell(values, map.headerRow, col('written'), HIDDEN_HEADERS.written);
  for (const id of ['better', 'previousPeriod', 'yearPeriod'] as const) {
    setCell(values, map.headerRow, col(id), HIDDEN_HEADERS[id]);
  }
  setCell(
    values,
    map.headerRow,
    col('settings'),
    settingsCellText({
      language,
      startDate: input.startDate,
      reviewIntervalMonths: input.reviewIntervalMonths,
      answers: input.answers,
      businessGoals: input.businessGoals,
    }),
  );

  const start = (parseIsoDate(input.startDate) as { value: DayDate }).value;
  const startSerial = toSerialDate(input.startDate.trim());
  const review = nextReviewDate(start, input.reviewIntervalMonths, options.today);
  const socialGoalName = (id: RowShadow['socialGoal']) => SOCIAL_GOAL_TEXTS[language][id]?.name ?? id;
  let rowsAdded = 0;
  let rowsUpdated = 0;
  let rowsRetired = 0;

  /** Writes back what a kept cell holds, and its formula if the user typed one. */
  const keepCell = (row: number, column: number) => {
    const value = cellOf(map.sheet, row, column);
    // A value that cannot be written back exactly is left out: the block splits around it instead.
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    setCell(values, row, column, value);
    const formula = formulaOf(map.sheet, row, column);
    if (formula !== '') setCell(formulas, row, column, formula);
  };

  for (const entry of [...planned, ...retiredRows]) {
    const { row, kpi, existing, choice } = entry;
    const oldShadow = existing?.shadow ?? null;
    const cell = (id: AnyMapColumn) => `${absoluteColumn(map, id)}${row}`;
    const refs: ComparedRowRefs = {
      channel: cell('channel'),
      cadence: cell('cadence'),
      baseline: cell('baseline'),
      target: cell('target'),
      deadline: cell('deadline'),
      current: cell('current'),
      start: cell('start'),
      previous: cell('previous'),
      yearAgo: cell('yearAgo'),
      progress: cell('progress'),
      previousPeriod: cell('previousPeriod'),
      yearPeriod: cell('yearPeriod'),
    };
    const written: Partial<Record<UserColumn, CellValue>> = { ...(oldShadow?.written ?? {}) };
    let shadow: RowShadow;
    if (choice) {
      const goal = goals.get(choice.businessGoalId) as WizardInput['businessGoals'][number];
      const wanted = wizardValues(choice, language);
      // What the wizard was opened on tells what the user changed in it; for a row without a sound
      // record the cells are the user's, and only blank ones are filled.
      const base = soundKpiBase(choice.base);
      const opened = base && existing?.record === 'ok' ? openedValues(base, language) : null;
      for (const column of USER_COLUMNS) {
        const c = col(column);
        const sheetValue = cellOf(map.sheet, row, c);
        const sheetFormula = formulaOf(map.sheet, row, c);
        const bringsNews =
          wizardValueWins({
            isNewRow: existing === null,
            sheetValue,
            sheetFormula,
            lastWritten: oldShadow !== null && column in oldShadow.written ? oldShadow.written[column] : undefined,
            opened: opened ? opened[column] : undefined,
            wizardValue: wanted[column],
          }) || onlyTranslates(column, sheetValue, sheetFormula, wanted[column]);
        if (bringsNews) {
          setCell(values, row, c, wanted[column]);
          written[column] = wanted[column];
        } else {
          keepCell(row, c);
        }
      }
      setCell(values, row, col('goal'), goal.name);
      setCell(values, row, col('start'), startSerial);
      setCell(formulas, row, col('status'), statusFormula(refs, language));
      setCell(formulas, row, col('nextReview'), nextReviewFormula(review, language));
      shadow = { goalName: goal.name, goalKind: goal.kind, socialGoal: choice.socialGoal, retired: false, written };
      if (existing) rowsUpdated++;
      else rowsAdded++;
    } else {
      const goalId = parseKpiRowKey(entry.key).businessGoalId;
      const goalName = oldShadow?.goalName ?? goals.get(goalId)?.name ?? String(cellOf(map.sheet, row, col('goal')));
      for (const column of USER_COLUMNS) keepCell(row, col(column));
      setCell(values, row, col('goal'), goalName);
      keepCell(row, col('start'));
      setCell(formulas, row, col('status'), retiredStatusFormula(language));
      setCell(formulas, row, col('nextReview'), '');
      const kind =
        oldShadow?.goalKind ??
        goals.get(goalId)?.kind ??
        map.settings?.businessGoals.find((g) => g.id === goalId)?.kind;
      shadow = {
        goalName,
        goalKind: kind ?? 'awareness',
        socialGoal: socialGoalOfRow(map, existing as ExistingRow, kpi),
        retired: true,
        written,
      };
      if (!oldShadow?.retired) rowsRetired++;
    }
    setCell(values, row, col('socialGoal'), socialGoalName(shadow.socialGoal));
    setCell(values, row, col('kpi'), kpi.text[language].name);
    setCell(values, row, col('measures'), kpi.text[language].description);
    setCell(formulas, row, col('current'), currentValueFormula(kpi, refs, dataRefs, language));
    setCell(formulas, row, col('progress'), progressFormula(refs));
    setCell(formulas, row, col('progressBar'), progressBarFormula(refs.progress));
    // The comparisons: each compared period's date in a hidden cell, the KPI's value then, and the change.
    for (const [which, period, value, change] of [
      ['previous', 'previousPeriod', 'previous', 'changePrevious'],
      ['yearAgo', 'yearPeriod', 'yearAgo', 'changeYear'],
    ] as const) {
      setCell(formulas, row, col(period), comparedPeriodFormula(kpi, refs, dataRefs, language, which));
      setCell(formulas, row, col(value), comparedValueFormula(kpi, refs, dataRefs, language, refs[period]));
      setCell(formulas, row, col(change), changeFormula(refs.current, refs[value]));
    }
    setCell(values, row, col('better'), kpi.better === 'lower' ? -1 : 1);
    setCell(values, row, col('key'), entry.key);
    setCell(values, row, col('written'), JSON.stringify(shadow));

    const unit = unitFormat(kpi.unit, language, timeZone);
    for (const id of ['baseline', 'target', 'current', 'previous', 'yearAgo'] as const) {
      numberFormats.push({ range: cellA1(row, col(id)), format: unit });
    }
  }

  // Formats, dropdowns, colours and protections reach below the last row, for rows the user adds.
  const first = map.headerRow + 1;
  const last = Math.max(lastMapRow, first);
  const room = last + ROOM_BELOW;
  const span = (id: AnyMapColumn, to = last) => `${cellA1(first, col(id))}:${cellA1(to, col(id))}`;
  numberFormats.push(
    { range: span('deadline'), format: DATE_FORMAT },
    { range: span('start'), format: DATE_FORMAT },
    { range: span('nextReview'), format: DATE_FORMAT },
    { range: span('progress'), format: PROGRESS_FORMAT },
    { range: span('progressBar'), format: GENERAL_FORMAT },
    { range: span('changePrevious'), format: CHANGE_FORMAT },
    { range: span('changeYear'), format: CHANGE_FORMAT },
    { range: span('previousPeriod'), format: DATE_FORMAT },
    { range: span('yearPeriod'), format: DATE_FORMAT },
    { range: span('better'), format: '0' },
    // Text columns inside the formatted rectangle get a format too, so it is written without reading it first.
    { range: span('status'), format: GENERAL_FORMAT },
    { range: span('settings'), format: TEXT_FORMAT },
    { range: span('key'), format: TEXT_FORMAT },
    { range: span('written'), format: TEXT_FORMAT },
  );
  const validations: DataValidationSpec[] = [
    {
      range: span('channel', room),
      rule: { kind: 'list', values: CHANNELS.map((id) => channelText(id, language).name) },
      helpText: texts.channelHelp,
      reject: false,
    },
    {
      range: span('cadence', room),
      rule: { kind: 'list', values: CADENCES.map((id) => CADENCE_TEXTS[language][id].name) },
      helpText: texts.cadenceHelp,
      reject: false,
    },
    { range: span('deadline', room), rule: { kind: 'date' }, helpText: texts.dateHelp, reject: true },
  ];
  const labels = statusLabels(language);
  const statusRange = span('status', room);
  const conditionalFormats: ConditionalFormatSpec[] = [
    ...(['Achieved', 'On track', 'Behind', 'Off track', 'Not started'] as const).map(
      (status): ConditionalFormatSpec => ({
        ranges: [statusRange],
        when: { kind: 'textEquals', text: labels[status] },
        style: { background: STATUS_COLORS[status] },
      }),
    ),
    {
      ranges: [statusRange],
      when: { kind: 'textEquals', text: texts.retired },
      style: { fontColor: SHEET_COLORS.retired },
    },
    // Progress bars in the status's darker shade; changes green when the KPI moved the better way, red when not.
    ...(['Achieved', 'On track', 'Behind', 'Off track', 'Not started'] as const).map(
      (status): ConditionalFormatSpec => ({
        ranges: [span('progressBar', room)],
        when: {
          kind: 'customFormula',
          formula: `=${absoluteColumn(map, 'status')}${first}=${quoteText(labels[status])}`,
        },
        style: { fontColor: STATUS_BAR_COLORS[status] },
      }),
    ),
    ...(['changePrevious', 'changeYear'] as const).flatMap((id) =>
      (['better', 'worse'] as const).map((way): ConditionalFormatSpec => ({
        ranges: [span(id, room)],
        when: {
          kind: 'customFormula',
          formula: movedFormula(`${columnLetters(col(id))}${first}`, `${absoluteColumn(map, 'better')}${first}`, way),
        },
        style: { fontColor: CHANGE_COLORS[way] },
      })),
    ),
    {
      ranges: [span('nextReview', room)],
      when: { kind: 'textEquals', text: texts.reviewDue },
      style: { background: SHEET_COLORS.reviewDue, bold: true },
    },
  ];
  const headerRange = `${cellA1(map.headerRow, 1)}:${cellA1(map.headerRow, Math.max(...MAP_COLUMN_IDS.map(col)))}`;
  conditionalFormats.push({
    ranges: [headerRange],
    when: { kind: 'customFormula', formula: '=TRUE' },
    style: { background: SHEET_COLORS.header, bold: true },
  });

  // Formula and hidden key columns: users may still type there, after a warning.
  // The calculated columns: "Current value" through "Next review".
  const formulaColumns = MAP_COLUMN_IDS.slice(
    MAP_COLUMN_IDS.indexOf('current'),
    MAP_COLUMN_IDS.indexOf('nextReview') + 1,
  ).map(col);
  const hiddenColumns = (
    ['key', 'start', 'written', 'settings', 'better', 'previousPeriod', 'yearPeriod'] as const
  ).map(col);
  const protections: ProtectionSpec[] = columnRuns([...formulaColumns, ...hiddenColumns]).map(([from, to], i) => ({
    range: `${cellA1(map.headerRow, from)}:${cellA1(last, to)}`,
    description: i === 0 ? texts.formulaProtection : `${texts.formulaProtection} ${i + 1}`,
    warningOnly: true,
  }));
  const notes: CellGrid<string> = new Map();
  // A note (or none) for every header cell, so the notes are one rectangle without holes to read first.
  for (const id of ALL_MAP_COLUMNS) {
    setCell(notes, map.headerRow, col(id), id in texts.mapNotes ? (texts.mapNotes[id as MapColumnId] ?? '') : '');
  }

  const mapPlan: SheetPlan = {
    key: 'kpiMap',
    sheetId: sheetIdOf(snapshot, 'kpiMap'),
    name: mapName,
    create: true,
    values: packBlocks(values).map((block) => ({ start: block.start, values: block.cells })),
    formulas: packBlocks(formulas).map((block) => ({ start: block.start, formulas: block.cells })),
    numberFormats,
    validations,
    conditionalFormats,
    protections,
    notes: packBlocks(notes).map((block) => ({ start: block.start, notes: block.cells })),
    frozenRows: map.headerRow,
    hiddenColumns: columnRuns(hiddenColumns).map(([from, to]) =>
      from === to ? columnLetters(from) : `${columnLetters(from)}:${columnLetters(to)}`,
    ),
    columnWidths: [{ columns: columnLetters(col('measures')), width: 300 }],
  };
  return {
    // Data sheets first: the map's formulas refer to them.
    // Blocks the sheets already hold (a re-run that changed nothing there) are not written again.
    plan: {
      sheets: [...dataPlans, mapPlan].map((sheet) => withoutUnchangedBlocks(sheet, findSheet(snapshot, sheet.key))),
      activate: 'kpiMap',
    },
    rowsAdded,
    rowsUpdated,
    rowsRetired,
    sheetsToCreate,
    mapSheetName: mapName,
    notices: [...mapRecordNotices(snapshot, language), ...dataNotices],
    blocked: [],
  };
}
