import { readAddonMenu } from './addonMenu.ts';
import { GridView } from './grid.ts';
import { ADDON_NAME, menuBar } from './menuBar.ts';
import { openDocument, type PreviewDocument } from './previewDocument.ts';
import { a1 } from './sheetModel.ts';
import { openSettingsDialog, withMapLocale } from './spreadsheetLocale.ts';
import type { ServerApi } from '../../src/shared/wizardApi.ts';
import type { ImportApi } from '../../src/shared/importApi.ts';

/**
 * The preview page: a Google Sheets look-alike (menus, formula bar, grid, sheet tabs) on the
 * in-memory workbook, with the add-on's wizard in a 300 px panel beside the grid, as in Sheets.
 */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const app = document.getElementById('app') as HTMLElement;
const doc: PreviewDocument = openDocument();

// Title bar with the preview's own actions (they are not part of the add-on).
const titleBar = element('header', 'title-bar');
const titleActions = element('div', 'title-actions');
const exampleButton = element('button', 'primary', 'Load example data');
const resetButton = element('button', undefined, 'Reset workbook');
exampleButton.type = resetButton.type = 'button';
exampleButton.title = 'Fill the KPI data sheet with 13 months of numbers for a few channels';
resetButton.title = 'Start again with an empty spreadsheet (clears what the browser stored)';
titleActions.append(exampleButton, resetButton);
titleBar.append(
  element('div', 'doc-icon'),
  element('h1', 'doc-title', 'KPI workbook'),
  element('span', 'preview-badge', 'Local preview · no Google account'),
  titleActions,
);

// Formula bar.
const formulaBar = element('div', 'formula-bar');
const nameBox = element('div', 'name-box');
nameBox.setAttribute('aria-label', 'Selected cell');
nameBox.setAttribute('aria-live', 'polite');
const formulaInput = element('input', 'formula-input');
formulaInput.setAttribute('aria-label', 'Formula bar');
formulaInput.spellcheck = false;
formulaBar.append(nameBox, element('div', 'fx', 'fx'), formulaInput);

// Workspace: grid, tabs, side panel.
const workspace = element('div', 'workspace');
const gridArea = element('main', 'grid-area');
const tabBar = element('div', 'tab-bar');
tabBar.setAttribute('role', 'tablist');
tabBar.setAttribute('aria-label', 'Sheets');
const sidePanel = element('aside', 'side-panel');
sidePanel.hidden = true;
sidePanel.setAttribute('aria-label', ADDON_NAME);
const panelHeader = element('header');
const panelTitle = element('span', undefined, ADDON_NAME);
const panelClose = element('button', undefined, '×');
panelClose.type = 'button';
panelClose.setAttribute('aria-label', 'Close sidebar');
panelHeader.append(panelTitle, panelClose);
const panelBody = element('div', 'panel-body');
sidePanel.append(panelHeader, panelBody);

const toast = element('div', 'toast');
toast.setAttribute('role', 'status');
let toastTimer = 0;
function say(message: string): void {
  toast.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.textContent = ''), 6000);
}

let saveTimer = 0;
let saveWarned = false;
function saveNow(): void {
  clearTimeout(saveTimer);
  try {
    doc.save();
  } catch (error) {
    // The browser's storage holds about 5 MB: a very large sheet may not fit. Say so once.
    if (!saveWarned)
      say(
        `This workbook is too big for the browser's storage, so a reload will lose the latest changes (${(error as Error).message}).`,
      );
    saveWarned = true;
  }
}
/** Saves shortly after the last change, so typing fast does not serialise the workbook on every key. */
function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(saveNow, 250);
}
// Leaving or reloading within the delay still keeps the last edit.
window.addEventListener('pagehide', saveNow);

const grid = new GridView(doc.grid, {
  onSelect(selection) {
    nameBox.textContent = a1(selection.row, selection.column);
    if (document.activeElement !== formulaInput)
      formulaInput.value = doc.grid.input(grid.activeSheet, selection.row, selection.column);
  },
  onEditText(text) {
    formulaInput.value = text;
  },
  onCommit() {
    scheduleSave();
  },
});
gridArea.append(grid.root, tabBar);
workspace.append(gridArea, sidePanel);

formulaInput.addEventListener('input', () => grid.setEditText(formulaInput.value));
formulaInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    grid.commitText(formulaInput.value);
    grid.move(1, 0);
    grid.root.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    formulaInput.value = doc.grid.input(grid.activeSheet, grid.selection.row, grid.selection.column);
    grid.root.focus();
  }
});

function renderTabs(): void {
  const active = grid.activeSheet;
  tabBar.replaceChildren(
    ...doc.grid.sheetNames().map((name, index) => {
      const tab = element('button', 'tab', name);
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(index === active));
      tab.addEventListener('click', () => showSheet(index));
      return tab;
    }),
  );
}

function showSheet(index: number): void {
  grid.showSheet(index);
  doc.setActiveSheet(index);
  renderTabs();
}

/** After the add-on changed the workbook: new sheets, new values, maybe a sheet brought to the front. */
function afterServerChange(): void {
  const wanted = doc.takeActivation();
  showSheet(wanted ?? Math.min(grid.activeSheet, doc.grid.sheetNames().length - 1));
  scheduleSave();
}

/**
 * The server the wizard's frame calls (sidebarFrame.ts reads it from its parent): the real server
 * functions, and after a call that may have written, the grid catches up.
 */
