/** Menu handler "Build report" on Google Sheets: the command of src/commands/menuCommands.ts through Apps Script. */
import { MENU_COMMANDS } from '../commands/menuCommands.ts';
import { activeSpreadsheetDoor, appsScriptDialogs } from './appsScriptDoor.ts';

export function buildReport(): void {
  MENU_COMMANDS.buildReport(activeSpreadsheetDoor(), appsScriptDialogs());
}
