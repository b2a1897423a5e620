/**
 * A large Facebook posts export (every header Meta writes, a caption over three lines in every fifth row,
 * thousands separators, Pacific publish times over 540 days): the import reader's bench (bench/importReader.ts)
 * and the test that the panel reads it off the page's main thread (test/importWorker.e2e.test.ts).
 */
import { seeded } from '../../preview/app/exampleNumbers.ts';

const HEADERS = [
  'Post ID',
  'Page ID',
  'Page name',
  'Title',
  'Description',
  'Duration (sec)',
  'Publish time',
  'Caption type',
  'Permalink',
  'Is crosspost',
  'Is share',
  'Post type',
  'Date',
  'Views',
  'Impressions',
  'Reach',
  'Reactions, Comments and Shares',
  'Reactions',
  'Comments',
  'Shares',
  'Total clicks',
  'Link Clicks',
  'Other Clicks',
  'Matched Audience Targeting Consumption (Photo Click)',
  'Negative feedback from users: Hide all',
  'Negative feedback from users: Hide',
  'Seconds viewed',
  'Average Seconds viewed',
  'Estimated earnings (USD)',
  'Ad CPM (USD)',
  'Ad impressions',
];

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A year and a half of posts, about 90 a day, deterministic (the same file on every run). */
export function facebookExport(rows: number): string {
  const next = seeded(2026);
  const n = (max: number) => Math.floor(next() * max);
  const lines = [HEADERS.map(quote).join(',')];
  for (let r = 0; r < rows; r++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((r / rows) * 540) * 86_400_000);
    const time = `${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}/${day.getUTCFullYear()} ${String(n(24)).padStart(2, '0')}:${String(n(60)).padStart(2, '0')}`;
    const impressions = n(50_000);
    const reactions = n(900);
    const comments = n(120);
    const shares = n(60);
    const caption = r % 5 === 0 ? `Post ${r}: fresh bread,\n"sourdough" Mondays\nand more` : `Post ${r}`;
    const cells = [
      String(1_000_000 + r),
      '5550001',
      'Nordlys Bakery',
      '',
      caption,
      '',
      time,
      '',
      `https://www.facebook.com/5550001/posts/${r}`,
      'No',
      'No',
      'Photos',
      'Lifetime',
      '',
      impressions.toLocaleString('en-US'),
      String(n(30_000)),
      String(reactions + comments + shares),
      String(reactions),
      String(comments),
      String(shares),
      String(n(400)),
      String(n(300)),
      String(n(100)),
      String(n(50)),
      '0',
      '0',
      '0',
      '0',
      '',
      '',
      '',
    ];
    lines.push(cells.map(quote).join(','));
  }
  return lines.join('\r\n');
}
