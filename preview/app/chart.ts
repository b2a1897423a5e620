/**
 * Draws an embedded chart of a sheet (the report's line charts) as SVG, as Google Sheets shows it
 * over the grid: title, legend, axis with gridlines, one line or group of columns per series.
 * Text goes in with textContent only.
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
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#fff' }));
  root.append(text(16, 24, chart.title, { 'font-size': 15, fill: '#202124' }));

  // Legend under the title.
  let legendX = 16;
  series.forEach((s, i) => {
    root.append(svg('rect', { x: legendX, y: 36, width: 10, height: 10, rx: 2, fill: COLOURS[i % COLOURS.length] }));
    root.append(text(legendX + 14, 45, s.name));
    legendX += 24 + s.name.length * 6;
  });

  const plot = { left: 52, top: 60, right: width - 16, bottom: height - 32 };
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const low = Math.min(0, ...values);
  const high = Math.max(low === 0 ? 0.0001 : 0, ...values);
  const step = niceStep(high - low, 4);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step || step;
  const y = (value: number) => plot.bottom - ((value - min) / (max - min)) * (plot.bottom - plot.top);
  for (let tick = min; tick <= max + step / 2; tick += step) {
    root.append(svg('line', { x1: plot.left, x2: plot.right, y1: y(tick), y2: y(tick), stroke: '#e0e0e0' }));
    root.append(text(plot.left - 6, y(tick) + 4, axisLabel(tick, chart.percent), { 'text-anchor': 'end' }));
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
    const colour = COLOURS[i % COLOURS.length];
    if (chart.type === 'column') {
      const barWidth = (slot * 0.7) / series.length;
      s.values.forEach((value, k) => {
        if (value === null) return;
        const top = Math.min(y(value), y(0));
        const left = plot.left + slot * k + slot * 0.15 + barWidth * i;
        root.append(svg('rect', { x: left, y: top, width: barWidth, height: Math.abs(y(value) - y(0)), fill: colour }));
      });
      return;
    }
    // A line breaks at blank periods, as in Sheets.
    let points: string[] = [];
    const flush = () => {
      if (points.length > 1) {
        root.append(svg('polyline', { points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }));
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
