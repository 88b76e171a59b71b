/** One tick of a simulation as the chart draws it. */
export interface ChartRow {
  /** Epoch ms. */
  readonly at: number;
  readonly price: { toString(): string };
  /** The lower panel's value: 1 is the liquidation line. */
  readonly closeness: number;
  /** The position's liquidation price at this tick, when it has one. */
  readonly liquidationPrice?: { toString(): string } | null | undefined;
  /** The liquidation's kind, where one fired at this tick. */
  readonly fired?: string | undefined;
}

/** What a chart draws: the price path with the liquidation price, the risk gauge (1 = the liquidation line) and where a liquidation fired. */
export interface ChartInput {
  readonly base: string;
  readonly quote: string;
  /** Where the margin-call line sits on the gauge, or `undefined` for none. */
  readonly marginCallLine: number | undefined;
  /** The margin-call and liquidation lines' labels, in the venue's own measure. */
  readonly lineLabels: { readonly marginCall?: string; readonly liquidation: string };
  /** What the lower panel measures, said above it. */
  readonly riskLabel: string;
  /** Its short name, for the legend. */
  readonly riskName: string;
  /** A sentence under the chart saying how to read the lower panel. */
  readonly caption: string;
  readonly rows: readonly ChartRow[];
}

const WIDTH = 820;
const HEIGHT = 560;
const LEFT = 78;
const RIGHT = 24;
const PRICE_TOP = 50;
const PRICE_HEIGHT = 200;
const RISK_TOP = 318;
const RISK_HEIGHT = 130;
/** The risk panel shows closeness 0 … 1.25 (1 = the liquidation line). */
const RISK_MAX = 1.25;
const COLOURS = { price: '#2c3e50', liquidation: '#c0392b', call: '#d68910', risk: '#8e44ad', grid: '#e5e8eb', axis: '#555', text: '#333' };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const fixed = (n: number) => n.toFixed(1);

