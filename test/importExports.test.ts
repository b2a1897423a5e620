import { describe, expect, it } from 'vitest';
import { readExport, type ReadResult, type Recognised } from '../src/import/readExport.ts';
import type { SavedMapping } from '../src/shared/importApi.ts';
import {
  byPeriod,
  fixtureBytes,
  fixtureRows,
  importContext,
  META_POSTS_PER_DAY as perDay,
} from './support/importContext.ts';

function recognised(result: ReadResult): Recognised {
  if (result.status !== 'recognised') throw new Error(`expected a recognised export, got ${JSON.stringify(result)}`);
  return result;
}

const read = (name: string, context = importContext()) =>
  recognised(readExport({ name, bytes: fixtureBytes(name) }, context));
const readTab = (name: string, context = importContext()) =>
  recognised(readExport({ name, rows: fixtureRows(name) }, context));

describe('each export is recognised by its headers and summed by hand-worked totals', () => {
  it('Facebook posts (BOM, a caption over three lines, "1,200"): posts fall in the month they were published in Copenhagen', () => {
    const result = read('facebook_posts.csv');
    expect(result.file).toMatchObject({ kind: 'facebookPosts', grain: 'posts' });
    expect(result.file.summary).toBe('Facebook posts export: 4 posts, 5 Jan – 10 Feb 2026, account Nordlys Bakery');
    expect(result.channel).toBe('facebook');
    // Post 1002, 01/31/2026 20:30 Pacific, is 1 Feb 05:30 in Copenhagen: February.
    expect(byPeriod(result.values)).toEqual({
      '2026-01-01': {
        impressions: 1200 + 2050,
        reach: (900 + 1500) / 2,
        likes: 40 + 70,
        approvals: 40 + 70,
        comments: 12 + 15,
        shares: 8 + 5,
        engagements: 60 + 90,
        clicks: 25 + 40,
      },
      '2026-02-01': {
        impressions: 800 + 1000,
        reach: (500 + 700) / 2,
        likes: 20 + 35,
        approvals: 20 + 35,
        comments: 6 + 10,
        shares: 4 + 5,
        engagements: 30 + 50,
        clicks: 10 + 20,
      },
    });
    expect(result.values.find((v) => v.input === 'impressions')?.sourceColumn).toBe('Impressions');
    expect(result.unreadable).toEqual([
      { line: 8, reason: '"not scheduled" in "Publish time" is not a date.' },
      { line: 9, reason: '"12x" in "Impressions" is not a number.' },
    ]);
  });

  it('the same Facebook file in a Los Angeles spreadsheet keeps post 1002 in January', () => {
    const result = read('facebook_posts.csv', importContext({ timeZone: 'America/Los_Angeles' }));
    const impressions = result.values.filter((v) => v.input === 'impressions').map((v) => [v.period, v.value]);
    expect(impressions).toEqual([
      ['2026-01-01', 1200 + 800 + 2050],
      ['2026-02-01', 1000],
    ]);
  });

  it('Instagram posts: "Views" fills impressions when "Impressions" is empty (Meta renamed it in 2025); a post of 31 Mar 16:30 Pacific is April in Copenhagen', () => {
    const result = read('instagram_posts.csv');
    expect(result.file.summary).toBe('Instagram posts export: 4 posts, 3 Mar – 15 Apr 2026, account @nordlys.bakery');
    expect(byPeriod(result.values)).toEqual({
      '2026-03-01': {
        impressions: 3400 + 2600,
        reach: (2100 + 1700) / 2,
        likes: 150 + 90,
        comments: 20 + 10,
        shares: 12 + 8,
        approvals: 240 + 30 + 15,
        engagements: 240 + 30 + 20 + 45,
      },
      '2026-04-01': {
        impressions: 1800 + 2200,
        reach: (1200 + 1500) / 2,
        likes: 60 + 110,
        comments: 7 + 14,
        shares: 5 + 10,
        approvals: 170 + 9 + 21,
        engagements: 170 + 21 + 15 + 30,
      },
    });
    expect(new Set(result.values.filter((v) => v.input === 'impressions').map((v) => v.sourceColumn))).toEqual(
      new Set(['Views']),
    );
    expect(result.values.find((v) => v.input === 'approvals')?.sourceColumn).toBe('Likes + Saves');
    // "Follows" are followers gained, not the net "New followers (net)": left out, with the reason.
    expect(result.leftOut).toEqual([
      expect.objectContaining({ column: 'Follows', input: 'new_followers', reason: expect.stringContaining('gained') }),
    ]);
  });

  it('an export that spans Meta\'s 2025 rename reads "Impressions" on older posts and "Views" on newer ones, and says which per period', () => {
    const text = [
      'Post ID,Page ID,Page name,Publish time,Date,Views,Impressions,Reach',
      '1,55,Nordlys Bakery,05/20/2025 10:00,Lifetime,,"1,000",700',
      '2,55,Nordlys Bakery,06/10/2025 10:00,Lifetime,,400,300',
      '3,55,Nordlys Bakery,06/20/2025 10:00,Lifetime,600,,500',
      '4,55,Nordlys Bakery,07/02/2025 10:00,Lifetime,900,,650',
    ].join('\n');
    const result = recognised(readExport({ name: 'fb-2025.csv', text }, importContext()));
    expect(
      result.values.filter((v) => v.input === 'impressions').map((v) => [v.period, v.value, v.sourceColumn]),
    ).toEqual([
      ['2025-05-01', 1000, 'Impressions'],
      ['2025-06-01', 400 + 600, 'Impressions / Views'],
      ['2025-07-01', 900, 'Views'],
    ]);
  });

  it("Meta's follows (UTF-16 with a BOM, sep=, and a title line): recognised as Instagram's; gained followers are left out until the user maps them", () => {
    const result = read('meta_follows.csv');
    expect(result.file.summary).toBe('Meta follows export: 3 days, 3 Jan – 2 Feb 2026');
    expect(result.channel).toBe('instagram');
    expect(result.values).toEqual([]);
    expect(result.leftOut[0].reason).toContain('Map the column yourself');
    const mapping: SavedMapping = {
      headersKey: 'Date\tPrimary',
      grain: 'followers',
      channel: 'instagram',
      dateColumn: 'Date',
      columns: { Primary: 'new_followers' },
    };
    const mapped = recognised(
      readExport({ name: 'follows.csv', bytes: fixtureBytes('meta_follows.csv') }, importContext(), mapping),
    );
    expect(mapped.values).toEqual([
      { period: '2026-01-01', channel: 'instagram', input: 'new_followers', value: 4 + 2, sourceColumn: 'Primary' },
      { period: '2026-02-01', channel: 'instagram', input: 'new_followers', value: 5, sourceColumn: 'Primary' },
    ]);
  });

  it('LinkedIn content, sheet "Metrics", from a tab: days summed; unique impressions are never added up over days', () => {
    const result = readTab('linkedin_content_metrics.csv');
    expect(result.file).toMatchObject({ kind: 'linkedinContent', grain: 'days' });
    expect(result.file.summary).toBe('LinkedIn content export: 3 days, 5 Jan – 3 Feb 2026');
    expect(byPeriod(result.values)).toEqual({
      '2026-01-01': {
        impressions: 500 + 700,
        clicks: 20 + 35,
        likes: 15 + 22,
        approvals: 15 + 22,
        comments: 3 + 5,
        shares: 2 + 1,
        engagements: 37 + 8 + 3,
      },
      '2026-02-01': {
        impressions: 650,
        clicks: 30,
        likes: 18,
        approvals: 18,
        comments: 4,
        shares: 3,
        engagements: 18 + 4 + 3,
      },
    });
    expect(result.leftOut).toEqual([
      expect.objectContaining({
        column: 'Unique impressions (organic)',
        input: 'reach',
        reason: expect.stringContaining('cannot be added up'),
      }),
    ]);
  });

  it('LinkedIn content, sheet "All posts", from a tab: posts by created date (a title over two lines, "1,100")', () => {
    const result = readTab('linkedin_content_all_posts.csv');
    expect(result.file).toMatchObject({ kind: 'linkedinContent', grain: 'posts' });
    expect(byPeriod(result.values)).toEqual({
      '2026-01-01': {
        impressions: 900 + 1100,
        clicks: 30 + 45,
        likes: 25 + 40,
        approvals: 25 + 40,
        comments: 4 + 9,
        shares: 1 + 3,
        engagements: 65 + 13 + 4,
      },
      '2026-02-01': {
        impressions: 600,
        clicks: 20,
        likes: 15,
        approvals: 15,
        comments: 2,
        shares: 0,
        engagements: 15 + 2 + 0,
      },
    });
  });

  it('LinkedIn followers and visitors are recognised; gained followers and daily unique visitors are not written, with the reason', () => {
    const followers = readTab('linkedin_followers.csv');
    expect(followers.file.summary).toBe('LinkedIn followers export: 3 days, 30 Jan – 1 Feb 2026');
    expect(followers.values).toEqual([]);
    expect(followers.leftOut.map((c) => c.column)).toEqual(['Total followers']);
    const visitors = readTab('linkedin_visitors.csv');
    expect(visitors.file.kind).toBe('linkedinVisitors');
    expect(visitors.values).toEqual([]);
    expect(visitors.leftOut[0].reason).toContain('counts people per day');
  });

  it('X posts: dates like "Sun, Sep 13, 2026", a quoted post text over two lines', () => {
    const result = read('x_content.csv');
    expect(result.file.summary).toBe('X posts export: 3 posts, 13 Sep – 2 Oct 2026');
    expect(byPeriod(result.values)).toEqual({
      '2026-09-01': {
        impressions: 1500 + 900,
        likes: 40 + 20,
        engagements: 90 + 45,
        shares: 8 + 4,
        comments: 5 + 2,
        approvals: 60 + (6 + 3) + 12,
        clicks: 12 + 6,
      },
      '2026-10-01': {
        impressions: 1100,
        likes: 30,
        engagements: 70,
        shares: 6,
        comments: 4,
        approvals: 30 + 5 + 6,
        clicks: 9,
      },
    });
  });

  it('X account overview: net new followers are new follows minus unfollows', () => {
    const result = read('x_overview.csv');
    expect(result.file).toMatchObject({ kind: 'xOverview', grain: 'days' });
    const net = result.values.filter((v) => v.input === 'new_followers');
    expect(net).toEqual([
      {
        period: '2026-09-01',
        channel: 'x',
        input: 'new_followers',
        value: 5 - 2 + (3 - 4),
        sourceColumn: 'New follows − Unfollows',
      },
      {
        period: '2026-10-01',
        channel: 'x',
        input: 'new_followers',
        value: 6 - 1 + (4 - 0),
        sourceColumn: 'New follows − Unfollows',
      },
    ]);
    expect(byPeriod(result.values)['2026-09-01']).toMatchObject({ impressions: 400 + 600, approvals: 25 + 3 + 5 });
  });

  it('a day-by-day export that starts or ends inside a period says which periods it covers only in part', () => {
    // 29 Sep – 2 Oct: part of September and part of October.
    expect(read('x_overview.csv').partialPeriods).toEqual(['2026-09-01', '2026-10-01']);
    // Weekly: Tue 29 Sep – Fri 2 Oct is inside the week of Monday 28 Sep.
    expect(read('x_overview.csv', importContext({ cadence: 'weekly' })).partialPeriods).toEqual(['2026-09-28']);
    // Posts say nothing about the days without posts; GA4's range is the whole of January.
    expect(read('x_content.csv').partialPeriods).toEqual([]);
    expect(read('ga4_traffic_acquisition.csv').partialPeriods).toEqual([]);
  });

  it('TikTok videos and overview (headers with trailing spaces, dates 2026/04/29); daily reach is left out', () => {
    const videos = read('tiktok_videos.csv');
    expect(byPeriod(videos.values)).toEqual({
      '2026-04-01': {
        likes: 900 + 600,
        comments: 40 + 30,
        shares: 25 + 15,
        approvals: 1500 + 60 + 45,
        engagements: 1500 + 70 + 40,
      },
      '2026-05-01': { likes: 300, comments: 12, shares: 8, approvals: 300 + 20, engagements: 300 + 12 + 8 },
    });
    const overview = read('tiktok_overview.csv');
    expect(overview.file.summary).toBe('TikTok overview export: 3 days, 29 Apr – 1 May 2026');
    expect(byPeriod(overview.values)).toEqual({
      '2026-04-01': {
        likes: 80 + 95,
        shares: 5 + 7,
        comments: 6 + 9,
        engagements: 175 + 12 + 15,
        new_followers: 10 + 12,
      },
      '2026-05-01': { likes: 70, shares: 4, comments: 5, engagements: 70 + 4 + 5, new_followers: 5 },
    });
    expect(overview.leftOut.map((c) => c.column)).toEqual(['Reached audience']);
  });

  it('YouTube Studio "Table data.csv": the first row, "Total", is not a video', () => {
    const result = read('youtube_table_data.csv');
    expect(result.file.summary).toBe('YouTube Studio table export: 3 posts, 5 Jan – 3 Feb 2026');
    expect(byPeriod(result.values)).toEqual({
      '2026-01-01': {
        impressions: 60000 + 40000,
        reach: (3800 + 2000) / 2,
        likes: 350 + 190,
        approvals: 540,
        comments: 50 + 30,
        shares: 20 + 13,
        engagements: 540 + 80 + 33,
        new_followers: 12 + 7,
      },
      '2026-02-01': {
        impressions: 20000,
        reach: 1100,
        likes: 100,
        approvals: 100,
        comments: 16,
        shares: 8,
        engagements: 100 + 16 + 8,
        new_followers: 3,
      },
    });
  });

  it('GA4 traffic acquisition ("# ----" lines, two tables): social channel groups only; bounces are sessions minus engaged sessions', () => {
    const result = read('ga4_traffic_acquisition.csv');
    expect(result.file.summary).toBe('Google Analytics traffic acquisition export: 2 rows, 1 Jan – 31 Jan 2026');
    expect(result.values).toEqual([
      {
        period: '2026-01-01',
        channel: 'all',
        input: 'bounces',
        value: 1000 + 400 - (550 + 180),
        sourceColumn: 'Sessions − Engaged sessions',
      },
      { period: '2026-01-01', channel: 'all', input: 'conversions', value: 12 + 5, sourceColumn: 'Key events' },
      { period: '2026-01-01', channel: 'all', input: 'sessions', value: 1000 + 400, sourceColumn: 'Sessions' },
    ]);
  });

  it('a GA4 export over a quarter, without a Date column, is not put into one month: the reason says how to export it', () => {
    const text = new TextDecoder()
      .decode(fixtureBytes('ga4_traffic_acquisition.csv'))
      .replace('End date: 20260131', 'End date: 20260331');
    const result = recognised(readExport({ name: 'ga4.csv', text }, importContext()));
    expect(result.values).toEqual([]);
    expect(result.leftOut[0].reason).toBe(
      '"ga4.csv" covers 1 Jan – 31 Mar 2026, more than one period, and has no Date column to split it. Add the Date dimension to the report in Google Analytics, or export one period at a time.',
    );
    const quarterly = recognised(readExport({ name: 'ga4.csv', text }, importContext({ cadence: 'quarterly' })));
    expect(quarterly.values.map((v) => [v.period, v.input, v.value])).toContainEqual(['2026-01-01', 'sessions', 1400]);
  });
});

