import { MENU_COMMANDS } from '../../src/commands/menuCommands.ts';
import type { CommandDialogs } from '../../src/door/spreadsheetDoor.ts';
import type { Workbook } from '../../src/inMemory/workbook.ts';
import { workbookDoor } from '../../src/inMemory/workbookDoor.ts';

/**
 * What the add-on's menu items do in the preview, by the Apps Script function name the menu calls
 * (src/server/menu.ts): the same commands as on Google Sheets (src/commands/menuCommands.ts), through the
 * in-memory workbook's door, with the page's confirm dialog. Returns what to tell the user ('' for
 * nothing). 'showWizard' opens the side panel and is handled by the page itself.
 */
export type MenuAction = (workbook: Workbook, ask: (message: string) => boolean) => string;

/** The command's last message is the one the page shows; a question goes to `ask`. */
function previewAction(command: (typeof MENU_COMMANDS)[keyof typeof MENU_COMMANDS]): MenuAction {
  return (workbook, ask) => {
    let said = '';
    const dialogs: CommandDialogs = {
      alert: (_title, message) => void (said = message),
      confirm: (_title, message) => ask(message),
      status: (message) => void (said = message),
    };
    // The door's user locale is the browser's language, the preview's stand-in for the Google account's.
    command(workbookDoor(workbook), dialogs);
    return said;
  };
}

export const MENU_ACTIONS: Record<string, MenuAction> = {
  buildReport: previewAction(MENU_COMMANDS.buildReport),
  prepareForSharing: previewAction(MENU_COMMANDS.prepareForSharing),
  undoPrepareForSharing: previewAction(MENU_COMMANDS.undoPrepareForSharing),
};
