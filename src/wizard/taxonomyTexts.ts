/** The wizard's taxonomy texts in English, Danish and Dutch, worded after the two source articles. */
import type { Language } from '../catalog/types.ts';
import type {
  BusinessGoalKind,
  Cadence,
  ChannelId,
  CriticalQuestionId,
  ReviewIntervalMonths,
  SocialGoalId,
} from '../shared/wizardApi.ts';

export interface NamedText {
  name: string;
  description: string;
}

type Texts<Id extends string | number> = Record<Language, Record<Id, NamedText>>;

export const BUSINESS_GOAL_TEXTS: Texts<BusinessGoalKind> = {
  en: {
    awareness: {
      name: 'Awareness and brand',
      description: 'More visibility: more people know and recognise the brand.',
    },
    community: { name: 'Community', description: 'People who care about the brand and interact with it.' },
    sales: { name: 'Sales and ROI', description: 'Customers buy, and social media pays back what it costs.' },
    leads: { name: 'Leads', description: 'Social media brings leads; a sales team closes the sale.' },
    service: {
      name: 'Customer service and retention',
      description: 'Customers get help quickly, stay satisfied and stay with you.',
    },
  },
  da: {
    awareness: { name: 'Kendskab og branding', description: 'Øget synlighed: flere kender og genkender brandet.' },
    community: { name: 'Fællesskab', description: 'Folk, der holder af brandet og interagerer med det.' },
    sales: { name: 'Salg og ROI', description: 'Kunderne køber, og sociale medier tjener det ind, de koster.' },
    leads: { name: 'Leads', description: 'Sociale medier skaffer leads; en salgsafdeling lukker salget.' },
    service: {
      name: 'Kundeservice og kundefastholdelse',
      description: 'Kunderne får hurtig hjælp, er tilfredse og bliver hos jer.',
    },
  },
  nl: {
    awareness: {
      name: 'Naamsbekendheid en merk',
      description: 'Meer zichtbaarheid: meer mensen kennen en herkennen het merk.',
    },
    community: { name: 'Community', description: 'Mensen die om het merk geven en er interactie mee hebben.' },
    sales: { name: 'Verkoop en ROI', description: 'Klanten kopen, en sociale media verdienen terug wat ze kosten.' },
    leads: { name: 'Leads', description: 'Sociale media leveren leads op; een verkoopteam sluit de verkoop.' },
    service: {
      name: 'Klantenservice en klantbehoud',
      description: 'Klanten worden snel geholpen, blijven tevreden en blijven klant.',
    },
  },
};

export const SOCIAL_GOAL_TEXTS: Texts<SocialGoalId> = {
  en: {
    reach: { name: 'Reach', description: 'How many people your channels reach: your existing and potential audience.' },
    engagement: { name: 'Engagement', description: 'How much your audience interacts with what you post.' },
    conversion: {
      name: 'Conversion and ROI',
      description: 'How many interactions turn into visits, leads, sales and money earned.',
    },
    loyalty: {
      name: 'Loyalty and satisfaction',
      description: 'How customers feel about you, and how well you help them.',
    },
  },
  da: {
    reach: {
      name: 'Rækkevidde',
      description: 'Hvor mange jeres kanaler når: jeres nuværende og potentielle publikum.',
    },
    engagement: { name: 'Engagement', description: 'Hvor meget jeres publikum interagerer med det, I poster.' },
    conversion: {
      name: 'Konvertering og ROI',
      description: 'Hvor mange interaktioner, der bliver til besøg, leads, salg og indtjening.',
    },
    loyalty: {
      name: 'Loyalitet og fastholdelse',
      description: 'Hvad kunderne synes om jer, og hvor godt I hjælper dem.',
    },
  },
  nl: {
    reach: { name: 'Bereik', description: 'Hoeveel mensen uw kanalen bereiken: uw bestaande en potentiële publiek.' },
    engagement: { name: 'Betrokkenheid', description: 'Hoeveel uw publiek reageert op wat u plaatst.' },
    conversion: {
      name: 'Conversie en ROI',
      description: 'Hoeveel interacties uitmonden in bezoeken, leads, verkopen en opbrengst.',
    },
    loyalty: {
      name: 'Loyaliteit en tevredenheid',
      description: 'Hoe klanten over u denken, en hoe goed u hen helpt.',
    },
  },
};

export interface QuestionText {
  question: string;
  why: string;
}

