/**
 * Every text the reader of analytics exports shows (summaries, questions, reasons, refusals), in
 * English, Danish and Dutch, in one place. Functions for the texts that take a value.
 */
import type { Language } from '../shared/wizardApi.ts';
import type { ExportGrain, ExportKind } from '../shared/importApi.ts';

export interface ImportTexts {
  kindName: Record<ExportKind, string>;
  /** "214 posts", "90 days", in the grain's own noun. */
  rowCount: (count: number, grain: ExportGrain) => string;
  months: readonly string[];
  /** "1 Jan 2026" without the year when `year` is false. */
  day: (day: number, month: string, year: number | null) => string;
  account: (name: string) => string;
  summary: (kind: string, count: string, range: string | null, account: string | null) => string;
  refusal: {
    tooLarge: (name: string, megabytes: string) => string;
    notCsv: (name: string, what: NotCsvWhat) => string;
    empty: (name: string) => string;
    oneColumn: (name: string) => string;
  };
  question: {
    postsOrDays: (name: string, dateColumn: string) => string;
    byDay: string;
    byPost: string;
    dateOrder: (name: string, column: string) => string;
    dayFirst: string;
    monthFirst: string;
    mapColumns: (name: string) => string;
  };
  unreadable: {
    badDate: (column: string, cell: string) => string;
    blankDate: (column: string) => string;
    badNumber: (column: string, cell: string) => string;
  };
  leftOut: {
    reachPerPostSummed: (column: string, label: string) => string;
    uniqueOverDays: (column: string, label: string) => string;
    uniqueOverPostDays: (column: string, label: string) => string;
    levelNotSummed: (column: string, label: string) => string;
    gainedNotNet: (column: string, label: string) => string;
    countNotLatest: (column: string, label: string) => string;
    latestNeedsDays: (column: string, label: string) => string;
    manyPeriods: (name: string, range: string) => string;
  };
}

export type NotCsvWhat = 'zip' | 'excel' | 'pdf' | 'binary';

