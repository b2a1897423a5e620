/** The reasons and warnings recommend() gives, in English, Danish and Dutch. */
import type { Language } from '../catalog/types.ts';
import type { BusinessGoalKind, CriticalQuestionId } from '../shared/wizardApi.ts';
import type { GoalKpiId } from './taxonomy.ts';

/**
 * Why a KPI is recommended for one kind of business goal: what it shows for that goal and why it
 * beats the alternatives (the articles' method: vanity depends on the goal; reach, engagement,
 * conversion and loyalty KPIs answer different questions). The same KPI reads differently per goal.
 */
export type KpiReasons = { [Kind in BusinessGoalKind]: Record<GoalKpiId<Kind>, string> };

export const KPI_REASONS: Record<Language, KpiReasons> = {
  en: {
    awareness: {
      follower_count:
        'Counts the people who chose to follow you. For awareness a real KPI, not vanity, and it counts people where impressions only count views.',
      impressions:
        'How often your content was shown: the widest measure of visibility. It counts views, not people, so read it beside reach and followers.',
      audience_growth_rate:
        'Net new followers as a share of all followers: shows whether awareness grows, and compares big and small channels fairly, which the follower count cannot.',
      post_reach_rate:
        'The share of your followers a post actually reached: shows whether people see what you post, not just that they follow you.',
      potential_reach:
        'Your followers plus the audiences of those who share or mention you: how far the brand can travel beyond your own followers.',
      mentions:
        'How often people name the brand of their own accord: awareness that others create, which says more than your own posts.',
      shares:
        'Each share shows the brand to someone else’s followers: reach you did not pay for, and the clearest sign of content worth passing on.',
      share_of_voice:
        'Your mentions against your competitors’: shows whether you are known in your market, not only whether your own numbers grow.',
    },
    community: {
      engagement_rate:
        'Likes, comments and shares per follower: the best single measure of how much people interact, and fair across channels, which raw counts are not.',
      likes:
        'The quickest sign that a post pleased people. Likes come easily, so read them beside comments and shares; for a sales goal they would be vanity.',
      comments:
        'People who take the time to answer you: a deeper interaction than a like. Read what they say too, as a comment can be negative.',
      shares:
        'Followers who share your post put their own name to it: the strongest sign that people want to be linked with the brand.',
      reviews:
        'Customers describing the brand in their own words: engagement that also shows others what it is like to be part of it.',
      applause_rate:
        'Approvals (likes, saves, favourites) per follower: only the positive reactions, so it shows support, which comments alone do not.',
      amplification_rate:
        'Shares per follower: how willing your community is to spread your content, comparable across channels, which the share count is not.',
      inbound_clicks:
        'Followers who click through to your website: interest that goes beyond a like, and the bridge from community to customers.',
    },
    sales: {
      revenue:
        'The money social media brings in: the goal itself, measured directly, instead of followers or likes that only look good.',
      conversion_rate:
        'The share of clicks that lead to the action you asked for (a purchase): shows whether posts sell, not only whether they get attention.',
      ctr: 'The share of people who saw a post and clicked: the first step towards a sale, and it tells which posts move people to act.',
      cpc: 'What each click from your ads costs: shows whether paid posts buy traffic at a price the sales can earn back.',
      cpm: 'What 1,000 ad impressions cost: compare channels and campaigns on price before you compare what they sell.',
      bounce_rate:
        'Visitors from social media who leave without acting: a high rate means the post promises something the page does not deliver. Lower is better.',
      roi: 'What social media earns back for what it costs: the number your manager asks about, and the final test of the sales goal.',
      customer_lifetime_value:
        'What a customer won through social media is worth over time: shows whether you win customers who stay, not only one-off buyers.',
    },
    leads: {
      lead_conversion_rate:
        'The share of leads from social media that become customers: the right target when a sales team closes the sale, instead of revenue.',
      conversion_rate:
        'The share of clicks that become leads (a form sent, a meeting booked): shows whether posts bring the sales team contacts, not just visits.',
      ctr: 'The share of people who saw a post and clicked: how well posts make people curious to learn more, the first step to a lead.',
      cpc: 'What each ad click costs: read beside the lead conversion rate, it tells you what a lead costs.',
    },
    service: {
      response_time:
        'How long customers wait for your first reply: the service they notice first. Quick answers keep customers; lower is better.',
      resolution_rate:
        'The share of problems raised that you solved: shows whether customers got real help, which a quick reply alone does not.',
      reviews:
        'Reviews show in public what customers think of your service: direct feedback that new customers read too.',
      review_rating:
        'The average star rating: one number for how satisfied customers are, to follow over time, where the number of reviews only says how many.',
      csat: 'The share of customers who call themselves satisfied (4 or 5 out of 5) in your polls: satisfaction asked directly, not guessed from likes.',
      nps: 'How many customers would recommend you, minus those who would not: measures loyalty, whether customers stay and bring others.',
      support_cost_per_customer:
        'What helping one customer costs: shows whether service on social media is efficient as well as good; lower is better.',
    },
  },
  da: {
    awareness: {
      follower_count:
        'Tæller dem, der har valgt at følge jer. Ved kendskab er det et reelt mål, ikke et forfængeligt, og det tæller personer, hvor visninger kun tæller visninger.',
      impressions:
        'Hvor mange gange jeres indhold er blevet vist: det bredeste mål for synlighed. Det tæller visninger, ikke personer, så læs det sammen med rækkevidde og følgere.',
      audience_growth_rate:
        'Nye følgere (netto) i forhold til alle følgere: viser, om kendskabet vokser, og kan sammenlignes mellem store og små kanaler, hvad antal følgere ikke kan.',
      post_reach_rate:
        'Den andel af følgerne, et opslag faktisk nåede: viser, om folk ser det, I poster – ikke bare at de følger jer.',
      potential_reach:
        'Jeres følgere plus publikummet hos dem, der deler eller nævner jer: hvor langt brandet kan nå ud over jeres egne følgere.',
      mentions:
        'Hvor tit folk af sig selv nævner brandet: kendskab, som andre skaber, og som siger mere end jeres egne opslag.',
      shares:
        'Hver deling viser brandet for en andens følgere: rækkevidde, I ikke har betalt for, og det tydeligste tegn på indhold, der er værd at sende videre.',
      share_of_voice:
        'Jeres omtaler målt mod konkurrenternes: viser, om I er kendt i jeres marked – ikke kun om jeres egne tal vokser.',
    },
    community: {
      engagement_rate:
        'Likes, kommentarer og delinger pr. følger: det bedste samlede mål for, hvor meget folk interagerer, og det kan sammenlignes mellem kanaler, hvad rå antal ikke kan.',
      likes:
        'Det hurtigste tegn på, at et opslag faldt i god jord. Likes er lette at få, så læs dem sammen med kommentarer og delinger; ved et salgsmål ville de være forfængelige.',
      comments:
        'Folk, der tager sig tid til at svare jer: en dybere interaktion end et like. Læs også, hvad de skriver – en kommentar kan være negativ.',
      shares:
        'Når følgere deler jeres opslag, sætter de deres eget navn på: det stærkeste tegn på, at folk gerne vil forbindes med brandet.',
      reviews:
        'Kunder, der med egne ord fortæller om brandet: engagement, der også viser andre, hvordan det er at være en del af fællesskabet.',
      applause_rate:
        'Tilkendegivelser (likes, gemte, favoritter) pr. følger: kun de positive reaktioner, så det viser opbakning, hvad kommentarer alene ikke gør.',
      amplification_rate:
        'Delinger pr. følger: hvor gerne jeres fællesskab spreder jeres indhold, og det kan sammenlignes mellem kanaler, hvad antal delinger ikke kan.',
      inbound_clicks:
        'Følgere, der klikker videre til jeres hjemmeside: interesse, der rækker ud over et like, og broen fra fællesskab til kunder.',
    },
    sales: {
      revenue:
        'De penge, sociale medier bringer ind: selve målet, målt direkte, i stedet for følgere eller likes, der kun ser godt ud.',
      conversion_rate:
        'Den andel af klikkene, der fører til den handling, I bad om (et køb): viser, om opslagene sælger – ikke kun om de får opmærksomhed.',
      ctr: 'Den andel af dem, der så et opslag, som klikkede: første skridt mod et salg, og det viser, hvilke opslag der får folk til at handle.',
      cpc: 'Hvad hvert klik fra jeres annoncer koster: viser, om betalte opslag køber trafik til en pris, salget kan tjene hjem.',
      cpm: 'Hvad 1.000 visninger af en annonce koster: sammenlign kanaler og kampagner på pris, før I sammenligner, hvad de sælger.',
      bounce_rate:
        'Besøgende fra sociale medier, der går igen uden at handle: en høj procent betyder, at opslaget lover noget, siden ikke holder. Lavere er bedre.',
      roi: 'Hvad sociale medier tjener hjem i forhold til, hvad de koster: tallet, ledelsen spørger efter, og den endelige prøve på salgsmålet.',
      customer_lifetime_value:
        'Hvad en kunde fra sociale medier er værd over tid: viser, om I vinder kunder, der bliver, og ikke kun engangskøbere.',
    },
    leads: {
      lead_conversion_rate:
        'Den andel af leads fra sociale medier, der bliver kunder: det rigtige mål, når en salgsafdeling lukker salget, i stedet for omsætning.',
      conversion_rate:
        'Den andel af klikkene, der bliver til leads (en udfyldt formular, et booket møde): viser, om opslagene giver salgsafdelingen kontakter, ikke kun besøg.',
      ctr: 'Den andel af dem, der så et opslag, som klikkede: hvor godt opslagene gør folk nysgerrige efter at vide mere – første skridt mod et lead.',
      cpc: 'Hvad hvert annonceklik koster: læst sammen med konverteringen af leads fortæller det, hvad et lead koster jer.',
    },
    service: {
      response_time:
        'Hvor længe kunderne venter på jeres første svar: den service, de mærker først. Hurtige svar fastholder kunder; lavere er bedre.',
      resolution_rate:
        'Den andel af de henvendte problemer, I har løst: viser, om kunderne fik reel hjælp, hvad et hurtigt svar alene ikke gør.',
      reviews:
        'Anmeldelser viser offentligt, hvad kunderne synes om jeres service: direkte feedback, som nye kunder også læser.',
      review_rating:
        'Den gennemsnitlige stjernebedømmelse: ét tal for, hvor tilfredse kunderne er, som kan følges over tid – antallet af anmeldelser siger kun hvor mange.',
      csat: 'Den andel af kunderne, der kalder sig tilfredse (4 eller 5 ud af 5) i jeres afstemninger: tilfredshed spurgt direkte, ikke gættet ud fra likes.',
      nps: 'Hvor mange kunder der vil anbefale jer, minus dem der ikke vil: måler loyalitet – om kunderne bliver og tager andre med.',
      support_cost_per_customer:
        'Hvad det koster at hjælpe én kunde: viser, om service på sociale medier er effektiv og ikke kun god; lavere er bedre.',
    },
  },
  nl: {
    awareness: {
      follower_count:
        'Telt de mensen die ervoor kozen u te volgen. Voor naamsbekendheid een echte KPI en geen ijdele, en het telt mensen, waar impressies alleen weergaven tellen.',
      impressions:
        'Hoe vaak uw content is getoond: de breedste maat voor zichtbaarheid. Het telt weergaven, geen mensen, dus lees het naast bereik en volgers.',
      audience_growth_rate:
        'Netto nieuwe volgers ten opzichte van alle volgers: laat zien of de bekendheid groeit, en vergelijkt grote en kleine kanalen eerlijk, wat het aantal volgers niet kan.',
      post_reach_rate:
        'Het deel van uw volgers dat een bericht echt bereikte: laat zien of mensen zien wat u plaatst, niet alleen dat ze u volgen.',
      potential_reach:
        'Uw volgers plus het publiek van wie u deelt of noemt: hoe ver het merk kan reiken buiten uw eigen volgers.',
      mentions:
        'Hoe vaak mensen uit zichzelf het merk noemen: bekendheid die anderen maken, en die zegt meer dan uw eigen berichten.',
      shares:
        'Elke keer delen brengt het merk bij de volgers van een ander: bereik waar u niet voor betaalt, en het duidelijkste teken van content die het doorgeven waard is.',
      share_of_voice:
        'Uw vermeldingen tegenover die van uw concurrenten: laat zien of u bekend bent in uw markt, niet alleen of uw eigen cijfers groeien.',
    },
    community: {
      engagement_rate:
        'Likes, reacties en shares per volger: de beste enkele maat voor hoeveel mensen reageren, en eerlijk te vergelijken tussen kanalen, wat losse aantallen niet zijn.',
      likes:
        'Het snelste teken dat een bericht in de smaak viel. Likes krijgt u makkelijk, dus lees ze naast reacties en shares; bij een verkoopdoel zouden ze ijdel zijn.',
      comments:
        'Mensen die de moeite nemen u te antwoorden: meer betrokkenheid dan een like. Lees ook wat ze schrijven, want een reactie kan negatief zijn.',
      shares:
        'Wie uw bericht deelt, zet er zijn eigen naam onder: het sterkste teken dat mensen met het merk geassocieerd willen worden.',
      reviews:
        'Klanten die in hun eigen woorden over het merk vertellen: betrokkenheid die anderen ook laat zien hoe het is om erbij te horen.',
      applause_rate:
        'Goedkeuringen (likes, opslaan, favorieten) per volger: alleen de positieve reacties, dus het toont instemming, wat reacties alleen niet doen.',
      amplification_rate:
        'Shares per volger: hoe graag uw community uw content verspreidt, en eerlijk te vergelijken tussen kanalen, wat het aantal shares niet is.',
      inbound_clicks:
        'Volgers die doorklikken naar uw website: interesse die verder gaat dan een like, en de brug van community naar klanten.',
    },
    sales: {
      revenue:
        'Het geld dat sociale media opleveren: het doel zelf, direct gemeten, in plaats van volgers of likes die alleen goed staan.',
      conversion_rate:
        'Het deel van de klikken dat tot de gevraagde actie leidt (een aankoop): laat zien of berichten verkopen, niet alleen of ze aandacht krijgen.',
      ctr: 'Het deel van wie een bericht zag dat doorklikte: de eerste stap naar een verkoop, en het laat zien welke berichten mensen in actie brengen.',
      cpc: 'Wat elke klik op uw advertenties kost: laat zien of betaalde berichten verkeer kopen tegen een prijs die de verkoop terugverdient.',
      cpm: 'Wat 1000 advertentieweergaven kosten: vergelijk kanalen en campagnes op prijs voordat u vergelijkt wat ze verkopen.',
      bounce_rate:
        'Bezoekers uit sociale media die vertrekken zonder iets te doen: een hoog percentage betekent dat het bericht iets belooft wat de pagina niet waarmaakt. Lager is beter.',
      roi: 'Wat sociale media terugverdienen tegenover wat ze kosten: het cijfer waar uw leidinggevende naar vraagt, en de eindtoets van het verkoopdoel.',
      customer_lifetime_value:
        'Wat een klant via sociale media over de jaren waard is: laat zien of u klanten wint die blijven, niet alleen eenmalige kopers.',
    },
    leads: {
      lead_conversion_rate:
        'Het deel van de leads uit sociale media dat klant wordt: het juiste doel als een verkoopteam de verkoop sluit, in plaats van omzet.',
      conversion_rate:
        'Het deel van de klikken dat een lead wordt (een ingevuld formulier, een geboekte afspraak): laat zien of berichten het verkoopteam contacten opleveren, niet alleen bezoeken.',
      ctr: 'Het deel van wie een bericht zag dat doorklikte: hoe goed berichten nieuwsgierig maken naar meer, de eerste stap naar een lead.',
      cpc: 'Wat elke advertentieklik kost: naast de leadconversie gelezen weet u wat een lead u kost.',
    },
    service: {
      response_time:
        'Hoe lang klanten wachten op uw eerste antwoord: de service die ze als eerste merken. Snelle antwoorden houden klanten vast; lager is beter.',
      resolution_rate:
        'Het deel van de gemelde problemen dat u oploste: laat zien of klanten echt geholpen zijn, wat een snel antwoord alleen niet zegt.',
      reviews:
        'Reviews laten publiekelijk zien hoe klanten uw service beoordelen: directe feedback die nieuwe klanten ook lezen.',
      review_rating:
        'De gemiddelde sterrenbeoordeling: één cijfer voor hoe tevreden klanten zijn, te volgen in de tijd, waar het aantal reviews alleen zegt hoeveel.',
      csat: 'Het deel van de klanten dat zich in uw peilingen tevreden noemt (4 of 5 van 5): tevredenheid direct gevraagd, niet afgeleid uit likes.',
      nps: 'Hoeveel klanten u zouden aanraden, min hoeveel niet: meet loyaliteit, of klanten blijven en anderen meebrengen.',
      support_cost_per_customer:
        'Wat het kost om één klant te helpen: laat zien of service via sociale media efficiënt is en niet alleen goed; lager is beter.',
    },
  },
};

