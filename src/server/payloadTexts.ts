/**
 * Messages for a google.script.run payload the server refuses (src/server/payloadShape.ts), in
 * English, Danish and Dutch. Each names the field; the sidebar never sends such a payload, so most
 * say to reopen the wizard (an old sidebar left open across an update is the honest cause).
 */
import type { Language } from '../catalog/types.ts';

/** A count as the language writes it: 50,000 in English, 50.000 in Danish and Dutch. */
export function formatCount(n: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : language).format(n);
}

/** What a field should hold, or what was sent instead. */
export type ValueKind = 'text' | 'number' | 'list' | 'object' | 'yesNo' | 'boolean' | 'null' | 'nothing';
/** Fields a user types in, named as the sidebar labels them. */
export type LabelledField = 'input' | 'goalName' | 'owner' | 'notes' | 'baseline' | 'target' | 'deadline' | 'startDate';
/** Lists with a maximum length. */
export type CappedList = 'businessGoals' | 'kpis' | 'baseRows';

export interface PayloadTexts {
  kinds: Record<ValueKind, string>;
  labels: Record<LabelledField, string>;
  lists: Record<CappedList, string>;
  wrongKind: (field: string, expected: string, received: string) => string;
  missing: (field: string) => string;
  tooLong: (label: string, limit: string, length: string) => string;
  tooMany: (list: string, limit: string, count: string) => string;
  goalId: (field: string, shown: string) => string;
  language: (field: string, shown: string) => string;
  tooBigForCell: (sheet: string, cell: string, length: string, limit: string) => string;
}

export const PAYLOAD_TEXTS: Record<Language, PayloadTexts> = {
  en: {
    kinds: {
      text: 'text',
      number: 'a number',
      list: 'a list',
      object: 'a set of fields',
      yesNo: 'true, false or null',
      boolean: 'true or false',
      null: 'null',
      nothing: 'nothing',
    },
    labels: {
      input: 'The wizard’s input',
      goalName: 'The business goal’s name',
      owner: 'Owner',
      notes: 'Notes',
      baseline: 'Baseline',
      target: 'Target',
      deadline: 'Deadline',
      startDate: 'The start date',
    },
    lists: { businessGoals: 'business goals', kpis: 'KPIs', baseRows: 'KPIs the wizard was opened on' },
    wrongKind: (field, expected, received) =>
      `${field} must be ${expected}, but the wizard sent ${received}. Close the wizard, open it again and try once more.`,
    missing: (field) =>
      `${field} is missing from what the wizard sent. Close the wizard, open it again and try once more.`,
    tooLong: (label, limit, length) =>
      `${label} can hold at most ${limit} characters; this one has ${length}. Shorten it.`,
    tooMany: (list, limit, count) =>
      `At most ${limit} ${list} fit in one KPI map; the wizard sent ${count}. Remove some.`,
    goalId: (field, shown) =>
      `${field} “${shown}” is not a goal id: use 1 to 40 letters, digits, - or _. Close the wizard, open it again and try once more.`,
    language: (field, shown) => `${field} “${shown}” is not a language of the wizard: use en, da or nl.`,
    tooBigForCell: (sheet, cell, length, limit) =>
      `Nothing was changed: cell ${cell} on “${sheet}” would get ${length} characters, and a Sheets cell holds at most ${limit}. Shorten the longest texts and apply again.`,
  },
  da: {
    kinds: {
      text: 'tekst',
      number: 'et tal',
      list: 'en liste',
      object: 'et sæt felter',
      yesNo: 'true, false eller null',
      boolean: 'true eller false',
      null: 'null',
      nothing: 'intet',
    },
    labels: {
      input: 'Guidens input',
      goalName: 'Forretningsmålets navn',
      owner: 'Ansvarlig',
      notes: 'Noter',
      baseline: 'Udgangspunkt',
      target: 'Mål',
      deadline: 'Deadline',
      startDate: 'Startdatoen',
    },
    lists: { businessGoals: 'forretningsmål', kpis: 'KPI’er', baseRows: 'KPI’er, guiden blev åbnet med' },
    wrongKind: (field, expected, received) =>
      `${field} skal være ${expected}, men guiden sendte ${received}. Luk guiden, åbn den igen, og prøv en gang til.`,
    missing: (field) => `${field} mangler i det, guiden sendte. Luk guiden, åbn den igen, og prøv en gang til.`,
    tooLong: (label, limit, length) =>
      `${label} kan højst rumme ${limit} tegn; her er der ${length}. Gør teksten kortere.`,
    tooMany: (list, limit, count) =>
      `Der er plads til højst ${limit} ${list} på et KPI-kort; guiden sendte ${count}. Fjern nogle.`,
    goalId: (field, shown) =>
      `${field} “${shown}” er ikke et mål-id: brug 1 til 40 bogstaver, cifre, - eller _. Luk guiden, åbn den igen, og prøv en gang til.`,
    language: (field, shown) => `${field} “${shown}” er ikke et af guidens sprog: brug en, da eller nl.`,
    tooBigForCell: (sheet, cell, length, limit) =>
      `Intet blev ændret: celle ${cell} i “${sheet}” ville få ${length} tegn, og en celle i Sheets kan højst rumme ${limit}. Gør de længste tekster kortere, og anvend igen.`,
  },
  nl: {
    kinds: {
      text: 'tekst',
      number: 'een getal',
      list: 'een lijst',
      object: 'een set velden',
      yesNo: 'true, false of null',
      boolean: 'true of false',
      null: 'null',
      nothing: 'niets',
    },
    labels: {
      input: 'De invoer van de wizard',
      goalName: 'De naam van het bedrijfsdoel',
      owner: 'Eigenaar',
      notes: 'Notities',
      baseline: 'Nulmeting',
      target: 'Doel',
      deadline: 'Deadline',
      startDate: 'De startdatum',
    },
    lists: { businessGoals: 'bedrijfsdoelen', kpis: 'KPI’s', baseRows: 'KPI’s waarmee de wizard werd geopend' },
    wrongKind: (field, expected, received) =>
      `${field} moet ${expected} zijn, maar de wizard stuurde ${received}. Sluit de wizard, open hem opnieuw en probeer het nog eens.`,
    missing: (field) =>
      `${field} ontbreekt in wat de wizard stuurde. Sluit de wizard, open hem opnieuw en probeer het nog eens.`,
    tooLong: (label, limit, length) =>
      `${label} mag hoogstens ${limit} tekens bevatten; hier staan er ${length}. Maak de tekst korter.`,
    tooMany: (list, limit, count) =>
      `Er passen hoogstens ${limit} ${list} in één KPI-overzicht; de wizard stuurde er ${count}. Verwijder er een paar.`,
    goalId: (field, shown) =>
      `${field} ‘${shown}’ is geen doel-id: gebruik 1 tot 40 letters, cijfers, - of _. Sluit de wizard, open hem opnieuw en probeer het nog eens.`,
    language: (field, shown) => `${field} ‘${shown}’ is geen taal van de wizard: gebruik en, da of nl.`,
    tooBigForCell: (sheet, cell, length, limit) =>
      `Er is niets gewijzigd: cel ${cell} op ‘${sheet}’ zou ${length} tekens krijgen, en een cel in Sheets bevat hoogstens ${limit}. Maak de langste teksten korter en pas opnieuw toe.`,
  },
};
