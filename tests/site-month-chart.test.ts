import { describe, expect, it } from 'vitest';
import { monthChart, tickStep } from '../src/lib/site/month-chart.ts';
import { monthsBetween } from '../src/lib/edtf/calendar.ts';

describe('tickStep', () => {
  it('gives a round step of a few lines', () => {
    expect(tickStep(3)).toBe(1);
    expect(tickStep(8)).toBe(2);
    expect(tickStep(19)).toBe(5);
    expect(tickStep(40)).toBe(10);
    expect(tickStep(230)).toBe(50);
  });
});

describe('monthChart', () => {
  const months = monthsBetween('1923-01', '1924-12');
  const counts = new Map([
    ['1923-02', 2],
    ['1923-10', 11],
    ['1924-01', 7],
  ]);
  const chart = monthChart(months, counts, { slot: 10, gap: 2, plotHeight: 100, left: 30, top: 10, bottom: 20, right: 5 });

  it('draws a bar only for months with documents, placed by the month', () => {
    expect(chart.bars.map((b) => b.month)).toEqual(['1923-02', '1923-10', '1924-01']);
    expect(chart.bars[0]!.x).toBe(30 + 1 * 10 + 1);
    expect(chart.bars[2]!.x).toBe(30 + 12 * 10 + 1);
    expect(chart.bars.every((b) => b.width === 8)).toBe(true);
  });

  it('scales heights to a round maximum', () => {
    expect(chart.max).toBe(11);
    expect(chart.scaleMax).toBe(15);
    const tallest = chart.bars[1]!;
    expect(tallest.height).toBeCloseTo((11 / 15) * 100);
    expect(tallest.y + tallest.height).toBe(chart.plot.bottom);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15]);
    expect(chart.ticks[3]!.y).toBe(chart.plot.top);
  });

  it('spans each year over its twelve months and sizes the picture', () => {
    expect(chart.years).toEqual([
      { year: 1923, x: 30, width: 120, labelX: 90 },
      { year: 1924, x: 150, width: 120, labelX: 210 },
    ]);
    expect(chart.width).toBe(30 + 240 + 5);
    expect(chart.height).toBe(10 + 100 + 20);
  });

  it('draws an empty scale when there is nothing to count', () => {
    const empty = monthChart(months, new Map());
    expect(empty.bars).toEqual([]);
    expect(empty.scaleMax).toBe(1);
  });
});
