/**
 * One channel's numbers for one month in Load example data, made to hang together (reach from
 * impressions, clicks from impressions, conversions from the visits those clicks bring, revenue
 * from conversions) by preview/app/exampleNumbers.ts. Each input reads its example number from
 * it (src/catalog/inputs.ts), so a new input cannot lack one.
 */
export interface ExampleMonth {
  followers: number;
  /** Followers at the end of the month before. */
  previousFollowers: number;
  impressions: number;
  reach: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  clicks: number;
  sessions: number;
  bounces: number;
  conversions: number;
  adSpend: number;
  /** Everything social media cost: ads, tools, hours. */
  cost: number;
  revenue: number;
  leads: number;
  customers: number;
  avgOrderValue: number;
  brandMentions: number;
  competitorMentions: number;
  raised: number;
  resolved: number;
  supportCost: number;
  reviews: number;
  reviewRating: number;
  /** One survey answer (1–5 for CSAT, 0–10 for NPS). */
  surveyAnswer: number;
  /** Days after the first day of the month, with the time of day. */
  receivedAt: number;
  replyHours: number;
}
