import { onOpen } from '../../src/server/menu.ts';

/**
 * The add-on menu as the real add-on builds it: onOpen from src/server/menu.ts runs against a
 * recording stand-in for SpreadsheetApp.getUi(), so the preview's Extensions menu is whatever
 * Google Sheets would show, with no second list to keep in step.
 */

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

interface RecordingMenu {
  entries: MenuEntry[];
  caption: string;
}

function recordingMenu(caption: string, onAdd: (menu: RecordingMenu) => void) {
  const record: RecordingMenu = { caption, entries: [] };
  const menu = {
    addItem(itemCaption: string, functionName: string) {
      record.entries.push({ kind: 'item', caption: itemCaption, functionName });
      return menu;
    },
    addSeparator() {
      record.entries.push({ kind: 'separator' });
      return menu;
    },
    addSubMenu(sub: { record: RecordingMenu }) {
      record.entries.push({ kind: 'submenu', caption: sub.record.caption, entries: sub.record.entries });
      return menu;
    },
    addToUi() {
      onAdd(record);
    },
    record,
  };
  return menu;
}

/** The add-on's menu entries (what shows under Extensions → the add-on's name). */
export function readAddonMenu(): MenuEntry[] {
  const added: MenuEntry[] = [];
  const ui = {
    createAddonMenu: () => recordingMenu('', (record) => added.push(...record.entries)),
    createMenu: (caption: string) =>
      recordingMenu(caption, (record) => added.push({ kind: 'submenu', caption, entries: record.entries })),
  };
  const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
  const standIns: Record<string, unknown> = { SpreadsheetApp: { getUi: () => ui }, ScriptApp: { AuthMode } };
  const scope = globalThis as unknown as Record<string, unknown>;
  const previous = Object.fromEntries(Object.keys(standIns).map((name) => [name, scope[name]]));
  Object.assign(scope, standIns);
  try {
    // The add-on has been used in this document, as after opening the wizard once: the full menu.
    (onOpen as (event: { authMode: string }) => void)({ authMode: AuthMode.LIMITED });
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete scope[name];
      else scope[name] = value;
    }
  }
  return added;
}
