import type { ExampleMonth } from './example.ts';
import type { Aggregation, InputKind, InputShape, KpiInput, Language } from './types.ts';

/**
 * Every input any KPI reads, once: its kind, how a period combines it, its example number, its
 * autocomplete line, the column label of the data sheet and where a marketer finds the number.
 * KPIs share inputs (total_followers is read by six of them), so the data sheet gets one column per
 * input, not per KPI; one metric is one input, whatever a function calls its parameter.
 */
export interface InputInfo {
  kind: InputKind;
  aggregation: Aggregation;
  /**
   * Its number in Load example data, from one channel's month; null for the tracking inputs,
   * which are read from the KPI map, not from a data column.
   */
  example: ((month: ExampleMonth) => number) | null;
  description: string;
  labels: Record<Language, string>;
  /** Where to find the number: shown as a note on the data sheet's header. */
  whereToFind: Record<Language, string>;
}

const INSIGHTS = {
  en: 'Native analytics of each channel (Facebook/Instagram Insights, LinkedIn, X, YouTube Analytics)',
  da: 'Kanalens egen statistik (Facebook/Instagram Insights, LinkedIn, X, YouTube Analytics)',
  nl: 'De statistieken van elk kanaal (Facebook/Instagram Insights, LinkedIn, X, YouTube Analytics)',
};
const WEB_ANALYTICS = {
  en: 'Website analytics, traffic with social media as the source (e.g. Google Analytics)',
  da: 'Webanalyse, trafik med sociale medier som kilde (f.eks. Google Analytics)',
  nl: 'Webanalyse, verkeer met sociale media als bron (bijv. Google Analytics)',
};
const ADS = {
  en: 'Your ads manager (Meta Ads Manager, LinkedIn Campaign Manager, ...)',
  da: 'Din annonceadministrator (Meta Ads Manager, LinkedIn Campaign Manager, ...)',
  nl: 'Uw advertentiebeheer (Meta Ads Manager, LinkedIn Campaign Manager, ...)',
};
const CRM = {
  en: 'Your CRM or sales system',
  da: 'Jeres CRM- eller salgssystem',
  nl: 'Uw CRM- of verkoopsysteem',
};
const SUPPORT = {
  en: 'Your inbox or customer-service tool',
  da: 'Jeres indbakke eller kundeserviceværktøj',
  nl: 'Uw inbox of klantenservicetool',
};
const SURVEY = {
  en: 'Your survey or poll tool: one answer per cell',
  da: 'Jeres spørgeskema- eller afstemningsværktøj: ét svar pr. celle',
  nl: 'Uw enquête- of peilingtool: één antwoord per cel',
};
const LISTENING = {
  en: 'A social listening tool, or a manual count of mentions',
  da: 'Et social listening-værktøj, eller en manuel optælling af omtaler',
  nl: 'Een social-listeningtool, of een handmatige telling van vermeldingen',
};
const FINANCE = {
  en: 'Your finance or sales figures',
  da: 'Jeres økonomi- eller salgstal',
  nl: 'Uw financiële of verkoopcijfers',
};
const TRACKING = {
  en: 'Your KPI map (baseline, target, dates) or the data sheet',
  da: 'Jeres KPI-kort (udgangspunkt, mål, datoer) eller dataarket',
  nl: 'Uw KPI-overzicht (nulmeting, doel, data) of het gegevensblad',
};

