/**
 * The figures of one comparison group on one axis (Observable Plot): an exact figure is a
 * point, a range or a bound is a bar over the values it allows, an open end runs to the edge
 * with an arrow. Overlapping bars agree; bars that do not touch conflict — seen at a glance.
 */
import * as Plot from "@observablehq/plot";
import { useEffect, useRef } from "react";

export interface ChartFigure {
  /** One row per figure: "RFE/RL · Interior Ministry". */
  label: string;
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

const ROW = 30;

export function FigureChart({ figures, unit }: { figures: readonly ChartFigure[]; unit?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (element === null || figures.length === 0) return;
    // As wide as the card allows.
    const width = Math.max(360, Math.min(900, element.clientWidth || 640));
    const chart = drawChart(figures, width, unit);
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [figures, unit]);
  return <div className="figure-chart" ref={box} role="img" aria-label={describeChart(figures)} />;
}

function drawChart(figures: readonly ChartFigure[], width: number, unit: string | undefined): SVGSVGElement | HTMLElement {
  const finite = figures.flatMap((figure) => [figure.low, figure.high]).filter((value) => Number.isFinite(value));
  const largest = Math.max(...finite, 1);
  const smallest = Math.min(...finite.filter((value) => value > 0), largest);
  // Figures that span orders of magnitude (128 and 7,000) need a log axis to be told apart.
  const log = smallest > 0 && largest / smallest >= 20;
  const edge = largest * (log ? 3 : 1.25);
  // A linear axis starts a little below the smallest figure (at 0 when one reaches 0), so
  // figures close together (128 and "more than 120") are told apart.
  const lowest = Math.min(...finite);
  const start = log ? smallest / 2 : lowest <= 0 ? Math.min(0, lowest) : lowest - Math.max((largest - lowest) * 0.25, lowest * 0.1);
  const rows = figures.map((figure, index) => ({
    // A string, so the rows form an ordinal scale top to bottom in table order.
    row: String(index),
    label: figure.label,
    low: Math.max(figure.low, start),
    high: Number.isFinite(figure.high) ? figure.high : edge,
    open: !Number.isFinite(figure.high),
    point: figure.low === figure.high,
  }));
  return Plot.plot({
    width,
    height: 36 + ROW * rows.length,
    marginLeft: Math.min(300, 16 + 6.6 * Math.max(...rows.map((row) => row.label.length))),
    marginRight: 24,
    style: { fontSize: "12px", background: "transparent" },
    x: { type: log ? "log" : "linear", domain: [start, edge], grid: true, label: unit ?? null, tickFormat: "~s" },
    // One row per figure, even when two come from the same source.
    y: { type: "point", domain: rows.map((row) => row.row), label: null, tickFormat: (row: string) => rows[Number(row)]?.label ?? "" },
    marks: [
      Plot.ruleY(
        rows.filter((row) => !row.point),
        { y: "row", x1: "low", x2: "high", strokeWidth: 8, stroke: "#2c4a78", strokeOpacity: 0.45, strokeLinecap: "round" },
      ),
      Plot.text(
        rows.filter((row) => row.open),
        { y: "row", x: "high", text: () => "▶", fill: "#2c4a78", dx: -2 },
      ),
      Plot.dot(
        rows.filter((row) => row.point),
        { y: "row", x: "low", r: 5, fill: "#2c4a78" },
      ),
    ],
  });
}

function describeChart(figures: readonly ChartFigure[]): string {
  return figures
    .map((figure) => {
      const high = Number.isFinite(figure.high) ? figure.high.toLocaleString("en") : "no upper bound";
      return figure.low === figure.high ? `${figure.label}: ${figure.low.toLocaleString("en")}` : `${figure.label}: ${figure.low.toLocaleString("en")} to ${high}`;
    })
    .join("; ");
}
