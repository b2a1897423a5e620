/**
 * The import panel (its own page, dist/import-<language>.html, opened by the menu item "Import analytics export…"
 * and from the wizard's result screen): pick CSV files or a tab, see what was found in each, map unknown
 * headers once, preview per period and channel beside what "KPI data" holds, Import, Undo import. The files
 * are read and aggregated here by the reader (src/import/readExport.ts); only the aggregated values go to the server.
 */
import type {
  ImportBatch,
  ImportContext,
  ImportPreview,
  ImportedValue,
  SavedMapping,
} from '../../src/shared/importApi.ts';
import type { ChannelId, Language } from '../../src/shared/wizardApi.ts';
import { channelText } from '../../src/wizard/taxonomyTexts.ts';
import { h } from '../dom.ts';
import type { AsyncImportApi } from '../importApi.ts';
import {
  createExportReader,
  ReaderStopped,
  type ExportReader,
  type ReadDone,
  type ReadResult,
  type ReadSource,
  type ReadStage,
} from '../importReader.ts';
import { IMPORT_STRINGS, type ImportStrings } from './importTexts.ts';

/** At most this many period × channel tables in the preview, beside every one where a number would change. */
export const PREVIEW_TABLES = 24;

/** The largest file the panel reads (the limit): a bigger one is refused before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The progress bar's share (of 100) of each step of reading a file: its bytes from the disk (or a tab's cells
 * from the server), then the reader's stages. One bar per file that only grows.
 */
const PROGRESS: Record<'loading' | ReadStage, [from: number, to: number]> = {
  loading: [0, 10],
  decoding: [10, 15],
  parsing: [15, 55],
  aggregating: [55, 100],
};

type MappingQuestion = Extract<ReadResult, { question: 'mapping' }>;

interface FileEntry {
  id: number;
  name: string;
  source: ReadSource;
  result: ReadResult;
  /**
   * Import the periods the file covers only in part (its first and last, day by day), which would replace
   * a whole period's numbers with part of them. Off unless the user ticks it.
   */
  partial: boolean;
}

export interface MountedImportPanel {
  /** Resolves once the panel is usable. */
  ready: Promise<void>;
}

function plainError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^(Exception|Error|TypeError|ScriptError):\s*/i, '').trim() || String(error);
}

/** Reads a file as bytes, reporting progress (a large export takes a moment). */
function readBytes(file: File, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Mounts the panel. `language`: the page's language (each pushed page carries one language's words), asked
 * of the server so its messages match; null asks for the map's (the preview's page carries all three).
 * `reader`: reads the files, in a Web Worker where the browser can make one.
 */