export const QUESTION_TEXTS: Record<Language, Record<CriticalQuestionId, QuestionText>> = {
  en: {
    sellsOnSocial: {
      question: 'Can customers buy directly through social media?',
      why: 'If the sale needs a sales team, a revenue target makes no sense on social media; lead conversion does.',
    },
    paidAds: {
      question: 'Do you run paid ads on social media?',
      why: 'Cost per click and cost per 1,000 impressions need ad spend to measure.',
    },
    serviceOnSocial: {
      question: 'Do you answer customers on social media?',
      why: 'Response time, resolution rate and support cost only mean something where you answer customers.',
    },
    surveys: {
      question: 'Do you run polls or surveys?',
      why: 'Customer satisfaction (CSAT) and Net Promoter Score come from survey answers.',
    },
    webAnalytics: {
      question: 'Do you have website analytics that show social media as a traffic source?',
      why: 'Conversion rate and bounce rate are measured on your website, with social media as the source.',
    },
  },
  da: {
    sellsOnSocial: {
      question: 'Kan kunderne købe direkte via sociale medier?',
      why: 'Kræver salget en salgsafdeling, giver et mål om omsætning ingen mening på sociale medier; konvertering af leads gør.',
    },
    paidAds: {
      question: 'Kører I betalte annoncer på sociale medier?',
      why: 'Pris pr. klik og pris pr. 1.000 visninger kræver et annonceforbrug at måle på.',
    },
    serviceOnSocial: {
      question: 'Svarer I kunder på sociale medier?',
      why: 'Svartid, løsningsrate og kundeserviceomkostninger giver kun mening, hvor I svarer kunderne.',
    },
    surveys: {
      question: 'Laver I afstemninger eller spørgeskemaer?',
      why: 'Kundetilfredshed (CSAT) og Net Promoter Score kommer fra svar på spørgeskemaer.',
    },
    webAnalytics: {
      question: 'Har I webanalyse, der viser sociale medier som trafikkilde?',
      why: 'Konverteringsrate og afvisningsprocent måles på jeres hjemmeside med sociale medier som kilde.',
    },
  },
  nl: {
    sellsOnSocial: {
      question: 'Kunnen klanten rechtstreeks via sociale media kopen?',
      why: 'Als de verkoop een verkoopteam nodig heeft, heeft een omzetdoel op sociale media geen zin; leadconversie wel.',
    },
    paidAds: {
      question: 'Adverteert u betaald op sociale media?',
      why: 'Kosten per klik en kosten per 1000 weergaven kunt u alleen meten met advertentie-uitgaven.',
    },
    serviceOnSocial: {
      question: 'Beantwoordt u klanten via sociale media?',
      why: 'Reactietijd, oplossingspercentage en klantenservicekosten zeggen alleen iets waar u klanten antwoordt.',
    },
    surveys: {
      question: 'Houdt u peilingen of enquêtes?',
      why: 'Klanttevredenheid (CSAT) en Net Promoter Score komen uit enquêteantwoorden.',
    },
    webAnalytics: {
      question: 'Hebt u webanalyse die sociale media als verkeersbron toont?',
      why: 'Conversie- en bouncepercentage worden op uw website gemeten, met sociale media als bron.',
    },
  },
};

const CHANNEL_NAMES: Record<Exclude<ChannelId, 'all'>, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X (Twitter)',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
};

const ALL_CHANNELS: Record<Language, NamedText> = {
  en: { name: 'All channels', description: 'The numbers of every channel added up.' },
  da: { name: 'Alle kanaler', description: 'Tallene fra alle kanaler lagt sammen.' },
  nl: { name: 'Alle kanalen', description: 'De cijfers van alle kanalen bij elkaar opgeteld.' },
};

/** A channel's name and description in a language (brand names are the same in every language). */
export function channelText(channel: ChannelId, language: Language): NamedText {
  if (channel === 'all') return ALL_CHANNELS[language];
  const name = CHANNEL_NAMES[channel];
  const only = {
    en: `Only the numbers from ${name}.`,
    da: `Kun tallene fra ${name}.`,
    nl: `Alleen de cijfers van ${name}.`,
  };
  return { name, description: only[language] };
}

export const CADENCE_TEXTS: Texts<Cadence> = {
  en: {
    weekly: { name: 'Weekly', description: 'Enter the numbers every week.' },
    monthly: { name: 'Monthly', description: 'Enter the numbers every month.' },
    bimonthly: { name: 'Every two months', description: 'Enter the numbers every other month.' },
    quarterly: { name: 'Quarterly', description: 'Enter the numbers every quarter.' },
  },
  da: {
    weekly: { name: 'Ugentlig', description: 'Indtast tallene hver uge.' },
    monthly: { name: 'Månedlig', description: 'Indtast tallene hver måned.' },
    bimonthly: { name: 'Hver anden måned', description: 'Indtast tallene hver anden måned.' },
    quarterly: { name: 'Kvartalsvis', description: 'Indtast tallene hvert kvartal.' },
  },
  nl: {
    weekly: { name: 'Wekelijks', description: 'Voer de cijfers elke week in.' },
    monthly: { name: 'Maandelijks', description: 'Voer de cijfers elke maand in.' },
    bimonthly: { name: 'Tweemaandelijks', description: 'Voer de cijfers om de maand in.' },
    quarterly: { name: 'Per kwartaal', description: 'Voer de cijfers elk kwartaal in.' },
  },
};

export const REVIEW_INTERVAL_TEXTS: Texts<ReviewIntervalMonths> = {
  en: {
    3: { name: 'Every 3 months', description: 'Review the goals and KPIs every quarter.' },
    6: { name: 'Every 6 months', description: 'Review the goals and KPIs twice a year.' },
  },
  da: {
    3: { name: 'Hver 3. måned', description: 'Revurder mål og KPI’er hvert kvartal.' },
    6: { name: 'Hver 6. måned', description: 'Revurder mål og KPI’er to gange om året.' },
  },
  nl: {
    3: { name: 'Elke 3 maanden', description: 'Herzie de doelen en KPI’s elk kwartaal.' },
    6: { name: 'Elke 6 maanden', description: 'Herzie de doelen en KPI’s twee keer per jaar.' },
  },
};
