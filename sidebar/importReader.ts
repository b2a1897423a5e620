/**
 * The reader the import panel calls: h6's readExport (src/import/, parse + recognise + aggregate in the
 * browser). Its result type is written down here from the agreed description so the panel can be built
 * and tested before the reader lands; the lead joins the two at merge by pointing `readExport` below at
 * the real one (and deleting the placeholder), after which ReadResult should be the reader's own type.
 */
import type { InputName } from '../src/catalog/inputs.ts';
import type { ExportGrain, ExportKind, ImportContext, ImportedValue, SavedMapping } from '../src/shared/importApi.ts';
import type { ChannelId } from '../src/shared/wizardApi.ts';

export type ReadSource =
  { name: string; text: string } | { name: string; bytes: Uint8Array } | { name: string; rows: string[][] };

export interface UnreadableRow {
  line: number;
  reason: string;
}

/** An export column the map does not track, and the input it would fill (null: none the catalog knows). */
export interface UntrackedColumn {
  column: string;
  input: InputName | null;
}

export type ReadResult =
  | {
      status: 'recognised';
      kind: ExportKind;
      grain: ExportGrain;
      channel: ChannelId;
      summary: string;
      values: ImportedValue[];
      unreadable: UnreadableRow[];
      untracked: UntrackedColumn[];
    }
  | {
      status: 'question';
      message: string;
      /** Two (or more) readings of the same file: the user picks one, which is read again with its mapping. */
      readings?: { label: string; mapping: SavedMapping }[];
      /** Unknown headers: the user maps them (the mapping step). */
      headers?: string[];
      headersKey?: string;
    }
  | { status: 'refused'; message: string };

export type ReadExport = (
  source: ReadSource,
  context: ImportContext,
  mapping?: SavedMapping | null,
) => ReadResult | Promise<ReadResult>;

/** Placeholder until the reader is merged: says so instead of guessing at a file. */
export const readExport: ReadExport = () => ({
  status: 'refused',
  message: 'This build has no export reader yet (src/import/readExport is joined at merge).',
});
