/** The reasons and warnings recommend() gives, in English, Danish and Dutch. */
import type { Language } from '../catalog/types.ts';
import type { CriticalQuestionId } from '../shared/wizardApi.ts';

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

/** Why lead conversion is recommended for a sales goal when customers cannot buy on social media. */
export const RECOMMENDED_INSTEAD: Record<Language, string> = {
  en: 'Customers cannot buy on social media, so measure what it does bring: leads that become customers.',
  da: 'Kunderne kan ikke købe via sociale medier, så mål det, de giver: leads, der bliver til kunder.',
  nl: 'Klanten kunnen niet via sociale media kopen, dus meet wat ze wel opleveren: leads die klant worden.',
};

/**
 * A vanity warning about a KPI judged against the goal it is filed under: `named` when the articles
 * name it as vanity for that goal, `servesGoal` when it does serve another chosen goal.
 */
export const VANITY: Record<
  Language,
  (kpiName: string, goalName: string, named: boolean, servesGoal: string | null) => string
> = {
  en: (kpi, goal, named, serves) =>
    serves
      ? `${kpi} does not show progress on ${goal}, the goal it is filed under, but it does on ${serves}: choose that goal for it in step 4 (Details).`
      : named
        ? `${kpi} is a vanity metric for ${goal}: it looks good on paper but does not show progress on that goal. Choose a KPI that measures the goal itself.`
        : `${kpi} does not show progress on ${goal}, the goal it is filed under, so it is a vanity metric here.`,
  da: (kpi, goal, named, serves) =>
    serves
      ? `${kpi} viser ikke fremskridt mod ${goal}, som den står under, men det gør den mod ${serves}: vælg det mål for den i trin 4 (Detaljer).`
      : named
        ? `${kpi} er et forfængeligt mål for ${goal}: det ser godt ud på papiret, men viser ikke fremskridt mod målet. Vælg en KPI, der måler selve målet.`
        : `${kpi} viser ikke fremskridt mod ${goal}, som den står under, så her er det et forfængeligt mål.`,
  nl: (kpi, goal, named, serves) =>
    serves
      ? `${kpi} laat geen voortgang zien op ${goal}, het doel waaronder hij staat, maar wel op ${serves}: kies dat doel ervoor in stap 4 (Details).`
      : named
        ? `${kpi} is een ijdele metriek voor ${goal}: het ziet er goed uit op papier, maar laat geen voortgang op dat doel zien. Kies een KPI die het doel zelf meet.`
        : `${kpi} laat geen voortgang zien op ${goal}, het doel waaronder hij staat, dus hier is het een ijdele metriek.`,
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