/** Why a "no" to a question rules a KPI out: completes "<KPI>: <reason>". */
export const NOT_RECOMMENDED_BECAUSE: Record<Language, Record<CriticalQuestionId, string>> = {
  en: {
    sellsOnSocial:
      'customers cannot buy directly on social media, so this is no fair target there; measure lead conversion instead.',
    paidAds: 'you run no paid ads, so there is no ad spend to measure it on.',
    serviceOnSocial: 'you do not answer customers on social media, so there is nothing to measure.',
    surveys: 'you run no polls or surveys, so there are no answers to measure it on.',
    webAnalytics: 'it needs website analytics with social media as a traffic source, which you do not have.',
  },
  da: {
    sellsOnSocial:
      'kunderne kan ikke købe direkte via sociale medier, så det er ikke et fair mål her; mål konvertering af leads i stedet.',
    paidAds: 'I kører ingen betalte annoncer, så der er intet annonceforbrug at måle på.',
    serviceOnSocial: 'I svarer ikke kunder på sociale medier, så der er intet at måle.',
    surveys: 'I laver ingen afstemninger eller spørgeskemaer, så der er ingen svar at måle på.',
    webAnalytics: 'det kræver webanalyse med sociale medier som trafikkilde, og det har I ikke.',
  },
  nl: {
    sellsOnSocial:
      'klanten kunnen niet rechtstreeks via sociale media kopen, dus dit is daar geen eerlijk doel; meet in plaats daarvan leadconversie.',
    paidAds: 'u adverteert niet betaald, dus er zijn geen advertentie-uitgaven om op te meten.',
    serviceOnSocial: 'u beantwoordt geen klanten via sociale media, dus er valt niets te meten.',
    surveys: 'u houdt geen peilingen of enquêtes, dus er zijn geen antwoorden om op te meten.',
    webAnalytics: 'dit vraagt webanalyse met sociale media als verkeersbron, en die hebt u niet.',
  },
};

