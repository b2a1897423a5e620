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
  /**
   * The row as the wizard was opened on it (from WizardModel.current); absent for a KPI added in
   * this wizard. An apply writes only the fields that differ from it, so a stale wizard never
   * reverts what someone else applied or typed meanwhile.
   */
  base?: KpiBase;
}

/** A KPI row's user cells as the wizard read them: ids for the dropdowns, numbers as the numbers they are. */
export interface KpiBase {
  /** The row's business goal and channel then: with kpiId, the row it was read from. */
  businessGoalId: string;
  channel: ChannelId;
  /** The cell's number; its text when it holds text; null when blank. */
  baseline: number | string | null;
  target: number | string | null;
  /** 'YYYY-MM-DD', or the cell's text when it holds no date. */
  deadline: string;
  owner: string;
  cadence: Cadence;
  notes: string;
}

/** The map's choices as the wizard was opened on them (WizardModel.current), for the three-way merge at apply. */
export interface WizardBase {
  /** The row keys ('kpiId|goalId|channel') of the map's KPIs that were not retired. */
  rows: string[];
  businessGoals: BusinessGoalChoice[];
  answers: Record<CriticalQuestionId, boolean | null>;
  startDate: string;
  reviewIntervalMonths: ReviewIntervalMonths;
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
  /** What the wizard was opened on; absent for a first run (or a caller that does not know). */
  base?: WizardBase;
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
  /** Damaged or missing hidden records found on the map: where, and what to do. In the model's language. */
  notices: string[];
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
  /** What the user should know: damaged hidden records, a deleted key row... In the input's language. */
  notices: string[];
  /**
   * Fields changed both in this wizard and elsewhere since it was opened (another apply, or typing
   * in the sheet). Then nothing was written (ok is false): the user chooses per field and applies
   * `rebased` again.
   */
  conflicts?: ApplyConflict[];
  /** The input merged with the sheet as it is now, the conflicting fields holding this wizard's values. */
  rebased?: WizardInput;
}

/** One field changed both here and elsewhere since the wizard was opened. */
export interface ApplyConflict {
  /** The field in `rebased`, e.g. 'kpis.2.target', 'businessGoals.0.name', 'startDate'. */
  field: string;
  /** What the field is, for the user, e.g. 'Follower count (Instagram): Target'. */
  label: string;
  /** The value in this wizard and in the sheet now, as shown to the user. */
  yours: string;
  theirs: string;
  /** The sheet's value as the field's wire value: put it at `field` in `rebased` to take it. */
  theirsValue: string | number;
}

/** Every server function the sidebar calls, by name. The client wrapper and the server both implement this. */
export interface ServerApi {
  getWizardModel(language: Language | null): WizardModel;
  previewWizard(input: WizardInput): WizardPreview;
  applyWizard(input: WizardInput): ApplySummary;
  /** Brings the KPI map tab to the front. */
  activateKpiMap(): void;
}