describe('files that are not exports are refused with what to do', () => {
  const refusal = (result: ReadResult) =>
    result.status === 'refused' ? [result.reason, result.message] : result.status;
  it('an empty file, headers without rows, one column, a ZIP, an Excel file, a PDF, over 50 MB', () => {
    const ctx = importContext();
    expect(refusal(readExport({ name: 'a.csv', text: '' }, ctx))).toEqual([
      'empty',
      '"a.csv" has no rows of numbers. Export again with a date range that has posts or days in it.',
    ]);
    expect(refusal(readExport({ name: 'a.csv', text: 'Date,Impressions\r\n' }, ctx))[0]).toBe('empty');
    expect(refusal(readExport({ name: 'a.csv', text: 'Impressions\n12\n14\n' }, ctx))[0]).toBe('oneColumn');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(refusal(readExport({ name: 'youtube.zip', bytes: zip }, ctx))).toEqual([
      'notCsv',
      '"youtube.zip" is a ZIP archive, not a CSV file. Unzip it first; for YouTube Studio, import "Table data.csv" from it.',
    ]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(readExport({ name: 'linkedin.xls', bytes: xls }, ctx))[1]).toContain('File → Import');
    expect(refusal(readExport({ name: 'r.pdf', bytes: new TextEncoder().encode('%PDF-1.7') }, ctx))[0]).toBe('notCsv');
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x31);
    expect(refusal(readExport({ name: 'big.csv', bytes: big }, ctx))).toEqual([
      'tooLarge',
      '"big.csv" is 50.0 MB, and the import reads files up to 50 MB. Export a shorter date range (one quarter, say) and import the files one after another.',
    ]);
  });

  it('refusals speak the map language', () => {
    const da = readExport({ name: 'a.csv', text: '' }, importContext({ language: 'da' }));
    const nl = readExport({ name: 'a.csv', text: '' }, importContext({ language: 'nl' }));
    expect(da.status === 'refused' && da.message).toBe(
      '"a.csv" har ingen rækker med tal. Eksportér igen med en periode, der har opslag eller dage i sig.',
    );
    expect(nl.status === 'refused' && nl.message).toContain('heeft geen rijen met cijfers');
  });
});