function serverForSidebar(server: ServerApi): ServerApi {
  return {
    getWizardModel: (language) => server.getWizardModel(language),
    previewWizard: (input) => server.previewWizard(input),
    applyWizard(input) {
      // Creating the KPI map gives the spreadsheet the map's language's locale (spreadsheetLocale.ts).
      const summary = withMapLocale(doc.grid.workbook, () => server.applyWizard(input));
      // After the frame's promise resolves, as google.script.run's success handler would run.
      setTimeout(afterServerChange, 0);
      return summary;
    },
    activateKpiMap() {
      server.activateKpiMap();
      setTimeout(afterServerChange, 0);
    },
  };
}

function openWizard(): void {
  (window as unknown as { socialKpiPreviewServer: ServerApi }).socialKpiPreviewServer = serverForSidebar(doc.server);
  sidePanel.hidden = false;
  const frame = element('iframe');
  frame.src = '/sidebar.html';
  frame.title = `${ADDON_NAME} goal wizard`;
  panelBody.replaceChildren(frame);
}

/** The import's server for the import panel's frame (importFrame.ts): after a write, the grid catches up. */
function importServerForPanel(server: ImportApi): ImportApi {
  const afterWrite = <T>(result: T): T => {
    setTimeout(afterServerChange, 0);
    return result;
  };
  return {
    getImportContext: (language) => server.getImportContext(language),
    previewImport: (batch) => server.previewImport(batch),
    applyImport: (batch, overwriteTyped) => afterWrite(server.applyImport(batch, overwriteTyped)),
    undoImport: (target) => afterWrite(server.undoImport(target)),
    readImportTab: (name) => server.readImportTab(name),
  };
}

/** The menu item "Import analytics export…" (and the wizard's result screen): the import panel in the side panel. */
function openImport(): void {
  (window as unknown as { socialKpiPreviewImportServer: ImportApi }).socialKpiPreviewImportServer =
    importServerForPanel(doc.importServer);
  sidePanel.hidden = false;
  const frame = element('iframe');
  frame.src = '/import.html';
  frame.title = `${ADDON_NAME} import`;
  panelBody.replaceChildren(frame);
}
(window as unknown as { socialKpiPreviewOpenImport: () => void }).socialKpiPreviewOpenImport = openImport;

panelClose.addEventListener('click', () => {
  sidePanel.hidden = true;
  panelBody.replaceChildren();
});

function runMenuItem(functionName: string): void {
  if (functionName === 'showWizard') {
    openWizard();
    return;
  }
  if (functionName === 'showImport') {
    openImport();
    return;
  }
  let message: string | null;
  try {
    message = doc.runMenuAction(functionName, (question) => window.confirm(question));
  } catch (error) {
    message = `The add-on could not finish: ${(error as Error).message}`;
  }
  if (message === null) say(`"${functionName}" runs in Google Sheets only; the preview does not have it yet.`);
  else {
    afterServerChange();
    if (message !== '') say(message);
  }
}

exampleButton.addEventListener('click', () => {
  say(withMapLocale(doc.grid.workbook, () => doc.loadExampleData()));
  afterServerChange();
});

resetButton.addEventListener('click', () => {
  if (!window.confirm('Reset the workbook? Everything in it is removed, including what the browser stored.')) return;
  // Nothing may save the old workbook again on the way out.
  window.removeEventListener('pagehide', saveNow);
  clearTimeout(saveTimer);
  doc.clearSaved();
  window.location.reload();
});

/** File → Settings: the spreadsheet's locale; the grid and the formula bar show numbers by it at once. */
function openSettings(): void {
  openSettingsDialog(doc.grid.workbook, () => {
    showSheet(grid.activeSheet);
    formulaInput.value = doc.grid.input(grid.activeSheet, grid.selection.row, grid.selection.column);
    scheduleSave();
  });
}

const menus = menuBar(
  readAddonMenu(),
  runMenuItem,
  [{ kind: 'item', caption: 'Settings', functionName: 'settings' }],
  (name) => {
    if (name === 'settings') openSettings();
  },
);
// F10 or Alt+/ reaches the menus from anywhere on the page, as in Sheets.
document.addEventListener('keydown', (event) => {
  if (event.key === 'F10' || (event.altKey && event.key === '/')) {
    event.preventDefault();
    menus.focus(document.activeElement instanceof HTMLElement ? document.activeElement : grid.root);
  }
});

app.replaceChildren(titleBar, menus.element, formulaBar, workspace, toast);
showSheet(doc.initialSheet());
grid.root.focus();

// For the end-to-end tests and the benchmark: when the page is ready, saving at once, and filling a
// big sheet without typing every cell. Everything else they do goes through the page like a user.
(window as unknown as { socialKpiPreview: unknown }).socialKpiPreview = {
  ready: true,
  get activeSheet() {
    return doc.grid.sheetNames()[grid.activeSheet];
  },
  /** The spreadsheet's locale (File → Settings), e.g. 'da_DK'. */
  get locale() {
    return doc.grid.workbook.locale;
  },
  saveNow,
  /** For the benchmark: fills a sheet without typing every cell, then shows it. */
  writeBlock(sheetName: string, row: number, column: number, inputs: string[][]) {
    doc.writeBlock(sheetName, row, column, inputs);
    showSheet(doc.grid.sheetNames().indexOf(sheetName));
  },
};
