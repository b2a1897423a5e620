import { kpiSpec } from '../../../test/support/kpiSpec.ts';

kpiSpec('ROI', [
  { gain: 1500, cost: 1000, expected: 0.5 },
  { gain: 500, cost: 1000, expected: -0.5 },
  // A rate that may exceed 100 %: four times back what it cost.
  { gain: 4000, cost: 1000, expected: 3 },
  { gain: 1500, cost: 0, fails: 'cost is 0, and ROI divides by it.' },
]);

kpiSpec('LEAD_CONVERSION_RATE', [
  { customers: 11, leads: 50, expected: 0.22 },
  { customers: 11, leads: 0, fails: 'leads is 0' },
]);

kpiSpec('SUPPORT_COST_PER_CUSTOMER', [
  { support_cost: 640, customers: 100, expected: 6.4 },
  { support_cost: 640, customers: 0, fails: 'customers is 0' },
]);

kpiSpec('CUSTOMER_LIFETIME_VALUE', [
  { avg_order_value: 50, orders_per_year: 3, years: 2, expected: 300 },
  { avg_order_value: 50, orders_per_year: 3, years: 2, gross_margin: 0.4, expected: 120 },
  {
    avg_order_value: 50,
    orders_per_year: 3,
    years: 2,
    gross_margin: 40,
    fails: 'gross_margin is 40; a share is 0 to 1',
  },
]);
