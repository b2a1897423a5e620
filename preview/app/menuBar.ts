import type { MenuEntry } from './addonMenu.ts';

/**
 * The Sheets menu bar: the usual menus (shown, not needed here), File → Settings (the spreadsheet's
 * locale, as in Sheets) and Extensions → Social KPI Kit → the add-on's own items. Keyboard, as in Sheets: F10 or Alt+/ from anywhere focuses the menu bar
 * (on Extensions, the menu that works here); Left/Right move along the bar, Down, Enter or Space
 * opens a menu, Up/Down move in it, Right opens a submenu and Left closes it; Escape closes one level,
 * and on the bar it returns the focus to where it was (the grid). The bar is one Tab stop.
 */

const SHEETS_MENUS = ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'];
export const ADDON_NAME = 'Social KPI Kit';

function button(text: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = text;
  return node;
}

/** Focuses a menu's entry `step` away from the focused one (wrapping round), skipping none. */
function focusSibling(items: HTMLButtonElement[], step: number): void {
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  items[(at + step + items.length) % items.length]?.focus();
}

/**
 * One menu. `back` closes it and focuses what opened it (Escape; Left in a submenu); `side` moves to
 * the neighbouring menu of the bar (Left/Right in a top-level menu), undefined in a submenu.
 */
function list(
  entries: MenuEntry[],
  run: (functionName: string) => void,
  close: () => void,
  back: () => void,
  side?: (step: number) => void,
): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'menu-list';
  ul.setAttribute('role', 'menu');
  for (const entry of entries) {
    const li = document.createElement('li');
    li.setAttribute('role', 'none');
    if (entry.kind === 'separator') {
      li.className = 'separator';
    } else if (entry.kind === 'item') {
      const item = button(entry.caption);
      item.setAttribute('role', 'menuitem');
      item.addEventListener('click', () => {
        close();
        run(entry.functionName);
      });
      li.append(item);
    } else {
      const item = button(entry.caption);
      item.className = 'has-submenu';
      item.setAttribute('role', 'menuitem');
      item.setAttribute('aria-haspopup', 'menu');
      item.setAttribute('aria-expanded', 'false');
      const hide = () => {
        sub.hidden = true;
        item.setAttribute('aria-expanded', 'false');
      };
      const sub = list(entry.entries, run, close, () => {
        hide();
        item.focus();
      });
      sub.hidden = true;
      const open = () => {
        sub.hidden = false;
        item.setAttribute('aria-expanded', 'true');
      };
      item.addEventListener('click', () => {
        open();
        sub.querySelector('button')?.focus();
      });
      item.addEventListener('mouseenter', open);
      item.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowRight') {
          event.preventDefault();
          event.stopPropagation();
          open();
          sub.querySelector('button')?.focus();
        }
      });
      li.addEventListener('mouseleave', hide);
      li.append(item, sub);
    }
    ul.append(li);
  }
  ul.addEventListener('keydown', (event) => {
    const items = Array.from(ul.querySelectorAll<HTMLButtonElement>(':scope > li > button'));
    let handled = true;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') focusSibling(items, event.key === 'ArrowDown' ? 1 : -1);
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items[items.length - 1]?.focus();
    else if (event.key === 'Escape' || (event.key === 'ArrowLeft' && side === undefined)) back();
    else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && side !== undefined)
      side(event.key === 'ArrowRight' ? 1 : -1);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  });
  return ul;
}

export interface MenuBar {
  element: HTMLElement;
  /** F10 / Alt+/: focuses the bar on Extensions; Escape on the bar gives the focus back to `from`. */
  focus(from: HTMLElement | null): void;
}

/**
 * Builds the menu bar; `run` receives the Apps Script function name a menu item calls (e.g. 'showWizard').
 * `fileEntries` make File a working menu (the preview's File → Settings); `runFile` receives their names.
 */
