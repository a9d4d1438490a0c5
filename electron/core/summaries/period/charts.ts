import * as echarts from 'echarts';
import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import { monthLabel, OUTCOME_ZH, rateText } from './labels';

/**
 * The period summary's charts, drawn by ECharts on the server (SSR: no DOM, no canvas) as SVG
 * strings. The SVG goes inline into the PDF's HTML and, rasterised, into the DOCX. Each chart is
 * sized in millimetres for the 156 mm text block and drawn at 96 px to the inch, so a 14 px label
 * prints at about 10.5 pt (五号).
 *
 * Text is set in CJK fonts by the names each platform knows (Windows: 黑体 SimHei / Microsoft
 * YaHei; macOS: PingFang SC; Linux: Noto Sans CJK SC), so Chromium, Word's renderer and resvg
 * each find one. ECharts measures text without a font engine on the server, counting a Chinese
 * character one em wide: true for every CJK font named here.
 */

export interface Chart {
  /** 'category' | 'outcome' | 'monthly' */
  name: string;
  /** 图2 + an ideographic space + 各类型案件受理和办结情况 — drawn under the chart, inside it. */
  caption: string;
  svg: string;
  widthMm: number;
  heightMm: number;
}

export const CHART_FONT = "'SimHei', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
const PX_PER_MM = 96 / 25.4;
const WIDTH_MM = 150;
const COLORS = ['#1f5fa8', '#d9822b', '#3a8f5c', '#b83b3b', '#7a5aa6', '#6b7b8c'];
const TEXT = { fontFamily: CHART_FONT, fontSize: 14, color: '#222' };

/** The caption under the chart, in the chart itself: a figure and its caption never part. */
function captionTitle(caption: string) {
  return { text: caption, left: 'center', bottom: 0, textStyle: { ...TEXT, fontSize: 15, fontWeight: 'normal' } };
}

function render(option: echarts.EChartsCoreOption, widthMm: number, heightMm: number): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: Math.round(widthMm * PX_PER_MM),
    height: Math.round(heightMm * PX_PER_MM),
  });
  try {
    chart.setOption({ animation: false, color: COLORS, textStyle: TEXT, backgroundColor: '#ffffff', ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const legend = { top: 0, left: 'center', textStyle: TEXT, itemWidth: 18, itemHeight: 10 };
const valueAxis = { type: 'value', minInterval: 1, axisLabel: TEXT, splitLine: { lineStyle: { color: '#e3e6ea' } } };

/** Received and closed per category, as horizontal bars (long category names read across). */
function categoryChart(figures: PeriodFigures, caption: string): Chart | null {
  const rows = figures.byCategory.filter((c) => c.received > 0 || c.closed > 0);
  if (rows.length === 0) return null;
  const heightMm = Math.min(160, 32 + rows.length * 11);
  const names = rows.map((c) => c.name).reverse();
  const bar = (name: string, data: number[]) => ({
    name,
    type: 'bar',
    data,
    barMaxWidth: 14,
    label: { show: true, position: 'right', ...TEXT, fontSize: 12 },
  });
  const svg = render(
    {
      title: captionTitle(caption),
      legend,
      grid: { left: 8, right: 36, top: 30, bottom: 34, containLabel: true },
      xAxis: valueAxis,
      yAxis: { type: 'category', data: names, axisLabel: TEXT, axisTick: { show: false } },
      series: [bar('受理', rows.map((c) => c.received).reverse()), bar('办结', rows.map((c) => c.closed).reverse())],
    },
    WIDTH_MM,
    heightMm,
  );
  return { name: 'category', caption, svg, widthMm: WIDTH_MM, heightMm };
}

/** Cases closed by outcome as a pie, each slice labelled with its count and share. */
function outcomeChart(figures: PeriodFigures, caption: string): Chart | null {
  const rows = figures.byOutcome.filter((o) => o.count > 0);
  if (rows.length === 0) return null;
  const total = figures.totals.closed;
  const heightMm = 90;
  const svg = render(
    {
      title: captionTitle(caption),
      series: [
        {
          type: 'pie',
          radius: ['0%', '58%'],
          center: ['50%', '48%'],
          data: rows.map((o) => ({ name: OUTCOME_ZH[o.outcome], value: o.count })),
          // The share as the outcome table prints it (one decimal, each rounded on its own):
          // ECharts' own {d} shifts rounding so the slices sum to 100 and can print 16.66%.
          label: { ...TEXT, formatter: ({ name, value }: { name: string; value: number }) => `${name}\n${value}件（${rateText(value / total)}）`, lineHeight: 18 },
          labelLine: { length: 12, length2: 16 },
          // Small slices side by side would print their labels over each other.
          avoidLabelOverlap: true,
        },
      ],
    },
    WIDTH_MM,
    heightMm,
  );
  return { name: 'outcome', caption, svg, widthMm: WIDTH_MM, heightMm };
}

/** Received and closed per month, for a period longer than a month. */
function monthlyChart(figures: PeriodFigures, caption: string): Chart | null {
  if (figures.monthly.length < 2) return null;
  const severalYears = figures.monthly[0]!.month.slice(0, 4) !== figures.monthly.at(-1)!.month.slice(0, 4);
  const heightMm = 85;
  // A label that would cover another one is left out: two lines of similar monthly counts
  // otherwise print their numbers on top of each other.
  // Each line's numbers in its own colour, so a number near the other line is still read right.
  const line = (name: string, data: number[], color: string) => ({
    name,
    type: 'line',
    data,
    symbol: 'circle',
    symbolSize: 6,
    // A white halo keeps a number readable where it crosses a line.
    label: { show: figures.monthly.length <= 12, position: 'top', ...TEXT, fontSize: 12, color, textBorderColor: '#ffffff', textBorderWidth: 3 },
    labelLayout: { hideOverlap: true },
  });
  const svg = render(
    {
      title: captionTitle(caption),
      legend,
      grid: { left: 8, right: 16, top: 36, bottom: 34, containLabel: true },
      xAxis: {
        type: 'category',
        data: figures.monthly.map((m) => monthLabel(m.month, severalYears)),
        axisLabel: { ...TEXT, hideOverlap: true },
      },
      yAxis: valueAxis,
      series: [line('受理', figures.monthly.map((m) => m.received), COLORS[0]!), line('办结', figures.monthly.map((m) => m.closed), COLORS[1]!)],
    },
    WIDTH_MM,
    heightMm,
  );
  return { name: 'monthly', caption, svg, widthMm: WIDTH_MM, heightMm };
}

const CHARTS: readonly [(f: PeriodFigures, caption: string) => Chart | null, string][] = [
  [monthlyChart, '各月受理和办结案件数'],
  [categoryChart, '各类型案件受理和办结情况'],
  [outcomeChart, '办结案件化解结果分布'],
];

/** The charts the figures call for, numbered 图1, 图2 … in the order the report shows them. */
export function periodCharts(figures: PeriodFigures): Chart[] {
  const charts: Chart[] = [];
  for (const [draw, caption] of CHARTS) {
    const chart = draw(figures, `图${charts.length + 1}\u3000${caption}`);
    if (chart) charts.push(chart);
  }
  return charts;
}
