/** Runs a menu command on the in-memory workbook through its door, as the preview does, and says what it told the user. */
import { MENU_COMMANDS } from '../../src/commands/menuCommands.ts';
import type { Workbook } from '../../src/inMemory/workbook.ts';
import { workbookDoor } from '../../src/inMemory/workbookDoor.ts';

export interface CommandSaid {
  /** Every dialog shown (alerts and questions), message only, in order. */
  dialogs: string[];
  /** The closing status line, or null when there was none. */
  status: string | null;
}

export function runMenuCommand(
  name: keyof typeof MENU_COMMANDS,
  workbook: Workbook,
  locale: string | null = 'en',
  answer = true,
): CommandSaid {
  const said: CommandSaid = { dialogs: [], status: null };
  MENU_COMMANDS[name](workbookDoor(workbook, { locale: locale ?? undefined }), {
    alert: (_title, message) => void said.dialogs.push(message),
    confirm: (_title, message) => (said.dialogs.push(message), answer),
    status: (message) => void (said.status = message),
  });
  return said;
}