export function menuBar(
  addonEntries: MenuEntry[],
  run: (functionName: string) => void,
  fileEntries: MenuEntry[] = [],
  runFile: (name: string) => void = () => undefined,
): MenuBar {
  const nav = document.createElement('nav');
  nav.className = 'menu-bar';
  nav.setAttribute('aria-label', 'Menu bar');
  /** Where the focus goes back to when the bar is left with Escape or a menu item has run. */
  let returnTo: HTMLElement | null = null;
  const tops: HTMLButtonElement[] = [];
  /** The menus that open (File, Extensions): their opener → how to open them. */
  const openers = new Map<HTMLButtonElement, () => void>();
  const inert = (name: string) => {
    const menu = document.createElement('div');
    menu.className = 'menu';
    const item = button(name);
    // Focusable (the arrow keys pass through it, as in Sheets) but it does nothing here.
    item.setAttribute('aria-disabled', 'true');
    item.title = `${name} is part of Google Sheets, not of the add-on preview.`;
    menu.append(item);
    nav.append(menu);
    tops.push(item);
  };
  const focusTop = (item: HTMLButtonElement) => {
    // One Tab stop for the whole bar: the menu last used.
    for (const top of tops) top.tabIndex = top === item ? 0 : -1;
    item.focus();
  };
  /** A menu of the bar that opens, with its entries; `onlyFirst` leaves every other top entry disabled. */
  const working = (name: string, entries: MenuEntry[], runEntry: (name: string) => void, onlyFirst: boolean) => {
    const menu = document.createElement('div');
    menu.className = 'menu';
    const opener = button(name);
    opener.setAttribute('aria-haspopup', 'menu');
    opener.setAttribute('aria-expanded', 'false');
    const hideDropdown = () => {
      dropdown.hidden = true;
      opener.setAttribute('aria-expanded', 'false');
      dropdown.querySelectorAll<HTMLElement>('.menu-list .menu-list').forEach((sub) => (sub.hidden = true));
    };
    const side = (step: number) => {
      hideDropdown();
      focusTop(tops[(tops.indexOf(opener) + step + tops.length) % tops.length]);
    };
    const dropdown = list(
      entries,
      runEntry,
      () => {
        hideDropdown();
        // A menu item ran: the focus goes back to the grid (or wherever F10 was pressed).
        if (returnTo !== null && nav.contains(document.activeElement)) returnTo.focus();
        returnTo = null;
      },
      () => {
        hideDropdown();
        opener.focus();
      },
      side,
    );
    if (onlyFirst) {
      // Only the add-on's own entries work in the preview.
      dropdown.querySelectorAll<HTMLButtonElement>(':scope > li > button:not(.has-submenu)').forEach((b) => {
        b.disabled = true;
      });
    }
    dropdown.hidden = true;
    const openDropdown = () => {
      dropdown.hidden = false;
      opener.setAttribute('aria-expanded', 'true');
      dropdown.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    };
    opener.addEventListener('click', () => {
      if (dropdown.hidden) openDropdown();
      else hideDropdown();
    });
    document.addEventListener('mousedown', (event) => {
      if (!menu.contains(event.target as Node)) hideDropdown();
    });
    menu.append(opener, dropdown);
    nav.append(menu);
    tops.push(opener);
    openers.set(opener, openDropdown);
    return opener;
  };
  for (const name of SHEETS_MENUS) {
    if (name === 'File' && fileEntries.length > 0) working(name, fileEntries, runFile, false);
    else inert(name);
  }
  const extensions = working(
    'Extensions',
    [
      { kind: 'submenu', caption: ADDON_NAME, entries: addonEntries },
      { kind: 'separator' },
      { kind: 'item', caption: 'Add-ons', functionName: '' },
      { kind: 'item', caption: 'Macros', functionName: '' },
      { kind: 'item', caption: 'Apps Script', functionName: '' },
    ],
    run,
    true,
  );
  inert('Help');
  for (const top of tops) top.tabIndex = top === extensions ? 0 : -1;
  nav.addEventListener('keydown', (event) => {
    const at = tops.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      focusTop(tops[(at + (event.key === 'ArrowRight' ? 1 : tops.length - 1)) % tops.length]);
    } else if (event.key === 'Home' || event.key === 'End') {
      focusTop(tops[event.key === 'Home' ? 0 : tops.length - 1]);
    } else if (event.key === 'ArrowDown' && openers.has(tops[at])) {
      openers.get(tops[at])?.();
    } else if (event.key === 'Escape') {
      returnTo?.focus();
      returnTo = null;
    } else {
      return;
    }
    event.preventDefault();
  });
  return {
    element: nav,
    focus(from) {
      if (from !== null && !nav.contains(from)) returnTo = from;
      focusTop(extensions);
    },
  };
}
