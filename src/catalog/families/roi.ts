import { input } from '../inputs.ts';
import type { SheetFunctionDefinition } from '../types.ts';

/** Return on investment: what social media earns back for what it costs. Each definition is complete: see KpiDefinition; its spec is roi.spec.ts. */
export const ROI: readonly SheetFunctionDefinition[] = [
  {
    id: 'roi',
    functionName: 'ROI',
    family: 'roi',
    inputs: [input('gain', 'B'), input('cost', 'C', { nonZero: true })],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: true,
    formula: '(return − cost) ÷ cost',
    nativeFormula: '({gain}-{cost})/{cost}',
    arithmetic: { row: (v) => (v[0] - v[1]) / v[1] },
    goals: {
      serves: {
        sales: {
          rank: 7,
          why: {
            en: 'What social media earns back for what it costs: the number your manager asks about, and the final test of the sales goal.',
            da: 'Hvad sociale medier tjener hjem i forhold til, hvad de koster: tallet, ledelsen spørger efter, og den endelige prøve på salgsmålet.',
            nl: 'Wat sociale media terugverdienen tegenover wat ze kosten: het cijfer waar uw leidinggevende naar vraagt, en de eindtoets van het verkoopdoel.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'leads that became customers ÷ leads',
    nativeFormula: '{customers}/{leads}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        leads: {
          rank: 1,
          why: {
            en: 'The share of leads from social media that become customers: the right target when a sales team closes the sale, instead of revenue.',
            da: 'Den andel af leads fra sociale medier, der bliver kunder: det rigtige mål, når en salgsafdeling lukker salget, i stedet for omsætning.',
            nl: 'Het deel van de leads uit sociale media dat klant wordt: het juiste doel als een verkoopteam de verkoop sluit, in plaats van omzet.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: 'sellsOnSocial',
    },
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
    canExceed100Percent: false,
    formula: 'support cost ÷ customers served',
    nativeFormula: '{support_cost}/{customers}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        service: {
          rank: 7,
          why: {
            en: 'What helping one customer costs: shows whether service on social media is efficient as well as good; lower is better.',
            da: 'Hvad det koster at hjælpe én kunde: viser, om service på sociale medier er effektiv og ikke kun god; lavere er bedre.',
            nl: 'Wat het kost om één klant te helpen: laat zien of service via sociale media efficiënt is en niet alleen goed; lager is beter.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'serviceOnSocial',
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'average order value × orders per year × years as customer (× gross margin)',
    nativeFormula: '{avg_order_value}*{orders_per_year}*{years}*{gross_margin}',
    arithmetic: { row: (v) => v[0] * v[1] * v[2] * v[3] },
    goals: {
      serves: {
        sales: {
          rank: 8,
          why: {
            en: 'What a customer won through social media is worth over time: shows whether you win customers who stay, not only one-off buyers.',
            da: 'Hvad en kunde fra sociale medier er værd over tid: viser, om I vinder kunder, der bliver, og ikke kun engangskøbere.',
            nl: 'Wat een klant via sociale media over de jaren waard is: laat zien of u klanten wint die blijven, niet alleen eenmalige kopers.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    text: {
      en: { name: 'Customer lifetime value', description: 'What a customer is worth over the whole relationship.' },
      da: { name: 'Kundelevetidsværdi', description: 'Hvad en kunde er værd gennem hele kundeforholdet.' },
      nl: { name: 'Klantwaarde (CLV)', description: 'Wat een klant waard is over de hele klantrelatie.' },
    },
  },
];
