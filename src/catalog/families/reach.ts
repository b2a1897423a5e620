import { problem } from '../../functions/problem.ts';
import { input } from '../inputs.ts';
import type { SheetFunctionDefinition } from '../types.ts';

/** Reach: how many people your channels reach, your existing and potential audience. Each definition is complete: see KpiDefinition; its spec is reach.spec.ts. */
export const REACH: readonly SheetFunctionDefinition[] = [
  {
    id: 'audience_growth_rate',
    functionName: 'AUDIENCE_GROWTH_RATE',
    family: 'reach',
    inputs: [input('new_followers', 'B'), input('total_followers', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: false,
    formula: 'net new followers ÷ total followers',
    nativeFormula: '{new_followers}/{total_followers}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        awareness: {
          rank: 3,
          why: {
            en: 'Net new followers as a share of all followers: shows whether awareness grows, and compares big and small channels fairly, which the follower count cannot.',
            da: 'Nye følgere (netto) i forhold til alle følgere: viser, om kendskabet vokser, og kan sammenlignes mellem store og små kanaler, hvad antal følgere ikke kan.',
            nl: 'Netto nieuwe volgers ten opzichte van alle volgers: laat zien of de bekendheid groeit, en vergelijkt grote en kleine kanalen eerlijk, wat het aantal volgers niet kan.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'people reached by a post ÷ total followers',
    nativeFormula: '{reach}/{total_followers}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        awareness: {
          rank: 4,
          why: {
            en: 'The share of your followers a post actually reached: shows whether people see what you post, not just that they follow you.',
            da: 'Den andel af følgerne, et opslag faktisk nåede: viser, om folk ser det, I poster – ikke bare at de følger jer.',
            nl: 'Het deel van uw volgers dat een bericht echt bereikte: laat zien of mensen zien wat u plaatst, niet alleen dat ze u volgen.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
      input('total_followers', 'B', { as: 'followers', description: 'Your own followers' }),
      input('sharers_followers', 'C'),
      input('share_seen', 'D', { defaultValue: 0.03, example: '0.03' }),
    ],
    unit: 'count',
    better: 'higher',
    canExceed100Percent: false,
    formula: "followers + sharers' followers × share that sees a share (2–5 %, default 3 %)",
    nativeFormula: '{followers}+{sharers_followers}*{share_seen}',
    arithmetic: { row: (v) => v[0] + v[1] * v[2] },
    goals: {
      serves: {
        awareness: {
          rank: 5,
          why: {
            en: 'Your followers plus the audiences of those who share or mention you: how far the brand can travel beyond your own followers.',
            da: 'Jeres følgere plus publikummet hos dem, der deler eller nævner jer: hvor langt brandet kan nå ud over jeres egne følgere.',
            nl: 'Uw volgers plus het publiek van wie u deelt of noemt: hoe ver het merk kan reiken buiten uw eigen volgers.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: "brand mentions ÷ (brand mentions + competitors' mentions)",
    nativeFormula: '{brand_mentions}/({brand_mentions}+SUM({competitor_mentions}))',
    arithmetic: { row: (v) => (v[0] + v[1] === 0 ? problem('noMentions') : v[0] / (v[0] + v[1])) },
    goals: {
      serves: {
        awareness: {
          rank: 8,
          why: {
            en: 'Your mentions against your competitors’: shows whether you are known in your market, not only whether your own numbers grow.',
            da: 'Jeres omtaler målt mod konkurrenternes: viser, om I er kendt i jeres marked – ikke kun om jeres egne tal vokser.',
            nl: 'Uw vermeldingen tegenover die van uw concurrenten: laat zien of u bekend bent in uw markt, niet alleen of uw eigen cijfers groeien.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
  {
    id: 'virality_rate',
    functionName: 'VIRALITY_RATE',
    family: 'reach',
    inputs: [input('shares', 'B'), input('impressions', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: false,
    // Hootsuite's virality rate: shares of a post per time it was shown.
    formula: 'shares ÷ impressions',
    nativeFormula: '{shares}/{impressions}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        awareness: {
          rank: 9,
          why: {
            en: 'Shares per impression: how readily the people who see your content pass it on, so awareness spreads beyond the people you reach yourself.',
            da: 'Delinger pr. visning: hvor gerne de, der ser jeres indhold, sender det videre, så kendskabet spreder sig ud over dem, I selv når.',
            nl: 'Keren gedeeld per weergave: hoe graag mensen die uw content zien die doorgeven, zodat de bekendheid zich verspreidt voorbij wie u zelf bereikt.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    text: {
      en: {
        name: 'Virality rate',
        description: 'How often the people who see your content share it: shares per impression.',
      },
      da: {
        name: 'Viralitetsrate',
        description: 'Hvor ofte de, der ser jeres indhold, deler det: delinger pr. visning.',
      },
      nl: {
        name: 'Viraliteitspercentage',
        description: 'Hoe vaak mensen die uw content zien die delen: keren gedeeld per weergave.',
      },
    },
  },
];
