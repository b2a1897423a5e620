import type { MenuEntry } from './addonMenu.ts';

/**
 * The Sheets menu bar: the usual menus (shown, not needed here) and Extensions → Social KPI Kit →
 * the add-on's own items. Keyboard: Enter/Space opens, arrows move, Escape closes.
 */

const SHEETS_MENUS = ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'];
export const ADDON_NAME = 'Social KPI Kit';

function button(text: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = text;
  return node;
}

function list(entries: MenuEntry[], run: (functionName: string) => void, close: () => void): HTMLUListElement {
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
      const sub = list(entry.entries, run, close);
      sub.hidden = true;
      const open = () => {
        sub.hidden = false;
        item.setAttribute('aria-expanded', 'true');
      };
      item.addEventListener('click', open);
      item.addEventListener('mouseenter', open);
      item.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowRight') {
          open();
          sub.querySelector('button')?.focus();
        }
      });
      li.addEventListener('mouseleave', () => {
        sub.hidden = true;
        item.setAttribute('aria-expanded', 'false');
      });
      li.append(item, sub);
    }
    ul.append(li);
  }
  ul.addEventListener('keydown', (event) => {
    const items = Array.from(ul.querySelectorAll<HTMLButtonElement>(':scope > li > button'));
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      const next = (at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  return ul;
}

/** Builds the menu bar; `run` receives the Apps Script function name a menu item calls (e.g. 'showWizard'). */
export function menuBar(addonEntries: MenuEntry[], run: (functionName: string) => void): HTMLElement {
  const nav = document.createElement('nav');
  nav.className = 'menu-bar';
  nav.setAttribute('aria-label', 'Menu bar');
  for (const name of SHEETS_MENUS) {
    const menu = document.createElement('div');
    menu.className = 'menu';
    const item = button(name);
    item.disabled = true;
    item.title = `${name} is part of Google Sheets, not of the add-on preview.`;
    menu.append(item);
    nav.append(menu);
  }
  const extensions = document.createElement('div');
  extensions.className = 'menu';
  const opener = button('Extensions');
  opener.setAttribute('aria-haspopup', 'menu');
  opener.setAttribute('aria-expanded', 'false');
  const close = () => {
    dropdown.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    dropdown.querySelectorAll<HTMLElement>('.menu-list .menu-list').forEach((sub) => (sub.hidden = true));
  };
  const dropdown = list(
    [
      { kind: 'submenu', caption: ADDON_NAME, entries: addonEntries },
      { kind: 'separator' },
      { kind: 'item', caption: 'Add-ons', functionName: '' },
      { kind: 'item', caption: 'Macros', functionName: '' },
      { kind: 'item', caption: 'Apps Script', functionName: '' },
    ],
    run,
    close,
  );
  // Only the add-on's own entries work in the preview.
  dropdown.querySelectorAll<HTMLButtonElement>(':scope > li > button:not(.has-submenu)').forEach((b) => {
    b.disabled = true;
  });
  dropdown.hidden = true;
  opener.addEventListener('click', () => {
    if (dropdown.hidden) {
      dropdown.hidden = false;
      opener.setAttribute('aria-expanded', 'true');
      dropdown.querySelector('button')?.focus();
    } else {
      close();
    }
  });
  document.addEventListener('mousedown', (event) => {
    if (!extensions.contains(event.target as Node)) close();
  });
  extensions.append(opener, dropdown);
  nav.append(extensions);
  const help = document.createElement('div');
  help.className = 'menu';
  const helpButton = button('Help');
  helpButton.disabled = true;
  help.append(helpButton);
  nav.append(help);
  return nav;
}