export function mountImportPanel(
  root: HTMLElement,
  api: AsyncImportApi,
  language: Language | null = null,
  reader: ExportReader = createExportReader(),
): MountedImportPanel {
  let context: ImportContext | null = null;
  let t: ImportStrings = IMPORT_STRINGS[language ?? 'en'];
  let files: FileEntry[] = [];
  let preview: ImportPreview | null = null;
  let overwriteTyped = false;
  let busy = false;
  let nextId = 1;

  const content = h('div', { class: 'skk-content', id: 'import-content' });
  const progressBar = h('progress', {
    id: 'read-progress',
    max: 100,
    value: 0,
    'aria-labelledby': 'read-progress-label',
  });
  const progressLabel = h('span', { id: 'read-progress-label' });
  const progress = h(
    'div',
    { class: 'skk-import-progress', role: 'status', 'aria-live': 'polite' },
    progressLabel,
    progressBar,
  );
  progress.hidden = true;
  const status = h('div', { class: 'skk-message', role: 'status', 'aria-live': 'polite', id: 'import-status' });
  const errorSlot = h('div', { role: 'alert', id: 'import-error' });
  root.replaceChildren(
    h('div', { class: 'skk skk-import' }, h('div', { class: 'skk-body' }, content, progress, status, errorSlot)),
  );

  const channelName = (channel: ChannelId) => channelText(channel, context?.language ?? 'en').name;
  const inputLabel = (input: string) => context?.columns.find((column) => column.input === input)?.label ?? input;

  /** The bar at `done` of `total` into a step of reading a file; the label is only rewritten when the step changes. */
  function showProgress(label: string, step: keyof typeof PROGRESS, done: number, total: number): void {
    const [from, to] = PROGRESS[step];
    progress.hidden = false;
    if (progressLabel.textContent !== label) progressLabel.textContent = label;
    progressBar.value = from + ((to - from) * Math.min(done, total)) / Math.max(total, 1);
  }

  /** Reads a file (or tab) through the reader, the bar following it. */
  async function read(source: ReadSource, mapping: SavedMapping | null): Promise<ReadDone> {
    const { name } = source;
    try {
      return await reader.read(source, context as ImportContext, mapping, (stage, n, total) =>
        showProgress(
          stage === 'aggregating' ? t.adding(total) : stage === 'parsing' ? t.parsing(name) : t.reading(name),
          stage,
          n,
          total,
        ),
      );
    } catch (error) {
      throw error instanceof ReaderStopped ? new Error(t.readerStopped(name)) : error;
    }
  }

  function fail(error: unknown): void {
    errorSlot.replaceChildren(h('p', { class: 'skk-error' }, t.failed(plainError(error))));
  }

  /** A file's values that go to "KPI data": without its partly covered periods unless the user ticked them. */
  function kept({ result, partial }: FileEntry): ImportedValue[] {
    if (result.status !== 'recognised') return [];
    const skipped = partial ? [] : result.partialPeriods;
    return result.values.filter((value) => !skipped.includes(value.period));
  }

  /** What Import sends; null while there is no "KPI data" to write to (the context's notice says so). */
  function batch(): ImportBatch | null {
    const target = context?.target ?? null;
    if (!target) return null;
    const values: ImportedValue[] = [];
    const list: ImportBatch['files'] = [];
    const remember: SavedMapping[] = [];
    for (const file of files) {
      const { result } = file;
      if (result.status !== 'recognised') continue;
      values.push(...kept(file));
      list.push(result.file);
      // The mapping the file was read with (made in the mapping step, or a reading chosen): the next file
      // with the same headers is read with it, without asking.
      if (result.mapping) remember.push(result.mapping);
    }
    return { files: list, values, remember, target };
  }

  async function refreshPreview(): Promise<void> {
    const current = batch();
    preview = current && current.values.length > 0 ? await api.previewImport(current) : null;
    overwriteTyped = false;
  }

  /** Runs one server round trip (or read) with the panel marked busy; re-renders after. */
  async function run(work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    errorSlot.replaceChildren();
    render();
    try {
      await work();
    } catch (error) {
      fail(error);
    } finally {
      busy = false;
      progress.hidden = true;
      render();
    }
  }

  async function addSource(file: ReadSource): Promise<void> {
    const { result, source } = await read(file, null);
    files.push({ id: nextId++, name: source.name, source, result, partial: false });
  }

  async function chooseFiles(list: FileList): Promise<void> {
    const chosen = Array.from(list);
    await run(async () => {
      for (const file of chosen) {
        if (file.size > MAX_FILE_BYTES) {
          files.push({
            id: nextId++,
            name: file.name,
            source: { name: file.name, text: '' },
            result: { status: 'refused', reason: 'tooLarge', message: t.tooBig(file.name) },
            partial: false,
          });
          continue;
        }
        const label = t.reading(file.name);
        showProgress(label, 'loading', 0, file.size);
        const bytes = await readBytes(file, (loaded, total) => showProgress(label, 'loading', loaded, total));
        await addSource({ name: file.name, bytes });
      }
      await refreshPreview();
    });
  }

  async function chooseTab(name: string): Promise<void> {
    if (!name) return;
    await run(async () => {
      showProgress(t.reading(name), 'loading', 0, 1);
      const rows = await api.readImportTab(name);
      await addSource({ name, rows });
      await refreshPreview();
    });
  }

  async function reread(entry: FileEntry, mapping: SavedMapping): Promise<void> {
    await run(async () => {
      ({ result: entry.result, source: entry.source } = await read(entry.source, mapping));
      await refreshPreview();
    });
  }

  function removeFile(entry: FileEntry): void {
    void run(async () => {
      files = files.filter((file) => file !== entry);
      await refreshPreview();
    });
  }

  function doImport(): void {
    void run(async () => {
      const current = batch();
      if (!current || !context) return;
      status.textContent = t.importing;
      const summary = await api.applyImport(current, overwriteTyped);
      // The mappings are stored in the spreadsheet now, as the server keeps them: the newest for the same
      // headers replaces an older one, so later files with those headers are recognised by them.
      const fresh = new Set(current.remember.map((mapping) => mapping.headersKey));
      context = {
        ...context,
        mappings: [...context.mappings.filter((mapping) => !fresh.has(mapping.headersKey)), ...current.remember],
      };
      await refreshPreview();
      status.textContent = summary.message;
    });
  }

  function doUndo(): void {
    void run(async () => {
      if (!context?.target) return;
      const summary = await api.undoImport(context.target);
      await refreshPreview();
      status.textContent = summary.message;
    });
  }

  // ---- rendering ----

  function pickers(): Node[] {
    const input = h('input', {
      type: 'file',
      id: 'import-files',
      multiple: true,
      accept: '.csv,.tsv,.txt,text/csv,text/plain',
      disabled: busy,
      onchange: (event: Event) => {
        const target = event.target as HTMLInputElement;
        if (target.files && target.files.length > 0) void chooseFiles(target.files);
      },
    });
    const tabs = context?.tabs ?? [];
    const select = h(
      'select',
      { id: 'import-tab', disabled: busy || tabs.length === 0 },
      h('option', { value: '' }, t.tabNone),
      tabs.map((name) => h('option', { value: name }, name)),
    );
    return [
      h('div', { class: 'skk-field' }, h('label', { for: 'import-files' }, t.chooseFiles), input),
      h(
        'div',
        { class: 'skk-field' },
        h('label', { for: 'import-tab' }, t.orTab),
        h(
          'div',
          { class: 'skk-inline' },
          select,
          h(
            'button',
            {
              type: 'button',
              class: 'skk-secondary',
              id: 'read-tab',
              disabled: busy || tabs.length === 0,
              onclick: () => void chooseTab(select.value),
            },
            t.readTab,
          ),
        ),
      ),
    ];
  }

  function mappingForm(entry: FileEntry, question: MappingQuestion): Node {
    const ctx = context as ImportContext;
    const { headers, headersKey, sample, suggested } = question;
    const prefix = `map-${entry.id}`;
    // A native select with the reader's suggestion chosen.
    const select = (id: string, chosen: string, options: [string, string][]) =>
      h(
        'select',
        { id },
        options.map(([value, label]) => h('option', { value, selected: value === chosen }, label)),
      );
    const channel = select(
      `${prefix}-channel`,
      suggested.channel,
      ctx.channels.map((id) => [id, channelName(id)]),
    );
    const grain = select(
      `${prefix}-grain`,
      suggested.grain,
      (Object.keys(t.grains) as (keyof ImportStrings['grains'])[]).map((id) => [id, t.grains[id]]),
    );
    const date = select(`${prefix}-date`, suggested.dateColumn ?? '', [
      ['', t.noDate],
      ...headers.map((header): [string, string] => [header, header]),
    ]);
    const columnSelects = headers.map((header, i) =>
      select(`${prefix}-column-${i}`, suggested.columns[header] ?? '', [
        ['', t.notImported],
        ...ctx.columns.map((column): [string, string] => [column.input, column.label]),
      ]),
    );
    // What a column holds, from the file's first rows, so the user can tell "Visninger" from "Følgere".
    const example = (i: number) =>
      sample
        .map((row) => row[i] ?? '')
        .filter((cell) => cell !== '')
        .slice(0, 2)
        .join(', ');
    const use = () => {
      const columns: SavedMapping['columns'] = {};
      columnSelects.forEach((select, i) => {
        if (select.value) columns[headers[i]] = select.value as SavedMapping['columns'][string];
      });
      void reread(entry, {
        headersKey,
        grain: grain.value as SavedMapping['grain'],
        channel: channel.value as ChannelId,
        dateColumn: date.value === '' ? null : date.value,
        columns,
      });
    };
    const field = (id: string, label: string, control: HTMLElement) =>
      h('div', { class: 'skk-field' }, h('label', { for: id }, label), control);
    return h(
      'fieldset',
      { class: 'skk-question', id: `${prefix}` },
      h('legend', {}, t.mappingTitle),
      h('p', { class: 'skk-description' }, t.mappingIntro),
      field(`${prefix}-channel`, t.channel, channel),
      field(`${prefix}-grain`, t.grain, grain),
      field(`${prefix}-date`, t.dateColumn, date),
      headers.map((header, i) =>
        h(
          'div',
          { class: 'skk-field' },
          h('label', { for: `${prefix}-column-${i}` }, header),
          example(i) ? h('span', { class: 'skk-hint' }, t.example(example(i))) : null,
          columnSelects[i],
        ),
      ),
      h('p', { class: 'skk-hint' }, t.remembered),
      h(
        'button',
        { type: 'button', class: 'skk-primary', id: `${prefix}-use`, disabled: busy, onclick: use },
        t.useMapping,
      ),
    );
  }

  function fileCard(entry: FileEntry): Node {
    const { result } = entry;
    const body: (Node | null)[] = [];
    if (result.status === 'recognised') {
      body.push(h('p', { class: 'skk-summary-line' }, result.file.summary));
      if (result.unreadable.length > 0) {
        body.push(
          h(
            'details',
            { class: 'skk-unreadable' },
            h('summary', {}, t.unreadable(result.unreadable.length)),
            h(
              'ul',
              {},
              result.unreadable.slice(0, 50).map((row) => h('li', {}, t.line(row.line, row.reason))),
            ),
          ),
        );
      }
      if (result.leftOut.length > 0) {
        body.push(
          h(
            'details',
            { class: 'skk-unreadable', open: true },
            h('summary', {}, t.leftOut(result.leftOut.length)),
            h(
              'ul',
              { class: 'skk-left-out' },
              result.leftOut.map((column) => h('li', {}, t.leftOutLine(column.column, column.label, column.reason))),
            ),
          ),
        );
      }
      if (result.partialPeriods.length > 0) {
        const periods = result.partialPeriods.join(', ');
        const id = `partial-${entry.id}`;
        body.push(
          h('p', { class: 'skk-warning', id: `${id}-note` }, t.partial(periods, entry.partial)),
          h(
            'div',
            { class: 'skk-check' },
            h('input', {
              type: 'checkbox',
              id,
              checked: entry.partial,
              disabled: busy,
              onchange: (event: Event) => {
                entry.partial = (event.target as HTMLInputElement).checked;
                void run(refreshPreview);
              },
            }),
            h('label', { for: id }, t.partialImport(result.partialPeriods.length)),
          ),
        );
      }
    } else if (result.status === 'refused') {
      body.push(h('p', { class: 'skk-error' }, result.message));
    } else {
      body.push(h('p', { class: 'skk-warning' }, result.message));
      if (result.question === 'reading') {
        const { options } = result;
        const name = `reading-${entry.id}`;
        const radios = options.map((reading, i) =>
          h(
            'label',
            { class: 'skk-radio' },
            h('input', { type: 'radio', name, value: String(i), id: `${name}-${i}`, checked: i === 0 }),
            reading.label,
          ),
        );
        const use = () => {
          const picked = radios.findIndex((label) => (label.querySelector('input') as HTMLInputElement).checked);
          void reread(entry, options[Math.max(picked, 0)].mapping);
        };
        body.push(
          h(
            'fieldset',
            { class: 'skk-question' },
            h('legend', {}, t.chooseReading),
            h('div', { class: 'skk-radios' }, radios),
            h(
              'button',
              { type: 'button', class: 'skk-primary', id: `${name}-use`, disabled: busy, onclick: use },
              t.useReading,
            ),
          ),
        );
      }
      if (result.question === 'mapping') body.push(mappingForm(entry, result));
    }
    return h(
      'li',
      { class: 'skk-import-file', 'data-file': entry.name },
      h(
        'div',
        { class: 'skk-titlebar' },
        h('h3', {}, entry.name),
        h(
          'button',
          {
            type: 'button',
            class: 'skk-secondary skk-small',
            id: `remove-${entry.id}`,
            'aria-label': t.removeFile(entry.name),
            disabled: busy,
            onclick: () => removeFile(entry),
          },
          '×',
        ),
      ),
      body,
    );
  }

  function whereList(): Node | null {
    const groups = new Map<string, { column: string; input: string; channel: ChannelId; periods: string[] }>();
    for (const file of files) {
      for (const value of kept(file)) {
        const key = `${value.sourceColumn}\t${value.input}\t${value.channel}`;
        const group = groups.get(key) ?? {
          column: value.sourceColumn,
          input: value.input,
          channel: value.channel,
          periods: [],
        };
        group.periods.push(value.period);
        groups.set(key, group);
      }
    }
    if (groups.size === 0) return null;
    return h(
      'section',
      { 'aria-labelledby': 'where-title' },
      h('h2', { id: 'where-title' }, t.whereTitle),
      h(
        'ul',
        { class: 'skk-summary', id: 'import-where' },
        [...groups.values()].map((group) => {
          const sorted = [...new Set(group.periods)].sort();
          const periods = sorted.length === 1 ? sorted[0] : `${sorted[0]} – ${sorted[sorted.length - 1]}`;
          return h('li', {}, t.whereLine(group.column, inputLabel(group.input), channelName(group.channel), periods));
        }),
      ),
    );
  }

  function previewSection(): Node | null {
    if (!preview) return null;
    const byRow = new Map<string, ImportPreview['cells']>();
    for (const cell of preview.cells) {
      const key = `${cell.period}\t${cell.channel}`;
      byRow.set(key, [...(byRow.get(key) ?? []), cell]);
    }
    const typed = preview.cells.filter((cell) => cell.typed).length;
    const show = (value: number | string | null) => (value === null ? t.blank : String(value));
    // Every table where something would change or was typed; the rest (only new numbers) up to the limit.
    const notable = (cells: ImportPreview['cells']) => cells.some((cell) => cell.differs || cell.sourceChangedFrom);
    let room = PREVIEW_TABLES - [...byRow.values()].filter(notable).length;
    const shown = [...byRow].filter(([, cells]) => notable(cells) || room-- > 0);
    const hidden = byRow.size - shown.length;
    return h(
      'section',
      { 'aria-labelledby': 'preview-title', id: 'import-preview' },
      h('h2', { id: 'preview-title' }, t.previewTitle),
      h('p', { class: 'skk-description', id: 'preview-message' }, preview.message),
      shown.map(([key, cells]) => {
        const [period, channel] = key.split('\t');
        return h(
          'table',
          { class: 'skk-import-table', 'data-period': period, 'data-channel': channel },
          h('caption', {}, `${period} · ${channelName(channel as ChannelId)}`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, ''),
              h('th', { scope: 'col' }, t.now),
              h('th', { scope: 'col' }, t.incoming),
            ),
          ),
          h(
            'tbody',
            {},
            cells.map((cell) =>
              h(
                'tr',
                { class: cell.differs ? 'skk-differs' : '', 'data-input': cell.input },
                h(
                  'th',
                  { scope: 'row' },
                  inputLabel(cell.input),
                  cell.sourceChangedFrom
                    ? h('span', { class: 'skk-tag' }, t.sourceChanged(cell.sourceChangedFrom))
                    : null,
                ),
                h('td', {}, show(cell.current), cell.typed ? h('span', { class: 'skk-tag' }, t.typedTag) : null),
                h('td', {}, String(cell.incoming), cell.differs ? h('span', { class: 'skk-tag' }, t.differs) : null),
              ),
            ),
          ),
        );
      }),
      hidden > 0 ? h('p', { class: 'skk-hint', id: 'preview-more' }, t.moreRows(hidden)) : null,
      typed > 0
        ? h(
            'div',
            { class: 'skk-check' },
            h('input', {
              type: 'checkbox',
              id: 'overwrite-typed',
              checked: overwriteTyped,
              onchange: (event: Event) => (overwriteTyped = (event.target as HTMLInputElement).checked),
            }),
            h('label', { for: 'overwrite-typed' }, t.overwriteTyped(typed)),
          )
        : null,
    );
  }

  function untrackedSection(): Node | null {
    const seen = new Map<string, string[]>();
    for (const file of files)
      if (file.result.status === 'recognised')
        for (const column of file.result.untracked) if (!seen.has(column.column)) seen.set(column.column, column.kpis);
    if (seen.size === 0) return null;
    return h(
      'section',
      { 'aria-labelledby': 'untracked-title' },
      h('h2', { id: 'untracked-title' }, t.untrackedTitle),
      h(
        'ul',
        { class: 'skk-summary', id: 'import-untracked' },
        [...seen].map(([column, kpis]) =>
          h('li', {}, kpis.length > 0 ? t.untrackedLine(column, kpis.join(', ')) : t.untrackedNone(column)),
        ),
      ),
    );
  }

  function render(): void {
    const focused = document.activeElement?.id;
    if (!context) {
      content.replaceChildren(h('p', {}, t.loading));
      return;
    }
    const canImport = !busy && !!preview && preview.cells.length > 0;
    content.replaceChildren(
      ...[
        h('h1', {}, t.title),
        context.notice ? h('p', { class: 'skk-warning', id: 'import-notice' }, context.notice) : null,
        h('p', { class: 'skk-intro' }, t.intro),
        ...pickers(),
        files.length > 0
          ? h(
              'section',
              { 'aria-labelledby': 'found-title' },
              h('h2', { id: 'found-title' }, t.found),
              h('ul', { class: 'skk-choices', id: 'import-files-found' }, files.map(fileCard)),
            )
          : null,
        whereList(),
        previewSection(),
        untrackedSection(),
        h(
          'div',
          { class: 'skk-actions' },
          h(
            'button',
            { type: 'button', class: 'skk-primary', id: 'import-apply', disabled: !canImport, onclick: doImport },
            t.importButton,
          ),
          h(
            'button',
            { type: 'button', class: 'skk-secondary', id: 'import-undo', disabled: busy, onclick: doUndo },
            t.undoButton,
          ),
        ),
      ].filter((node): node is HTMLElement => node !== null),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  render();
  const ready = (async () => {
    // The reader's worker loads while the server answers: ready before the user picks a file.
    reader.start();
    try {
      context = await api.getImportContext(language);
      t = IMPORT_STRINGS[context.language];
      document.documentElement.lang = context.language;
    } catch (error) {
      fail(error);
    }
    render();
  })();
  return { ready };
}