const EN: ImportTexts = {
  kindName: {
    facebookPosts: 'Facebook posts export',
    instagramPosts: 'Instagram posts export',
    metaFollows: 'Meta follows export',
    linkedinContent: 'LinkedIn content export',
    linkedinFollowers: 'LinkedIn followers export',
    linkedinVisitors: 'LinkedIn visitors export',
    xContent: 'X posts export',
    xOverview: 'X account overview export',
    tiktokVideos: 'TikTok videos export',
    tiktokOverview: 'TikTok overview export',
    youtubeTable: 'YouTube Studio table export',
    ga4Acquisition: 'Google Analytics traffic acquisition export',
    mapped: 'Export mapped by you',
  },
  rowCount: (n, grain) => {
    const nouns: Record<ExportGrain, [string, string]> = {
      posts: ['post', 'posts'],
      days: ['day', 'days'],
      overview: ['row', 'rows'],
      followers: ['day', 'days'],
      visitors: ['day', 'days'],
    };
    return `${n.toLocaleString('en-US')} ${nouns[grain][n === 1 ? 0 : 1]}`;
  },
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  day: (d, m, y) => (y === null ? `${d} ${m}` : `${d} ${m} ${y}`),
  account: (name) => `account ${name}`,
  summary: (kind, count, range, account) => [`${kind}: ${count}`, range, account].filter(Boolean).join(', '),
  refusal: {
    tooLarge: (name, mb) =>
      `"${name}" is ${mb} MB, and the import reads files up to 50 MB. Export a shorter date range (one quarter, say) and import the files one after another.`,
    notCsv: (name, what) =>
      ({
        zip: `"${name}" is a ZIP archive, not a CSV file. Unzip it first; for YouTube Studio, import "Table data.csv" from it.`,
        excel: `"${name}" is an Excel workbook, not a CSV file. Bring it into this spreadsheet with File → Import (LinkedIn's exports are XLS), then choose its tab here.`,
        pdf: `"${name}" is a PDF, not a CSV file. Download the export again and choose CSV as the format.`,
        binary: `"${name}" is not a text file, so it is not a CSV export. Download the export again and choose CSV as the format.`,
      })[what],
    empty: (name) => `"${name}" has no rows of numbers. Export again with a date range that has posts or days in it.`,
    oneColumn: (name) =>
      `"${name}" has only one column, so it cannot hold dates and numbers. Choose the CSV file the platform downloaded, not a copy saved with another separator.`,
  },
  question: {
    postsOrDays: (name, column) =>
      `"${name}" has one row per post per day (its "${column}" column holds days), so it can be read two ways. How should its numbers be counted?`,
    byDay: "By day: each day's numbers in the period of that day",
    byPost: "By post: each post's numbers in the period it was published",
    dateOrder: (name, column) =>
      `The dates in "${column}" of "${name}" read two ways (03/04/2026 is 3 April or 4 March). Which comes first?`,
    dayFirst: 'The day (31/12/2026)',
    monthFirst: 'The month (12/31/2026)',
    mapColumns: (name) =>
      `The headers of "${name}" are not ones the add-on knows (another language, or a renamed metric). Choose the date column and which columns fill which KPI data columns; the mapping is remembered for the next file with these headers.`,
  },
  unreadable: {
    badDate: (column, cell) => `"${cell}" in "${column}" is not a date.`,
    blankDate: (column) => `"${column}" is blank.`,
    badNumber: (column, cell) => `"${cell}" in "${column}" is not a number.`,
  },
  leftOut: {
    reachPerPostSummed: (column, label) =>
      `"${column}" is reach per post: added up over a period it counts people more than once, so it is not the account's reach. "${label}" adds up a period's values, so it is left for you to fill in.`,
    uniqueOverDays: (column, label) =>
      `"${column}" counts people per day, and the same person is counted again on every day they came back, so days cannot be added up. Fill in "${label}" from the platform's figure for the whole period.`,
    uniqueOverPostDays: (column, label) =>
      `"${column}" counts people per post per day, so a post's days cannot be added up. Fill in "${label}" from the platform's figure for each post.`,
    levelNotSummed: (column, label) =>
      `"${column}" is a count at one moment; adding it up over a period means nothing, and "${label}" adds up a period's values.`,
    gainedNotNet: (column, label) =>
      `"${column}" counts followers gained, without those who left, and "${label}" is net. Map the column yourself if you want it anyway.`,
    countNotLatest: (column, label) =>
      `"${column}" counts what happened per row, and "${label}" takes the latest value of a period, not a total.`,
    latestNeedsDays: (column, label) =>
      `"${label}" takes the latest value of a period, and "${column}" has no day to tell which value is the latest.`,
    manyPeriods: (name, range) =>
      `"${name}" covers ${range}, more than one period, and has no Date column to split it. Add the Date dimension to the report in Google Analytics, or export one period at a time.`,
  },
};

