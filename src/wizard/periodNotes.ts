/**
 * The note column of "KPI data": one free-text cell per row, and each row is one period × channel, so
 * a note says why that channel's numbers moved in that period ("launched reels", "ad budget paused").
 * The report shows the latest period's notes beside their KPIs (src/report/reportNotes.ts).
 *
 * Decisions:
 * - One column on "KPI data" only: the answers sheet has one row per answer, not per period.
 * - No column width of its own (it would cost the wizard a call): the column is the sheet's last when
 *   created, so a note overflows into the empty cells to its right as text does in Sheets.
 * - A new data sheet gets it after the input columns; a map made before notes existed gets it on the
 *   next re-run to the right of everything there is (like any new column), found by its hidden key after that.
 * - The column's cells are formatted as plain text ('@'): in Google Sheets a formula typed into a
 *   plain-text cell stays text, so a note starting with '=' or '+' is never evaluated. The wizard writes
 *   only the column's key and label; every cell below is the user's and is never in a plan. Pure.
 */
import type { Language } from '../catalog/types.ts';
import { KEY_PREFIX } from './dataColumns.ts';

export const NOTE_KEY = `${KEY_PREFIX}note`;

export const NOTE_TEXTS: Record<Language, { label: string; headerNote: string }> = {
  en: {
    label: 'Note: why it moved',
    headerNote:
      'Why the numbers on this row moved this period (a campaign, a paused ad, a new format). The report shows the latest period’s notes beside its KPIs. Kept as text: never a formula, never overwritten by the goal wizard.',
  },
  da: {
    label: 'Note: hvorfor tallet flyttede sig',
    headerNote:
      'Hvorfor tallene i denne række ændrede sig i perioden (en kampagne, en stoppet annonce, et nyt format). Rapporten viser den seneste periodes noter ud for KPI’erne. Gemmes som tekst: aldrig en formel, og målguiden overskriver dem aldrig.',
  },
  nl: {
    label: 'Notitie: waarom het veranderde',
    headerNote:
      'Waarom de cijfers op deze rij deze periode veranderden (een campagne, een gepauzeerde advertentie, een nieuw format). Het rapport toont de notities van de laatste periode naast de KPI’s. Blijft tekst: nooit een formule, en de doelenwizard overschrijft ze nooit.',
  },
};