export const INPUTS = {
  new_followers: {
    kind: 'number',
    aggregation: 'sum',
    example: (m) => m.followers - m.previousFollowers,
    description: 'Net new followers in the period (gained minus lost)',
    labels: { en: 'New followers (net)', da: 'Nye følgere (netto)', nl: 'Nieuwe volgers (netto)' },
    whereToFind: INSIGHTS,
  },
  total_followers: {
    kind: 'count',
    aggregation: 'latest',
    example: (m) => m.followers,
    description: 'Total followers at the end of the period',
    labels: { en: 'Total followers', da: 'Følgere i alt', nl: 'Totaal aantal volgers' },
    whereToFind: INSIGHTS,
  },
  reach: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.reach,
    description: 'People who saw the post (reach, not impressions)',
    labels: { en: 'Post reach', da: 'Rækkevidde pr. opslag', nl: 'Bereik per bericht' },
    whereToFind: INSIGHTS,
  },
  sharers_followers: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.shares * 180,
    description: 'Followers of the people who shared or mentioned the post, summed',
    labels: { en: "Sharers' followers", da: 'Delernes følgere', nl: 'Volgers van delers' },
    whereToFind: INSIGHTS,
  },
  share_seen: {
    kind: 'fraction',
    aggregation: 'average',
    example: (_m) => 0.03,
    description: "Share of a sharer's followers who see the share (2–5 %, default 3 %)",
    labels: {
      en: "Share of sharers' followers who see it",
      da: 'Andel af delernes følgere, der ser det',
      nl: 'Deel van de volgers van delers dat het ziet',
    },
    whereToFind: INSIGHTS,
  },
  brand_mentions: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.brandMentions,
    description: 'Mentions of your brand in the period',
    labels: { en: 'Brand mentions', da: 'Omtaler af brandet', nl: 'Vermeldingen van het merk' },
    whereToFind: LISTENING,
  },
  competitor_mentions: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.competitorMentions,
    description: 'Mentions of competitors: one column per competitor',
    labels: { en: 'Competitor mentions', da: 'Omtaler af konkurrenter', nl: 'Vermeldingen van concurrenten' },
    whereToFind: LISTENING,
  },
  approvals: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.likes + m.saves,
    description: 'Approval actions: likes, saves, favourites, retweets',
    labels: { en: 'Approvals (likes, saves)', da: 'Anerkendelser (likes, gem)', nl: 'Waarderingen (likes, opslaan)' },
    whereToFind: INSIGHTS,
  },
  engagements: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.likes + m.comments + m.shares + m.saves,
    description: 'Likes + comments + shares/saves in the period',
    labels: { en: 'Engagements', da: 'Engagementer', nl: 'Interacties' },
    whereToFind: INSIGHTS,
  },
  audience: {
    kind: 'count',
    aggregation: 'latest',
    example: (m) => m.followers,
    description: 'Followers (usual), or reach or impressions',
    labels: { en: 'Audience (followers)', da: 'Publikum (følgere)', nl: 'Publiek (volgers)' },
    whereToFind: INSIGHTS,
  },
  shares: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.shares,
    description: 'Shares of your posts in the period',
    labels: { en: 'Shares', da: 'Delinger', nl: 'Keren gedeeld' },
    whereToFind: INSIGHTS,
  },
  conversions: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.conversions,
    description: 'Visitors who did what the call to action asked',
    labels: { en: 'Conversions', da: 'Konverteringer', nl: 'Conversies' },
    whereToFind: WEB_ANALYTICS,
  },
  clicks: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.clicks,
    description: 'Clicks on the link in your posts or ads',
    labels: { en: 'Clicks', da: 'Klik', nl: 'Klikken' },
    whereToFind: INSIGHTS,
  },
  impressions: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.impressions,
    description: 'Times your content was shown',
    labels: { en: 'Impressions', da: 'Visninger', nl: 'Weergaven' },
    whereToFind: INSIGHTS,
  },
  bounces: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.bounces,
    description: 'Visits from social media that left without acting',
    labels: { en: 'Bounces', da: 'Afvisninger', nl: 'Bounces' },
    whereToFind: WEB_ANALYTICS,
  },
  sessions: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.sessions,
    description: 'Visits to the website from social media',
    labels: { en: 'Sessions from social', da: 'Besøg fra sociale medier', nl: 'Sessies vanuit sociale media' },
    whereToFind: WEB_ANALYTICS,
  },
  ad_spend: {
    kind: 'money',
    aggregation: 'sum',
    example: (m) => m.adSpend,
    description: 'Money spent on social ads in the period',
    labels: { en: 'Ad spend', da: 'Annonceforbrug', nl: 'Advertentie-uitgaven' },
    whereToFind: ADS,
  },
  gain: {
    kind: 'number',
    aggregation: 'sum',
    example: (m) => m.revenue,
    description: 'Return: revenue or value gained from social media',
    labels: { en: 'Return (revenue)', da: 'Afkast (omsætning)', nl: 'Opbrengst (omzet)' },
    whereToFind: FINANCE,
  },
  cost: {
    kind: 'money',
    aggregation: 'sum',
    example: (m) => m.cost,
    description: 'What social media cost: ads, tools, hours',
    labels: { en: 'Cost', da: 'Omkostninger', nl: 'Kosten' },
    whereToFind: FINANCE,
  },
  customers: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.customers,
    description: 'Customers won (or served)',
    labels: { en: 'Customers', da: 'Kunder', nl: 'Klanten' },
    whereToFind: CRM,
  },
  leads: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.leads,
    description: 'Leads that came from social media',
    labels: { en: 'Leads', da: 'Leads', nl: 'Leads' },
    whereToFind: CRM,
  },
  support_cost: {
    kind: 'money',
    aggregation: 'sum',
    example: (m) => m.supportCost,
    description: 'Cost of customer service on social media',
    labels: { en: 'Support cost', da: 'Kundeserviceomkostninger', nl: 'Klantenservicekosten' },
    whereToFind: FINANCE,
  },
  avg_order_value: {
    kind: 'money',
    aggregation: 'average',
    example: (m) => m.avgOrderValue,
    description: 'Average order value',
    labels: { en: 'Average order value', da: 'Gennemsnitlig ordreværdi', nl: 'Gemiddelde orderwaarde' },
    whereToFind: FINANCE,
  },
  orders_per_year: {
    kind: 'count',
    aggregation: 'average',
    example: (_m) => 3,
    description: 'Orders per customer per year',
    labels: { en: 'Orders per year', da: 'Ordrer pr. år', nl: 'Bestellingen per jaar' },
    whereToFind: FINANCE,
  },
  years: {
    kind: 'count',
    aggregation: 'average',
    example: (_m) => 2,
    description: 'Years a customer stays',
    labels: { en: 'Years as customer', da: 'År som kunde', nl: 'Jaren als klant' },
    whereToFind: CRM,
  },
  gross_margin: {
    kind: 'fraction',
    aggregation: 'average',
    example: (_m) => 0.42,
    description: 'Gross margin, e.g. 40% (default 100 %: revenue, not profit)',
    labels: { en: 'Gross margin', da: 'Dækningsgrad', nl: 'Brutomarge' },
    whereToFind: FINANCE,
  },
  scores: {
    kind: 'number',
    aggregation: 'average',
    example: (m) => m.surveyAnswer,
    description: 'Survey answers, one per cell; blank cells are not answers',
    labels: { en: 'Survey answers', da: 'Svar på spørgeskema', nl: 'Enquêteantwoorden' },
    whereToFind: SURVEY,
  },
  satisfied_from: {
    kind: 'number',
    aggregation: 'average',
    example: (_m) => 4,
    description: 'Lowest score that counts as satisfied (default 4 on a 1–5 scale)',
    labels: { en: 'Satisfied from score', da: 'Tilfreds fra score', nl: 'Tevreden vanaf score' },
    whereToFind: SURVEY,
  },
  received_at: {
    kind: 'date',
    aggregation: 'latest',
    example: (m) => m.receivedAt,
    description: "Date-time the customer's message arrived",
    labels: { en: 'Message received at', da: 'Besked modtaget', nl: 'Bericht ontvangen om' },
    whereToFind: SUPPORT,
  },
  replied_at: {
    kind: 'date',
    aggregation: 'latest',
    example: (m) => m.receivedAt + m.replyHours / 24,
    description: 'Date-time of your first reply',
    labels: { en: 'First reply at', da: 'Første svar', nl: 'Eerste antwoord om' },
    whereToFind: SUPPORT,
  },
  resolved: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.resolved,
    description: 'Problems solved in the period',
    labels: { en: 'Problems resolved', da: 'Løste problemer', nl: 'Opgeloste problemen' },
    whereToFind: SUPPORT,
  },
  raised: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.raised,
    description: 'Problems raised in the period',
    labels: { en: 'Problems raised', da: 'Rejste problemer', nl: 'Gemelde problemen' },
    whereToFind: SUPPORT,
  },
  likes: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.likes,
    description: 'Likes and reactions in the period',
    labels: { en: 'Likes', da: 'Likes', nl: 'Likes' },
    whereToFind: INSIGHTS,
  },
  comments: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.comments,
    description: 'Comments in the period',
    labels: { en: 'Comments', da: 'Kommentarer', nl: 'Reacties' },
    whereToFind: INSIGHTS,
  },
  mentions: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.brandMentions,
    description: 'Mentions of your brand in the period',
    labels: { en: 'Mentions', da: 'Omtaler', nl: 'Vermeldingen' },
    whereToFind: LISTENING,
  },
  inbound_clicks: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.clicks,
    description: 'Clicks from social media to your website',
    labels: { en: 'Clicks to website', da: 'Klik til hjemmesiden', nl: 'Klikken naar website' },
    whereToFind: WEB_ANALYTICS,
  },
  revenue: {
    kind: 'money',
    aggregation: 'sum',
    example: (m) => m.revenue,
    description: 'Revenue from sales that came from social media',
    labels: { en: 'Revenue from social', da: 'Omsætning fra sociale medier', nl: 'Omzet uit sociale media' },
    whereToFind: FINANCE,
  },
  reviews: {
    kind: 'count',
    aggregation: 'sum',
    example: (m) => m.reviews,
    description: 'New reviews or testimonials in the period',
    labels: { en: 'Reviews', da: 'Anmeldelser', nl: 'Reviews' },
    whereToFind: INSIGHTS,
  },
  review_rating: {
    kind: 'number',
    aggregation: 'average',
    example: (m) => m.reviewRating,
    description: 'Average star rating of the reviews',
    labels: {
      en: 'Average rating (stars)',
      da: 'Gennemsnitlig vurdering (stjerner)',
      nl: 'Gemiddelde beoordeling (sterren)',
    },
    whereToFind: INSIGHTS,
  },
  current: {
    kind: 'number',
    aggregation: 'latest',
    example: null,
    description: "This period's value",
    labels: { en: 'This period', da: 'Denne periode', nl: 'Deze periode' },
    whereToFind: TRACKING,
  },
  previous: {
    kind: 'number',
    aggregation: 'latest',
    example: null,
    description: "Last period's value",
    labels: { en: 'Last period', da: 'Sidste periode', nl: 'Vorige periode' },
    whereToFind: TRACKING,
  },
  actual: {
    kind: 'number',
    aggregation: 'latest',
    example: null,
    description: "The KPI's current value",
    labels: { en: 'Actual', da: 'Faktisk', nl: 'Actueel' },
    whereToFind: TRACKING,
  },
  baseline: {
    kind: 'number',
    aggregation: 'latest',
    example: null,
    description: "The KPI's value when the goal was set",
    labels: { en: 'Baseline', da: 'Udgangspunkt', nl: 'Nulmeting' },
    whereToFind: TRACKING,
  },
  target: {
    kind: 'number',
    aggregation: 'latest',
    example: null,
    description: 'The SMART target value',
    labels: { en: 'Target', da: 'Mål', nl: 'Doel' },
    whereToFind: TRACKING,
  },
  start_date: {
    kind: 'date',
    aggregation: 'latest',
    example: null,
    description: 'Date the goal was set',
    labels: { en: 'Start date', da: 'Startdato', nl: 'Startdatum' },
    whereToFind: TRACKING,
  },
  deadline: {
    kind: 'date',
    aggregation: 'latest',
    example: null,
    description: 'Date the target must be met',
    labels: { en: 'Deadline', da: 'Deadline', nl: 'Deadline' },
    whereToFind: TRACKING,
  },
  // Not TODAY(): Google's custom-function guide says arguments must be deterministic, and a volatile
  // built-in (NOW, RAND, TODAY) as an argument leaves the cell showing "Loading..." for good.
  as_of: {
    kind: 'date',
    aggregation: 'latest',
    example: null,
    description:
      'The reporting date, from a cell that holds it (e.g. $H$1). ' +
      'Not TODAY() or NOW(): Sheets leaves a custom function with a volatile argument on "Loading..."',
    labels: { en: 'As of', da: 'Pr. dato', nl: 'Per datum' },
    whereToFind: TRACKING,
  },
} satisfies Record<string, InputInfo>;

