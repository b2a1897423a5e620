/**
 * The yardstick for `npm run bench`: each KPI written by hand the way a careful developer would
 * write one custom function, over the arrays Sheets passes ([[v], [v], ...]). Same checks as the
 * kit's functions (numbers only, counts not negative, no division by 0, blank rows stay blank, a bad
 * row gets a message) but no shared mechanism, no catalog and no broadcasting.
 */
export type Column = readonly (readonly unknown[])[];
export type Output = (number | string)[][];

/** A count, an amount or any number (signed) from one cell; NaN when it is not usable. */
function read(value: unknown, signed: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return Number.NaN;
  return signed || value >= 0 ? value : Number.NaN;
}

/** part ÷ whole per row, the shape of most KPIs. */
function ratioColumn(part: Column, whole: Column, signedPart = false, scale = 1): Output {
  const out: Output = new Array<(number | string)[]>(part.length);
  for (let r = 0; r < part.length; r++) {
    const a = part[r][0];
    const b = whole[r][0];
    if (a === '' && b === '') {
      out[r] = [''];
      continue;
    }
    const x = read(a, signedPart);
    const y = read(b, false);
    if (Number.isNaN(x)) out[r] = ['#ERROR: the first value must be a number'];
    else if (Number.isNaN(y) || y === 0) out[r] = ['#ERROR: the second value must be a number above 0'];
    else out[r] = [(x / y) * scale];
  }
  return out;
}

function roi(gain: Column, cost: Column): Output {
  const out: Output = new Array<(number | string)[]>(gain.length);
  for (let r = 0; r < gain.length; r++) {
    const a = gain[r][0];
    const b = cost[r][0];
    if (a === '' && b === '') {
      out[r] = [''];
      continue;
    }
    const x = read(a, true);
    const y = read(b, false);
    if (Number.isNaN(x)) out[r] = ['#ERROR: gain must be a number'];
    else if (Number.isNaN(y) || y === 0) out[r] = ['#ERROR: cost must be a number above 0'];
    else out[r] = [(x - y) / y];
  }
  return out;
}

function growthRate(current: Column, previous: Column): Output {
  const out: Output = new Array<(number | string)[]>(current.length);
  for (let r = 0; r < current.length; r++) {
    const a = current[r][0];
    const b = previous[r][0];
    if (a === '' && b === '') {
      out[r] = [''];
      continue;
    }
    const x = read(a, true);
    const y = read(b, true);
    if (Number.isNaN(x)) out[r] = ['#ERROR: current must be a number'];
    else if (Number.isNaN(y) || y === 0) out[r] = ['#ERROR: previous must be a number other than 0'];
    else out[r] = [(x - y) / Math.abs(y)];
  }
  return out;
}

function potentialReach(followers: Column, sharers: Column, shareSeen: Column): Output {
  const out: Output = new Array<(number | string)[]>(followers.length);
  for (let r = 0; r < followers.length; r++) {
    const a = followers[r][0];
    const b = sharers[r][0];
    const c = shareSeen[r][0];
    if (a === '' && b === '') {
      out[r] = [''];
      continue;
    }
    const x = read(a, false);
    const y = read(b, false);
    const share = c === '' ? 0.03 : read(c, false);
    if (Number.isNaN(x) || Number.isNaN(y)) out[r] = ['#ERROR: followers must be numbers of 0 or more'];
    else if (Number.isNaN(share) || share > 1) out[r] = ['#ERROR: share_seen must be between 0 and 1'];
    else out[r] = [x + y * share];
  }
  return out;
}

function shareOfVoice(brand: Column, competitors: Column): Output {
  const out: Output = new Array<(number | string)[]>(brand.length);
  for (let r = 0; r < brand.length; r++) {
    const own = brand[r][0];
    const row = competitors[r];
    let others = 0;
    let blanks = 0;
    let bad = false;
    for (let c = 0; c < row.length; c++) {
      if (row[c] === '') {
        blanks++;
        continue;
      }
      const n = read(row[c], false);
      if (Number.isNaN(n)) bad = true;
      else others += n;
    }
    if (own === '' && blanks === row.length) {
      out[r] = [''];
      continue;
    }
    const x = read(own, false);
    if (Number.isNaN(x) || bad) out[r] = ['#ERROR: mentions must be numbers of 0 or more'];
    else if (x + others === 0) out[r] = ['#ERROR: no mentions in this row'];
    else out[r] = [x / (x + others)];
  }
  return out;
}

