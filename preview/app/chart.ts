/**
 * Draws an embedded chart of a sheet (the report's line charts) as SVG, as Google Sheets shows it
 * over the grid: title, legend, axis with gridlines, one line or group of columns per series.
 * Text goes in with textContent only.
 *
 * The legend is laid out as Sheets lays it out, so the preview's screenshot shows what a manager would
 * miss: above the plot, one row, and the series that do not fit are paged away; on the right, one name a
 * line in at most 40 % of the width, a name too long for it cut with "…", and lines below the plot's
 * height paged away. legendLayout() is pure, so tests check it without a browser.
 */

export interface ChartView {
  type: 'line' | 'column';
  title: string;
  /** 0-based anchor cell: the chart's top-left corner sits there. */
  row: number;
  column: number;
  width: number;
  height: number;
  /** The x axis: the first column of the data, as the cells show it. */
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** The data cells are percentages: the axis says so. */
  percent: boolean;
  /** A fixed value axis (ChartSpec.valueAxis); absent: fitted to the data. */
  valueAxis?: { min: number; max: number; percent: boolean };
  legend?: 'right' | 'top' | 'none';
  /** 0-based series drawn dashed and grey (the target). */
  referenceSeries?: number[];
}

/** Average width of a character of the 11 px legend font (Roboto/Arial), in pixels. */
const CHAR_WIDTH = 6.2;
const LEGEND_LINE = 20;
const LEGEND_TOP = 44;
const REFERENCE_COLOUR = '#5f6368';

export interface LegendEntry {
  /** Index of the series. */
  series: number;
  /** The text shown: the name, or its start and "…" when it does not fit. */
  shown: string;
  x: number;
  y: number;
}

export interface LegendLayout {
  entries: LegendEntry[];
  /** Series the legend does not show (paged away). */
  hidden: number;
  /** Where the plot may go. */
  plot: { left: number; top: number; right: number; bottom: number };
}

function fitText(name: string, room: number): string {
  if (name.length * CHAR_WIDTH <= room) return name;
  const chars = Math.max(1, Math.floor(room / CHAR_WIDTH) - 1);
  return `${name.slice(0, chars)}…`;
}

/** Where each legend entry goes, and what room is left for the plot. */
export function legendLayout(chart: Pick<ChartView, 'width' | 'height' | 'series' | 'legend'>): LegendLayout {
  const { width, height, series } = chart;
  const plot = { left: 52, top: 60, right: width - 16, bottom: height - 32 };
  const entries: LegendEntry[] = [];
  if (chart.legend === 'none') return { entries, hidden: 0, plot: { ...plot, top: 44 } };
  if (chart.legend === 'right') {
    const longest = Math.max(0, ...series.map((s) => s.name.length * CHAR_WIDTH));
    const column = Math.min(longest + 14, width * 0.4);
    const x = width - 16 - column;
    const lines = Math.max(1, Math.floor((plot.bottom - LEGEND_TOP) / LEGEND_LINE));
    series.slice(0, lines).forEach((s, i) => {
      entries.push({ series: i, shown: fitText(s.name, column - 14), x, y: LEGEND_TOP + i * LEGEND_LINE });
    });
    return { entries, hidden: series.length - entries.length, plot: { ...plot, top: 44, right: x - 24 } };
  }
  // Above the plot, one row: what does not fit is paged away.
  let x = 16;
  for (const [i, s] of series.entries()) {
    const room = width - 16 - x - 14;
    const shown = fitText(s.name, room);
    if (shown !== s.name && entries.length > 0) break;
    entries.push({ series: i, shown, x, y: 36 });
    x += 24 + s.name.length * CHAR_WIDTH;
  }
  return { entries, hidden: series.length - entries.length, plot };
}

const SVG = 'http://www.w3.org/2000/svg';
/** Google Sheets' default series colours. */
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function text(x: number, y: number, content: string, attributes: Record<string, string | number> = {}) {
  const node = svg('text', { x, y, 'font-size': 11, fill: '#5f6368', ...attributes });
  node.textContent = content;
  return node;
}

