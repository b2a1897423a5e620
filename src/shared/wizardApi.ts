/**
 * The wire types of every sidebar → server call, imported by both sides (src/server and sidebar/).
 * Everything here is JSON-safe: no Date (dates travel as 'YYYY-MM-DD' strings), no functions,
 * no undefined inside arrays. google.script.run refuses anything else.
 */
import type { Language } from '../catalog/types.ts';

export type { Language };

/** The kinds of business goal the articles name. Users give each chosen goal their own name. */
export type BusinessGoalKind = 'awareness' | 'community' | 'sales' | 'leads' | 'service';
/** The four social-media goal families (000: reach, engagement, ROI, loyalty; 004: ... conversion, satisfaction). */
export type SocialGoalId = 'reach' | 'engagement' | 'conversion' | 'loyalty';
/** The "be critical" questions. */
export type CriticalQuestionId = 'sellsOnSocial' | 'paidAds' | 'serviceOnSocial' | 'surveys' | 'webAnalytics';
export type Cadence = 'weekly' | 'monthly' | 'bimonthly' | 'quarterly';
export type ReviewIntervalMonths = 3 | 6;
export type ChannelId = 'all' | 'facebook' | 'instagram' | 'x' | 'linkedin' | 'youtube' | 'tiktok' | 'pinterest';

/** A business goal the user chose, with the name they gave it (free text, always written as text). */
export interface BusinessGoalChoice {
  /** Stable id chosen by the client (e.g. 'g1'); kept across re-runs. */
  id: string;
  kind: BusinessGoalKind;
  name: string;
}

/** One KPI the user keeps, with its SMART target. Numbers travel as typed text; the server parses and validates them. */
export interface KpiChoice {
  /** A TRACKABLE_KPIS id from the catalog, e.g. 'amplification_rate' or 'follower_count'. */
  kpiId: string;
  /** The BusinessGoalChoice.id it serves (for grouping on the map and the report). */
  businessGoalId: string;
  socialGoal: SocialGoalId;
  channel: ChannelId;
  baseline: string;
  target: string;
  /** 'YYYY-MM-DD' */
  deadline: string;
  owner: string;
  cadence: Cadence;
  notes: string;
}

export interface WizardInput {
  language: Language;
  businessGoals: BusinessGoalChoice[];
  /** true = yes, false = no, null = not answered. */
  answers: Record<CriticalQuestionId, boolean | null>;
  kpis: KpiChoice[];
  /** 'YYYY-MM-DD': when the goals were set (progress and status count from here). */
  startDate: string;
  reviewIntervalMonths: ReviewIntervalMonths;
}

export interface Option<Id extends string | number = string> {
  id: Id;
  name: string;
  description: string;
}

export interface KpiOption {
  id: string;
  /** The sheet function, or null for a plain metric. */
  functionName: string | null;
  name: string;
  description: string;
  unit: 'fraction' | 'currency' | 'count' | 'hours' | 'score';
  better: 'higher' | 'lower';
  socialGoal: SocialGoalId;
}

export interface CriticalQuestion {
  id: CriticalQuestionId;
  question: string;
  /** Why it is asked: what changes with the answer. */
  why: string;
}

/** What the sidebar needs to render, in one language. */
export interface WizardModel {
  language: Language;
  businessGoals: Option<BusinessGoalKind>[];
  socialGoals: Option<SocialGoalId>[];
  questions: CriticalQuestion[];
  kpis: KpiOption[];
  channels: Option<ChannelId>[];
  cadences: Option<Cadence>[];
  reviewIntervals: Option<ReviewIntervalMonths>[];
  /** The choices behind the spreadsheet's current KPI map, so a re-run starts pre-filled; null when there is none. */
  current: WizardInput | null;
  /** 'YYYY-MM-DD' today in the spreadsheet's time zone, as a default start date. */
  today: string;
}

export interface RecommendedKpi {
  kpiId: string;
  /** The chosen business goal (BusinessGoalChoice.id) it is recommended for: the one to file it under. */
  businessGoalId: string;
  /** What it shows for that goal and why it beats the alternatives (or, when ruled out, why). */
  reason: string;
}

export interface Recommendation {
  socialGoal: SocialGoalId;
  /** The business goals (BusinessGoalChoice.id) this social goal serves. */
  businessGoalIds: string[];
  kpis: RecommendedKpi[];
  /** KPIs left out because of a "be critical" answer, with the reason (e.g. revenue when customers cannot buy on social). */
  notRecommended: RecommendedKpi[];
}

export interface VanityWarning {
  kpiId: string;
  /** The goal it is filed under, which it is judged against. */
  businessGoalId: string;
  reason: string;
}

/** A validation message for one field, e.g. field 'kpis.2.target'. In the input's language. */
export interface FieldMessage {
  field: string;
  message: string;
}

export interface WizardPreview {
  recommendations: Recommendation[];
  vanity: VanityWarning[];
  messages: FieldMessage[];
}

export interface ApplySummary {
  /** False when input was invalid: then nothing was written and messages say why. */
  ok: boolean;
  messages: FieldMessage[];
  sheetsCreated: string[];
  rowsAdded: number;
  rowsUpdated: number;
  rowsRetired: number;
  /** The KPI map's current tab name (the user may have renamed it). */
  mapSheetName: string;
}

/** Every server function the sidebar calls, by name. The client wrapper and the server both implement this. */
export interface ServerApi {
  getWizardModel(language: Language | null): WizardModel;
  previewWizard(input: WizardInput): WizardPreview;
  applyWizard(input: WizardInput): ApplySummary;
  /** Brings the KPI map tab to the front. */
  activateKpiMap(): void;
}
