/**
 * The shape checks of the import's payloads (src/shared/importApi.ts), as payloadShape.ts does for the
 * wizard: whatever google.script.run hands an entry point is checked field by field before anything is
 * read from it; a payload of the wrong shape is refused with messages naming the field, and nothing is written.
 */
import { INPUTS, type InputName } from '../catalog/inputs.ts';
import { LANGUAGES, type Language } from '../catalog/types.ts';
import { SHEETS_CELL_LIMIT } from '../shared/fieldLimits.ts';
import type {
  ExportGrain,
  ExportKind,
  ImportBatch,
  ImportedFile,
  ImportedValue,
  ImportTarget,
  SavedMapping,
} from '../shared/importApi.ts';
import type { ChannelId } from '../shared/wizardApi.ts';
import { CADENCES, CHANNELS } from '../wizard/taxonomy.ts';
import { checkPayload, fields, finiteNumber, oneOf, optional, text, type Check, type Checked } from './payloadShape.ts';
import { PAYLOAD_TEXTS } from './payloadTexts.ts';

export const EXPORT_KINDS: readonly ExportKind[] = [
  'facebookPosts',
  'instagramPosts',
  'metaFollows',
  'linkedinContent',
  'linkedinFollowers',
  'linkedinVisitors',
  'xContent',
  'xOverview',
  'tiktokVideos',
  'tiktokOverview',
  'youtubeTable',
  'ga4Acquisition',
  'mapped',
];
export const EXPORT_GRAINS: readonly ExportGrain[] = ['posts', 'days', 'overview', 'followers', 'visitors'];

/** Most values one import sends: 5 years of weeks × 7 channels × 50 inputs, with room to spare. */
export const IMPORT_LIMITS = { files: 50, values: 100_000, mappings: 50, name: 500, summary: 2_000 } as const;

type ImportList = 'files' | 'values' | 'mappings';
const LIST_NAMES: Record<Language, Record<ImportList, string>> = {
  en: { files: 'files', values: 'values', mappings: 'column mappings' },
  da: { files: 'filer', values: 'værdier', mappings: 'kolonnetilknytninger' },
  nl: { files: 'bestanden', values: 'waarden', mappings: 'kolomkoppelingen' },
};

const languageOf = (t: unknown): Language => LANGUAGES.find((language) => PAYLOAD_TEXTS[language] === t) ?? 'en';

/** A list of at most `limit` items, each checked (payloadShape's listOf, with the import's list names). */
function list<T>(item: Check<T>, limit: number, name: ImportList): Check<T[]> {
  return (value, field, problems) => {
    if (!Array.isArray(value) || value.length > limit) {
      const length = Array.isArray(value) ? value.length : 0;
      if (!Array.isArray(value)) text(0)(value === undefined ? undefined : [], field, problems);
      else
        problems.push({
          field,
          message: (t, count) => t.tooMany(LIST_NAMES[languageOf(t)][name], count(limit), count(length)),
        });
      return [];
    }
    return Array.from({ length: value.length }, (_, index) => item(value[index], `${field}.${index}`, problems));
  };
}

const isoDate: Check<string> = (value, field, problems) => {
  const checked = text(10)(value, field, problems);
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    problems.push({ field, message: (t) => t.wrongKind(field, 'YYYY-MM-DD', JSON.stringify(value.slice(0, 20))) });
  return checked;
};

const channel = oneOf(
  CHANNELS.filter((id) => id !== 'all'),
  (t, field, shown) => t.wrongKind(field, CHANNELS.slice(1).join(', '), `"${shown}"`),
) as Check<ChannelId>;
/** A value's channel may also be 'all': GA4's social channel group names no platform (a KPI on "All channels" reads it). */
const valueChannel = oneOf(CHANNELS, (t, field, shown) =>
  t.wrongKind(field, CHANNELS.join(', '), `"${shown}"`),
) as Check<ChannelId>;
const input = oneOf(Object.keys(INPUTS) as InputName[], (t, field, shown) => t.wrongKind(field, 'input', `"${shown}"`));
const grain = oneOf(EXPORT_GRAINS, (t, field, shown) => t.wrongKind(field, EXPORT_GRAINS.join(', '), `"${shown}"`));

