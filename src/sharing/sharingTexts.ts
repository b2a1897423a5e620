/** What the "Prepare for sharing" dialogs say, in en/da/nl, and the change list they show. Pure. */
import type { Language } from '../catalog/types.ts';
import type { UndoResult } from './prepareForSharing.ts';
import type { SharingChange } from './sharingChanges.ts';

/** How many changes the confirm dialog lists one by one before it says "and N more". */
export const LISTED_CHANGES = 12;

interface SharingTexts {
  title: string;
  undoTitle: string;
  nothing: string;
  intro: (count: number) => string;
  native: string;
  frozen: string;
  more: (count: number) => string;
  confirm: string;
  done: (native: number, frozen: number) => string;
  undoNothing: string;
  undone: (restored: number) => string;
  undoSkipped: (count: number) => string;
}

export const SHARING_TEXTS: Record<Language, SharingTexts> = {
  en: {
    title: 'Prepare for sharing',
    undoTitle: 'Undo prepare for sharing',
    nothing:
      'No formula in this spreadsheet uses Social KPI Kit functions: it already works for people without the add-on.',
    intro: (count) =>
      `${count} formula${count === 1 ? '' : 's'} use${count === 1 ? 's' : ''} Social KPI Kit functions and would show #NAME? to people without the add-on. They will change like this:`,
    native: 'becomes',
    frozen: 'keeps its current value (no native formula)',
    more: (count) => `… and ${count} more.`,
    confirm:
      'Every original formula is kept in a hidden sheet, so "Undo prepare for sharing" puts them back. Nothing else changes. Continue?',
    done: (native, frozen) =>
      `Done: ${native} formula${native === 1 ? '' : 's'} rewritten with native functions, ${frozen} frozen to ${frozen === 1 ? 'its' : 'their'} current value. The spreadsheet can now be shared.`,
    undoNothing: 'There is nothing to undo: "Prepare for sharing" has not changed this spreadsheet.',
    undone: (restored) => `${restored} original formula${restored === 1 ? '' : 's'} restored.`,
    undoSkipped: (count) =>
      `${count} cell${count === 1 ? ' was' : 's were'} edited after preparing for sharing and ${count === 1 ? 'was' : 'were'} left as ${count === 1 ? 'it is' : 'they are'}:`,
  },
  da: {
    title: 'Klargør til deling',
    undoTitle: 'Fortryd klargøring til deling',
    nothing:
      'Ingen formler i regnearket bruger Social KPI Kit-funktioner: det virker allerede for folk uden tilføjelsen.',
    intro: (count) =>
      `${count} ${count === 1 ? 'formel bruger' : 'formler bruger'} Social KPI Kit-funktioner og ville vise #NAME? for folk uden tilføjelsen. De ændres sådan:`,
    native: 'bliver til',
    frozen: 'beholder sin nuværende værdi (ingen indbygget formel)',
    more: (count) => `… og ${count} mere.`,
    confirm:
      'Alle oprindelige formler gemmes i et skjult ark, så "Fortryd klargøring til deling" kan sætte dem tilbage. Intet andet ændres. Fortsæt?',
    done: (native, frozen) =>
      `Færdig: ${native} ${native === 1 ? 'formel' : 'formler'} omskrevet med indbyggede funktioner, ${frozen} låst til den nuværende værdi. Regnearket kan nu deles.`,
    undoNothing: 'Der er intet at fortryde: "Klargør til deling" har ikke ændret regnearket.',
    undone: (restored) => `${restored} oprindelige ${restored === 1 ? 'formel' : 'formler'} sat tilbage.`,
    undoSkipped: (count) =>
      `${count} ${count === 1 ? 'celle blev' : 'celler blev'} redigeret efter klargøringen og er ladt, som de er:`,
  },
  nl: {
    title: 'Klaarmaken om te delen',
    undoTitle: 'Klaarmaken om te delen ongedaan maken',
    nothing:
      'Geen formule in deze spreadsheet gebruikt Social KPI Kit-functies: hij werkt al voor mensen zonder de add-on.',
    intro: (count) =>
      `${count} ${count === 1 ? 'formule gebruikt' : 'formules gebruiken'} Social KPI Kit-functies en ${count === 1 ? 'zou' : 'zouden'} #NAME? tonen aan mensen zonder de add-on. Ze veranderen zo:`,
    native: 'wordt',
    frozen: 'houdt de huidige waarde (geen ingebouwde formule)',
    more: (count) => `… en nog ${count}.`,
    confirm:
      'Elke oorspronkelijke formule wordt bewaard in een verborgen blad, zodat "Klaarmaken om te delen ongedaan maken" ze terugzet. Verder verandert er niets. Doorgaan?',
    done: (native, frozen) =>
      `Klaar: ${native} ${native === 1 ? 'formule' : 'formules'} herschreven met ingebouwde functies, ${frozen} vastgezet op de huidige waarde. De spreadsheet kan nu gedeeld worden.`,
    undoNothing: 'Er is niets ongedaan te maken: "Klaarmaken om te delen" heeft deze spreadsheet niet veranderd.',
    undone: (restored) => `${restored} oorspronkelijke ${restored === 1 ? 'formule' : 'formules'} teruggezet.`,
    undoSkipped: (count) =>
      `${count} ${count === 1 ? 'cel is' : 'cellen zijn'} bewerkt na het klaarmaken en gelaten zoals ze zijn:`,
  },
};

function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The confirm dialog's message: what changes, cell by cell (the first LISTED_CHANGES), and the undo promise. */
export function confirmMessage(changes: readonly SharingChange[], language: Language): string {
  const t = SHARING_TEXTS[language];
  const lines = changes.slice(0, LISTED_CHANGES).map((change) => {
    const where = `${change.sheetName}!${change.cell}: ${shorten(change.original, 50)}`;
    return change.action === 'native'
      ? `• ${where} ${t.native} ${shorten(change.formula ?? '')}`
      : `• ${where} ${t.frozen}`;
  });
  if (changes.length > LISTED_CHANGES) lines.push(t.more(changes.length - LISTED_CHANGES));
  return [t.intro(changes.length), '', ...lines, '', t.confirm].join('\n');
}

/** What undo says: how many formulas came back, and which edited cells were left alone. */
export function undoMessage(result: UndoResult, language: Language): string {
  const t = SHARING_TEXTS[language];
  if (result.restored === 0 && result.skipped.length === 0) return t.undoNothing;
  const lines = [t.undone(result.restored)];
  if (result.skipped.length > 0) {
    lines.push('', t.undoSkipped(result.skipped.length));
    for (const cell of result.skipped.slice(0, LISTED_CHANGES)) {
      lines.push(`• ${cell.sheetName}!${cell.cell}: ${shorten(cell.original, 60)}`);
    }
    if (result.skipped.length > LISTED_CHANGES) lines.push(t.more(result.skipped.length - LISTED_CHANGES));
  }
  return lines.join('\n');
}