const DA: ImportTexts = {
  kindName: {
    facebookPosts: 'Facebook-eksport af opslag',
    instagramPosts: 'Instagram-eksport af opslag',
    metaFollows: 'Meta-eksport af følgere',
    linkedinContent: 'LinkedIn-eksport af indhold',
    linkedinFollowers: 'LinkedIn-eksport af følgere',
    linkedinVisitors: 'LinkedIn-eksport af besøgende',
    xContent: 'X-eksport af opslag',
    xOverview: 'X-eksport af kontooversigt',
    tiktokVideos: 'TikTok-eksport af videoer',
    tiktokOverview: 'TikTok-eksport af oversigt',
    youtubeTable: 'YouTube Studio-eksport (tabel)',
    ga4Acquisition: 'Google Analytics-eksport af trafikanskaffelse',
    mapped: 'Eksport, du selv har tilknyttet',
  },
  rowCount: (n, grain) => {
    const nouns: Record<ExportGrain, [string, string]> = {
      posts: ['opslag', 'opslag'],
      days: ['dag', 'dage'],
      overview: ['række', 'rækker'],
      followers: ['dag', 'dage'],
      visitors: ['dag', 'dage'],
    };
    return `${n.toLocaleString('da-DK')} ${nouns[grain][n === 1 ? 0 : 1]}`;
  },
  months: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  day: (d, m, y) => (y === null ? `${d}. ${m}` : `${d}. ${m} ${y}`),
  account: (name) => `konto ${name}`,
  summary: (kind, count, range, account) => [`${kind}: ${count}`, range, account].filter(Boolean).join(', '),
  refusal: {
    tooLarge: (name, mb) =>
      `"${name}" fylder ${mb} MB, og importen læser filer på op til 50 MB. Eksportér en kortere periode (f.eks. et kvartal), og importér filerne en ad gangen.`,
    notCsv: (name, what) =>
      ({
        zip: `"${name}" er et ZIP-arkiv, ikke en CSV-fil. Pak den ud først; fra YouTube Studio importerer du "Table data.csv".`,
        excel: `"${name}" er en Excel-projektmappe, ikke en CSV-fil. Hent den ind i dette regneark med Filer → Importér (LinkedIns eksporter er XLS), og vælg så fanen her.`,
        pdf: `"${name}" er en PDF, ikke en CSV-fil. Hent eksporten igen, og vælg CSV som format.`,
        binary: `"${name}" er ikke en tekstfil og derfor ikke en CSV-eksport. Hent eksporten igen, og vælg CSV som format.`,
      })[what],
    empty: (name) =>
      `"${name}" har ingen rækker med tal. Eksportér igen med en periode, der har opslag eller dage i sig.`,
    oneColumn: (name) =>
      `"${name}" har kun én kolonne og kan derfor ikke rumme datoer og tal. Vælg den CSV-fil, platformen hentede, ikke en kopi gemt med et andet skilletegn.`,
  },
  question: {
    postsOrDays: (name, column) =>
      `"${name}" har én række pr. opslag pr. dag (kolonnen "${column}" rummer dage), så den kan læses på to måder. Hvordan skal tallene tælles?`,
    byDay: 'Pr. dag: hver dags tal i den periode, dagen ligger i',
    byPost: 'Pr. opslag: hvert opslags tal i den periode, det blev udgivet i',
    dateOrder: (name, column) =>
      `Datoerne i "${column}" i "${name}" kan læses på to måder (03/04/2026 er 3. april eller 4. marts). Hvad kommer først?`,
    dayFirst: 'Dagen (31/12/2026)',
    monthFirst: 'Måneden (12/31/2026)',
    mapColumns: (name) =>
      `Social KPI Kit kender ikke overskrifterne i "${name}" (et andet sprog eller et omdøbt tal). Vælg datokolonnen, og hvilke kolonner der udfylder hvilke kolonner i KPI-data; valget huskes til næste fil med de samme overskrifter.`,
  },
  unreadable: {
    badDate: (column, cell) => `"${cell}" i "${column}" er ikke en dato.`,
    blankDate: (column) => `"${column}" er tom.`,
    badNumber: (column, cell) => `"${cell}" i "${column}" er ikke et tal.`,
  },
  leftOut: {
    reachPerPostSummed: (column, label) =>
      `"${column}" er rækkevidde pr. opslag: lagt sammen over en periode tæller den de samme personer flere gange, så det er ikke kontoens rækkevidde. "${label}" lægger periodens tal sammen, så den er overladt til dig.`,
    uniqueOverDays: (column, label) =>
      `"${column}" tæller personer pr. dag, og den samme person tælles igen hver dag, de kommer tilbage, så dagene kan ikke lægges sammen. Udfyld "${label}" med platformens tal for hele perioden.`,
    uniqueOverPostDays: (column, label) =>
      `"${column}" tæller personer pr. opslag pr. dag, så et opslags dage kan ikke lægges sammen. Udfyld "${label}" med platformens tal for hvert opslag.`,
    levelNotSummed: (column, label) =>
      `"${column}" er et antal på ét tidspunkt; det giver ingen mening at lægge det sammen over en periode, og "${label}" lægger periodens tal sammen.`,
    gainedNotNet: (column, label) =>
      `"${column}" tæller nye følgere uden dem, der forsvandt, og "${label}" er netto. Tilknyt selv kolonnen, hvis du vil bruge den alligevel.`,
    countNotLatest: (column, label) =>
      `"${column}" tæller, hvad der skete pr. række, og "${label}" tager periodens seneste værdi, ikke en sum.`,
    latestNeedsDays: (column, label) =>
      `"${label}" tager periodens seneste værdi, og "${column}" har ingen dag, der viser, hvilken værdi er den seneste.`,
    manyPeriods: (name, range) =>
      `"${name}" dækker ${range}, mere end én periode, og har ingen datokolonne at dele den efter. Tilføj dimensionen Dato til rapporten i Google Analytics, eller eksportér én periode ad gangen.`,
  },
};