const FILE = fields<ImportedFile>({
  name: text(IMPORT_LIMITS.name),
  kind: oneOf(EXPORT_KINDS, (t, field, shown) => t.wrongKind(field, 'export', `"${shown}"`)),
  grain,
  summary: text(IMPORT_LIMITS.summary),
});

const VALUE = fields<ImportedValue>({
  period: isoDate,
  channel: valueChannel,
  input,
  value: finiteNumber,
  sourceColumn: text(IMPORT_LIMITS.name),
});

/** Export header → input: an object whose every value is an input name. */
const columnMap: Check<Record<string, InputName>> = (value, field, problems) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fields({})(value, field, problems);
    return {};
  }
  const checked: Record<string, InputName> = {};
  for (const [header, name] of Object.entries(value as Record<string, unknown>).slice(0, 500))
    checked[text(IMPORT_LIMITS.name)(header, field, problems)] = input(
      name,
      `${field}.${header.slice(0, 40)}`,
      problems,
    );
  return checked;
};

const nullableText: Check<string | null> = (value, field, problems) =>
  value === null ? null : text(IMPORT_LIMITS.name)(value, field, problems);

const MAPPING = fields<SavedMapping>({
  headersKey: text(SHEETS_CELL_LIMIT / 2),
  grain,
  channel,
  dateColumn: nullableText,
  columns: columnMap,
  dateOrder: optional(oneOf(['dmy', 'mdy'], (t, field, shown) => t.wrongKind(field, 'dmy, mdy', `"${shown}"`))),
});

/** A tab's id: a whole number from 0 (Sheet.getSheetId). */
const sheetId: Check<number> = (value, field, problems) => {
  const checked = finiteNumber(value, field, problems);
  if (typeof value === 'number' && Number.isFinite(value) && !(Number.isInteger(value) && value >= 0))
    problems.push({ field, message: (t) => t.wrongKind(field, t.kinds.number, String(value)) });
  return checked;
};

const TARGET = fields<ImportTarget>({
  sheetId,
  cadence: oneOf(CADENCES, (t, field, shown) => t.wrongKind(field, CADENCES.join(', '), `"${shown}"`)),
  language: oneOf(LANGUAGES, (t, field, shown) => t.wrongKind(field, LANGUAGES.join(', '), `"${shown}"`)),
});

const BATCH = fields<ImportBatch>({
  files: list(FILE, IMPORT_LIMITS.files, 'files'),
  values: list(VALUE, IMPORT_LIMITS.values, 'values'),
  remember: list(MAPPING, IMPORT_LIMITS.mappings, 'mappings'),
  target: TARGET,
});

export function checkImportTarget(payload: unknown, fallback: Language): Checked<ImportTarget> {
  const checked = checkPayload(fields({ target: TARGET }), { target: payload }, fallback);
  return checked.ok ? { ok: true, value: checked.value.target } : checked;
}

export function checkImportBatch(payload: unknown, fallback: Language): Checked<ImportBatch> {
  return checkPayload(BATCH, payload, fallback);
}

export function checkOverwriteTyped(payload: unknown, fallback: Language): Checked<boolean> {
  if (payload === true || payload === false) return { ok: true, value: payload };
  const t = PAYLOAD_TEXTS[fallback];
  return {
    ok: false,
    language: fallback,
    messages: [{ field: 'overwriteTyped', message: t.wrongKind('overwriteTyped', t.kinds.boolean, typeof payload) }],
  };
}

export function checkTabName(payload: unknown, fallback: Language): Checked<string> {
  const checked = checkPayload(fields({ name: text(100) }), { name: payload }, fallback);
  return checked.ok ? { ok: true, value: checked.value.name } : checked;
}