function lifetimeValue(orderValue: Column, ordersPerYear: Column, years: Column, margin: Column): Output {
  const out: Output = new Array<(number | string)[]>(orderValue.length);
  for (let r = 0; r < orderValue.length; r++) {
    const a = orderValue[r][0];
    const b = ordersPerYear[r][0];
    const c = years[r][0];
    const d = margin[r][0];
    if (a === '' && b === '' && c === '') {
      out[r] = [''];
      continue;
    }
    const x = read(a, false);
    const y = read(b, false);
    const z = read(c, false);
    const m = d === '' ? 1 : read(d, false);
    if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(z)) out[r] = ['#ERROR: values must be numbers of 0 or more'];
    else if (Number.isNaN(m) || m > 1) out[r] = ['#ERROR: gross_margin must be between 0 and 1'];
    else out[r] = [x * y * z * m];
  }
  return out;
}

function progress(actual: Column, baseline: Column, target: Column): Output {
  const out: Output = new Array<(number | string)[]>(actual.length);
  for (let r = 0; r < actual.length; r++) {
    const a = actual[r][0];
    const b = baseline[r][0];
    const c = target[r][0];
    if (a === '' && b === '' && c === '') {
      out[r] = [''];
      continue;
    }
    const x = read(a, true);
    const y = read(b, true);
    const z = read(c, true);
    if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(z)) out[r] = ['#ERROR: values must be numbers'];
    else if (z === y) out[r] = ['#ERROR: target equals baseline'];
    else out[r] = [(x - y) / (z - y)];
  }
  return out;
}

function status(
  actual: Column,
  baseline: Column,
  target: Column,
  start: Column,
  deadline: Column,
  asOf: Column,
): Output {
  const out: Output = new Array<(number | string)[]>(actual.length);
  for (let r = 0; r < actual.length; r++) {
    const a = actual[r][0];
    const b = read(baseline[r][0], true);
    const t = read(target[r][0], true);
    const s = read(start[r][0], true);
    const d = read(deadline[r][0], true);
    const now = read(asOf[r][0], true);
    if (Number.isNaN(b) || Number.isNaN(t) || Number.isNaN(s) || Number.isNaN(d) || Number.isNaN(now)) {
      out[r] = ['#ERROR: baseline, target and dates must be filled in'];
      continue;
    }
    if (t === b || d <= s) {
      out[r] = ['#ERROR: target must differ from baseline and deadline follow start'];
      continue;
    }
    if (a === '') {
      out[r] = ['Not started'];
      continue;
    }
    const x = read(a, true);
    if (Number.isNaN(x)) {
      out[r] = ['#ERROR: actual must be a number'];
      continue;
    }
    const p = (x - b) / (t - b);
    const expected = Math.min(1, Math.max(0, (now - s) / (d - s)));
    if (p >= 1) out[r] = ['Achieved'];
    else if (now < s) out[r] = ['Not started'];
    else if (now > d) out[r] = ['Off track'];
    else if (p >= expected) out[r] = ['On track'];
    else if (p >= expected - 0.15) out[r] = ['Behind'];
    else out[r] = ['Off track'];
  }
  return out;
}

/** By sheet-function name; arguments in the catalog's order, every one a column. */
export const HAND_WRITTEN: Record<string, (...columns: Column[]) => Output> = {
  AUDIENCE_GROWTH_RATE: (a, b) => ratioColumn(a, b, true),
  POST_REACH_RATE: (a, b) => ratioColumn(a, b),
  POTENTIAL_REACH: potentialReach,
  SHARE_OF_VOICE: shareOfVoice,
  APPLAUSE_RATE: (a, b) => ratioColumn(a, b),
  ENGAGEMENT_RATE: (a, b) => ratioColumn(a, b),
  AMPLIFICATION_RATE: (a, b) => ratioColumn(a, b),
  CONVERSION_RATE: (a, b) => ratioColumn(a, b),
  CTR: (a, b) => ratioColumn(a, b),
  VIRALITY_RATE: (a, b) => ratioColumn(a, b),
  BOUNCE_RATE: (a, b) => ratioColumn(a, b),
  CPC: (a, b) => ratioColumn(a, b),
  CPM: (a, b) => ratioColumn(a, b, false, 1000),
  ROI: roi,
  LEAD_CONVERSION_RATE: (a, b) => ratioColumn(a, b),
  SUPPORT_COST_PER_CUSTOMER: (a, b) => ratioColumn(a, b),
  CUSTOMER_LIFETIME_VALUE: lifetimeValue,
  RESOLUTION_RATE: (a, b) => ratioColumn(a, b),
  GROWTH_RATE: growthRate,
  KPI_PROGRESS: progress,
  KPI_STATUS: status,
};
