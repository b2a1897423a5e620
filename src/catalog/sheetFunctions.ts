import { CONVERSION } from './families/conversion.ts';
import { ENGAGEMENT } from './families/engagement.ts';
import { REACH } from './families/reach.ts';
import { ROI } from './families/roi.ts';
import { SATISFACTION } from './families/satisfaction.ts';
import { TRACKING } from './families/tracking.ts';
import type { SheetFunctionDefinition } from './types.ts';

/**
 * Every KPI that is a custom sheet function, family by family. The sheet functions' bundle reads only
 * this (not the plain metrics); scripts/build.ts bundles it as a runtime-only view, without the
 * texts and parts only the wizard and the docs need.
 */
export const SHEET_FUNCTIONS: readonly SheetFunctionDefinition[] = [
  ...REACH,
  ...ENGAGEMENT,
  ...CONVERSION,
  ...ROI,
  ...SATISFACTION,
  ...TRACKING,
];