/** Round tick values covering [low, high]: 1, 2 or 5 times a power of ten apart. */
export function niceTicks(low: number, high: number, count: number): number[] {
  if (!(high > low)) return [low];
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

const when = (at: number) => new Date(at).toISOString().slice(5, 16).replace('T', ' ');

/**
 * An SVG chart of a simulation: price (with the position's liquidation price) on top, closeness to
 * liquidation below with the margin-call and liquidation lines labelled where they do not overprint,
 * a dot where a liquidation fired, time and value axes with labels, a legend and a caption.
 * Plain SVG 1.1, no scripts or fonts.
 */
export function simulationChart(sim: ChartInput, title: string): string {
  const rows = sim.rows;
  const prices = rows.map((r) => Number(r.price));
  const liquidations = rows.map((r) => (r.liquidationPrice === null || r.liquidationPrice === undefined ? NaN : Number(r.liquidationPrice)));
  const shown = [...prices, ...liquidations.filter(Number.isFinite)];
  const pad = (Math.max(...shown) - Math.min(...shown)) * 0.06 || 1;
  const low = Math.min(...shown) - pad;
  const high = Math.max(...shown) + pad;
  const first = rows[0]?.at ?? 0;
  const last = rows[rows.length - 1]?.at ?? first + 1;
  const x = (at: number) => LEFT + ((at - first) / Math.max(last - first, 1)) * (WIDTH - LEFT - RIGHT);
  const yPrice = (p: number) => PRICE_TOP + PRICE_HEIGHT - ((p - low) / (high - low)) * PRICE_HEIGHT;
  const yRisk = (c: number) => RISK_TOP + RISK_HEIGHT - (Math.min(Math.max(c, 0), RISK_MAX) / RISK_MAX) * RISK_HEIGHT;
  const path = (points: readonly (readonly [number, number])[]) => points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${fixed(px)},${fixed(py)}`).join(' ');
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="22" font-size="14" font-weight="bold">${escape(title)}</text>`,
  ];
  // upper panel: value axis, price, liquidation price
  out.push(`<text x="${LEFT}" y="${PRICE_TOP - 10}" fill="${COLOURS.text}">price (${escape(sim.quote)} per ${escape(sim.base)})</text>`);
  for (const t of niceTicks(low, high, 5)) {
    out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(yPrice(t))}" y2="${fixed(yPrice(t))}" stroke="${COLOURS.grid}"/>`);
    out.push(`<text x="${LEFT - 6}" y="${fixed(yPrice(t) + 4)}" text-anchor="end" fill="${COLOURS.axis}">${t}</text>`);
  }
  out.push(`<path d="${path(rows.map((r, i) => [x(r.at), yPrice(prices[i]!)] as const))}" fill="none" stroke="${COLOURS.price}" stroke-width="2"/>`);
  // the liquidation price, as a step line while the position has one
  let segment: (readonly [number, number])[] = [];
  const segments: (readonly (readonly [number, number])[])[] = [];
  rows.forEach((r, i) => {
    const lp = liquidations[i]!;
    if (Number.isFinite(lp)) segment.push([x(r.at), yPrice(lp)]);
    else if (segment.length > 0) {
      segments.push(segment);
      segment = [];
    }
  });
  if (segment.length > 0) segments.push(segment);
  for (const s of segments) out.push(`<path d="${path(s)}" fill="none" stroke="${COLOURS.liquidation}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
  // lower panel: closeness with its lines, labelled without overprinting
  out.push(`<text x="${LEFT}" y="${RISK_TOP - 10}" fill="${COLOURS.text}">${escape(sim.riskLabel)}</text>`);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(yRisk(t))}" y2="${fixed(yRisk(t))}" stroke="${COLOURS.grid}"/>`);
    out.push(`<text x="${LEFT - 6}" y="${fixed(yRisk(t) + 4)}" text-anchor="end" fill="${COLOURS.axis}">${t}</text>`);
  }
  const lines: { at: number; colour: string; label: string }[] = [{ at: 1, colour: COLOURS.liquidation, label: sim.lineLabels.liquidation }];
  if (sim.marginCallLine !== undefined && sim.lineLabels.marginCall !== undefined && sim.marginCallLine < 1) lines.push({ at: sim.marginCallLine, colour: COLOURS.call, label: sim.lineLabels.marginCall });
  const close = lines.length === 2 && Math.abs(yRisk(lines[0]!.at) - yRisk(lines[1]!.at)) < 14;
  lines.forEach((l, i) => {
    const y = yRisk(l.at);
    out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y)}" y2="${fixed(y)}" stroke="${l.colour}" stroke-dasharray="6 4"/>`);
    // two lines too close for one label each above: the liquidation's above at the right, the call's below at the left
    const [lx, anchor, ly] = close && i === 1 ? [LEFT + 4, 'start', y + 13] : [WIDTH - RIGHT - 4, 'end', y - 4];
    out.push(`<text x="${fixed(lx)}" y="${fixed(ly)}" text-anchor="${anchor}" fill="${l.colour}">${escape(l.label)}</text>`);
  });
  out.push(`<path d="${path(rows.map((r) => [x(r.at), yRisk(r.closeness)] as const))}" fill="none" stroke="${COLOURS.risk}" stroke-width="2"/>`);
  for (const r of rows) {
    if (r.fired === undefined) continue;
    out.push(`<circle cx="${fixed(x(r.at))}" cy="${fixed(yRisk(r.closeness))}" r="5" fill="${COLOURS.liquidation}"><title>${escape(`liquidation: ${r.fired}`)}</title></circle>`);
    out.push(`<line x1="${fixed(x(r.at))}" x2="${fixed(x(r.at))}" y1="${PRICE_TOP}" y2="${RISK_TOP + RISK_HEIGHT}" stroke="${COLOURS.liquidation}" stroke-width="0.8"/>`);
  }
  // time axis under both panels
  const axisY = RISK_TOP + RISK_HEIGHT;
  out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${axisY}" y2="${axisY}" stroke="${COLOURS.axis}"/>`);
  out.push(`<line x1="${LEFT}" x2="${LEFT}" y1="${PRICE_TOP}" y2="${PRICE_TOP + PRICE_HEIGHT}" stroke="${COLOURS.axis}"/>`);
  out.push(`<line x1="${LEFT}" x2="${LEFT}" y1="${RISK_TOP}" y2="${axisY}" stroke="${COLOURS.axis}"/>`);
  const labels = Math.min(6, rows.length);
  for (let k = 0; k < labels; k++) {
    const row = rows[Math.round((k * (rows.length - 1)) / Math.max(labels - 1, 1))]!;
    out.push(`<line x1="${fixed(x(row.at))}" x2="${fixed(x(row.at))}" y1="${axisY}" y2="${axisY + 5}" stroke="${COLOURS.axis}"/>`);
    const anchor = k === 0 ? 'start' : k === labels - 1 ? 'end' : 'middle';
    out.push(`<text x="${fixed(x(row.at))}" y="${axisY + 18}" text-anchor="${anchor}" fill="${COLOURS.axis}">${when(row.at)}</text>`);
  }
  out.push(`<text x="${(LEFT + WIDTH - RIGHT) / 2}" y="${axisY + 34}" text-anchor="middle" fill="${COLOURS.text}">time (UTC)</text>`);
  // legend and caption
  const legend: { colour: string; label: string; dashed?: boolean; dot?: boolean }[] = [
    { colour: COLOURS.price, label: 'price' },
    { colour: COLOURS.liquidation, label: 'liquidation price', dashed: true },
    { colour: COLOURS.risk, label: `${sim.riskName} (lower panel)` },
    { colour: COLOURS.liquidation, label: 'a liquidation', dot: true },
  ];
  let lx = LEFT;
  const ly = axisY + 56;
  for (const item of legend) {
    out.push(
      item.dot
        ? `<circle cx="${lx + 8}" cy="${ly - 4}" r="5" fill="${item.colour}"/>`
        : `<line x1="${lx}" x2="${lx + 20}" y1="${ly - 4}" y2="${ly - 4}" stroke="${item.colour}" stroke-width="2"${item.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    out.push(`<text x="${lx + 26}" y="${ly}" fill="${COLOURS.text}">${escape(item.label)}</text>`);
    lx += 40 + item.label.length * 6;
  }
  out.push(`<text x="${LEFT}" y="${ly + 22}" fill="${COLOURS.axis}">${escape(sim.caption)}</text>`);
  out.push('</svg>', '');
  return out.join('\n');
}
