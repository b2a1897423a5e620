import { input, type InputName } from '../inputs.ts';
import type { GoalFit, KpiDefinition, KpiFamily, KpiUnit, Language, LocalizedText } from '../types.ts';

/** A plain metric: a number read from the channel's analytics, tracked as it is. */
function metric(
  id: string,
  family: Exclude<KpiFamily, 'tracking'>,
  inputName: InputName,
  unit: KpiUnit,
  goals: GoalFit,
  text: Record<Language, LocalizedText>,
): KpiDefinition {
  return {
    id,
    functionName: null,
    arithmetic: null,
    family,
    inputs: [input(inputName, 'B')],
    unit,
    better: 'higher',
    canExceed100Percent: false,
    formula: 'the number itself, per period',
    nativeFormula: `{${inputName}}`,
    goals,
    text,
  };
}

/** Metrics the articles track as plain numbers. Whether one is vanity depends on the business goal. */
export const METRICS: readonly KpiDefinition[] = [
  metric(
    'follower_count',
    'reach',
    'total_followers',
    'count',
    {
      serves: {
        awareness: {
          rank: 1,
          why: {
            en: 'Counts the people who chose to follow you. For awareness a real KPI, not vanity, and it counts people where impressions only count views.',
            da: 'Tæller dem, der har valgt at følge jer. Ved kendskab er det et reelt mål, ikke et forfængeligt, og det tæller personer, hvor visninger kun tæller visninger.',
            nl: 'Telt de mensen die ervoor kozen u te volgen. Voor naamsbekendheid een echte KPI en geen ijdele, en het telt mensen, waar impressies alleen weergaven tellen.',
          },
        },
      },
      vanityFor: ['community', 'sales', 'leads', 'service'],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
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
    },
  ),
  metric(
    'impressions',
    'reach',
    'impressions',
    'count',
    {
      serves: {
        awareness: {
          rank: 2,
          why: {
            en: 'How often your content was shown: the widest measure of visibility. It counts views, not people, so read it beside reach and followers.',
            da: 'Hvor mange gange jeres indhold er blevet vist: det bredeste mål for synlighed. Det tæller visninger, ikke personer, så læs det sammen med rækkevidde og følgere.',
            nl: 'Hoe vaak uw content is getoond: de breedste maat voor zichtbaarheid. Het telt weergaven, geen mensen, dus lees het naast bereik en volgers.',
          },
        },
      },
      vanityFor: ['sales', 'service'],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Impressions', description: 'How often your content was shown.' },
      da: { name: 'Visninger', description: 'Hvor ofte jeres indhold blev vist.' },
      nl: { name: 'Weergaven', description: 'Hoe vaak uw content werd getoond.' },
    },
  ),
  metric(
    'mentions',
    'reach',
    'mentions',
    'count',
    {
      serves: {
        awareness: {
          rank: 6,
          why: {
            en: 'How often people name the brand of their own accord: awareness that others create, which says more than your own posts.',
            da: 'Hvor tit folk af sig selv nævner brandet: kendskab, som andre skaber, og som siger mere end jeres egne opslag.',
            nl: 'Hoe vaak mensen uit zichzelf het merk noemen: bekendheid die anderen maken, en die zegt meer dan uw eigen berichten.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Mentions', description: 'How often people mention your brand.' },
      da: { name: 'Omtaler', description: 'Hvor ofte folk omtaler jeres brand.' },
      nl: { name: 'Vermeldingen', description: 'Hoe vaak mensen uw merk vermelden.' },
    },
  ),
  metric(
    'shares',
    'reach',
    'shares',
    'count',
    {
      serves: {
        awareness: {
          rank: 7,
          why: {
            en: 'Each share shows the brand to someone else’s followers: reach you did not pay for, and the clearest sign of content worth passing on.',
            da: 'Hver deling viser brandet for en andens følgere: rækkevidde, I ikke har betalt for, og det tydeligste tegn på indhold, der er værd at sende videre.',
            nl: 'Elke keer delen brengt het merk bij de volgers van een ander: bereik waar u niet voor betaalt, en het duidelijkste teken van content die het doorgeven waard is.',
          },
        },
        community: {
          rank: 4,
          why: {
            en: 'Followers who share your post put their own name to it: the strongest sign that people want to be linked with the brand.',
            da: 'Når følgere deler jeres opslag, sætter de deres eget navn på: det stærkeste tegn på, at folk gerne vil forbindes med brandet.',
            nl: 'Wie uw bericht deelt, zet er zijn eigen naam onder: het sterkste teken dat mensen met het merk geassocieerd willen worden.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Shares', description: 'How often your posts were shared.' },
      da: { name: 'Delinger', description: 'Hvor ofte jeres opslag blev delt.' },
      nl: { name: 'Keren gedeeld', description: 'Hoe vaak uw berichten werden gedeeld.' },
    },
  ),
  metric(
    'likes',
    'engagement',
    'likes',
    'count',
    {
      serves: {
        community: {
          rank: 2,
          why: {
            en: 'The quickest sign that a post pleased people. Likes come easily, so read them beside comments and shares; for a sales goal they would be vanity.',
            da: 'Det hurtigste tegn på, at et opslag faldt i god jord. Likes er lette at få, så læs dem sammen med kommentarer og delinger; ved et salgsmål ville de være forfængelige.',
            nl: 'Het snelste teken dat een bericht in de smaak viel. Likes krijgt u makkelijk, dus lees ze naast reacties en shares; bij een verkoopdoel zouden ze ijdel zijn.',
          },
        },
      },
      vanityFor: ['sales'],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Likes', description: 'Likes and reactions on your posts.' },
      da: { name: 'Likes', description: 'Likes og reaktioner på jeres opslag.' },
      nl: { name: 'Likes', description: 'Likes en reacties op uw berichten.' },
    },
  ),
  metric(
    'comments',
    'engagement',
    'comments',
    'count',
    {
      serves: {
        community: {
          rank: 3,
          why: {
            en: 'People who take the time to answer you: a deeper interaction than a like. Read what they say too, as a comment can be negative.',
            da: 'Folk, der tager sig tid til at svare jer: en dybere interaktion end et like. Læs også, hvad de skriver – en kommentar kan være negativ.',
            nl: 'Mensen die de moeite nemen u te antwoorden: meer betrokkenheid dan een like. Lees ook wat ze schrijven, want een reactie kan negatief zijn.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Comments', description: 'Comments on your posts.' },
      da: { name: 'Kommentarer', description: 'Kommentarer på jeres opslag.' },
      nl: { name: 'Reacties', description: 'Reacties op uw berichten.' },
    },
  ),
  metric(
    'inbound_clicks',
    'engagement',
    'inbound_clicks',
    'count',
    {
      serves: {
        community: {
          rank: 8,
          why: {
            en: 'Followers who click through to your website: interest that goes beyond a like, and the bridge from community to customers.',
            da: 'Følgere, der klikker videre til jeres hjemmeside: interesse, der rækker ud over et like, og broen fra fællesskab til kunder.',
            nl: 'Volgers die doorklikken naar uw website: interesse die verder gaat dan een like, en de brug van community naar klanten.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Clicks to the website', description: 'Visits to your website from social media.' },
      da: { name: 'Klik til hjemmesiden', description: 'Besøg på jeres hjemmeside fra sociale medier.' },
      nl: { name: 'Klikken naar de website', description: 'Bezoeken aan uw website vanuit sociale media.' },
    },
  ),
  metric(
    'revenue',
    'roi',
    'revenue',
    'currency',
    {
      serves: {
        sales: {
          rank: 1,
          why: {
            en: 'The money social media brings in: the goal itself, measured directly, instead of followers or likes that only look good.',
            da: 'De penge, sociale medier bringer ind: selve målet, målt direkte, i stedet for følgere eller likes, der kun ser godt ud.',
            nl: 'Het geld dat sociale media opleveren: het doel zelf, direct gemeten, in plaats van volgers of likes die alleen goed staan.',
          },
        },
      },
      vanityFor: ['leads'],
      ruledOutBy: 'sellsOnSocial',
      insteadWhenNo: null,
    },
    {
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
    },
  ),
  metric(
    'reviews',
    'satisfaction',
    'reviews',
    'count',
    {
      serves: {
        community: {
          rank: 5,
          why: {
            en: 'Customers describing the brand in their own words: engagement that also shows others what it is like to be part of it.',
            da: 'Kunder, der med egne ord fortæller om brandet: engagement, der også viser andre, hvordan det er at være en del af fællesskabet.',
            nl: 'Klanten die in hun eigen woorden over het merk vertellen: betrokkenheid die anderen ook laat zien hoe het is om erbij te horen.',
          },
        },
        service: {
          rank: 3,
          why: {
            en: 'Reviews show in public what customers think of your service: direct feedback that new customers read too.',
            da: 'Anmeldelser viser offentligt, hvad kunderne synes om jeres service: direkte feedback, som nye kunder også læser.',
            nl: 'Reviews laten publiekelijk zien hoe klanten uw service beoordelen: directe feedback die nieuwe klanten ook lezen.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Reviews and testimonials', description: 'New reviews and testimonials from customers.' },
      da: { name: 'Anmeldelser og udtalelser', description: 'Nye anmeldelser og udtalelser fra kunder.' },
      nl: { name: 'Reviews en getuigenissen', description: 'Nieuwe reviews en getuigenissen van klanten.' },
    },
  ),
  metric(
    'review_rating',
    'satisfaction',
    'review_rating',
    'score',
    {
      serves: {
        service: {
          rank: 4,
          why: {
            en: 'The average star rating: one number for how satisfied customers are, to follow over time, where the number of reviews only says how many.',
            da: 'Den gennemsnitlige stjernebedømmelse: ét tal for, hvor tilfredse kunderne er, som kan følges over tid – antallet af anmeldelser siger kun hvor mange.',
            nl: 'De gemiddelde sterrenbeoordeling: één cijfer voor hoe tevreden klanten zijn, te volgen in de tijd, waar het aantal reviews alleen zegt hoeveel.',
          },
        },
      },
      vanityFor: [],
      ruledOutBy: null,
      insteadWhenNo: null,
    },
    {
      en: { name: 'Average review rating', description: 'The average star rating of your reviews.' },
      da: {
        name: 'Gennemsnitlig anmeldelse',
        description: 'Den gennemsnitlige stjernevurdering af jeres anmeldelser.',
      },
      nl: { name: 'Gemiddelde reviewscore', description: 'De gemiddelde sterrenbeoordeling van uw reviews.' },
    },
  ),
];
