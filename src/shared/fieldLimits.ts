/**
 * How much the wizard accepts per field: one list that the sidebar (maxlength on its inputs) and
 * the server (the payload check, src/server/payloadShape.ts) both import, so they never disagree.
 *
 * A Sheets cell holds at most 50,000 characters. Owner and notes are written to the map's cells and
 * also, as JSON, into the hidden "written" record of their row; goal names into the hidden settings
 * cell. JSON writes a quote as two characters and a control character as six, so the caps leave room
 * for six times every text on a row: 6 × (5,000 + 200 + 200) plus the record's keys stays below
 * 50,000 (test/fieldLimits.test.ts writes 60 KPIs with every field at its cap to prove it).
 */
export const SHEETS_CELL_LIMIT = 50_000;

export const FIELD_LIMITS = {
  /** A business goal's name, e.g. "Be known in our region". */
  goalName: 200,
  /** A KPI's owner: a name or an e-mail address. */
  owner: 200,
  /** A KPI's notes. */
  notes: 5_000,
  /** A typed baseline or target, e.g. "1.234,5 kr." (the longest number that is still finite has far fewer). */
  number: 50,
  /** A date as the wizard sends it, 'YYYY-MM-DD'. */
  date: 30,
  /** A choice from one of the wizard's lists: a KPI, kind, channel, cadence or social goal id. */
  choice: 100,
  /** How many business goals one input may have (the sidebar offers five kinds). */
  businessGoals: 20,
  /** How many KPI rows one input may have. */
  kpis: 250,
} as const;

/**
 * A business goal's id (the sidebar makes 'g1', 'g2', ...): letters, digits, '-' and '_', 1–40 of
 * them. It is part of the hidden row key 'kpi|goal|channel', so '|' would split it on the next run.
 */
export const GOAL_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