/** Why lead conversion is recommended for a sales goal when customers cannot buy on social media. */
export const RECOMMENDED_INSTEAD: Record<Language, string> = {
  en: 'Customers cannot buy on social media, so measure what it does bring: leads that become customers.',
  da: 'Kunderne kan ikke købe via sociale medier, så mål det, de giver: leads, der bliver til kunder.',
  nl: 'Klanten kunnen niet via sociale media kopen, dus meet wat ze wel opleveren: leads die klant worden.',
};

/**
 * A vanity warning about a KPI judged against the goal it is filed under: `named` when the articles
 * name it as vanity for that goal, `servesGoal` when it does serve another chosen goal.
 */
export const VANITY: Record<
  Language,
  (kpiName: string, goalName: string, named: boolean, servesGoal: string | null) => string
> = {
  en: (kpi, goal, named, serves) =>
    serves
      ? `${kpi} does not show progress on ${goal}, the goal it is filed under, but it does on ${serves}: choose that goal for it in step 4 (Details).`
      : named
        ? `${kpi} is a vanity metric for ${goal}: it looks good on paper but does not show progress on that goal. Choose a KPI that measures the goal itself.`
        : `${kpi} does not show progress on ${goal}, the goal it is filed under, so it is a vanity metric here.`,
  da: (kpi, goal, named, serves) =>
    serves
      ? `${kpi} viser ikke fremskridt mod ${goal}, som den står under, men det gør den mod ${serves}: vælg det mål for den i trin 4 (Detaljer).`
      : named
        ? `${kpi} er et forfængeligt mål for ${goal}: det ser godt ud på papiret, men viser ikke fremskridt mod målet. Vælg en KPI, der måler selve målet.`
        : `${kpi} viser ikke fremskridt mod ${goal}, som den står under, så her er det et forfængeligt mål.`,
  nl: (kpi, goal, named, serves) =>
    serves
      ? `${kpi} laat geen voortgang zien op ${goal}, het doel waaronder hij staat, maar wel op ${serves}: kies dat doel ervoor in stap 4 (Details).`
      : named
        ? `${kpi} is een ijdele metriek voor ${goal}: het ziet er goed uit op papier, maar laat geen voortgang op dat doel zien. Kies een KPI die het doel zelf meet.`
        : `${kpi} laat geen voortgang zien op ${goal}, het doel waaronder hij staat, dus hier is het een ijdele metriek.`,
};

/** Quotes user-typed goal names in the language's quotation marks and joins them. */
export function quoteNames(names: readonly string[], language: Language): string {
  const [open, close] = { en: ['“', '”'], da: ['»', '«'], nl: ['‘', '’'] }[language];
  const quote = (name: string) => `${open}${name}${close}`;
  const and = { en: 'and', da: 'og', nl: 'en' }[language];
  const quoted = names.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}
