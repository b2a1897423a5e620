import { input } from './inputs.ts';
import type { KpiDefinition, KpiFamily, KpiUnit, Language, LocalizedText, SheetFunctionDefinition } from './types.ts';
import type { InputName } from './inputs.ts';

/**
 * The KPI catalog: the one source of truth for every sheet function. Autocomplete help,
 * the README's function reference, the wizard and the generated sheets all read it.
 * Adding a KPI is one entry here plus its implementation in src/functions/kpiFunctions.ts.
 */
export const KPI_CATALOG: readonly KpiDefinition[] = [
  // Reach
  {
    id: 'audience_growth_rate',
    functionName: 'AUDIENCE_GROWTH_RATE',
    family: 'reach',
    inputs: [input('new_followers', 'B'), input('total_followers', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'net new followers ÷ total followers',
    nativeFormula: '{new_followers}/{total_followers}',
    text: {
      en: {
        name: 'Audience growth rate',
        description: 'How fast your following grows: net new followers as a share of all followers.',
      },
      da: {
        name: 'Vækstrate for følgere',
        description: 'Hvor hurtigt jeres følgerskare vokser: nye følgere (netto) som andel af alle følgere.',
      },
      nl: {
        name: 'Groeipercentage publiek',
        description: 'Hoe snel uw publiek groeit: netto nieuwe volgers als deel van alle volgers.',
      },
    },
  },
  {
    id: 'post_reach_rate',
    functionName: 'POST_REACH_RATE',
    family: 'reach',
    inputs: [input('reach', 'B'), input('total_followers', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'people reached by a post ÷ total followers',
    nativeFormula: '{reach}/{total_followers}',
    text: {
      en: { name: 'Post reach rate', description: 'How many of your followers a post reaches.' },
      da: { name: 'Rækkeviddeprocent pr. opslag', description: 'Hvor mange af jeres følgere et opslag når ud til.' },
      nl: { name: 'Bereikpercentage per bericht', description: 'Hoeveel van uw volgers een bericht bereikt.' },
    },
  },
  {
    id: 'potential_reach',
    functionName: 'POTENTIAL_REACH',
    family: 'reach',
    inputs: [
      input('followers', 'B'),
      input('sharers_followers', 'C'),
      input('share_seen', 'D', { defaultValue: 0.03, example: '0.03' }),
    ],
    unit: 'count',
    better: 'higher',
    formula: "followers + sharers' followers × share that sees a share (2–5 %, default 3 %)",
    nativeFormula: '{followers}+{sharers_followers}*{share_seen}',
    text: {
      en: {
        name: 'Potential reach',
        description:
          "People who could see a post: your followers plus the part of sharers' followers who see the share.",
      },
      da: {
        name: 'Potentiel rækkevidde',
        description:
          'Hvor mange der kan se et opslag: jeres følgere plus den del af delernes følgere, der ser delingen.',
      },
      nl: {
        name: 'Potentieel bereik',
        description:
          'Hoeveel mensen een bericht kunnen zien: uw volgers plus het deel van de volgers van delers dat de deling ziet.',
      },
    },
  },
  {
    id: 'share_of_voice',
    functionName: 'SHARE_OF_VOICE',
    family: 'reach',
    inputs: [input('brand_mentions', 'B'), input('competitor_mentions', 'C', { shape: 'rowSum', example: 'C2:E100' })],
    unit: 'fraction',
    better: 'higher',
    formula: "brand mentions ÷ (brand mentions + competitors' mentions)",
    nativeFormula: '{brand_mentions}/({brand_mentions}+SUM({competitor_mentions}))',
    text: {
      en: {
        name: 'Social share of voice',
        description: "Your brand's share of all mentions of you and your competitors.",
      },
      da: {
        name: 'Share of voice på sociale medier',
        description: 'Jeres brands andel af alle omtaler af jer og jeres konkurrenter.',
      },
      nl: {
        name: 'Social share of voice',
        description: 'Het aandeel van uw merk in alle vermeldingen van u en uw concurrenten.',
      },
    },
  },
  // Engagement
  {
    id: 'applause_rate',
    functionName: 'APPLAUSE_RATE',
    family: 'engagement',
    inputs: [input('approvals', 'B'), input('total_followers', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'approval actions (likes, saves, favourites) ÷ total followers',
    nativeFormula: '{approvals}/{total_followers}',
    text: {
      en: {
        name: 'Applause rate',
        description: 'Approval actions (likes, saves, favourites) as a share of your followers.',
      },
      da: { name: 'Applausrate', description: 'Anerkendelser (likes, gemte, favoritter) som andel af jeres følgere.' },
      nl: { name: 'Applausratio', description: 'Waarderingen (likes, opslaan, favorieten) als deel van uw volgers.' },
    },
  },
  {
    id: 'engagement_rate',
    functionName: 'ENGAGEMENT_RATE',
    family: 'engagement',
    inputs: [input('engagements', 'B'), input('audience', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: '(likes + comments + shares/saves) ÷ total followers (or reach, or impressions)',
    nativeFormula: '{engagements}/{audience}',
    text: {
      en: {
        name: 'Average engagement rate',
        description: 'Likes, comments and shares as a share of your followers (or reach or impressions).',
      },
      da: {
        name: 'Gennemsnitlig engagementsrate',
        description: 'Likes, kommentarer og delinger som andel af jeres følgere (eller rækkevidde eller visninger).',
      },
      nl: {
        name: 'Gemiddeld engagementpercentage',
        description: 'Likes, reacties en delingen als deel van uw volgers (of bereik of weergaven).',
      },
    },
  },
  {
    id: 'amplification_rate',
    functionName: 'AMPLIFICATION_RATE',
    family: 'engagement',
    inputs: [input('shares', 'B'), input('total_followers', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'shares ÷ total followers',
    nativeFormula: '{shares}/{total_followers}',
    text: {
      en: {
        name: 'Amplification rate',
        description: 'How often your followers share your posts with their own followers.',
      },
      da: {
        name: 'Forstærkningsrate',
        description: 'Hvor ofte jeres følgere deler jeres opslag med deres egne følgere.',
      },
      nl: {
        name: 'Amplificatiepercentage',
        description: 'Hoe vaak uw volgers uw berichten met hun eigen volgers delen.',
      },
    },
  },
  // Conversion
  {
    id: 'conversion_rate',
    functionName: 'CONVERSION_RATE',
    family: 'conversion',
    inputs: [input('conversions', 'B'), input('clicks', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'conversions ÷ clicks',
    nativeFormula: '{conversions}/{clicks}',
    text: {
      en: {
        name: 'Conversion rate',
        description: 'Visitors from social media who did what the call to action asked, per click.',
      },
      da: {
        name: 'Konverteringsrate',
        description: 'Besøgende fra sociale medier, der gjorde det, opfordringen bad om, pr. klik.',
      },
      nl: {
        name: 'Conversiepercentage',
        description: 'Bezoekers vanuit sociale media die deden wat de call-to-action vroeg, per klik.',
      },
    },
  },
  {
    id: 'ctr',
    functionName: 'CTR',
    family: 'conversion',
    inputs: [input('clicks', 'B'), input('impressions', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'clicks ÷ impressions',
    nativeFormula: '{clicks}/{impressions}',
    text: {
      en: { name: 'Click-through rate (CTR)', description: 'How often people who see a post or ad click its link.' },
      da: {
        name: 'Klikrate (CTR)',
        description: 'Hvor ofte de, der ser et opslag eller en annonce, klikker på linket.',
      },
      nl: {
        name: 'Doorklikratio (CTR)',
        description: 'Hoe vaak mensen die een bericht of advertentie zien op de link klikken.',
      },
    },
  },
  {
    id: 'bounce_rate',
    functionName: 'BOUNCE_RATE',
    family: 'conversion',
    inputs: [input('bounces', 'B'), input('sessions', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'lower',
    formula: 'visits from social that left without acting ÷ visits from social',
    nativeFormula: '{bounces}/{sessions}',
    text: {
      en: {
        name: 'Bounce rate',
        description: 'Visitors from social media who left your site without acting. Lower is better.',
      },
      da: {
        name: 'Afvisningsprocent',
        description: 'Besøgende fra sociale medier, der forlod siden uden at gøre noget. Lavere er bedre.',
      },
      nl: {
        name: 'Bouncepercentage',
        description: 'Bezoekers vanuit sociale media die uw site verlieten zonder iets te doen. Lager is beter.',
      },
    },
  },
  {
    id: 'cpc',
    functionName: 'CPC',
    family: 'conversion',
    inputs: [input('ad_spend', 'B'), input('clicks', 'C', { nonZero: true })],
    unit: 'currency',
    better: 'lower',
    formula: 'ad spend ÷ clicks',
    nativeFormula: '{ad_spend}/{clicks}',
    text: {
      en: { name: 'Cost per click (CPC)', description: 'What each click on a paid post costs. Lower is better.' },
      da: { name: 'Pris pr. klik (CPC)', description: 'Hvad hvert klik på en betalt annonce koster. Lavere er bedre.' },
      nl: { name: 'Kosten per klik (CPC)', description: 'Wat elke klik op een betaald bericht kost. Lager is beter.' },
    },
  },
  {
    id: 'cpm',
    functionName: 'CPM',
    family: 'conversion',
    inputs: [input('ad_spend', 'B'), input('impressions', 'C', { nonZero: true })],
    unit: 'currency',
    better: 'lower',
    formula: 'ad spend ÷ impressions × 1000',
    nativeFormula: '{ad_spend}/{impressions}*1000',
    text: {
      en: { name: 'Cost per mille (CPM)', description: 'What 1,000 impressions of a paid post cost. Lower is better.' },
      da: {
        name: 'Pris pr. 1.000 visninger (CPM)',
        description: 'Hvad 1.000 visninger af en betalt annonce koster. Lavere er bedre.',
      },
      nl: {
        name: 'Kosten per 1000 weergaven (CPM)',
        description: 'Wat 1000 weergaven van een betaald bericht kosten. Lager is beter.',
      },
    },
  },
  // ROI
  {
    id: 'roi',
    functionName: 'ROI',
    family: 'roi',
    inputs: [input('gain', 'B'), input('cost', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: '(return − cost) ÷ cost',
    nativeFormula: '({gain}-{cost})/{cost}',
    text: {
      en: {
        name: 'Return on investment (ROI)',
        description: 'What social media returned for each unit of money spent on it.',
      },
      da: {
        name: 'Investeringsafkast (ROI)',
        description: 'Hvad sociale medier gav igen for hver krone, der blev brugt på dem.',
      },
      nl: {
        name: 'Rendement op investering (ROI)',
        description: 'Wat sociale media opleverden per euro die eraan werd besteed.',
      },
    },
  },
  {
    id: 'lead_conversion_rate',
    functionName: 'LEAD_CONVERSION_RATE',
    family: 'roi',
    inputs: [input('customers', 'B'), input('leads', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'leads that became customers ÷ leads',
    nativeFormula: '{customers}/{leads}',
    text: {
      en: {
        name: 'Lead conversion rate',
        description: 'Leads from social media that became customers. The ROI KPI when the sale needs a sales team.',
      },
      da: {
        name: 'Konvertering af leads',
        description: 'Leads fra sociale medier, der blev til kunder. ROI-målet, når salget kræver en salgsafdeling.',
      },
      nl: {
        name: 'Leadconversiepercentage',
        description:
          'Leads vanuit sociale media die klant werden. De ROI-KPI als de verkoop een verkoopteam nodig heeft.',
      },
    },
  },
  {
    id: 'support_cost_per_customer',
    functionName: 'SUPPORT_COST_PER_CUSTOMER',
    family: 'roi',
    inputs: [input('support_cost', 'B'), input('customers', 'C', { nonZero: true })],
    unit: 'currency',
    better: 'lower',
    formula: 'support cost ÷ customers served',
    nativeFormula: '{support_cost}/{customers}',
    text: {
      en: {
        name: 'Support cost per customer',
        description: 'What customer service on social media costs per customer served. Lower is better.',
      },
      da: {
        name: 'Kundeserviceomkostning pr. kunde',
        description: 'Hvad kundeservice på sociale medier koster pr. betjent kunde. Lavere er bedre.',
      },
      nl: {
        name: 'Klantenservicekosten per klant',
        description: 'Wat klantenservice via sociale media kost per geholpen klant. Lager is beter.',
      },
    },
  },
  {
    id: 'customer_lifetime_value',
    functionName: 'CUSTOMER_LIFETIME_VALUE',
    family: 'roi',
    inputs: [
      input('avg_order_value', 'B'),
      input('orders_per_year', 'C'),
      input('years', 'D'),
      input('gross_margin', 'E', { defaultValue: 1, example: '40%' }),
    ],
    unit: 'currency',
    better: 'higher',
    formula: 'average order value × orders per year × years as customer (× gross margin)',
    nativeFormula: '{avg_order_value}*{orders_per_year}*{years}*{gross_margin}',
    text: {
      en: { name: 'Customer lifetime value', description: 'What a customer is worth over the whole relationship.' },
      da: { name: 'Kundelevetidsværdi', description: 'Hvad en kunde er værd gennem hele kundeforholdet.' },
      nl: { name: 'Klantwaarde (CLV)', description: 'Wat een klant waard is over de hele klantrelatie.' },
    },
  },
  // Satisfaction and loyalty
  {
    id: 'csat',
    functionName: 'CSAT',
    family: 'satisfaction',
    inputs: [input('scores', 'B', { shape: 'list' }), input('satisfied_from', 'C', { defaultValue: 4, example: '4' })],
    unit: 'fraction',
    better: 'higher',
    formula: 'satisfied answers (4 or 5 on a 1–5 scale) ÷ all answers',
    // COUNTIFS, not COUNT, so the data sheets can add criteria ({where}); ">=0" plus "<0" counts the numbers.
    nativeFormula:
      'COUNTIFS({scores},">="&{satisfied_from}{where})/(COUNTIFS({scores},">=0"{where})+COUNTIFS({scores},"<0"{where}))',
    // A text among the answers: non-blank cells that are not numbers. (The wildcard "*" would be
    // shorter, but LibreOffice matches numbers with it too.)
    nativeCheck: 'COUNTIFS({scores},"<>"{where})-COUNTIFS({scores},">=0"{where})-COUNTIFS({scores},"<0"{where})',
    text: {
      en: {
        name: 'Customer satisfaction (CSAT)',
        description: 'Share of survey answers at or above "satisfied" (4 or 5 on a 1–5 scale).',
      },
      da: {
        name: 'Kundetilfredshed (CSAT)',
        description: 'Andel af svar, der er "tilfreds" eller bedre (4 eller 5 på en skala fra 1 til 5).',
      },
      nl: {
        name: 'Klanttevredenheid (CSAT)',
        description: 'Deel van de antwoorden dat "tevreden" of beter is (4 of 5 op een schaal van 1 tot 5).',
      },
    },
  },
  {
    id: 'nps',
    functionName: 'NPS',
    family: 'satisfaction',
    inputs: [input('scores', 'B', { shape: 'list' })],
    unit: 'score',
    better: 'higher',
    formula: '% promoters (9–10) − % detractors (0–6), from −100 to 100',
    nativeFormula:
      '(COUNTIFS({scores},">=9"{where})-COUNTIFS({scores},"<=6"{where}))/(COUNTIFS({scores},">=0"{where})+COUNTIFS({scores},"<0"{where}))*100',
    // Answers outside 0–10 and texts: every non-blank cell that is not a number from 0 up, plus those above 10.
    nativeCheck: 'COUNTIFS({scores},"<>"{where})-COUNTIFS({scores},">=0"{where})+COUNTIFS({scores},">10"{where})',
    text: {
      en: {
        name: 'Net Promoter Score (NPS)',
        description: 'Promoters (9–10) minus detractors (0–6) among 0–10 answers, from −100 to 100.',
      },
      da: {
        name: 'Net Promoter Score (NPS)',
        description: 'Ambassadører (9–10) minus kritikere (0–6) blandt svar fra 0 til 10, fra −100 til 100.',
      },
      nl: {
        name: 'Net Promoter Score (NPS)',
        description: 'Promotors (9–10) min criticasters (0–6) onder antwoorden van 0 tot 10, van −100 tot 100.',
      },
    },
  },
  {
    id: 'response_time',
    functionName: 'RESPONSE_TIME',
    family: 'satisfaction',
    inputs: [input('received_at', 'B', { shape: 'list' }), input('replied_at', 'C', { shape: 'list' })],
    unit: 'hours',
    better: 'lower',
    formula: "average hours from a customer's message to our first reply",
    // The pairs where both date-times are filled in: their replies minus their arrivals, in hours.
    nativeFormula:
      '(SUMIFS({replied_at},{received_at},"<>",{replied_at},"<>"{where})-SUMIFS({received_at},{received_at},"<>",{replied_at},"<>"{where}))*24/COUNTIFS({received_at},"<>",{replied_at},"<>"{where})',
    // A reply before its message: compares two columns row by row, which criteria cannot.
    nativeCheck: 'SUMPRODUCT(({replied_at}<{received_at})*({received_at}<>"")*({replied_at}<>""))',
    text: {
      en: {
        name: 'Response time',
        description: "Average hours from a customer's message to your first reply. Lower is better.",
      },
      da: {
        name: 'Svartid',
        description: 'Gennemsnitligt antal timer fra en kundes besked til jeres første svar. Lavere er bedre.',
      },
      nl: {
        name: 'Reactietijd',
        description: 'Gemiddeld aantal uren van het bericht van een klant tot uw eerste antwoord. Lager is beter.',
      },
    },
  },
  {
    id: 'resolution_rate',
    functionName: 'RESOLUTION_RATE',
    family: 'satisfaction',
    inputs: [input('resolved', 'B'), input('raised', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: 'problems solved ÷ problems raised',
    nativeFormula: '{resolved}/{raised}',
    text: {
      en: { name: 'Problem resolution rate', description: 'Problems raised on social media that you solved.' },
      da: { name: 'Løsningsrate', description: 'Andel af de problemer, kunder rejste på sociale medier, som I løste.' },
      nl: {
        name: 'Oplossingspercentage',
        description: 'Deel van de via sociale media gemelde problemen dat u hebt opgelost.',
      },
    },
  },
  // Tracking
  {
    id: 'growth_rate',
    functionName: 'GROWTH_RATE',
    family: 'tracking',
    inputs: [input('current', 'B'), input('previous', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    formula: '(this period − last period) ÷ |last period|',
    nativeFormula: '({current}-{previous})/ABS({previous})',
    text: {
      en: { name: 'Period-over-period change', description: 'How much a number changed since the last period.' },
      da: {
        name: 'Ændring fra forrige periode',
        description: 'Hvor meget et tal har ændret sig siden sidste periode.',
      },
      nl: {
        name: 'Verandering t.o.v. vorige periode',
        description: 'Hoeveel een getal is veranderd sinds de vorige periode.',
      },
    },
  },
  {
    id: 'kpi_progress',
    functionName: 'KPI_PROGRESS',
    family: 'tracking',
    inputs: [input('actual', 'B'), input('baseline', 'C'), input('target', 'D')],
    unit: 'fraction',
    better: 'higher',
    formula: '(actual − baseline) ÷ (target − baseline); works when lower is better',
    nativeFormula: '({actual}-{baseline})/({target}-{baseline})',
    text: {
      en: {
        name: 'Progress to target',
        description: 'How far from baseline to target you are: 0 % at the baseline, 100 % at the target.',
      },
      da: {
        name: 'Fremskridt mod målet',
        description: 'Hvor langt I er fra udgangspunkt til mål: 0 % ved udgangspunktet, 100 % ved målet.',
      },
      nl: {
        name: 'Voortgang naar doel',
        description: 'Hoe ver u bent van nulmeting tot doel: 0 % bij de nulmeting, 100 % bij het doel.',
      },
    },
  },
  {
    id: 'kpi_status',
    functionName: 'KPI_STATUS',
    family: 'tracking',
    inputs: [
      input('actual', 'B', { blankAllowed: true }),
      input('baseline', 'C'),
      input('target', 'D'),
      input('start_date', 'E'),
      input('deadline', 'F'),
      input('as_of', 'G', { example: '$H$1' }),
    ],
    unit: 'status',
    better: 'higher',
    formula: 'progress compared with the share of time elapsed between start and deadline',
    // Mirrors kpiStatus() in src/functions/tracking.ts; {p} and {e} are expanded by nativeFormula (src/catalog/nativeFormula.ts).
    nativeFormula:
      'IF({actual}="","Not started",IF({p}>=1,"Achieved",IF({as_of}<{start_date},"Not started",IF({as_of}>{deadline},"Off track",IF({p}>={e},"On track",IF({p}>={e}-0.15,"Behind","Off track"))))))',
    nativeCheck: '({target}={baseline})+({deadline}<={start_date})',
    text: {
      en: {
        name: 'KPI status',
        description: 'Achieved, On track, Behind, Off track or Not started, judged against the time elapsed.',
      },
      da: {
        name: 'KPI-status',
        description:
          'Nået, På rette spor, Bagud, Ude af kurs eller Ikke startet, vurderet ud fra den tid, der er gået.',
      },
      nl: {
        name: 'KPI-status',
        description: 'Behaald, Op schema, Achter, Uit koers of Niet gestart, beoordeeld naar de verstreken tijd.',
      },
    },
  },
  {
    id: 'social_kpis',
    functionName: 'SOCIAL_KPIS',
    family: 'tracking',
    inputs: [],
    unit: 'table',
    better: 'higher',
    formula: 'a table of every Social KPI Kit function, its formula and unit',
    nativeFormula: null,
    text: {
      en: {
        name: 'Social KPI functions',
        description: 'Lists every Social KPI Kit function with its formula and unit.',
      },
      da: { name: 'Social KPI-funktioner', description: 'Viser alle Social KPI Kit-funktioner med formel og enhed.' },
      nl: { name: 'Social KPI-functies', description: 'Toont alle Social KPI Kit-functies met formule en eenheid.' },
    },
  },
];

/** A plain metric: a number read from the channel's analytics, tracked as it is. */
function metric(
  id: string,
  family: KpiFamily,
  inputName: InputName,
  unit: KpiUnit,
  text: Record<Language, LocalizedText>,
): KpiDefinition {
  return {
    id,
    functionName: null,
    family,
    inputs: [input(inputName, 'B')],
    unit,
    better: 'higher',
    formula: 'the number itself, per period',
    nativeFormula: `{${inputName}}`,
    text,
  };
}

/** Metrics the articles track as plain numbers. Whether one is vanity depends on the business goal. */
export const METRICS: readonly KpiDefinition[] = [
  metric('follower_count', 'reach', 'total_followers', 'count', {
    en: {
      name: 'Follower count',
      description: 'Followers at the end of the period. A real KPI for awareness, vanity for sales.',
    },
    da: {
      name: 'Antal følgere',
      description: 'Følgere ved periodens slutning. Et reelt mål for kendskab, forfængeligt for salg.',
    },
    nl: {
      name: 'Aantal volgers',
      description: 'Volgers aan het einde van de periode. Een echte KPI voor naamsbekendheid, ijdel voor verkoop.',
    },
  }),
  metric('impressions', 'reach', 'impressions', 'count', {
    en: { name: 'Impressions', description: 'How often your content was shown.' },
    da: { name: 'Visninger', description: 'Hvor ofte jeres indhold blev vist.' },
    nl: { name: 'Weergaven', description: 'Hoe vaak uw content werd getoond.' },
  }),
  metric('mentions', 'reach', 'mentions', 'count', {
    en: { name: 'Mentions', description: 'How often people mention your brand.' },
    da: { name: 'Omtaler', description: 'Hvor ofte folk omtaler jeres brand.' },
    nl: { name: 'Vermeldingen', description: 'Hoe vaak mensen uw merk vermelden.' },
  }),
  metric('shares', 'reach', 'shares', 'count', {
    en: { name: 'Shares', description: 'How often your posts were shared.' },
    da: { name: 'Delinger', description: 'Hvor ofte jeres opslag blev delt.' },
    nl: { name: 'Keren gedeeld', description: 'Hoe vaak uw berichten werden gedeeld.' },
  }),
  metric('likes', 'engagement', 'likes', 'count', {
    en: { name: 'Likes', description: 'Likes and reactions on your posts.' },
    da: { name: 'Likes', description: 'Likes og reaktioner på jeres opslag.' },
    nl: { name: 'Likes', description: 'Likes en reacties op uw berichten.' },
  }),
  metric('comments', 'engagement', 'comments', 'count', {
    en: { name: 'Comments', description: 'Comments on your posts.' },
    da: { name: 'Kommentarer', description: 'Kommentarer på jeres opslag.' },
    nl: { name: 'Reacties', description: 'Reacties op uw berichten.' },
  }),
  metric('inbound_clicks', 'engagement', 'inbound_clicks', 'count', {
    en: { name: 'Clicks to the website', description: 'Visits to your website from social media.' },
    da: { name: 'Klik til hjemmesiden', description: 'Besøg på jeres hjemmeside fra sociale medier.' },
    nl: { name: 'Klikken naar de website', description: 'Bezoeken aan uw website vanuit sociale media.' },
  }),
  metric('revenue', 'roi', 'revenue', 'currency', {
    en: {
      name: 'Revenue from social',
      description: 'Sales that came from social media. Only where customers can buy there.',
    },
    da: {
      name: 'Omsætning fra sociale medier',
      description: 'Salg, der kom fra sociale medier. Kun hvor kunderne kan købe der.',
    },
    nl: {
      name: 'Omzet uit sociale media',
      description: 'Verkopen die uit sociale media kwamen. Alleen waar klanten daar kunnen kopen.',
    },
  }),
  metric('reviews', 'satisfaction', 'reviews', 'count', {
    en: { name: 'Reviews and testimonials', description: 'New reviews and testimonials from customers.' },
    da: { name: 'Anmeldelser og udtalelser', description: 'Nye anmeldelser og udtalelser fra kunder.' },
    nl: { name: 'Reviews en getuigenissen', description: 'Nieuwe reviews en getuigenissen van klanten.' },
  }),
  metric('review_rating', 'satisfaction', 'review_rating', 'score', {
    en: { name: 'Average review rating', description: 'The average star rating of your reviews.' },
    da: { name: 'Gennemsnitlig anmeldelse', description: 'Den gennemsnitlige stjernevurdering af jeres anmeldelser.' },
    nl: { name: 'Gemiddelde reviewscore', description: 'De gemiddelde sterrenbeoordeling van uw reviews.' },
  }),
];

/** Every catalog entry that is a custom sheet function, in catalog order. */
export const SHEET_FUNCTIONS: readonly SheetFunctionDefinition[] = KPI_CATALOG.filter(
  (kpi): kpi is SheetFunctionDefinition => kpi.functionName !== null,
);

/** Everything the wizard can offer as a KPI: the sheet-function KPIs (not the tracking helpers) and the plain metrics. */
export const TRACKABLE_KPIS: readonly KpiDefinition[] = [
  ...KPI_CATALOG.filter((kpi) => kpi.family !== 'tracking'),
  ...METRICS,
];

/** Looks a KPI up by id or sheet-function name. */
export function findKpi(idOrFunctionName: string): KpiDefinition | undefined {
  const key = idOrFunctionName.toLowerCase();
  return [...KPI_CATALOG, ...METRICS].find((kpi) => kpi.id === key || kpi.functionName?.toLowerCase() === key);
}
