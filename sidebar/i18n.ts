/**
 * The sidebar's own words in English, Danish and Dutch. The taxonomy (goal names, questions, KPI
 * names and reasons) comes from the server's WizardModel in the same language; these are the
 * strings around it. `{name}` placeholders are filled with fill() from dom.ts.
 */
import type { Language } from '../src/shared/wizardApi.ts';

export interface SidebarStrings {
  title: string;
  language: string;
  stepOf: string;
  steps: [string, string, string, string, string];
  back: string;
  next: string;
  build: string;
  retry: string;
  loading: string;
  checking: string;
  building: string;
  switchingLanguage: string;
  serverError: string;
  nothingLost: string;
  fixBelow: string;
  goalsIntro: string;
  goalName: string;
  criticalIntro: string;
  yes: string;
  no: string;
  unsure: string;
  whyAsked: string;
  kpisIntro: string;
  serves: string;
  recommendedBecause: string;
  notRecommended: string;
  addedByYou: string;
  addKpi: string;
  addKpiChoose: string;
  add: string;
  vanity: string;
  vanityKeep: string;
  noRecommendations: string;
  targetsIntro: string;
  businessGoal: string;
  channel: string;
  baseline: string;
  target: string;
  deadline: string;
  owner: string;
  cadence: string;
  notes: string;
  unit: string;
  units: Record<'fraction' | 'currency' | 'count' | 'hours' | 'score', string>;
  higherBetter: string;
  lowerBetter: string;
  notSmart: string;
  /** Shown under a capped field (src/shared/fieldLimits.ts) once its text is as long as it may be. */
  limitReached: string;
  reviewIntro: string;
  startDate: string;
  reviewInterval: string;
  summaryTarget: string;
  noTarget: string;
  noKpisForGoal: string;
  resultTitle: string;
  resultIntro: string;
  sheetsCreated: string;
  noSheetsCreated: string;
  rowsAdded: string;
  rowsUpdated: string;
  rowsRetired: string;
  openMap: string;
  mapOpened: string;
  changeChoices: string;
  importExports: string;
  conflictsTitle: string;
  conflictsIntro: string;
  keepMine: string;
  takeSheets: string;
  noticesTitle: string;
  details: string;
  byDeadline: string;
  noDeadline: string;
  notSmartBoth: string;
  notSmartTarget: string;
  notSmartDeadline: string;
  bulkToggle: string;
  bulkFor: string;
  bulkAll: string;
  bulkKeep: string;
  bulkApply: string;
  bulkDone: string;
}

