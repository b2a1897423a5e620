/** The words on the report sheet, in en/da/nl. */
import type { Language } from '../catalog/types.ts';

export interface ReportTexts {
  sheetName: string;
  title: string;
  latestPeriod: string;
  nextReview: string;
  noData: string;
  noKpis: string;
  headers: {
    kpi: string;
    channel: string;
    baseline: string;
    previous: string;
    current: string;
    target: string;
    progress: string;
    bar: string;
    status: string;
    change: string;
    yearAgo: string;
    yearChange: string;
  };
  period: string;
  /** Chart title: "<social goal>: progress to target per period". */
  chartTitle: (socialGoal: string) => string;
  missingMap: string;
  /** What the preview says after building: where the report is. */
  built: (sheetName: string) => string;
}

export const REPORT_TEXTS: Record<Language, ReportTexts> = {
  en: {
    sheetName: 'KPI report',
    title: 'KPI report',
    latestPeriod: 'Latest period',
    nextReview: 'Next review',
    noData: 'no data yet',
    noKpis: 'There are no KPIs on the KPI map yet: open the goal wizard to choose them.',
    headers: {
      kpi: 'KPI',
      channel: 'Channel',
      baseline: 'Baseline',
      previous: 'Previous period',
      current: 'Current',
      target: 'Target',
      progress: 'Progress',
      bar: 'Progress bar',
      status: 'Status',
      change: 'Change since previous period',
      yearAgo: 'Same period a year earlier',
      yearChange: 'Change in a year',
    },
    period: 'Period',
    chartTitle: (goal) => `${goal}: progress to target per period`,
    missingMap: 'There is no KPI map yet. Open the goal wizard and build the KPI map first, then build the report.',
    built: (name) => `The report is ready on the tab “${name}”. It updates by itself when new data is entered.`,
  },
  da: {
    sheetName: 'KPI-rapport',
    title: 'KPI-rapport',
    latestPeriod: 'Seneste periode',
    nextReview: 'Næste revurdering',
    noData: 'ingen data endnu',
    noKpis: 'Der er ingen KPI’er på KPI-kortet endnu: åbn guiden for at vælge dem.',
    headers: {
      kpi: 'KPI',
      channel: 'Kanal',
      baseline: 'Udgangspunkt',
      previous: 'Forrige periode',
      current: 'Nu',
      target: 'Mål',
      progress: 'Fremskridt',
      bar: 'Fremskridtsbjælke',
      status: 'Status',
      change: 'Ændring siden forrige periode',
      yearAgo: 'Samme periode sidste år',
      yearChange: 'Ændring på et år',
    },
    period: 'Periode',
    chartTitle: (goal) => `${goal}: fremskridt mod målet pr. periode`,
    missingMap: 'Der er intet KPI-kort endnu. Åbn guiden og byg KPI-kortet først, og byg så rapporten.',
    built: (name) => `Rapporten er klar på fanen “${name}”. Den opdaterer sig selv, når der kommer nye data.`,
  },
  nl: {
    sheetName: 'KPI-rapport',
    title: 'KPI-rapport',
    latestPeriod: 'Laatste periode',
    nextReview: 'Volgende evaluatie',
    noData: 'nog geen gegevens',
    noKpis: 'Er staan nog geen KPI’s op het KPI-overzicht: open de wizard om ze te kiezen.',
    headers: {
      kpi: 'KPI',
      channel: 'Kanaal',
      baseline: 'Nulmeting',
      previous: 'Vorige periode',
      current: 'Nu',
      target: 'Doel',
      progress: 'Voortgang',
      bar: 'Voortgangsbalk',
      status: 'Status',
      change: 'Verandering t.o.v. vorige periode',
      yearAgo: 'Zelfde periode vorig jaar',
      yearChange: 'Verandering in een jaar',
    },
    period: 'Periode',
    chartTitle: (goal) => `${goal}: voortgang naar doel per periode`,
    missingMap: 'Er is nog geen KPI-overzicht. Open de wizard en maak eerst het KPI-overzicht, maak dan het rapport.',
    built: (name) =>
      `Het rapport staat klaar op het tabblad “${name}”. Het werkt zichzelf bij als er nieuwe gegevens komen.`,
  },
};
