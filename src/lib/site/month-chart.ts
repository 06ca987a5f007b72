/**
 * Geometry of the chart of documents per month (an SVG drawn at build time). Pure: the
 * component draws what this computes, so the layout can be tested without a browser.
 */

export interface ChartOptions {
  /** Width of one month's slot, in SVG units. */
  slot?: number;
  /** Gap between bars, in SVG units. */
  gap?: number;
  /** Height of the plot area (bars), in SVG units. */
  plotHeight?: number;
  /** Room left of the plot for the count scale. */
  left?: number;
  /** Room above the plot. */
  top?: number;
  /** Room below the plot for the year labels. */
  bottom?: number;
  /** Room right of the plot. */
  right?: number;
}

export interface ChartBar {
  /** `yyyy-mm`. */
  month: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartYear {
  year: number;
  /** Left edge of the year's first month and the width of its months. */
  x: number;
  width: number;
  /** Where the year's label is centred. */
  labelX: number;
}

export interface ChartTick {
  value: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Months with at least one document (months without documents get no bar). */
  bars: ChartBar[];
  years: ChartYear[];
  ticks: ChartTick[];
  /** The top of the scale (a round number at or above the highest count). */
  scaleMax: number;
  /** The highest count. */
  max: number;
}

/** A round step for the count scale: about four to six lines. */
export function tickStep(max: number): number {
  if (max <= 5) return 1;
  if (max <= 10) return 2;
  if (max <= 25) return 5;
  if (max <= 50) return 10;
  const magnitude = 10 ** Math.floor(Math.log10(max / 5));
  const candidates = [1, 2, 5, 10].map((k) => k * magnitude);
  return candidates.find((step) => max / step <= 6) ?? 10 * magnitude;
}

/**
 * Lay out one bar per month of `months` (consecutive `yyyy-mm`, in order), as high as the
 * month's count in `counts`. Heights are proportional to the scale; x follows the month's
 * position, so gaps in the record show as gaps on the axis.
 */
export function monthChart(
  months: readonly string[],
  counts: ReadonlyMap<string, number>,
  options: ChartOptions = {},
): ChartLayout {
  const { slot = 8, gap = 2, plotHeight = 160, left = 32, top = 8, bottom = 28, right = 4 } = options;
  const max = Math.max(0, ...months.map((m) => counts.get(m) ?? 0));
  const step = tickStep(Math.max(max, 1));
  const scaleMax = Math.max(step, Math.ceil(max / step) * step);
  const plot = { left, top, right: left + months.length * slot, bottom: top + plotHeight };
  const yOf = (value: number): number => plot.bottom - (value / scaleMax) * plotHeight;

  const bars: ChartBar[] = [];
  const years: ChartYear[] = [];
  months.forEach((month, i) => {
    const x = left + i * slot;
    const year = Number(month.slice(0, 4));
    const last = years[years.length - 1];
    if (last && last.year === year) last.width += slot;
    else years.push({ year, x, width: slot, labelX: 0 });
    const count = counts.get(month) ?? 0;
    if (count > 0) {
      const y = yOf(count);
      bars.push({ month, count, x: x + gap / 2, y, width: slot - gap, height: plot.bottom - y });
    }
  });
  for (const year of years) year.labelX = year.x + year.width / 2;

  const ticks: ChartTick[] = [];
  for (let value = 0; value <= scaleMax; value += step) ticks.push({ value, y: yOf(value) });

  return { width: plot.right + right, height: plot.bottom + bottom, plot, bars, years, ticks, scaleMax, max };
}
