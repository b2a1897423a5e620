import { KpiInputError } from '../../functions/cellValues.ts';
import { SheetMessage, type ProblemKey } from '../../functions/messages.ts';
import { input } from '../inputs.ts';
import type { SheetFunctionDefinition } from '../types.ts';

/** Satisfaction and loyalty: whether customers get help, stay satisfied and recommend you. Each definition is complete: see KpiDefinition; its spec is satisfaction.spec.ts. */
function answers(list: number[]): number[] {
  return list.filter((value) => !Number.isNaN(value));
}

function noAnswers(name: string): never {
  throw new KpiInputError(SheetMessage.noAnswers(name));
}

/** An answer (index in the flattened range) that cannot be used: shown with its row, in the spreadsheet's language. */
function badAnswer(key: ProblemKey, input: string, index: number, found?: number): never {
  throw new KpiInputError('', { key, input, found, index });
}

export const SATISFACTION: readonly SheetFunctionDefinition[] = [
  {
    id: 'csat',
    functionName: 'CSAT',
    family: 'satisfaction',
    inputs: [input('scores', 'B', { shape: 'list' }), input('satisfied_from', 'C', { defaultValue: 4, example: '4' })],
    unit: 'fraction',
    better: 'higher',
    canExceed100Percent: false,
    formula: 'satisfied answers (4 or 5 on a 1–5 scale) ÷ all answers',
    // COUNTIFS, not COUNT, so the data sheets can add criteria ({where}); ">=0" plus "<0" counts the numbers.
    nativeFormula:
      'COUNTIFS({scores},">="&{satisfied_from}{where})/(COUNTIFS({scores},">=0"{where})+COUNTIFS({scores},"<0"{where}))',
    // A text among the answers: non-blank cells that are not numbers. (The wildcard "*" would be
    // shorter, but LibreOffice matches numbers with it too.)
    nativeCheck: 'COUNTIFS({scores},"<>"{where})-COUNTIFS({scores},">=0"{where})-COUNTIFS({scores},"<0"{where})',
    arithmetic: {
      list: ([scores], [satisfiedFrom]) => {
        const given = answers(scores);
        if (given.length === 0) noAnswers('scores');
        return given.filter((score) => score >= satisfiedFrom).length / given.length;
      },
    },
    goals: {
      serves: {
        service: {
          rank: 5,
          why: {
            en: 'The share of customers who call themselves satisfied (4 or 5 out of 5) in your polls: satisfaction asked directly, not guessed from likes.',
            da: 'Den andel af kunderne, der kalder sig tilfredse (4 eller 5 ud af 5) i jeres afstemninger: tilfredshed spurgt direkte, ikke gættet ud fra likes.',
            nl: 'Het deel van de klanten dat zich in uw peilingen tevreden noemt (4 of 5 van 5): tevredenheid direct gevraagd, niet afgeleid uit likes.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'surveys',
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: '% promoters (9–10) − % detractors (0–6), from −100 to 100',
    nativeFormula:
      '(COUNTIFS({scores},">=9"{where})-COUNTIFS({scores},"<=6"{where}))/(COUNTIFS({scores},">=0"{where})+COUNTIFS({scores},"<0"{where}))*100',
    // Answers outside 0–10 and texts: every non-blank cell that is not a number from 0 up, plus those above 10.
    nativeCheck: 'COUNTIFS({scores},"<>"{where})-COUNTIFS({scores},">=0"{where})+COUNTIFS({scores},">10"{where})',
    arithmetic: {
      list: ([scores]) => {
        let given = 0;
        let promoters = 0;
        let detractors = 0;
        for (let k = 0; k < scores.length; k++) {
          const score = scores[k];
          if (Number.isNaN(score)) continue;
          if (score < 0 || score > 10) badAnswer('npsScale', 'scores', k, score);
          given++;
          if (score >= 9) promoters++;
          else if (score <= 6) detractors++;
        }
        if (given === 0) noAnswers('scores');
        return ((promoters - detractors) / given) * 100;
      },
    },
    goals: {
      serves: {
        service: {
          rank: 6,
          why: {
            en: 'How many customers would recommend you, minus those who would not: measures loyalty, whether customers stay and bring others.',
            da: 'Hvor mange kunder der vil anbefale jer, minus dem der ikke vil: måler loyalitet – om kunderne bliver og tager andre med.',
            nl: 'Hoeveel klanten u zouden aanraden, min hoeveel niet: meet loyaliteit, of klanten blijven en anderen meebrengen.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'surveys',
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: "average hours from a customer's message to our first reply",
    // The pairs where both date-times are filled in: their replies minus their arrivals, in hours.
    nativeFormula:
      '(SUMIFS({replied_at},{received_at},"<>",{replied_at},"<>"{where})-SUMIFS({received_at},{received_at},"<>",{replied_at},"<>"{where}))*24/COUNTIFS({received_at},"<>",{replied_at},"<>"{where})',
    // A reply before its message: compares two columns row by row, which criteria cannot.
    nativeCheck: 'SUMPRODUCT(({replied_at}<{received_at})*({received_at}<>"")*({replied_at}<>""))',
    arithmetic: {
      list: ([received, replied]) => {
        let totalDays = 0;
        let pairs = 0;
        for (let k = 0; k < received.length; k++) {
          if (Number.isNaN(received[k]) || Number.isNaN(replied[k])) continue;
          const days = replied[k] - received[k];
          if (days < 0) badAnswer('replyFirst', '', k);
          totalDays += days;
          pairs++;
        }
        if (pairs === 0) throw new KpiInputError(SheetMessage.noPairs('received_at', 'replied_at'));
        return (totalDays / pairs) * 24;
      },
    },
    goals: {
      serves: {
        service: {
          rank: 1,
          why: {
            en: 'How long customers wait for your first reply: the service they notice first. Quick answers keep customers; lower is better.',
            da: 'Hvor længe kunderne venter på jeres første svar: den service, de mærker først. Hurtige svar fastholder kunder; lavere er bedre.',
            nl: 'Hoe lang klanten wachten op uw eerste antwoord: de service die ze als eerste merken. Snelle antwoorden houden klanten vast; lager is beter.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'serviceOnSocial',
      insteadWhenNo: null,
    },
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
    canExceed100Percent: false,
    formula: 'problems solved ÷ problems raised',
    nativeFormula: '{resolved}/{raised}',
    arithmetic: { row: (v) => v[0] / v[1] },
    goals: {
      serves: {
        service: {
          rank: 2,
          why: {
            en: 'The share of problems raised that you solved: shows whether customers got real help, which a quick reply alone does not.',
            da: 'Den andel af de henvendte problemer, I har løst: viser, om kunderne fik reel hjælp, hvad et hurtigt svar alene ikke gør.',
            nl: 'Het deel van de gemelde problemen dat u oploste: laat zien of klanten echt geholpen zijn, wat een snel antwoord alleen niet zegt.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: 'serviceOnSocial',
      insteadWhenNo: null,
    },
    text: {
      en: { name: 'Problem resolution rate', description: 'Problems raised on social media that you solved.' },
      da: { name: 'Løsningsrate', description: 'Andel af de problemer, kunder rejste på sociale medier, som I løste.' },
      nl: {
        name: 'Oplossingspercentage',
        description: 'Deel van de via sociale media gemelde problemen dat u hebt opgelost.',
      },
    },
  },
];
