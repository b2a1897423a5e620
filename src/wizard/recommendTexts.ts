/** The one-line reasons recommend() gives, in English, Danish and Dutch. */
import type { Language } from '../catalog/types.ts';
import type { BusinessGoalKind, CriticalQuestionId } from '../shared/wizardApi.ts';

/** What a KPI shows for each kind of business goal: completes "<KPI> <purpose> (“<goal name>”)." */
export const GOAL_PURPOSE: Record<Language, Record<BusinessGoalKind, string>> = {
  en: {
    awareness: 'shows whether more people get to know the brand',
    community: 'shows whether people care about the brand and interact with it',
    sales: 'shows whether social media leads to sales and pays back',
    leads: 'shows whether social media brings leads that become customers',
    service: 'shows whether customers get good help and stay satisfied',
  },
  da: {
    awareness: 'viser, om flere lærer brandet at kende',
    community: 'viser, om folk holder af brandet og interagerer med det',
    sales: 'viser, om sociale medier fører til salg og tjener sig ind',
    leads: 'viser, om sociale medier skaffer leads, der bliver til kunder',
    service: 'viser, om kunderne får god hjælp og forbliver tilfredse',
  },
  nl: {
    awareness: 'laat zien of meer mensen het merk leren kennen',
    community: 'laat zien of mensen om het merk geven en er interactie mee hebben',
    sales: 'laat zien of sociale media tot verkoop leiden en zichzelf terugverdienen',
    leads: 'laat zien of sociale media leads opleveren die klant worden',
    service: 'laat zien of klanten goed geholpen worden en tevreden blijven',
  },
};

/** Why a "no" to a question rules a KPI out: completes "<KPI>: <reason>". */
export const NOT_RECOMMENDED_BECAUSE: Record<Language, Record<CriticalQuestionId, string>> = {
  en: {
    sellsOnSocial:
      'customers cannot buy directly on social media, so this is no fair target there; measure lead conversion instead.',
    paidAds: 'you run no paid ads, so there is no ad spend to measure it on.',
    serviceOnSocial: 'you do not answer customers on social media, so there is nothing to measure.',
    surveys: 'you run no polls or surveys, so there are no answers to measure it on.',
    webAnalytics: 'it needs website analytics with social media as a traffic source, which you do not have.',
  },
  da: {
    sellsOnSocial:
      'kunderne kan ikke købe direkte via sociale medier, så det er ikke et fair mål her; mål konvertering af leads i stedet.',
    paidAds: 'I kører ingen betalte annoncer, så der er intet annonceforbrug at måle på.',
    serviceOnSocial: 'I svarer ikke kunder på sociale medier, så der er intet at måle.',
    surveys: 'I laver ingen afstemninger eller spørgeskemaer, så der er ingen svar at måle på.',
    webAnalytics: 'det kræver webanalyse med sociale medier som trafikkilde, og det har I ikke.',
  },
  nl: {
    sellsOnSocial:
      'klanten kunnen niet rechtstreeks via sociale media kopen, dus dit is daar geen eerlijk doel; meet in plaats daarvan leadconversie.',
    paidAds: 'u adverteert niet betaald, dus er zijn geen advertentie-uitgaven om op te meten.',
    serviceOnSocial: 'u beantwoordt geen klanten via sociale media, dus er valt niets te meten.',
    surveys: 'u houdt geen peilingen of enquêtes, dus er zijn geen antwoorden om op te meten.',
    webAnalytics: 'dit vraagt webanalyse met sociale media als verkeersbron, en die hebt u niet.',
  },
};

/** Why a KPI is recommended because of a "no" answer (lead conversion when customers cannot buy on social). */
export const RECOMMENDED_INSTEAD: Record<Language, (kpiName: string) => string> = {
  en: (kpi) =>
    `${kpi}: customers cannot buy on social media, so measure what it does bring: leads that become customers.`,
  da: (kpi) => `${kpi}: kunderne kan ikke købe via sociale medier, så mål det, de giver: leads, der bliver til kunder.`,
  nl: (kpi) =>
    `${kpi}: klanten kunnen niet via sociale media kopen, dus meet wat ze wel opleveren: leads die klant worden.`,
};

export const RECOMMENDED: Record<Language, (kpiName: string, purpose: string, goalNames: string) => string> = {
  en: (kpi, purpose, goals) => `${kpi} ${purpose} (${goals}).`,
  da: (kpi, purpose, goals) => `${kpi} ${purpose} (${goals}).`,
  nl: (kpi, purpose, goals) => `${kpi} ${purpose} (${goals}).`,
};

/** A vanity warning: the KPI serves none of the chosen goals. `named` is set when the articles name it as vanity. */
export const VANITY: Record<Language, (kpiName: string, goalNames: string, named: boolean) => string> = {
  en: (kpi, goals, named) =>
    named
      ? `${kpi} is a vanity metric for ${goals}: it looks good on paper but does not show progress on that goal. Choose a KPI that measures the goal itself.`
      : `${kpi} serves none of your chosen business goals (${goals}), so it is a vanity metric here. Keep it only for a goal you add.`,
  da: (kpi, goals, named) =>
    named
      ? `${kpi} er et forfængeligt mål for ${goals}: det ser godt ud på papiret, men viser ikke fremskridt mod målet. Vælg en KPI, der måler selve målet.`
      : `${kpi} understøtter ingen af jeres valgte forretningsmål (${goals}), så det er et forfængeligt mål her. Behold det kun for et mål, I tilføjer.`,
  nl: (kpi, goals, named) =>
    named
      ? `${kpi} is een ijdele metriek voor ${goals}: het ziet er goed uit op papier, maar laat geen voortgang op dat doel zien. Kies een KPI die het doel zelf meet.`
      : `${kpi} dient geen van uw gekozen bedrijfsdoelen (${goals}), dus het is hier een ijdele metriek. Houd het alleen voor een doel dat u toevoegt.`,
};

/** Quotes user-typed goal names in the language's quotation marks and joins them. */
export function quoteNames(names: readonly string[], language: Language): string {
  const [open, close] = { en: ['“', '”'], da: ['»', '«'], nl: ['‘', '’'] }[language];
  const quote = (name: string) => `${open}${name}${close}`;
  const and = { en: 'and', da: 'og', nl: 'en' }[language];
  const quoted = names.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}