export type InputName = keyof typeof INPUTS;

/** Where a marketer finds an input's number, in their language (the data sheet's header note). */
export function whereToFind(name: InputName, language: Language): string {
  return INPUTS[name].whereToFind[language];
}

/**
 * Columns of "KPI data" written by earlier versions for an input that is now another one: the same
 * metric asked twice ("Followers" beside "Total followers"). A re-run reads such a column as the
 * input's own when the sheet has no column for the input yet; otherwise it is left as it is.
 */
export const FORMER_INPUTS: Readonly<Record<string, InputName>> = { followers: 'total_followers' };

type InputOptions = Pick<KpiInput, 'nonZero' | 'defaultValue' | 'blankAllowed'> & {
  shape?: InputShape;
  example?: string;
  /** The public parameter name, when it differs from the input's name (autocomplete names are public API). */
  as?: string;
  /** The autocomplete line, when the parameter says it differently from the input's own. */
  description?: string;
};

/** Builds a KPI's input from the shared dictionary above. */
export function input(name: InputName, column: string, options: InputOptions = {}): KpiInput {
  const { shape = 'each', example, as, description, ...rest } = options;
  const entry: InputInfo = INPUTS[name];
  return {
    name: as ?? name,
    input: name,
    aggregation: entry.aggregation,
    kind: entry.kind,
    shape,
    description: description ?? entry.description,
    example: example ?? `${column}2:${column}100`,
    labels: entry.labels,
    ...rest,
  };
}
