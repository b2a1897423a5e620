/** Validation messages in English, Danish and Dutch: what is wrong and how to fix it. */
import type { Language } from '../catalog/types.ts';

export interface ValidationTexts {
  noGoal: string;
  goalKind: string;
  goalName: string;
  noKpi: string;
  unknownKpi: (id: string) => string;
  kpiGoal: string;
  socialGoal: string;
  channel: string;
  cadence: string;
  duplicateKpi: string;
  notSmartTarget: string;
  notSmartDeadline: string;
  baselineMissing: string;
  notANumber: (text: string) => string;
  rateWithoutPercent: (text: string, percent: string) => string;
  targetEqualsBaseline: string;
  notADate: (text: string) => string;
  /** The deadline is on or before the start date and before today. Dates come written as the user writes them. */
  deadlinePassed: (deadline: string, start: string) => string;
  deadlineBeforeStart: (deadline: string, start: string) => string;
  deadlineIsStart: (start: string) => string;
  startDate: string;
  reviewInterval: string;
  numberTooLarge: string;
  duplicateGoal: string;
}

export const VALIDATION_TEXTS: Record<Language, ValidationTexts> = {
  en: {
    noGoal: 'Choose at least one business goal: the social media goals and KPIs are derived from it.',
    goalKind: 'Choose what kind of business goal this is.',
    goalName: 'Give this business goal a name, e.g. “Be known in our region”.',
    noKpi: 'Choose at least one KPI to track.',
    unknownKpi: (id) => `“${id}” is not a KPI the Social KPI Kit knows. Choose a KPI from the list.`,
    kpiGoal: 'Choose which of your business goals this KPI serves.',
    socialGoal: 'Choose a social media goal from the list.',
    channel: 'Choose a channel from the list.',
    cadence: 'Choose how often the numbers are entered: weekly, monthly, every two months or quarterly.',
    duplicateKpi:
      'This KPI is already chosen for the same business goal and channel. Choose another channel or remove one.',
    notSmartTarget: 'Not SMART yet: a KPI needs a number to reach. Type a target, e.g. 1500 or 12%.',
    notSmartDeadline: 'Not SMART yet: a KPI needs a date to reach its target by. Pick a deadline.',
    baselineMissing: 'Type today’s value as the baseline (0 if you are just starting), so progress can be shown.',
    notANumber: (text) => `“${text}” is not a number. Type a number such as 1500, 12.5 or 12%.`,
    rateWithoutPercent: (text, percent) =>
      `${text} would be ${percent} %. This KPI is a rate: type it with a % sign, e.g. 12%.`,
    targetEqualsBaseline:
      'The target equals the baseline, so there is nothing to reach. Set a target above the baseline (below it for KPIs where lower is better).',
    notADate: (text) => `“${text}” is not a date. Pick a date, e.g. 2026-12-31.`,
    deadlinePassed: (deadline, start) =>
      `This deadline has already passed (${deadline}). Choose a date after the start date, ${start}.`,
    deadlineBeforeStart: (deadline, start) =>
      `The deadline ${deadline} comes before the goals start on ${start}. Choose a later deadline.`,
    deadlineIsStart: (start) =>
      `The deadline is the start date itself (${start}), which leaves no time to reach the target. Choose a later deadline.`,
    startDate: 'Pick the date the goals start from, e.g. today.',
    reviewInterval: 'Choose to review the goals every 3 or every 6 months.',
    numberTooLarge: 'This number is too large for a spreadsheet. Type a smaller number, e.g. 1500 or 12%.',
    duplicateGoal: 'This business goal is in the list twice. Close the wizard, open it again and choose it once.',
  },
  da: {
    noGoal: 'Vælg mindst ét forretningsmål: målene for sociale medier og KPI’erne udledes af det.',
    goalKind: 'Vælg, hvilken slags forretningsmål det er.',
    goalName: 'Giv forretningsmålet et navn, f.eks. “Kendt i vores region”.',
    noKpi: 'Vælg mindst én KPI at følge.',
    unknownKpi: (id) => `“${id}” er ikke en KPI, Social KPI Kit kender. Vælg en KPI fra listen.`,
    kpiGoal: 'Vælg, hvilket af jeres forretningsmål denne KPI understøtter.',
    socialGoal: 'Vælg et mål for sociale medier fra listen.',
    channel: 'Vælg en kanal fra listen.',
    cadence: 'Vælg, hvor ofte tallene indtastes: ugentligt, månedligt, hver anden måned eller kvartalsvis.',
    duplicateKpi:
      'Denne KPI er allerede valgt for samme forretningsmål og kanal. Vælg en anden kanal, eller fjern den ene.',
    notSmartTarget: 'Ikke SMART endnu: en KPI skal have et tal at nå. Skriv et mål, f.eks. 1500 eller 12%.',
    notSmartDeadline: 'Ikke SMART endnu: en KPI skal have en dato, målet skal nås inden. Vælg en deadline.',
    baselineMissing: 'Skriv dagens værdi som udgangspunkt (0, hvis I starter fra bunden), så fremskridt kan vises.',
    notANumber: (text) => `“${text}” er ikke et tal. Skriv et tal som 1500, 12,5 eller 12%.`,
    rateWithoutPercent: (text, percent) =>
      `${text} ville være ${percent} %. Denne KPI er en rate: skriv den med %-tegn, f.eks. 12%.`,
    targetEqualsBaseline:
      'Målet er lig med udgangspunktet, så der er intet at nå. Sæt et mål over udgangspunktet (under det for KPI’er, hvor lavere er bedre).',
    notADate: (text) => `“${text}” er ikke en dato. Vælg en dato, f.eks. 2026-12-31.`,
    deadlinePassed: (deadline, start) =>
      `Deadlinen er allerede overskredet (${deadline}). Vælg en dato efter startdatoen, ${start}.`,
    deadlineBeforeStart: (deadline, start) =>
      `Deadlinen ${deadline} ligger før startdatoen ${start}. Vælg en senere deadline.`,
    deadlineIsStart: (start) =>
      `Deadlinen er samme dag som startdatoen (${start}), så der er ingen tid til at nå målet. Vælg en senere deadline.`,
    startDate: 'Vælg den dato, målene gælder fra, f.eks. i dag.',
    reviewInterval: 'Vælg at revurdere målene hver 3. eller hver 6. måned.',
    numberTooLarge: 'Tallet er for stort til et regneark. Skriv et mindre tal, f.eks. 1500 eller 12%.',
    duplicateGoal: 'Forretningsmålet står to gange på listen. Luk guiden, åbn den igen, og vælg det én gang.',
  },
  nl: {
    noGoal: 'Kies minstens één bedrijfsdoel: de socialemediadoelen en KPI’s worden ervan afgeleid.',
    goalKind: 'Kies wat voor bedrijfsdoel dit is.',
    goalName: 'Geef dit bedrijfsdoel een naam, bijv. ‘Bekend in onze regio’.',
    noKpi: 'Kies minstens één KPI om te volgen.',
    unknownKpi: (id) => `‘${id}’ is geen KPI die Social KPI Kit kent. Kies een KPI uit de lijst.`,
    kpiGoal: 'Kies welk van uw bedrijfsdoelen deze KPI dient.',
    socialGoal: 'Kies een socialemediadoel uit de lijst.',
    channel: 'Kies een kanaal uit de lijst.',
    cadence: 'Kies hoe vaak de cijfers worden ingevoerd: wekelijks, maandelijks, tweemaandelijks of per kwartaal.',
    duplicateKpi:
      'Deze KPI is al gekozen voor hetzelfde bedrijfsdoel en kanaal. Kies een ander kanaal of verwijder er één.',
    notSmartTarget: 'Nog niet SMART: een KPI heeft een getal nodig om te halen. Typ een doel, bijv. 1500 of 12%.',
    notSmartDeadline:
      'Nog niet SMART: een KPI heeft een datum nodig waarop het doel gehaald moet zijn. Kies een deadline.',
    baselineMissing:
      'Typ de waarde van vandaag als nulmeting (0 als u net begint), zodat de voortgang zichtbaar wordt.',
    notANumber: (text) => `‘${text}’ is geen getal. Typ een getal zoals 1500, 12,5 of 12%.`,
    rateWithoutPercent: (text, percent) =>
      `${text} zou ${percent} % zijn. Deze KPI is een percentage: typ het met een %-teken, bijv. 12%.`,
    targetEqualsBaseline:
      'Het doel is gelijk aan de nulmeting, dus er valt niets te halen. Kies een doel boven de nulmeting (eronder voor KPI’s waar lager beter is).',
    notADate: (text) => `‘${text}’ is geen datum. Kies een datum, bijv. 2026-12-31.`,
    deadlinePassed: (deadline, start) =>
      `Deze deadline is al verstreken (${deadline}). Kies een datum na de startdatum, ${start}.`,
    deadlineBeforeStart: (deadline, start) =>
      `De deadline ${deadline} valt vóór de startdatum ${start}. Kies een latere deadline.`,
    deadlineIsStart: (start) =>
      `De deadline valt op de startdatum zelf (${start}), dus er is geen tijd om het doel te halen. Kies een latere deadline.`,
    startDate: 'Kies de datum waarop de doelen ingaan, bijv. vandaag.',
    reviewInterval: 'Kies of u de doelen elke 3 of elke 6 maanden herziet.',
    numberTooLarge: 'Dit getal is te groot voor een spreadsheet. Typ een kleiner getal, bijv. 1500 of 12%.',
    duplicateGoal:
      'Dit bedrijfsdoel staat twee keer in de lijst. Sluit de wizard, open hem opnieuw en kies het één keer.',
  },
};
