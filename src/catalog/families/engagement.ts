import { input } from '../inputs.ts';
import type { SheetFunctionDefinition } from '../types.ts';

/** Engagement: how much people interact with what you post. Each definition is complete: see KpiDefinition; its spec is engagement.spec.ts. */
export const ENGAGEMENT: readonly SheetFunctionDefinition[] = [
  {
    id: 'applause_rate',
    functionName: 'APPLAUSE_RATE',
    family: 'engagement',
    inputs: [input('approvals', 'B'), input('total_followers', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: false,
    formula: 'approval actions (likes, saves, favourites) ÷ total followers',
    nativeFormula: '{approvals}/{total_followers}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        community: {
          rank: 6,
          why: {
            en: 'Approvals (likes, saves, favourites) per follower: only the positive reactions, so it shows support, which comments alone do not.',
            da: 'Tilkendegivelser (likes, gemte, favoritter) pr. følger: kun de positive reaktioner, så det viser opbakning, hvad kommentarer alene ikke gør.',
            nl: 'Goedkeuringen (likes, opslaan, favorieten) per volger: alleen de positieve reacties, dus het toont instemming, wat reacties alleen niet doen.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: '(likes + comments + shares/saves) ÷ total followers (or reach, or impressions)',
    nativeFormula: '{engagements}/{audience}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        community: {
          rank: 1,
          why: {
            en: 'Likes, comments and shares per follower: the best single measure of how much people interact, and fair across channels, which raw counts are not.',
            da: 'Likes, kommentarer og delinger pr. følger: det bedste samlede mål for, hvor meget folk interagerer, og det kan sammenlignes mellem kanaler, hvad rå antal ikke kan.',
            nl: 'Likes, reacties en shares per volger: de beste enkele maat voor hoeveel mensen reageren, en eerlijk te vergelijken tussen kanalen, wat losse aantallen niet zijn.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'shares ÷ total followers',
    nativeFormula: '{shares}/{total_followers}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        community: {
          rank: 7,
          why: {
            en: 'Shares per follower: how willing your community is to spread your content, comparable across channels, which the share count is not.',
            da: 'Delinger pr. følger: hvor gerne jeres fællesskab spreder jeres indhold, og det kan sammenlignes mellem kanaler, hvad antal delinger ikke kan.',
            nl: 'Shares per volger: hoe graag uw community uw content verspreidt, en eerlijk te vergelijken tussen kanalen, wat het aantal shares niet is.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
];
