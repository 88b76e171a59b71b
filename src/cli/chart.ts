/** What a chart draws: the price path, the risk gauge (1 = the liquidation line) and where a liquidation fired. */
export interface ChartInput {
  readonly base: string;
  readonly quote: string;
  /** Where the margin-call line sits on the gauge, or `undefined` for none. */
  readonly marginCallLine: number | undefined;
  /** What the lower panel measures, said under it. */
  readonly riskLabel: string;
  readonly rows: readonly { readonly price: { toString(): string }; readonly closeness: number; readonly fired?: string | undefined }[];
}

const WIDTH = 800;
const HEIGHT = 460;
const LEFT = 70;
const RIGHT = 20;
const PRICE_TOP = 40;
const PRICE_HEIGHT = 200;
const RISK_TOP = 290;
const RISK_HEIGHT = 130;
/** The risk panel shows closeness 0 … 1.25 (1 = the liquidation line). */
const RISK_MAX = 1.25;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const fixed = (n: number) => n.toFixed(1);

/**
 * An SVG chart of a simulation: price on top, closeness to liquidation below with the margin-call and
 * liquidation lines marked and a dot where a liquidation fired. Plain SVG 1.1, no scripts or fonts.
 */
export function simulationChart(sim: ChartInput, title: string): string {
  const rows = sim.rows;
  const prices = rows.map((r) => Number(r.price));
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const span = high - low || 1;
  const x = (i: number) => LEFT + (i * (WIDTH - LEFT - RIGHT)) / Math.max(rows.length - 1, 1);
  const yPrice = (p: number) => PRICE_TOP + PRICE_HEIGHT - ((p - low) / span) * PRICE_HEIGHT;
  const yRisk = (c: number) => RISK_TOP + RISK_HEIGHT - (Math.min(c, RISK_MAX) / RISK_MAX) * RISK_HEIGHT;
  const pricePath = rows.map((r, i) => `${i === 0 ? 'M' : 'L'}${fixed(x(i))},${fixed(yPrice(Number(r.price)))}`).join(' ');
  const riskPath = rows.map((r, i) => `${i === 0 ? 'M' : 'L'}${fixed(x(i))},${fixed(yRisk(r.closeness))}`).join(' ');
  const line = (c: number, colour: string, label: string) =>
    `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(yRisk(c))}" y2="${fixed(yRisk(c))}" stroke="${colour}" stroke-dasharray="6 4"/>` +
    `<text x="${WIDTH - RIGHT - 4}" y="${fixed(yRisk(c) - 4)}" text-anchor="end" fill="${colour}" font-size="11">${label}</text>`;
  const fired = rows
    .map((r, i) => (r.fired === undefined ? '' : `<circle cx="${fixed(x(i))}" cy="${fixed(yRisk(r.closeness))}" r="5" fill="#c0392b"><title>${escape(`liquidation: ${r.fired}`)}</title></circle>`))
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="22" font-size="14" font-weight="bold">${escape(title)}</text>`,
    `<text x="${LEFT - 8}" y="${PRICE_TOP + 10}" text-anchor="end" font-size="11">${escape(String(high))}</text>`,
    `<text x="${LEFT - 8}" y="${PRICE_TOP + PRICE_HEIGHT}" text-anchor="end" font-size="11">${escape(String(low))}</text>`,
    `<text x="${LEFT}" y="${PRICE_TOP - 6}" font-size="11" fill="#555">price (${escape(sim.quote)} per ${escape(sim.base)})</text>`,
    `<path d="${pricePath}" fill="none" stroke="#2c3e50" stroke-width="2"/>`,
    `<text x="${LEFT}" y="${RISK_TOP - 6}" font-size="11" fill="#555">${escape(sim.riskLabel)}</text>`,
    sim.marginCallLine === undefined ? '' : line(sim.marginCallLine, '#e67e22', 'margin call'),
    line(1, '#c0392b', 'liquidation'),
    `<path d="${riskPath}" fill="none" stroke="#8e44ad" stroke-width="2"/>`,
    fired,
    '</svg>',
    '',
  ].join('\n');
}