describe('an export that reads two ways is asked about, never guessed', () => {
  it('one row per post per day: the user chooses by day or by post, and neither counts a row as a post', () => {
    const question = readExport({ name: 'fb-daily.csv', text: perDay }, importContext());
    if (question.status !== 'question' || question.question !== 'reading') throw new Error(JSON.stringify(question));
    expect(question.message).toContain('one row per post per day');
    const [byDay, byPost] = question.options;
    expect(byDay.label).toBe("By day: each day's numbers in the period of that day");

    const days = recognised(readExport({ name: 'fb-daily.csv', text: perDay }, importContext(), byDay.mapping));
    expect(days.file.summary).toBe('Facebook posts export: 4 days, 30 Jan – 2 Feb 2026, account Nordlys Bakery');
    expect(byPeriod(days.values)).toEqual({
      '2026-01-01': { impressions: 100 + 50 },
      '2026-02-01': { impressions: 20 + 200 + 100 },
    });

    const posts = recognised(readExport({ name: 'fb-daily.csv', text: perDay }, importContext(), byPost.mapping));
    expect(posts.file.summary).toBe('Facebook posts export: 2 posts, 30 Jan – 1 Feb 2026, account Nordlys Bakery');
    expect(byPeriod(posts.values)).toEqual({
      '2026-01-01': { impressions: 100 + 50 + 20 },
      '2026-02-01': { impressions: 200 + 100 },
    });
    // Reach per post per day cannot be added up over a post's days, nor over days.
    expect(posts.leftOut.map((c) => c.input)).toEqual(['reach']);
    expect(days.leftOut.map((c) => c.input)).toEqual(['reach']);
  });

  it('the answer, once saved in the spreadsheet, is used for the next file with the same headers', () => {
    const question = readExport({ name: 'fb-daily.csv', text: perDay }, importContext());
    if (question.status !== 'question' || question.question !== 'reading') throw new Error('expected a question');
    const saved = importContext({ mappings: [question.options[1].mapping] });
    expect(recognised(readExport({ name: 'next.csv', text: perDay }, saved)).count).toBe(2);
  });

  it('a tab whose dates all read two ways (01/05/2026) asks whether the day or the month comes first', () => {
    const rows = fixtureRows('linkedin_content_metrics.csv').filter((row) => row[0] !== '01/15/2026');
    const question = readExport({ name: 'Metrics', rows }, importContext());
    if (question.status !== 'question' || question.question !== 'reading') throw new Error(JSON.stringify(question));
    expect(question.message).toBe(
      'The dates in "Date" of "Metrics" read two ways (03/04/2026 is 3 April or 4 March). Which comes first?',
    );
    const [dayFirst, monthFirst] = question.options;
    const dmy = recognised(readExport({ name: 'Metrics', rows }, importContext(), dayFirst.mapping));
    expect(dmy.values.filter((v) => v.input === 'impressions').map((v) => [v.period, v.value])).toEqual([
      ['2026-03-01', 650],
      ['2026-05-01', 500],
    ]);
    const mdy = recognised(readExport({ name: 'Metrics', rows }, importContext(), monthFirst.mapping));
    expect(mdy.values.filter((v) => v.input === 'impressions').map((v) => [v.period, v.value])).toEqual([
      ['2026-01-01', 500],
      ['2026-02-01', 650],
    ]);
  });
});

