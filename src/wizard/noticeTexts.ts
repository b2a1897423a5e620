/**
 * What the wizard tells the user about the sheets' hidden parts (damaged records, a deleted key row)
 * and about fields changed elsewhere since the wizard was opened, in en/da/nl. Each says where
 * (tab and cell) and what to do.
 */
import type { Language } from '../catalog/types.ts';

export interface NoticeTexts {
  /** A row's hidden record was cleared or holds something else. */
  rowRecord(tab: string, cell: string, kpi: string): string;
  /** The settings cell was cleared or holds something else. */
  settingsRecord(tab: string, cell: string): string;
  /** A data sheet's hidden key row was deleted and the columns were found by their labels. */
  keyRowRecovered(tab: string, labelRow: number): string;
  /** A data sheet's hidden key row was deleted and written again into the empty row above the labels. */
  keyRowRestored(tab: string, keyRow: number): string;
  /** A data sheet's hidden key row was deleted and its labels were not found either. */
  keyRowLost(tab: string, labels: string): string;
  /** Columns whose label was not found when the key row was gone: added anew to the right. */
  columnsNotFound(tab: string, labels: string): string;
  /** The ApplySummary message for a conflict. */
  conflict(label: string, yours: string, theirs: string): string;
  /** Conflict labels and values. */
  kpiField(kpi: string, field: string): string;
  blank: string;
  kept: string;
  retiredElsewhere: string;
  fields: Record<
    | 'baseline'
    | 'target'
    | 'deadline'
    | 'owner'
    | 'cadence'
    | 'notes'
    | 'kpi'
    | 'goalName'
    | 'startDate'
    | 'reviewIntervalMonths',
    string
  >;
}

const q = (text: string) => `“${text}”`;

