/** The words on the sheets the wizard builds (tab names, headers, notes, labels) in en/da/nl. */
import type { Language } from '../catalog/types.ts';
import { STATUS_LABELS, type KpiStatus } from '../functions/tracking.ts';

/** The KPI map's visible columns, in the order the issue lists them. */
export const MAP_COLUMN_IDS = [
  'goal',
  'socialGoal',
  'kpi',
  'measures',
  'channel',
  'owner',
  'cadence',
  'baseline',
  'target',
  'deadline',
  'current',
  'previous',
  'changePrevious',
  'yearAgo',
  'changeYear',
  'progress',
  'progressBar',
  'status',
  'nextReview',
  'notes',
] as const;
export type MapColumnId = (typeof MAP_COLUMN_IDS)[number];

export interface SheetTexts {
  mapName: string;
  dataName: string;
  answersName: string;
  mapHeaders: Record<MapColumnId, string>;
  /** Notes on the map's headers: what the column is and who fills it in. */
  mapNotes: Partial<Record<MapColumnId, string>>;
  period: string;
  periodNote: string;
  answerPeriodNote: string;
  channel: string;
  channelNote: string;
  /** Extra line on an answers column's note: one answer per row. */
  oneAnswerPerRow: string;
  /** Column label of a KPI's own answers column: "<input label> (<KPI name>)". */
  answerColumn: (inputLabel: string, kpiName: string) => string;
  retired: string;
  reviewDue: string;
  formulaProtection: string;
  dateHelp: string;
  channelHelp: string;
  cadenceHelp: string;
}