const en: SidebarStrings = {
  title: 'Goal wizard',
  language: 'Language',
  stepOf: 'Step {n} of {total}',
  steps: ['Business goals', 'Be critical', 'KPIs', 'SMART targets', 'Review and build'],
  back: 'Back',
  next: 'Next',
  build: 'Build KPI map',
  retry: 'Try again',
  loading: 'Loading…',
  checking: 'Checking your choices…',
  building: 'Building your KPI map…',
  switchingLanguage: 'Changing language…',
  serverError: 'The spreadsheet could not finish this step: {detail}',
  nothingLost: 'Nothing you entered is lost.',
  fixBelow: 'Please fix the fields marked below.',
  goalsIntro:
    'Which business goals should social media support? Choose one or more and give each the name your team uses.',
  goalName: 'Your name for this goal',
  criticalIntro: 'Not every goal can be served by social media. These answers change which KPIs make sense.',
  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure',
  whyAsked: 'Why we ask: {why}',
  kpisIntro: 'For each social-media goal the recommended KPIs are ticked. Untick what you do not need, or add others.',
  serves: 'Serves: {goals}',
  recommendedBecause: '{reason}',
  notRecommended: 'Not recommended: {reason}',
  addedByYou: 'KPIs you added',
  addKpi: 'Add another KPI',
  addKpiChoose: 'Choose a KPI…',
  add: 'Add',
  vanity: 'Vanity warning: {reason}',
  vanityKeep: 'You may keep it if you have a reason to.',
  noRecommendations: 'Choose a business goal first to get recommendations.',
  targetsIntro: 'Make each KPI SMART: a number and a date. The baseline is where you are now, so growth can be shown.',
  businessGoal: 'Business goal',
  channel: 'Channel',
  baseline: 'Baseline (now)',
  target: 'Target',
  deadline: 'Deadline',
  owner: 'Owner',
  cadence: 'Measured',
  notes: 'Notes',
  unit: 'Unit: {unit}',
  units: { fraction: '%', currency: 'amount of money', count: 'number', hours: 'hours', score: 'score' },
  higherBetter: 'higher is better',
  lowerBetter: 'lower is better',
  notSmart: 'Not SMART yet: a KPI needs a target number and a deadline.',
  limitReached: 'Limit reached: at most {limit} characters.',
  reviewIntro:
    'Check your choices. Build creates or updates the KPI map and its data sheet; values you typed in them are kept.',
  startDate: 'Goals set on',
  reviewInterval: 'Review the goals every',
  summaryTarget: '{baseline} → {target}{unit} by {deadline}',
  noTarget: 'no target yet',
  noKpisForGoal: 'No KPIs chosen for this goal.',
  resultTitle: 'Your KPI map is ready',
  resultIntro: 'This is what changed in the spreadsheet:',
  sheetsCreated: 'Sheets created: {sheets}',
  noSheetsCreated: 'No new sheets: the existing ones were updated.',
  rowsAdded: 'KPIs added: {n}',
  rowsUpdated: 'KPIs updated: {n}',
  rowsRetired: 'KPIs retired (kept and marked retired): {n}',
  openMap: 'Open the KPI map',
  mapOpened: 'The tab {sheet} is now open.',
  changeChoices: 'Change choices',
  importExports: 'Import analytics export…',
  conflictsTitle: 'Changed elsewhere meanwhile',
  conflictsIntro:
    'Since you opened the wizard, someone changed these in the sheet too. Nothing was written yet: choose for each, then build again.',
  keepMine: 'Keep mine: {value}',
  takeSheets: 'Take the sheet’s: {value}',
  noticesTitle: 'Please note',
  details: 'Details',
  byDeadline: 'by {deadline}',
  noDeadline: 'no deadline',
  notSmartBoth: 'Not SMART yet: add a target and a deadline.',
  notSmartTarget: 'Not SMART yet: add a target.',
  notSmartDeadline: 'Not SMART yet: add a deadline (Details).',
  bulkToggle: 'Same deadline, owner or cadence for several KPIs',
  bulkFor: 'For these KPIs',
  bulkAll: 'All',
  bulkKeep: 'Keep as it is',
  bulkApply: 'Apply to the ticked KPIs',
  bulkDone: 'Applied to {n} KPIs.',
};

