import { input } from '../inputs.ts';
import type { SheetFunctionDefinition } from '../types.ts';

/** Conversion: whether posts and ads move people to act, and what that costs. Each definition is complete: see KpiDefinition; its spec is conversion.spec.ts. */
export const CONVERSION: readonly SheetFunctionDefinition[] = [
  {
    id: 'conversion_rate',
    functionName: 'CONVERSION_RATE',
    family: 'conversion',
    inputs: [input('conversions', 'B'), input('clicks', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: false,
    formula: 'conversions ÷ clicks',
    nativeFormula: '{conversions}/{clicks}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        sales: {
          rank: 2,
          why: {
            en: 'The share of clicks that lead to the action you asked for (a purchase): shows whether posts sell, not only whether they get attention.',
            da: 'Den andel af klikkene, der fører til den handling, I bad om (et køb): viser, om opslagene sælger – ikke kun om de får opmærksomhed.',
            nl: 'Het deel van de klikken dat tot de gevraagde actie leidt (een aankoop): laat zien of berichten verkopen, niet alleen of ze aandacht krijgen.',
          },
        },
        leads: {
          rank: 2,
          why: {
            en: 'The share of clicks that become leads (a form sent, a meeting booked): shows whether posts bring the sales team contacts, not just visits.',
            da: 'Den andel af klikkene, der bliver til leads (en udfyldt formular, et booket møde): viser, om opslagene giver salgsafdelingen kontakter, ikke kun besøg.',
            nl: 'Het deel van de klikken dat een lead wordt (een ingevuld formulier, een geboekte afspraak): laat zien of berichten het verkoopteam contacten opleveren, niet alleen bezoeken.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'webAnalytics',
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'clicks ÷ impressions',
    nativeFormula: '{clicks}/{impressions}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        sales: {
          rank: 3,
          why: {
            en: 'The share of people who saw a post and clicked: the first step towards a sale, and it tells which posts move people to act.',
            da: 'Den andel af dem, der så et opslag, som klikkede: første skridt mod et salg, og det viser, hvilke opslag der får folk til at handle.',
            nl: 'Het deel van wie een bericht zag dat doorklikte: de eerste stap naar een verkoop, en het laat zien welke berichten mensen in actie brengen.',
          },
        },
        leads: {
          rank: 3,
          why: {
            en: 'The share of people who saw a post and clicked: how well posts make people curious to learn more, the first step to a lead.',
            da: 'Den andel af dem, der så et opslag, som klikkede: hvor godt opslagene gør folk nysgerrige efter at vide mere – første skridt mod et lead.',
            nl: 'Het deel van wie een bericht zag dat doorklikte: hoe goed berichten nieuwsgierig maken naar meer, de eerste stap naar een lead.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'visits from social that left without acting ÷ visits from social',
    nativeFormula: '{bounces}/{sessions}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        sales: {
          rank: 6,
          why: {
            en: 'Visitors from social media who leave without acting: a high rate means the post promises something the page does not deliver. Lower is better.',
            da: 'Besøgende fra sociale medier, der går igen uden at handle: en høj procent betyder, at opslaget lover noget, siden ikke holder. Lavere er bedre.',
            nl: 'Bezoekers uit sociale media die vertrekken zonder iets te doen: een hoog percentage betekent dat het bericht iets belooft wat de pagina niet waarmaakt. Lager is beter.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'webAnalytics',
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'ad spend ÷ clicks',
    nativeFormula: '{ad_spend}/{clicks}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        sales: {
          rank: 4,
          why: {
            en: 'What each click from your ads costs: shows whether paid posts buy traffic at a price the sales can earn back.',
            da: 'Hvad hvert klik fra jeres annoncer koster: viser, om betalte opslag køber trafik til en pris, salget kan tjene hjem.',
            nl: 'Wat elke klik op uw advertenties kost: laat zien of betaalde berichten verkeer kopen tegen een prijs die de verkoop terugverdient.',
          },
        },
        leads: {
          rank: 4,
          why: {
            en: 'What each ad click costs: read beside the lead conversion rate, it tells you what a lead costs.',
            da: 'Hvad hvert annonceklik koster: læst sammen med konverteringen af leads fortæller det, hvad et lead koster jer.',
            nl: 'Wat elke advertentieklik kost: naast de leadconversie gelezen weet u wat een lead u kost.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'paidAds',
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'ad spend ÷ impressions × 1000',
    nativeFormula: '{ad_spend}/{impressions}*1000',
    arithmetic: { row: (v) => (v[0] / v[1]) * 1000 },
    goals: {
      serves: {
        sales: {
          rank: 5,
          why: {
            en: 'What 1,000 ad impressions cost: compare channels and campaigns on price before you compare what they sell.',
            da: 'Hvad 1.000 visninger af en annonce koster: sammenlign kanaler og kampagner på pris, før I sammenligner, hvad de sælger.',
            nl: 'Wat 1000 advertentieweergaven kosten: vergelijk kanalen en campagnes op prijs voordat u vergelijkt wat ze verkopen.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'paidAds',
      insteadWhenNo: null,
    },
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
];
