/**
 * Menu handlers "Prepare for sharing…" and "Undo prepare for sharing" on Google Sheets: the commands of
 * src/commands/menuCommands.ts through Apps Script, their dialogs ui.alert (scope script.container.ui).
 */
import { MENU_COMMANDS } from '../commands/menuCommands.ts';
import { activeSpreadsheetDoor, appsScriptDialogs } from './appsScriptDoor.ts';

export function prepareForSharing(): void {
  MENU_COMMANDS.prepareForSharing(activeSpreadsheetDoor(), appsScriptDialogs());
}

export function undoPrepareForSharing(): void {
  MENU_COMMANDS.undoPrepareForSharing(activeSpreadsheetDoor(), appsScriptDialogs());
}