const da: SidebarStrings = {
  title: 'Målguide',
  language: 'Sprog',
  stepOf: 'Trin {n} af {total}',
  steps: ['Forretningsmål', 'Vær kritisk', 'KPI’er', 'SMART-mål', 'Gennemse og byg'],
  back: 'Tilbage',
  next: 'Næste',
  build: 'Byg KPI-kort',
  retry: 'Prøv igen',
  loading: 'Indlæser…',
  checking: 'Tjekker dine valg…',
  building: 'Bygger dit KPI-kort…',
  switchingLanguage: 'Skifter sprog…',
  serverError: 'Regnearket kunne ikke gennemføre dette trin: {detail}',
  nothingLost: 'Intet af det, du har indtastet, er gået tabt.',
  fixBelow: 'Ret venligst felterne markeret nedenfor.',
  goalsIntro:
    'Hvilke forretningsmål skal sociale medier støtte? Vælg et eller flere, og giv hvert mål det navn, jeres team bruger.',
  goalName: 'Jeres navn for målet',
  criticalIntro: 'Ikke alle mål kan nås via sociale medier. Svarene ændrer, hvilke KPI’er der giver mening.',
  yes: 'Ja',
  no: 'Nej',
  unsure: 'Ved ikke',
  whyAsked: 'Hvorfor vi spørger: {why}',
  kpisIntro:
    'For hvert mål på sociale medier er de anbefalede KPI’er valgt. Fjern dem, I ikke har brug for, eller tilføj andre.',
  serves: 'Støtter: {goals}',
  recommendedBecause: '{reason}',
  notRecommended: 'Ikke anbefalet: {reason}',
  addedByYou: 'KPI’er du har tilføjet',
  addKpi: 'Tilføj en anden KPI',
  addKpiChoose: 'Vælg en KPI…',
  add: 'Tilføj',
  vanity: 'Forfængelighedsmål: {reason}',
  vanityKeep: 'Du må gerne beholde den, hvis du har en grund.',
  noRecommendations: 'Vælg først et forretningsmål for at få anbefalinger.',
  targetsIntro: 'Gør hver KPI SMART: et tal og en dato. Udgangspunktet er, hvor I står nu, så væksten kan vises.',
  businessGoal: 'Forretningsmål',
  channel: 'Kanal',
  baseline: 'Udgangspunkt (nu)',
  target: 'Mål',
  deadline: 'Deadline',
  owner: 'Ansvarlig',
  cadence: 'Måles',
  notes: 'Noter',
  unit: 'Enhed: {unit}',
  units: { fraction: '%', currency: 'beløb', count: 'antal', hours: 'timer', score: 'score' },
  higherBetter: 'højere er bedre',
  lowerBetter: 'lavere er bedre',
  notSmart: 'Endnu ikke SMART: en KPI skal have et måltal og en deadline.',
  limitReached: 'Grænsen er nået: højst {limit} tegn.',
  reviewIntro:
    'Tjek dine valg. Byg opretter eller opdaterer KPI-kortet og dataarket; værdier, I har skrevet i dem, bevares.',
  startDate: 'Mål sat den',
  reviewInterval: 'Gennemgå målene hver',
  summaryTarget: '{baseline} → {target}{unit} inden {deadline}',
  noTarget: 'intet mål endnu',
  noKpisForGoal: 'Ingen KPI’er valgt for dette mål.',
  resultTitle: 'Dit KPI-kort er klar',
  resultIntro: 'Det her er ændret i regnearket:',
  sheetsCreated: 'Ark oprettet: {sheets}',
  noSheetsCreated: 'Ingen nye ark: de eksisterende blev opdateret.',
  rowsAdded: 'KPI’er tilføjet: {n}',
  rowsUpdated: 'KPI’er opdateret: {n}',
  rowsRetired: 'KPI’er udgået (beholdt og markeret som udgået): {n}',
  openMap: 'Åbn KPI-kortet',
  mapOpened: 'Fanen {sheet} er nu åben.',
  changeChoices: 'Ret valgene',
  importExports: 'Importér analyseeksport…',
  conflictsTitle: 'Ændret et andet sted imens',
  conflictsIntro:
    'Siden du åbnede guiden, har en anden også ændret dette i arket. Intet er skrevet endnu: vælg for hver, og byg så igen.',
  keepMine: 'Behold min: {value}',
  takeSheets: 'Brug arkets: {value}',
  noticesTitle: 'Bemærk',
  details: 'Detaljer',
  byDeadline: 'inden {deadline}',
  noDeadline: 'ingen deadline',
  notSmartBoth: 'Ikke SMART endnu: angiv måltal og deadline.',
  notSmartTarget: 'Ikke SMART endnu: angiv et måltal.',
  notSmartDeadline: 'Ikke SMART endnu: angiv en deadline (Detaljer).',
  bulkToggle: 'Samme deadline, ansvarlige eller hyppighed for flere KPI’er',
  bulkFor: 'For disse KPI’er',
  bulkAll: 'Alle',
  bulkKeep: 'Behold som nu',
  bulkApply: 'Brug på de valgte KPI’er',
  bulkDone: 'Brugt på {n} KPI’er.',
};

