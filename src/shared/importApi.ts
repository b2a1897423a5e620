/**
 * The wire types of the import of analytics exports (issue 12), imported by both sides. The CSV is
 * read and aggregated in the sidebar (src/import/, run in the browser); only the aggregated
 * period × channel × input values travel to the server, which writes them to "KPI data" through the
 * plan/apply path. JSON-safe like src/shared/wizardApi.ts: dates are 'YYYY-MM-DD' strings.
 */
import type { InputName } from '../catalog/inputs.ts';
import type { Aggregation } from '../catalog/types.ts';
import type { Cadence, ChannelId, Language } from './wizardApi.ts';

/** The exports the add-on recognises by their headers; 'mapped' is one the user mapped by hand. */
export type ExportKind =
  | 'facebookPosts'
  | 'instagramPosts'
  | 'metaFollows'
  | 'linkedinContent'
  | 'linkedinFollowers'
  | 'linkedinVisitors'
  | 'xContent'
  | 'xOverview'
  | 'tiktokVideos'
  | 'tiktokOverview'
  | 'youtubeTable'
  | 'ga4Acquisition'
  | 'mapped';

/** What one row of an export stands for. */
export type ExportGrain = 'posts' | 'days' | 'overview' | 'followers' | 'visitors';

/** How a period (and "All channels") combines an input: summed, averaged, or the latest value. */
export type { Aggregation };

/** A "KPI data" column the map tracks, as the browser needs it to aggregate. */
export interface ImportColumn {
  input: InputName;
  /** The column's header in the map's language. */
  label: string;
  aggregation: Aggregation;
}

/** A column mapping the user made once for headers the add-on did not know; kept in the spreadsheet. */
export interface SavedMapping {
  /** Identifies the export's header row (its trimmed headers, in order, joined by a tab). */
  headersKey: string;
  grain: ExportGrain;
  channel: ChannelId;
  /** The export's date column, or null for an export without one (a single overview row). */
  dateColumn: string | null;
  /** Export header → the input it fills. Headers not listed are not imported. */
  columns: Record<string, InputName>;
  /**
   * Whether the date column's 03/04/2026 is day-first ('dmy') or month-first ('mdy'), when the
   * user answered it (the reader asks when every date reads both ways). Absent: read from the dates.
   */
  dateOrder?: 'dmy' | 'mdy';
}

/**
 * Where an import writes and how its values were made, as getImportContext found it: the "KPI data" tab's id
 * (so Import and Undo read that one tab, not every tab of the add-on) and the cadence and language the
 * browser aggregated and labelled by. The server checks the tab still holds "KPI data" before it writes.
 */
export interface ImportTarget {
  sheetId: number;
  cadence: Cadence;
  language: Language;
}

/** Everything the sidebar needs before it reads a file (server → sidebar). */
export interface ImportContext {
  language: Language;
  /** The cadence periods are bucketed by: the map's (the shortest, when KPIs differ). */
  cadence: Cadence;
  /** The spreadsheet's time zone (IANA), in which a post's publish time decides its period. */
  timeZone: string;
  /** The channels the map tracks (never 'all'). */
  channels: ChannelId[];
  /** The "KPI data" columns the map tracks. */
  columns: ImportColumn[];
  /** Inputs the map does not track, with the names of the KPIs that would use them (map language). */
  untracked: { input: InputName; label: string; kpis: string[] }[];
  mappings: SavedMapping[];
  /** The tabs the import can read (the user's, e.g. an XLS/XLSX brought in with File → Import): name only. */
  tabs: string[];
  /** Why nothing can be imported yet (no "KPI data" tab), in `language`; absent when the import can go ahead. */
  notice?: string;
  /** Where the import writes (null when there is no "KPI data" tab yet). */
  target: ImportTarget | null;
}

/** One aggregated number for one "KPI data" cell. */
export interface ImportedValue {
  /** The period's first day, 'YYYY-MM-DD', as the KPI data's period column holds it. */
  period: string;
  channel: ChannelId;
  input: InputName;
  value: number;
  /** The export column it came from (recorded, so a change of source column between periods is flagged). */
  sourceColumn: string;
}

/** One file, recognised and aggregated in the browser. */
export interface ImportedFile {
  name: string;
  kind: ExportKind;
  grain: ExportGrain;
  /** What the add-on found, in the user's language: "Instagram posts export: 214 posts, 1 Jan – 30 Jun 2026, account @name". */
  summary: string;
}

/** What the sidebar sends to preview or apply an import. */
export interface ImportBatch {
  files: ImportedFile[];
  values: ImportedValue[];
  /** Mappings the user made in this import, to remember for the next file with the same headers. */
  remember: SavedMapping[];
  /** The context's target: the values were aggregated by its cadence. */
  target: ImportTarget;
}

/** One cell the import would write, beside what "KPI data" holds now. */
export interface ImportPreviewCell {
  period: string;
  channel: ChannelId;
  input: InputName;
  /** What the cell holds now: a number, text, or null when blank. */
  current: number | string | null;
  incoming: number;
  /** The cell holds a different value from the one the import would write. */
  differs: boolean;
  /** The current value was typed by a user (not written by an earlier import): overwritten only when asked. */
  typed: boolean;
  /** The export column that filled this input in an earlier period, when it differs from this one's. */
  sourceChangedFrom: string | null;
}

export interface ImportPreview {
  cells: ImportPreviewCell[];
  /** Rows of "KPI data" the import would add (period × channel not there yet). */
  newRows: number;
  message: string;
}

export interface ImportSummary {
  written: number;
  /** Cells left as they were because a user typed them and did not ask to overwrite. */
  keptTyped: number;
  message: string;
}

/** The import's server functions (google.script.run), each also implemented for the local preview. */
export interface ImportApi {
  getImportContext(language: Language | null): ImportContext;
  previewImport(batch: ImportBatch): ImportPreview;
  applyImport(batch: ImportBatch, overwriteTyped: boolean): ImportSummary;
  undoImport(target: ImportTarget): ImportSummary;
  /** A tab's cells as shown (Range.getDisplayValues), for the browser to read like a CSV export. */
  readImportTab(name: string): string[][];
}

/**
 * The name of the import panel's page in one language, as Apps Script knows it (dist/import-en.html,
 * import-da.html, import-nl.html: each carries one language's words, to stay within 60 KB).
 */
export function importPage(language: Language): string {
  return `import-${language}`;
}