export const SHEET_TEXTS: Record<Language, SheetTexts> = {
  en: {
    mapName: 'KPI map',
    dataName: 'KPI data',
    answersName: 'KPI answers',
    mapHeaders: {
      goal: 'Business goal',
      socialGoal: 'Social media goal',
      kpi: 'KPI',
      measures: 'What it measures',
      channel: 'Channel',
      owner: 'Owner',
      cadence: 'Cadence',
      baseline: 'Baseline',
      target: 'Target',
      deadline: 'Deadline',
      current: 'Current value',
      previous: 'Previous period',
      changePrevious: 'Change since previous',
      yearAgo: 'Same period a year earlier',
      changeYear: 'Change in a year',
      progress: 'Progress',
      progressBar: 'Progress bar',
      status: 'Status',
      nextReview: 'Next review',
      notes: 'Notes',
    },
    mapNotes: {
      baseline: 'The value when the goal was set. Yours to change: the wizard keeps what you type here.',
      target: 'The SMART target: a number to reach by the deadline.',
      current: 'Calculated from the latest period on the KPI data sheet. Do not type here.',
      previous:
        'The KPI in the period before the latest (a step of the cadence earlier), when the KPI data has it. Calculated.',
      changePrevious:
        'The change since the previous period, as a share of it: green when the KPI moved the better way (down for costs and bounce rate), red when not.',
      yearAgo: 'The KPI in the same period a year earlier, when the KPI data has it. Calculated.',
      changeYear:
        'The change since the same period a year earlier: green when the KPI moved the better way (down for costs and bounce rate), red when not.',
      progress: '0 % at the baseline, 100 % at the target. Calculated.',
      progressBar:
        'Progress drawn from −100 % to 200 %, with lines at the baseline and the target; an arrow when it lies beyond. The real figure is under Progress.',
      status: 'Judged against the time elapsed between the start date and the deadline. Calculated.',
      nextReview: 'Shows “Review due” once the date has passed: run the goal wizard again to review.',
    },
    period: 'Period',
    periodNote: 'The first day of the period (week, month, ...) the numbers on this row belong to.',
    answerPeriodNote:
      'The first day of the period (week, month, ...) this answer belongs to, as on the KPI data sheet.',
    channel: 'Channel',
    channelNote:
      'The channel the numbers come from. For KPIs tracked on “All channels”, every row of the period is added up: enter one row per channel or one row of totals, not both.',
    oneAnswerPerRow: 'One answer per row.',
    answerColumn: (input, kpi) => `${input} (${kpi})`,
    retired: 'Retired',
    reviewDue: 'Review due',
    formulaProtection: 'Calculated by the KPI map',
    dateHelp: 'Type a date, e.g. 2026-12-31.',
    channelHelp: 'Choose a channel from the list.',
    cadenceHelp: 'Choose how often the numbers are entered.',
  },
  da: {
    mapName: 'KPI-kort',
    dataName: 'KPI-data',
    answersName: 'KPI-svar',
    mapHeaders: {
      goal: 'Forretningsmål',
      socialGoal: 'Mål for sociale medier',
      kpi: 'KPI',
      measures: 'Hvad den måler',
      channel: 'Kanal',
      owner: 'Ansvarlig',
      cadence: 'Hyppighed',
      baseline: 'Udgangspunkt',
      target: 'Mål',
      deadline: 'Deadline',
      current: 'Nuværende værdi',
      previous: 'Forrige periode',
      changePrevious: 'Ændring siden forrige',
      yearAgo: 'Samme periode sidste år',
      changeYear: 'Ændring på et år',
      progress: 'Fremskridt',
      progressBar: 'Fremskridtsbjælke',
      status: 'Status',
      nextReview: 'Næste revurdering',
      notes: 'Noter',
    },
    mapNotes: {
      baseline: 'Værdien, da målet blev sat. Den må I gerne ændre: guiden beholder det, I skriver her.',
      target: 'Det SMART-mål: et tal, der skal nås inden deadlinen.',
      current: 'Beregnet ud fra den seneste periode på arket KPI-data. Skriv ikke her.',
      previous:
        'KPI’en i perioden før den seneste (et skridt i hyppigheden tidligere), når KPI-data har den. Beregnet.',
      changePrevious:
        'Ændringen siden forrige periode i forhold til den: grøn, når KPI’en gik den gode vej (ned for omkostninger og afvisningsprocent), rød, når ikke.',
      yearAgo: 'KPI’en i samme periode et år tidligere, når KPI-data har den. Beregnet.',
      changeYear:
        'Ændringen siden samme periode et år tidligere: grøn, når KPI’en gik den gode vej (ned for omkostninger og afvisningsprocent), rød, når ikke.',
      progress: '0 % ved udgangspunktet, 100 % ved målet. Beregnet.',
      progressBar:
        'Fremskridt tegnet fra −100 % til 200 %, med streger ved udgangspunktet og målet; en pil, når det ligger udenfor. Det præcise tal står under Fremskridt.',
      status: 'Vurderet ud fra den tid, der er gået mellem startdato og deadline. Beregnet.',
      nextReview: 'Viser “Revurdering nu”, når datoen er passeret: kør målguiden igen for at revurdere.',
    },
    period: 'Periode',
    periodNote: 'Den første dag i perioden (uge, måned, ...), som tallene i rækken hører til.',
    answerPeriodNote: 'Den første dag i perioden (uge, måned, ...), som svaret hører til, som på arket KPI-data.',
    channel: 'Kanal',
    channelNote:
      'Kanalen, tallene kommer fra. For KPI’er på “Alle kanaler” lægges alle periodens rækker sammen: skriv én række pr. kanal eller én række med totaler, ikke begge.',
    oneAnswerPerRow: 'Ét svar pr. række.',
    answerColumn: (input, kpi) => `${input} (${kpi})`,
    retired: 'Udgået',
    reviewDue: 'Revurdering nu',
    formulaProtection: 'Beregnet af KPI-kortet',
    dateHelp: 'Skriv en dato, f.eks. 2026-12-31.',
    channelHelp: 'Vælg en kanal fra listen.',
    cadenceHelp: 'Vælg, hvor ofte tallene indtastes.',
  },
  nl: {
    mapName: 'KPI-overzicht',
    dataName: 'KPI-gegevens',
    answersName: 'KPI-antwoorden',
    mapHeaders: {
      goal: 'Bedrijfsdoel',
      socialGoal: 'Socialemediadoel',
      kpi: 'KPI',
      measures: 'Wat het meet',
      channel: 'Kanaal',
      owner: 'Eigenaar',
      cadence: 'Frequentie',
      baseline: 'Nulmeting',
      target: 'Doel',
      deadline: 'Deadline',
      current: 'Huidige waarde',
      previous: 'Vorige periode',
      changePrevious: 'Verandering t.o.v. vorige',
      yearAgo: 'Zelfde periode vorig jaar',
      changeYear: 'Verandering in een jaar',
      progress: 'Voortgang',
      progressBar: 'Voortgangsbalk',
      status: 'Status',
      nextReview: 'Volgende herziening',
      notes: 'Notities',
    },
    mapNotes: {
      baseline: 'De waarde toen het doel werd gesteld. Mag u wijzigen: de wizard bewaart wat u hier typt.',
      target: 'Het SMART-doel: een getal om vóór de deadline te halen.',
      current: 'Berekend uit de laatste periode op het blad KPI-gegevens. Typ hier niet.',
      previous:
        'De KPI in de periode vóór de laatste (één stap van de frequentie eerder), als KPI-gegevens die heeft. Berekend.',
      changePrevious:
        'De verandering sinds de vorige periode, als deel ervan: groen als de KPI de goede kant op ging (omlaag voor kosten en bouncepercentage), rood als niet.',
      yearAgo: 'De KPI in dezelfde periode een jaar eerder, als KPI-gegevens die heeft. Berekend.',
      changeYear:
        'De verandering sinds dezelfde periode een jaar eerder: groen als de KPI de goede kant op ging (omlaag voor kosten en bouncepercentage), rood als niet.',
      progress: '0 % bij de nulmeting, 100 % bij het doel. Berekend.',
      progressBar:
        'Voortgang getekend van −100 % tot 200 %, met lijnen bij de nulmeting en het doel; een pijl als die erbuiten ligt. Het echte getal staat onder Voortgang.',
      status: 'Beoordeeld naar de verstreken tijd tussen startdatum en deadline. Berekend.',
      nextReview: 'Toont ‘Herziening nodig’ zodra de datum voorbij is: start de doelenwizard opnieuw.',
    },
    period: 'Periode',
    periodNote: 'De eerste dag van de periode (week, maand, ...) waar de cijfers op deze rij bij horen.',
    answerPeriodNote:
      'De eerste dag van de periode (week, maand, ...) waar dit antwoord bij hoort, zoals op het blad KPI-gegevens.',
    channel: 'Kanaal',
    channelNote:
      'Het kanaal waar de cijfers vandaan komen. Voor KPI’s op ‘Alle kanalen’ worden alle rijen van de periode opgeteld: voer één rij per kanaal of één rij met totalen in, niet allebei.',
    oneAnswerPerRow: 'Eén antwoord per rij.',
    answerColumn: (input, kpi) => `${input} (${kpi})`,
    retired: 'Vervallen',
    reviewDue: 'Herziening nodig',
    formulaProtection: 'Berekend door het KPI-overzicht',
    dateHelp: 'Typ een datum, bijv. 2026-12-31.',
    channelHelp: 'Kies een kanaal uit de lijst.',
    cadenceHelp: 'Kies hoe vaak de cijfers worden ingevoerd.',
  },
};

/** Status labels in a language, keyed by the English label the KPI_STATUS template returns. */
export function statusLabels(language: Language): Record<KpiStatus, string> {
  return STATUS_LABELS[language];
}