const nl: SidebarStrings = {
  title: 'Doelenwizard',
  language: 'Taal',
  stepOf: 'Stap {n} van {total}',
  steps: ['Bedrijfsdoelen', 'Wees kritisch', 'KPI’s', 'SMART-doelen', 'Controleren en bouwen'],
  back: 'Terug',
  next: 'Volgende',
  build: 'KPI-overzicht bouwen',
  retry: 'Opnieuw proberen',
  loading: 'Laden…',
  checking: 'Je keuzes worden gecontroleerd…',
  building: 'Je KPI-overzicht wordt gebouwd…',
  switchingLanguage: 'Taal wordt gewijzigd…',
  serverError: 'De spreadsheet kon deze stap niet afronden: {detail}',
  nothingLost: 'Niets van wat je hebt ingevuld is verloren.',
  fixBelow: 'Verbeter de velden die hieronder gemarkeerd zijn.',
  goalsIntro:
    'Welke bedrijfsdoelen moet social media ondersteunen? Kies er één of meer en geef elk doel de naam die je team gebruikt.',
  goalName: 'Jullie naam voor dit doel',
  criticalIntro: 'Niet elk doel is met social media te bereiken. Deze antwoorden bepalen welke KPI’s zinvol zijn.',
  yes: 'Ja',
  no: 'Nee',
  unsure: 'Weet ik niet',
  whyAsked: 'Waarom we dit vragen: {why}',
  kpisIntro:
    'Per social-mediadoel zijn de aanbevolen KPI’s aangevinkt. Vink uit wat je niet nodig hebt, of voeg andere toe.',
  serves: 'Dient: {goals}',
  recommendedBecause: '{reason}',
  notRecommended: 'Niet aanbevolen: {reason}',
  addedByYou: 'KPI’s die je hebt toegevoegd',
  addKpi: 'Nog een KPI toevoegen',
  addKpiChoose: 'Kies een KPI…',
  add: 'Toevoegen',
  vanity: 'Ijdelheidsmetriek: {reason}',
  vanityKeep: 'Je mag hem houden als je er een reden voor hebt.',
  noRecommendations: 'Kies eerst een bedrijfsdoel om aanbevelingen te krijgen.',
  targetsIntro:
    'Maak elke KPI SMART: een getal en een datum. De nulmeting is waar je nu staat, zodat groei zichtbaar wordt.',
  businessGoal: 'Bedrijfsdoel',
  channel: 'Kanaal',
  baseline: 'Nulmeting (nu)',
  target: 'Doel',
  deadline: 'Deadline',
  owner: 'Eigenaar',
  cadence: 'Gemeten',
  notes: 'Notities',
  unit: 'Eenheid: {unit}',
  units: { fraction: '%', currency: 'bedrag', count: 'aantal', hours: 'uren', score: 'score' },
  higherBetter: 'hoger is beter',
  lowerBetter: 'lager is beter',
  notSmart: 'Nog niet SMART: een KPI heeft een streefgetal en een deadline nodig.',
  limitReached: 'Limiet bereikt: hoogstens {limit} tekens.',
  reviewIntro:
    'Controleer je keuzes. Bouwen maakt of werkt het KPI-overzicht en het gegevensblad bij; wat je daarin typte blijft staan.',
  startDate: 'Doelen vastgesteld op',
  reviewInterval: 'Doelen evalueren elke',
  summaryTarget: '{baseline} → {target}{unit} vóór {deadline}',
  noTarget: 'nog geen doel',
  noKpisForGoal: 'Geen KPI’s gekozen voor dit doel.',
  resultTitle: 'Je KPI-overzicht is klaar',
  resultIntro: 'Dit is er veranderd in de spreadsheet:',
  sheetsCreated: 'Bladen gemaakt: {sheets}',
  noSheetsCreated: 'Geen nieuwe bladen: de bestaande zijn bijgewerkt.',
  rowsAdded: 'KPI’s toegevoegd: {n}',
  rowsUpdated: 'KPI’s bijgewerkt: {n}',
  rowsRetired: 'KPI’s vervallen (bewaard en gemarkeerd): {n}',
  openMap: 'KPI-overzicht openen',
  mapOpened: 'Het tabblad {sheet} is nu geopend.',
  changeChoices: 'Keuzes wijzigen',
  importExports: 'Analyse-export importeren…',
  conflictsTitle: 'Intussen ergens anders gewijzigd',
  conflictsIntro:
    'Sinds je de wizard opende, heeft iemand dit ook in het blad gewijzigd. Er is nog niets geschreven: kies per veld en bouw dan opnieuw.',
  keepMine: 'Mijn waarde houden: {value}',
  takeSheets: 'Die van het blad nemen: {value}',
  noticesTitle: 'Let op',
  details: 'Details',
  byDeadline: 'vóór {deadline}',
  noDeadline: 'geen deadline',
  notSmartBoth: 'Nog niet SMART: vul een streefgetal en een deadline in.',
  notSmartTarget: 'Nog niet SMART: vul een streefgetal in.',
  notSmartDeadline: 'Nog niet SMART: kies een deadline (Details).',
  bulkToggle: 'Dezelfde deadline, eigenaar of frequentie voor meerdere KPI’s',
  bulkFor: 'Voor deze KPI’s',
  bulkAll: 'Alle',
  bulkKeep: 'Laten zoals het is',
  bulkApply: 'Toepassen op de aangevinkte KPI’s',
  bulkDone: 'Toegepast op {n} KPI’s.',
};

export const STRINGS: Record<Language, SidebarStrings> = { en, da, nl };

/** How each language names itself in the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', da: 'Dansk', nl: 'Nederlands' };

export const LANGUAGES: readonly Language[] = ['en', 'da', 'nl'];
