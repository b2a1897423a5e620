import type { ExampleMonth } from './example.ts';
import type { Aggregation, InputKind, InputShape, KpiInput, Language } from './types.ts';

/**
 * Every input any KPI reads, once: its kind, how a period combines it, its example number, its
 * autocomplete line, the column label of the data sheet and where a marketer finds the number.
 * KPIs share inputs (total_followers is read by six of them), so the data sheet gets one column per
 * input, not per KPI; one metric is one input, whatever a function calls its parameter.
 */
interface InputInfo {
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

function info(
  kind: InputKind,
  aggregation: Aggregation,
  example: InputInfo['example'],
  description: string,
  labels: Record<Language, string>,
  whereToFind: Record<Language, string>,
): InputInfo {
  return { kind, aggregation, example, description, labels, whereToFind };
}

export const INPUTS = {
  new_followers: info(
    'number',
    'sum',
    (m) => m.followers - m.previousFollowers,
    'Net new followers in the period (gained minus lost)',
    { en: 'New followers (net)', da: 'Nye følgere (netto)', nl: 'Nieuwe volgers (netto)' },
    INSIGHTS,
  ),
  total_followers: info(
    'count',
    'latest',
    (m) => m.followers,
    'Total followers at the end of the period',
    { en: 'Total followers', da: 'Følgere i alt', nl: 'Totaal aantal volgers' },
    INSIGHTS,
  ),
  reach: info(
    'count',
    'sum',
    (m) => m.reach,
    'People who saw the post (reach, not impressions)',
    { en: 'Post reach', da: 'Rækkevidde pr. opslag', nl: 'Bereik per bericht' },
    INSIGHTS,
  ),
  sharers_followers: info(
    'count',
    'sum',
    (m) => m.shares * 180,
    'Followers of the people who shared or mentioned the post, summed',
    { en: "Sharers' followers", da: 'Delernes følgere', nl: 'Volgers van delers' },
    INSIGHTS,
  ),
  share_seen: info(
    'fraction',
    'average',
    (_m) => 0.03,
    "Share of a sharer's followers who see the share (2–5 %, default 3 %)",
    {
      en: "Share of sharers' followers who see it",
      da: 'Andel af delernes følgere, der ser det',
      nl: 'Deel van de volgers van delers dat het ziet',
    },
    INSIGHTS,
  ),
  brand_mentions: info(
    'count',
    'sum',
    (m) => m.brandMentions,
    'Mentions of your brand in the period',
    { en: 'Brand mentions', da: 'Omtaler af brandet', nl: 'Vermeldingen van het merk' },
    LISTENING,
  ),
  competitor_mentions: info(
    'count',
    'sum',
    (m) => m.competitorMentions,
    'Mentions of competitors: one column per competitor',
    { en: 'Competitor mentions', da: 'Omtaler af konkurrenter', nl: 'Vermeldingen van concurrenten' },
    LISTENING,
  ),
  approvals: info(
    'count',
    'sum',
    (m) => m.likes + m.saves,
    'Approval actions: likes, saves, favourites, retweets',
    { en: 'Approvals (likes, saves)', da: 'Anerkendelser (likes, gem)', nl: 'Waarderingen (likes, opslaan)' },
    INSIGHTS,
  ),
  engagements: info(
    'count',
    'sum',
    (m) => m.likes + m.comments + m.shares + m.saves,
    'Likes + comments + shares/saves in the period',
    { en: 'Engagements', da: 'Engagementer', nl: 'Interacties' },
    INSIGHTS,
  ),
  audience: info(
    'count',
    'latest',
    (m) => m.followers,
    'Followers (usual), or reach or impressions',
    { en: 'Audience (followers)', da: 'Publikum (følgere)', nl: 'Publiek (volgers)' },
    INSIGHTS,
  ),
  shares: info(
    'count',
    'sum',
    (m) => m.shares,
    'Shares of your posts in the period',
    { en: 'Shares', da: 'Delinger', nl: 'Keren gedeeld' },
    INSIGHTS,
  ),
  conversions: info(
    'count',
    'sum',
    (m) => m.conversions,
    'Visitors who did what the call to action asked',
    { en: 'Conversions', da: 'Konverteringer', nl: 'Conversies' },
    WEB_ANALYTICS,
  ),
  clicks: info(
    'count',
    'sum',
    (m) => m.clicks,
    'Clicks on the link in your posts or ads',
    { en: 'Clicks', da: 'Klik', nl: 'Klikken' },
    INSIGHTS,
  ),
  impressions: info(
    'count',
    'sum',
    (m) => m.impressions,
    'Times your content was shown',
    { en: 'Impressions', da: 'Visninger', nl: 'Weergaven' },
    INSIGHTS,
  ),
  bounces: info(
    'count',
    'sum',
    (m) => m.bounces,
    'Visits from social media that left without acting',
    { en: 'Bounces', da: 'Afvisninger', nl: 'Bounces' },
    WEB_ANALYTICS,
  ),
  sessions: info(
    'count',
    'sum',
    (m) => m.sessions,
    'Visits to the website from social media',
    { en: 'Sessions from social', da: 'Besøg fra sociale medier', nl: 'Sessies vanuit sociale media' },
    WEB_ANALYTICS,
  ),
  ad_spend: info(
    'money',
    'sum',
    (m) => m.adSpend,
    'Money spent on social ads in the period',
    { en: 'Ad spend', da: 'Annonceforbrug', nl: 'Advertentie-uitgaven' },
    ADS,
  ),
  gain: info(
    'number',
    'sum',
    (m) => m.revenue,
    'Return: revenue or value gained from social media',
    { en: 'Return (revenue)', da: 'Afkast (omsætning)', nl: 'Opbrengst (omzet)' },
    FINANCE,
  ),
  cost: info(
    'money',
    'sum',
    (m) => m.cost,
    'What social media cost: ads, tools, hours',
    { en: 'Cost', da: 'Omkostninger', nl: 'Kosten' },
    FINANCE,
  ),
  customers: info(
    'count',
    'sum',
    (m) => m.customers,
    'Customers won (or served)',
    { en: 'Customers', da: 'Kunder', nl: 'Klanten' },
    CRM,
  ),
  leads: info(
    'count',
    'sum',
    (m) => m.leads,
    'Leads that came from social media',
    { en: 'Leads', da: 'Leads', nl: 'Leads' },
    CRM,
  ),
  support_cost: info(
    'money',
    'sum',
    (m) => m.supportCost,
    'Cost of customer service on social media',
    { en: 'Support cost', da: 'Kundeserviceomkostninger', nl: 'Klantenservicekosten' },
    FINANCE,
  ),
  avg_order_value: info(
    'money',
    'average',
    (m) => m.avgOrderValue,
    'Average order value',
    { en: 'Average order value', da: 'Gennemsnitlig ordreværdi', nl: 'Gemiddelde orderwaarde' },
    FINANCE,
  ),
  orders_per_year: info(
    'count',
    'average',
    (_m) => 3,
    'Orders per customer per year',
    { en: 'Orders per year', da: 'Ordrer pr. år', nl: 'Bestellingen per jaar' },
    FINANCE,
  ),
  years: info(
    'count',
    'average',
    (_m) => 2,
    'Years a customer stays',
    { en: 'Years as customer', da: 'År som kunde', nl: 'Jaren als klant' },
    CRM,
  ),
  gross_margin: info(
    'fraction',
    'average',
    (_m) => 0.42,
    'Gross margin, e.g. 40% (default 100 %: revenue, not profit)',
    { en: 'Gross margin', da: 'Dækningsgrad', nl: 'Brutomarge' },
    FINANCE,
  ),
  scores: info(
    'number',
    'average',
    (m) => m.surveyAnswer,
    'Survey answers, one per cell; blank cells are not answers',
    { en: 'Survey answers', da: 'Svar på spørgeskema', nl: 'Enquêteantwoorden' },
    SURVEY,
  ),
  satisfied_from: info(
    'number',
    'average',
    (_m) => 4,
    'Lowest score that counts as satisfied (default 4 on a 1–5 scale)',
    { en: 'Satisfied from score', da: 'Tilfreds fra score', nl: 'Tevreden vanaf score' },
    SURVEY,
  ),
  received_at: info(
    'date',
    'latest',
    (m) => m.receivedAt,
    "Date-time the customer's message arrived",
    { en: 'Message received at', da: 'Besked modtaget', nl: 'Bericht ontvangen om' },
    SUPPORT,
  ),
  replied_at: info(
    'date',
    'latest',
    (m) => m.receivedAt + m.replyHours / 24,
    'Date-time of your first reply',
    { en: 'First reply at', da: 'Første svar', nl: 'Eerste antwoord om' },
    SUPPORT,
  ),
  resolved: info(
    'count',
    'sum',
    (m) => m.resolved,
    'Problems solved in the period',
    { en: 'Problems resolved', da: 'Løste problemer', nl: 'Opgeloste problemen' },
    SUPPORT,
  ),
  raised: info(
    'count',
    'sum',
    (m) => m.raised,
    'Problems raised in the period',
    { en: 'Problems raised', da: 'Rejste problemer', nl: 'Gemelde problemen' },
    SUPPORT,
  ),
  likes: info(
    'count',
    'sum',
    (m) => m.likes,
    'Likes and reactions in the period',
    { en: 'Likes', da: 'Likes', nl: 'Likes' },
    INSIGHTS,
  ),
  comments: info(
    'count',
    'sum',
    (m) => m.comments,
    'Comments in the period',
    { en: 'Comments', da: 'Kommentarer', nl: 'Reacties' },
    INSIGHTS,
  ),
  mentions: info(
    'count',
    'sum',
    (m) => m.brandMentions,
    'Mentions of your brand in the period',
    { en: 'Mentions', da: 'Omtaler', nl: 'Vermeldingen' },
    LISTENING,
  ),
  inbound_clicks: info(
    'count',
    'sum',
    (m) => m.clicks,
    'Clicks from social media to your website',
    { en: 'Clicks to website', da: 'Klik til hjemmesiden', nl: 'Klikken naar website' },
    WEB_ANALYTICS,
  ),
  revenue: info(
    'money',
    'sum',
    (m) => m.revenue,
    'Revenue from sales that came from social media',
    { en: 'Revenue from social', da: 'Omsætning fra sociale medier', nl: 'Omzet uit sociale media' },
    FINANCE,
  ),
  reviews: info(
    'count',
    'sum',
    (m) => m.reviews,
    'New reviews or testimonials in the period',
    { en: 'Reviews', da: 'Anmeldelser', nl: 'Reviews' },
    INSIGHTS,
  ),
  review_rating: info(
    'number',
    'average',
    (m) => m.reviewRating,
    'Average star rating of the reviews',
    { en: 'Average rating (stars)', da: 'Gennemsnitlig vurdering (stjerner)', nl: 'Gemiddelde beoordeling (sterren)' },
    INSIGHTS,
  ),
  current: info(
    'number',
    'latest',
    null,
    "This period's value",
    { en: 'This period', da: 'Denne periode', nl: 'Deze periode' },
    TRACKING,
  ),
  previous: info(
    'number',
    'latest',
    null,
    "Last period's value",
    { en: 'Last period', da: 'Sidste periode', nl: 'Vorige periode' },
    TRACKING,
  ),
  actual: info(
    'number',
    'latest',
    null,
    "The KPI's current value",
    { en: 'Actual', da: 'Faktisk', nl: 'Actueel' },
    TRACKING,
  ),
  baseline: info(
    'number',
    'latest',
    null,
    "The KPI's value when the goal was set",
    { en: 'Baseline', da: 'Udgangspunkt', nl: 'Nulmeting' },
    TRACKING,
  ),
  target: info('number', 'latest', null, 'The SMART target value', { en: 'Target', da: 'Mål', nl: 'Doel' }, TRACKING),
  start_date: info(
    'date',
    'latest',
    null,
    'Date the goal was set',
    { en: 'Start date', da: 'Startdato', nl: 'Startdatum' },
    TRACKING,
  ),
  deadline: info(
    'date',
    'latest',
    null,
    'Date the target must be met',
    { en: 'Deadline', da: 'Deadline', nl: 'Deadline' },
    TRACKING,
  ),
  // Not TODAY(): Google's custom-function guide says arguments must be deterministic, and a volatile
  // built-in (NOW, RAND, TODAY) as an argument leaves the cell showing "Loading..." for good.
  as_of: info(
    'date',
    'latest',
    null,
    'The reporting date, from a cell that holds it (e.g. $H$1). ' +
      'Not TODAY() or NOW(): Sheets leaves a custom function with a volatile argument on "Loading..."',
    { en: 'As of', da: 'Pr. dato', nl: 'Per datum' },
    TRACKING,
  ),
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