const NL: ImportTexts = {
  kindName: {
    facebookPosts: 'Facebook-export van berichten',
    instagramPosts: 'Instagram-export van berichten',
    metaFollows: 'Meta-export van volgers',
    linkedinContent: 'LinkedIn-export van content',
    linkedinFollowers: 'LinkedIn-export van volgers',
    linkedinVisitors: 'LinkedIn-export van bezoekers',
    xContent: 'X-export van berichten',
    xOverview: 'X-export van accountoverzicht',
    tiktokVideos: "TikTok-export van video's",
    tiktokOverview: 'TikTok-export van overzicht',
    youtubeTable: 'YouTube Studio-export (tabel)',
    ga4Acquisition: 'Google Analytics-export van verkeersacquisitie',
    mapped: 'Export die u zelf hebt gekoppeld',
  },
  rowCount: (n, grain) => {
    const nouns: Record<ExportGrain, [string, string]> = {
      posts: ['bericht', 'berichten'],
      days: ['dag', 'dagen'],
      overview: ['rij', 'rijen'],
      followers: ['dag', 'dagen'],
      visitors: ['dag', 'dagen'],
    };
    return `${n.toLocaleString('nl-NL')} ${nouns[grain][n === 1 ? 0 : 1]}`;
  },
  months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  day: (d, m, y) => (y === null ? `${d} ${m}` : `${d} ${m} ${y}`),
  account: (name) => `account ${name}`,
  summary: (kind, count, range, account) => [`${kind}: ${count}`, range, account].filter(Boolean).join(', '),
  refusal: {
    tooLarge: (name, mb) =>
      `"${name}" is ${mb} MB, en de import leest bestanden tot 50 MB. Exporteer een kortere periode (bijvoorbeeld een kwartaal) en importeer de bestanden een voor een.`,
    notCsv: (name, what) =>
      ({
        zip: `"${name}" is een ZIP-archief, geen CSV-bestand. Pak het eerst uit; uit YouTube Studio importeert u "Table data.csv".`,
        excel: `"${name}" is een Excel-werkmap, geen CSV-bestand. Haal het in deze spreadsheet met Bestand → Importeren (de exports van LinkedIn zijn XLS) en kies hier het tabblad.`,
        pdf: `"${name}" is een pdf, geen CSV-bestand. Download de export opnieuw en kies CSV als indeling.`,
        binary: `"${name}" is geen tekstbestand en dus geen CSV-export. Download de export opnieuw en kies CSV als indeling.`,
      })[what],
    empty: (name) =>
      `"${name}" heeft geen rijen met cijfers. Exporteer opnieuw met een periode waarin berichten of dagen vallen.`,
    oneColumn: (name) =>
      `"${name}" heeft maar één kolom en kan dus geen datums en cijfers bevatten. Kies het CSV-bestand dat het platform downloadde, niet een kopie die met een ander scheidingsteken is opgeslagen.`,
  },
  question: {
    postsOrDays: (name, column) =>
      `"${name}" heeft één rij per bericht per dag (de kolom "${column}" bevat dagen), dus het kan op twee manieren gelezen worden. Hoe moeten de cijfers geteld worden?`,
    byDay: 'Per dag: de cijfers van elke dag in de periode van die dag',
    byPost: 'Per bericht: de cijfers van elk bericht in de periode waarin het is geplaatst',
    dateOrder: (name, column) =>
      `De datums in "${column}" van "${name}" zijn op twee manieren te lezen (03/04/2026 is 3 april of 4 maart). Wat staat voorop?`,
    dayFirst: 'De dag (31/12/2026)',
    monthFirst: 'De maand (12/31/2026)',
    mapColumns: (name) =>
      `De add-on kent de kolomkoppen van "${name}" niet (een andere taal of een hernoemd cijfer). Kies de datumkolom en welke kolommen welke kolommen van KPI-gegevens vullen; de koppeling wordt onthouden voor het volgende bestand met deze koppen.`,
  },
  unreadable: {
    badDate: (column, cell) => `"${cell}" in "${column}" is geen datum.`,
    blankDate: (column) => `"${column}" is leeg.`,
    badNumber: (column, cell) => `"${cell}" in "${column}" is geen getal.`,
  },
  leftOut: {
    reachPerPostSummed: (column, label) =>
      `"${column}" is het bereik per bericht: opgeteld over een periode telt het mensen meer dan eens, dus het is niet het bereik van het account. "${label}" telt de waarden van een periode op, dus die vult u zelf in.`,
    uniqueOverDays: (column, label) =>
      `"${column}" telt mensen per dag, en wie terugkomt wordt elke dag opnieuw geteld, dus dagen kunnen niet worden opgeteld. Vul "${label}" in met het cijfer van het platform voor de hele periode.`,
    uniqueOverPostDays: (column, label) =>
      `"${column}" telt mensen per bericht per dag, dus de dagen van een bericht kunnen niet worden opgeteld. Vul "${label}" in met het cijfer van het platform per bericht.`,
    levelNotSummed: (column, label) =>
      `"${column}" is een aantal op één moment; optellen over een periode zegt niets, en "${label}" telt de waarden van een periode op.`,
    gainedNotNet: (column, label) =>
      `"${column}" telt nieuwe volgers zonder wie er wegging, en "${label}" is netto. Koppel de kolom zelf als u hem toch wilt gebruiken.`,
    countNotLatest: (column, label) =>
      `"${column}" telt wat er per rij gebeurde, en "${label}" neemt de laatste waarde van een periode, geen totaal.`,
    latestNeedsDays: (column, label) =>
      `"${label}" neemt de laatste waarde van een periode, en "${column}" heeft geen dag die laat zien welke waarde de laatste is.`,
    manyPeriods: (name, range) =>
      `"${name}" beslaat ${range}, meer dan één periode, en heeft geen datumkolom om het te verdelen. Voeg in Google Analytics de dimensie Datum toe aan het rapport, of exporteer één periode tegelijk.`,
  },
};

export const IMPORT_TEXTS: Record<Language, ImportTexts> = { en: EN, da: DA, nl: NL };

/** "1 Jan – 30 Jun 2026" (the first year only when the years differ), or one day when both are the same. */
export function dateRange(first: string, last: string, language: Language): string {
  const t = IMPORT_TEXTS[language];
  const part = (iso: string, withYear: boolean) =>
    t.day(Number(iso.slice(8, 10)), t.months[Number(iso.slice(5, 7)) - 1], withYear ? Number(iso.slice(0, 4)) : null);
  if (first === last) return part(first, true);
  return `${part(first, first.slice(0, 4) !== last.slice(0, 4))} – ${part(last, true)}`;
}