describe('headers the aliases do not know are mapped once by the user', () => {
  // An Instagram export with a Danish interface: headers no public parser lists.
  const danish = [
    'Opslags-id;Kontobrugernavn;Udgivelsestidspunkt;Visninger;Rækkevidde;Synes godt om;Kommentarer;Gemte',
    '9001;nordlys.bageri;15-01-2026 14:30;1.200;800;50;4;7',
    '9002;nordlys.bageri;28-01-2026 09:00;900;600;30;2;3',
    '9003;nordlys.bageri;03-02-2026 19:45;2.500;1.500;120;10;12',
  ].join('\r\n');
  const context = importContext({
    language: 'da',
    columns: [
      { input: 'impressions', label: 'Visninger', aggregation: 'sum' },
      { input: 'reach', label: 'Rækkevidde pr. opslag', aggregation: 'average' },
      { input: 'likes', label: 'Likes', aggregation: 'sum' },
      { input: 'comments', label: 'Kommentarer', aggregation: 'sum' },
    ],
  });

  it('asks for the mapping with the headers, a sample and a suggested start; the mapped file then imports', () => {
    const question = readExport({ name: 'instagram-da.csv', text: danish }, context);
    if (question.status !== 'question' || question.question !== 'mapping') throw new Error(JSON.stringify(question));
    expect(question.headers).toEqual(danish.split('\r\n')[0].split(';'));
    expect(question.sample[0][2]).toBe('15-01-2026 14:30');
    expect(question.suggested).toMatchObject({
      dateColumn: 'Udgivelsestidspunkt',
      channel: 'instagram',
      columns: { Visninger: 'impressions', Kommentarer: 'comments' },
    });
    expect(question.message).toContain('Social KPI Kit kender ikke overskrifterne i "instagram-da.csv"');

    const mapping: SavedMapping = {
      ...question.suggested,
      grain: 'posts',
      columns: { Visninger: 'impressions', Rækkevidde: 'reach', 'Synes godt om': 'likes', Kommentarer: 'comments' },
    };
    const result = recognised(readExport({ name: 'instagram-da.csv', text: danish }, context, mapping));
    expect(result.file).toMatchObject({ kind: 'mapped', grain: 'posts' });
    expect(result.file.summary).toBe('Eksport, du selv har tilknyttet: 3 opslag, 15. jan. – 3. feb. 2026');
    expect(byPeriod(result.values)).toEqual({
      '2026-01-01': { impressions: 1200 + 900, reach: (800 + 600) / 2, likes: 50 + 30, comments: 4 + 2 },
      '2026-02-01': { impressions: 2500, reach: 1500, likes: 120, comments: 10 },
    });
    expect(result.values.find((v) => v.input === 'likes')?.sourceColumn).toBe('Synes godt om');

    // Remembered in the spreadsheet: the next file with these headers is read without asking.
    const next = readExport({ name: 'februar.csv', text: danish }, { ...context, mappings: [mapping] });
    expect(next.status).toBe('recognised');
  });

  it('a mapped follower count takes the latest day of each period, never a sum', () => {
    const text = 'Dag,Følgere i alt\n10.01.2026,500\n31.01.2026,520\n20.01.2026,510\n05.02.2026,530\n';
    const mapping: SavedMapping = {
      headersKey: 'Dag\tFølgere i alt',
      grain: 'followers',
      channel: 'linkedin',
      dateColumn: 'Dag',
      columns: { 'Følgere i alt': 'total_followers' },
    };
    const result = recognised(readExport({ name: 'f.csv', text }, importContext(), mapping));
    expect(byPeriod(result.values)).toEqual({
      '2026-01-01': { total_followers: 520 },
      '2026-02-01': { total_followers: 530 },
    });
  });
});

describe('columns the map does not track', () => {
  it('are listed with the KPIs that would use them', () => {
    const context = importContext({
      columns: importContext().columns.filter((c) => c.input !== 'clicks'),
      untracked: [{ input: 'clicks', label: 'Clicks', kpis: ['Click-through rate (CTR)', 'Conversion rate'] }],
    });
    const result = read('facebook_posts.csv', context);
    expect(result.untracked).toEqual([
      {
        column: 'Link Clicks',
        input: 'clicks',
        label: 'Clicks',
        kpis: ['Click-through rate (CTR)', 'Conversion rate'],
      },
    ]);
    expect(result.values.some((v) => v.input === 'clicks')).toBe(false);
  });
});

describe('summaries in the map language', () => {
  it('Danish and Dutch', () => {
    expect(read('instagram_posts.csv', importContext({ language: 'da' })).file.summary).toBe(
      'Instagram-eksport af opslag: 4 opslag, 3. mar. – 15. apr. 2026, konto @nordlys.bakery',
    );
    expect(read('x_overview.csv', importContext({ language: 'nl' })).file.summary).toBe(
      'X-export van accountoverzicht: 4 dagen, 29 sep – 2 okt 2026',
    );
  });
});