export const NOTICE_TEXTS: Record<Language, NoticeTexts> = {
  en: {
    rowRecord: (tab, cell, kpi) =>
      `The hidden record of ${kpi} in cell ${cell} of tab ${q(tab)} was cleared or changed. The wizard kept every value in that row as it was and wrote the record anew; type any change to that row in the sheet itself.`,
    settingsRecord: (tab, cell) =>
      `The hidden settings in cell ${cell} of tab ${q(tab)} were cleared or changed. The wizard read the business goals from the map's rows; check the goals, the answers and the start date, then build to write the settings anew.`,
    keyRowRecovered: (tab, labelRow) =>
      `The hidden key row of tab ${q(tab)} was deleted. The wizard found the columns by their labels in row ${labelRow} and wrote nothing over your numbers. To restore it, insert an empty row above row ${labelRow} and run the wizard again.`,
    keyRowRestored: (tab, keyRow) =>
      `The hidden key row of tab ${q(tab)} was missing. The wizard found the columns by their labels and wrote the key row again into the empty row ${keyRow}.`,
    keyRowLost: (tab, labels) =>
      `The hidden key row of tab ${q(tab)} was deleted, and its column labels (${labels}) were not found either. Nothing was written on that tab. Restore it with Edit › Undo or the version history, or type the labels back over their columns, then run the wizard again.`,
    columnsNotFound: (tab, labels) =>
      `On tab ${q(tab)} no column is labelled ${labels}, so new empty columns with those labels were added on the right. If your numbers are in a column with another label, type the label back over it and delete the new column.`,
    conflict: (label, yours, theirs) =>
      `${label} was changed elsewhere since you opened the wizard: yours is ${q(yours)}, the sheet now has ${q(theirs)}. Choose which to keep.`,
    kpiField: (kpi, field) => `${kpi}: ${field}`,
    blank: '(blank)',
    kept: 'kept',
    retiredElsewhere: 'retired',
    fields: {
      baseline: 'Baseline',
      target: 'Target',
      deadline: 'Deadline',
      owner: 'Owner',
      cadence: 'Measured',
      notes: 'Notes',
      kpi: 'KPI',
      goalName: 'Business goal name',
      startDate: 'Goals set on',
      reviewIntervalMonths: 'Review interval (months)',
    },
  },
  da: {
    rowRecord: (tab, cell, kpi) =>
      `Den skjulte registrering for ${kpi} i celle ${cell} på fanen ${q(tab)} er slettet eller ændret. Guiden lod alle værdier i rækken være, som de var, og skrev registreringen på ny; skriv ændringer i den række direkte i arket.`,
    settingsRecord: (tab, cell) =>
      `De skjulte indstillinger i celle ${cell} på fanen ${q(tab)} er slettet eller ændret. Guiden læste forretningsmålene fra kortets rækker; tjek målene, svarene og startdatoen, og byg så for at skrive indstillingerne på ny.`,
    keyRowRecovered: (tab, labelRow) =>
      `Den skjulte nøglerække på fanen ${q(tab)} er slettet. Guiden fandt kolonnerne ud fra deres overskrifter i række ${labelRow} og skrev intet over jeres tal. Indsæt en tom række over række ${labelRow}, og kør guiden igen for at gendanne den.`,
    keyRowRestored: (tab, keyRow) =>
      `Den skjulte nøglerække på fanen ${q(tab)} manglede. Guiden fandt kolonnerne ud fra deres overskrifter og skrev nøglerækken igen i den tomme række ${keyRow}.`,
    keyRowLost: (tab, labels) =>
      `Den skjulte nøglerække på fanen ${q(tab)} er slettet, og kolonneoverskrifterne (${labels}) blev heller ikke fundet. Der blev ikke skrevet noget på fanen. Gendan den med Rediger › Fortryd eller versionshistorikken, eller skriv overskrifterne tilbage over deres kolonner, og kør så guiden igen.`,
    columnsNotFound: (tab, labels) =>
      `På fanen ${q(tab)} har ingen kolonne overskriften ${labels}, så der er tilføjet nye tomme kolonner med de overskrifter til højre. Står jeres tal i en kolonne med en anden overskrift, så skriv overskriften tilbage og slet den nye kolonne.`,
    conflict: (label, yours, theirs) =>
      `${label} er ændret et andet sted, siden du åbnede guiden: din værdi er ${q(yours)}, arket har nu ${q(theirs)}. Vælg, hvilken der skal gælde.`,
    kpiField: (kpi, field) => `${kpi}: ${field}`,
    blank: '(tom)',
    kept: 'beholdt',
    retiredElsewhere: 'udgået',
    fields: {
      baseline: 'Udgangspunkt',
      target: 'Mål',
      deadline: 'Deadline',
      owner: 'Ansvarlig',
      cadence: 'Måles',
      notes: 'Noter',
      kpi: 'KPI',
      goalName: 'Forretningsmålets navn',
      startDate: 'Mål sat den',
      reviewIntervalMonths: 'Gennemgang (måneder)',
    },
  },
  nl: {
    rowRecord: (tab, cell, kpi) =>
      `De verborgen registratie van ${kpi} in cel ${cell} van tabblad ${q(tab)} is gewist of gewijzigd. De wizard liet elke waarde in die rij zoals ze was en schreef de registratie opnieuw; typ wijzigingen in die rij in het blad zelf.`,
    settingsRecord: (tab, cell) =>
      `De verborgen instellingen in cel ${cell} van tabblad ${q(tab)} zijn gewist of gewijzigd. De wizard las de bedrijfsdoelen uit de rijen van het overzicht; controleer de doelen, de antwoorden en de startdatum en bouw dan om de instellingen opnieuw te schrijven.`,
    keyRowRecovered: (tab, labelRow) =>
      `De verborgen sleutelrij van tabblad ${q(tab)} is verwijderd. De wizard vond de kolommen aan hun kopjes in rij ${labelRow} en schreef niets over je getallen. Voeg een lege rij in boven rij ${labelRow} en doorloop de wizard opnieuw om hem te herstellen.`,
    keyRowRestored: (tab, keyRow) =>
      `De verborgen sleutelrij van tabblad ${q(tab)} ontbrak. De wizard vond de kolommen aan hun kopjes en schreef de sleutelrij opnieuw in de lege rij ${keyRow}.`,
    keyRowLost: (tab, labels) =>
      `De verborgen sleutelrij van tabblad ${q(tab)} is verwijderd en de kolomkopjes (${labels}) zijn ook niet gevonden. Er is niets op dat tabblad geschreven. Herstel het met Bewerken › Ongedaan maken of de versiegeschiedenis, of typ de kopjes terug boven hun kolommen, en doorloop de wizard dan opnieuw.`,
    columnsNotFound: (tab, labels) =>
      `Op tabblad ${q(tab)} heeft geen kolom het kopje ${labels}, dus zijn er rechts nieuwe lege kolommen met die kopjes toegevoegd. Staan je getallen in een kolom met een ander kopje, typ het kopje dan terug en verwijder de nieuwe kolom.`,
    conflict: (label, yours, theirs) =>
      `${label} is ergens anders gewijzigd sinds je de wizard opende: jouw waarde is ${q(yours)}, het blad heeft nu ${q(theirs)}. Kies welke blijft.`,
    kpiField: (kpi, field) => `${kpi}: ${field}`,
    blank: '(leeg)',
    kept: 'behouden',
    retiredElsewhere: 'vervallen',
    fields: {
      baseline: 'Nulmeting',
      target: 'Doel',
      deadline: 'Deadline',
      owner: 'Eigenaar',
      cadence: 'Gemeten',
      notes: 'Notities',
      kpi: 'KPI',
      goalName: 'Naam van het bedrijfsdoel',
      startDate: 'Doelen vastgesteld op',
      reviewIntervalMonths: 'Evaluatie (maanden)',
    },
  },
};