/** Round steps for the value axis (1, 2, 5 × 10^n). */
function niceStep(range: number, steps: number): number {
  const raw = range / steps || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function axisLabel(value: number, percent: boolean): string {
  if (percent) return `${Math.round(value * 100)}%`;
  return Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(Number(value.toPrecision(6)));
}

export function drawChart(chart: ChartView): SVGSVGElement {
  const { width, height, series, categories } = chart;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  root.setAttribute('aria-label', chart.title);
  root.setAttribute('data-series-count', String(series.length));
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#fff' }));
  root.append(text(16, 24, chart.title, { 'font-size': 15, fill: '#202124' }));

  const reference = new Set(chart.referenceSeries ?? []);
  const colour = (i: number) => (reference.has(i) ? REFERENCE_COLOUR : COLOURS[i % COLOURS.length]);
  const legend = legendLayout(chart);
  const legendGroup = svg('g', { class: 'legend' });
  for (const entry of legend.entries) {
    legendGroup.append(
      svg('rect', { x: entry.x, y: entry.y, width: 10, height: 10, rx: 2, fill: colour(entry.series) }),
    );
    const label = text(entry.x + 14, entry.y + 9, entry.shown);
    label.setAttribute('data-series', series[entry.series].name);
    legendGroup.append(label);
  }
  if (legend.hidden > 0) {
    const last = legend.entries[legend.entries.length - 1];
    legendGroup.append(
      text(
        last ? last.x : 16,
        (last ? last.y : 36) + 26,
        `▲▼ 1/${Math.ceil(series.length / Math.max(1, legend.entries.length))}`,
      ),
    );
  }
  root.append(legendGroup);

  const plot = legend.plot;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const fixed = chart.valueAxis;
  const low = fixed ? fixed.min : Math.min(0, ...values);
  const high = fixed ? fixed.max : Math.max(low === 0 ? 0.0001 : 0, ...values);
  const step = niceStep(high - low, fixed ? 3 : 4);
  const min = fixed ? fixed.min : Math.floor(low / step) * step;
  const max = fixed ? fixed.max : Math.ceil(high / step) * step || step;
  const percent = fixed ? fixed.percent : chart.percent;
  // A value outside a fixed window is drawn at its edge, as Sheets clips it.
  const y = (value: number) =>
    plot.bottom - ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * (plot.bottom - plot.top);
  for (let tick = min; tick <= max + step / 2; tick += step) {
    root.append(svg('line', { x1: plot.left, x2: plot.right, y1: y(tick), y2: y(tick), stroke: '#e0e0e0' }));
    root.append(text(plot.left - 6, y(tick) + 4, axisLabel(tick, percent), { 'text-anchor': 'end' }));
  }

  const count = Math.max(1, categories.length);
  const slot = (plot.right - plot.left) / count;
  const x = (index: number) => plot.left + slot * (index + 0.5);
  // Every category label that fits: about one per 70 px.
  const every = Math.max(1, Math.ceil(70 / slot));
  categories.forEach((label, i) => {
    if (i % every === 0) root.append(text(x(i), plot.bottom + 18, label, { 'text-anchor': 'middle' }));
  });

  series.forEach((s, i) => {
    const stroke = colour(i);
    if (chart.type === 'column') {
      const barWidth = (slot * 0.7) / series.length;
      s.values.forEach((value, k) => {
        if (value === null) return;
        const top = Math.min(y(value), y(0));
        const left = plot.left + slot * k + slot * 0.15 + barWidth * i;
        root.append(svg('rect', { x: left, y: top, width: barWidth, height: Math.abs(y(value) - y(0)), fill: stroke }));
      });
      return;
    }
    // A line breaks at blank periods, as in Sheets.
    let points: string[] = [];
    const flush = () => {
      if (points.length > 1) {
        const dash: Record<string, string> = reference.has(i) ? { 'stroke-dasharray': '6 4' } : {};
        root.append(svg('polyline', { points: points.join(' '), fill: 'none', stroke, 'stroke-width': 2, ...dash }));
      }
      points = [];
    };
    s.values.forEach((value, k) => {
      if (value === null) flush();
      else points.push(`${x(k).toFixed(1)},${y(value).toFixed(1)}`);
    });
    flush();
  });
  return root;
}
