import { simulationChart, type ChartInput } from '../chart.js';
import { choice, numberFlag, optional, readFlagFile, type Command } from '../command.js';
import { DEFAULT_PATH_CSV } from '../defaultPath.js';
import { parsePricePath } from '../pricePath.js';
import { simulate as run, type Simulation, type TimelineRow } from '../simulation.js';
import { venueOf } from '../venueFlag.js';
import { venuePresets } from '../../venues/venuePresets.js';
import { isPerPair } from '../../venues/toVenue.js';
import type { VenuePreset } from '../../venues/venuePreset.js';
import { planText } from './plan.js';
import { MarginError } from '../../errors.js';
import type { CommandIO, CommandResult, FlagValues } from '../command.js';
import { EXAMPLE_PATHS } from '../examples.js';
import { simulatePerpetual, type PerpetualScenario } from '../perpetualSimulation.js';
import type { PricePoint } from '../pricePath.js';
import type { ResolvedRiskModel } from '../../risk/model.js';

const BAR = 30;

/** The venue's risk measure: its short name and how it reads. */
function measureOf(model: ResolvedRiskModel): { name: string; reads: string } {
  if (model.kind === 'marginLevel') return { name: 'margin level', reads: 'assets ÷ debt; lower is riskier' };
  if (model.kind === 'maintenance') return { name: 'risk ratio', reads: `debt × ${model.maintenanceMarginRate.toFixed()} ÷ (assets − debt); higher is riskier` };
  return { name: 'debt ratio', reads: 'debt ÷ assets; higher is riskier' };
}

/** The spot simulation as the chart draws it. */
function chartOf(sim: Simulation, model: ResolvedRiskModel): ChartInput {
  const { name } = measureOf(model);
  return {
    base: sim.scenario.base,
    quote: sim.scenario.quote,
    marginCallLine: sim.marginCallLine,
    lineLabels: { marginCall: `margin call (${name} ${sim.thresholds.marginCall.toFixed()})`, liquidation: `liquidation (${name} ${sim.thresholds.liquidation.toFixed()})` },
    riskLabel: 'closeness to liquidation: k × debt ÷ assets (1 = liquidation)',
    riskName: 'closeness to liquidation',
    caption: `Lower panel: how close the account is to its liquidation line, 0 = no debt, 1 = liquidated; k is the venue's liquidation line as a multiple of the debt.`,
    rows: sim.rows.map((r) => ({ at: r.at, price: r.price, closeness: r.closeness, liquidationPrice: r.liquidationPrice, fired: r.plan?.mode })),
  };
}

/** The closeness to liquidation as a bar: filled to the closeness, `|` at the margin-call line, capped at the liquidation line. */
export function riskBar(closeness: number, marginCallLine: number): string {
  const filled = Math.round(Math.min(Math.max(closeness, 0), 1) * BAR);
  const marker = Math.round(marginCallLine * BAR);
  let bar = '';
  for (let i = 0; i < BAR; i++) bar += i === marker ? '|' : i < filled ? '█' : '·';
  return `${bar}${closeness >= 1 ? '▶' : ' '}`;
}

function when(at: number): string {
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ');
}

const INDENT = '                  ';

function rowText(sim: Simulation, row: TimelineRow): string[] {
  // With no debt left (after a full liquidation) there is no risk to show, and nothing left open.
  const closed = row.riskRate === null && row.plan === undefined;
  const risk = row.riskRate === null ? '—' : row.riskRate.toFixed();
  const bar = closed ? ' '.repeat(BAR + 1) : riskBar(row.closeness, sim.marginCallLine);
  const lines = [`${when(row.at)}  ${row.price.toFixed().padStart(12)}  ${risk.padStart(12)}  ${bar}  ${row.interestPaid.toFixed().padStart(14)}  ${closed ? 'closed (no debt)' : row.status}`];
  for (const change of row.changes) lines.push(`${INDENT}status ${change}`);
  if (row.plan !== undefined) lines.push(...planText(row.plan, sim.scenario.quote).split('\n').map((l) => `${INDENT}${l}`));
  for (const change of row.afterPlan) lines.push(`${INDENT}status ${change} (after the liquidation)`);
  return lines;
}

/** The pair's maintenance rate: the flag, or for a venue that sets it per pair the documented BTCUSDT example. */
function maintenanceOf(venue: VenuePreset, flag: string | undefined): { maintenanceMarginRate?: string } {
  if (flag !== undefined) return { maintenanceMarginRate: flag };
  return isPerPair(venue.risk?.isolated?.model) ? { maintenanceMarginRate: PER_PAIR_EXAMPLE } : {};
}

// Bitget's API documentation ("Get Isolated Tier Configuration") answers BTCUSDT tier 1 with maintainMarginRate 0.1.
const PER_PAIR_EXAMPLE = '0.1';

export const simulate: Command = {
  name: 'simulate',
  summary: 'replay a price path through a leveraged spot-margin position and watch risk, interest and liquidation',
  mirrors: 'createAccount, execute, planLiquidation (docs/state-machine.md, docs/liquidation.md)',
  flags: {
    path: { type: 'string', description: 'a CSV of time,price (ISO-8601 or epoch ms)', defaultText: 'the embedded 48-hour BTC/USDT path' },
    example: { type: 'string', description: `a built-in path instead of --path: ${Object.keys(EXAMPLE_PATHS).join(', ')}` },
    deposit: { type: 'string', description: 'quote deposited as margin', defaultText: '1000' },
    leverage: { type: 'string', description: "leverage to open at, up to the venue's isolated cap", defaultText: '3' },
    side: { type: 'string', description: 'long | short', defaultText: 'long' },
    rate: { type: 'string', description: 'interest rate of the borrowed asset per --ratePeriodHours', defaultText: "0.000126279 a day (Bitget's example)" },
    ratePeriodHours: { type: 'string', description: 'hours --rate is quoted for (24: daily; MEXC quotes hourly rates: 1)', defaultText: '24, whatever the venue' },
    maintenanceMarginRate: {
      type: 'string',
      description: "the pair's maintenance margin rate where the venue sets one per pair (Bitget isolated)",
      defaultText: "0.1 for such a venue (Bitget's API example for BTCUSDT, tier 1)",
    },
    base: { type: 'string', description: 'the traded asset', defaultText: 'BTC' },
    quote: { type: 'string', description: 'the margin asset', defaultText: 'USDT' },
    svg: { type: 'string', description: 'also write a chart of price and risk to this file' },
    product: { type: 'string', description: 'spot (a spot-margin account: borrowing and interest) | perpetual (a futures position: margin and funding)', defaultText: 'spot' },
    fundingRate: { type: 'string', description: 'perpetual: the funding rate of each interval (positive: longs pay shorts)', defaultText: '0.0001' },
    fundingIntervalHours: { type: 'string', description: 'perpetual: hours between funding instants (UTC)', defaultText: '8' },
    takerFeeRate: { type: 'string', description: 'perpetual: the fee rate of the opening fill', defaultText: '0' },
  },
  examples: [
    'margin-math simulate',
    'margin-math simulate --venue binance --leverage 5 --side short --svg short.svg',
    'margin-math simulate --example rally --side short --json',
    'margin-math simulate --path my-prices.csv',
    'margin-math simulate --product perpetual --leverage 20 --fundingRate 0.0003',
  ],
  run(values, io) {
    const path = parsePricePath(pathText(values, io));
    const product = choice(values, 'product', ['spot', 'perpetual'] as const) ?? 'spot';
    if (product === 'perpetual') return perpetual(values, path);
    for (const flag of ['fundingRate', 'fundingIntervalHours', 'takerFeeRate']) {
      if (optional(values, flag) !== undefined) throw new MarginError('INVALID_OPTION', `--${flag} applies to --product perpetual`, { field: flag });
    }
    const venue = venueOf(values) ?? venuePresets.bitget;
    const sim = run(
      {
        venue,
        ...positionFlags(values),
        rate: optional(values, 'rate') ?? '0.000126279',
        ratePeriodHours: numberFlag(values, 'ratePeriodHours') ?? 24,
        ...maintenanceOf(venue, optional(values, 'maintenanceMarginRate')),
      },
      path,
    );
    const { scenario } = sim;
    const title = `${venue.title} isolated ${scenario.base}/${scenario.quote}: ${scenario.side} ${scenario.leverage}x on ${scenario.deposit} ${scenario.quote}`;
    const model = sim.model;
    const measure = measureOf(model);
    const header = [
      `margin-math simulate — ${title}`,
      `opened ${sim.quantity.toFixed()} ${scenario.base} at ${path[0]?.price.toFixed() ?? ''} ${scenario.quote}, borrowing ${sim.borrowedAsset} at ${scenario.rate} per ${scenario.ratePeriodHours} h`,
      `${measure.name}: ${measure.reads} — margin call at ${sim.thresholds.marginCall.toFixed()}, liquidation at ${sim.thresholds.liquidation.toFixed()}`,
      `bar: closeness to liquidation (▶ = at or past it; | = the margin call); prices in ${scenario.quote} per ${scenario.base}, interest in ${sim.borrowedAsset}`,
      '',
      `time (UTC)        ${`price`.padStart(12)}  ${measure.name.padStart(12)}  ${'closeness to liquidation'.padEnd(BAR + 1)}  ${`interest`.padStart(14)}  status`,
    ];
    const svgPath = optional(values, 'svg');
    const liquidations = sim.rows.filter((r) => r.plan !== undefined).length;
    const last = sim.rows[sim.rows.length - 1];
    const footer = ['', `${sim.rows.length} ticks, ${liquidations} liquidation(s); interest charged ${last?.interestPaid.toFixed() ?? '0'} ${sim.borrowedAsset}${svgPath === undefined ? '' : `; chart written to ${svgPath}`}`];
    return {
      text: [...header, ...sim.rows.flatMap((r) => rowText(sim, r)), ...footer].join('\n'),
      json: { scenario: { ...scenario, venue: venue.name }, borrowedAsset: sim.borrowedAsset, quantity: sim.quantity, marginCallLine: sim.marginCallLine, rows: sim.rows },
      ...(svgPath !== undefined && { files: [{ path: svgPath, content: simulationChart(chartOf(sim, model), title) }] }),
    };
  },
};

/** The price path: `--path FILE`, `--example NAME`, or the embedded default. */
function pathText(values: FlagValues, io: CommandIO): string {
  const example = optional(values, 'example');
  if (example === undefined) return optional(values, 'path') === undefined ? DEFAULT_PATH_CSV : readFlagFile(values, 'path', io);
  if (optional(values, 'path') !== undefined) throw new MarginError('INVALID_OPTION', 'give --path or --example, not both', { field: 'example' });
  if (!Object.prototype.hasOwnProperty.call(EXAMPLE_PATHS, example)) throw new MarginError('INVALID_OPTION', `--example must be one of ${Object.keys(EXAMPLE_PATHS).join(', ')}, got ${JSON.stringify(example)}`, { field: 'example', value: example });
  return EXAMPLE_PATHS[example]!;
}

/** The position both products open: the pair, the deposit, the leverage and the side (defaults BTC/USDT, 1,000, 3x, long). */
function positionFlags(values: FlagValues): { base: string; quote: string; deposit: string; leverage: string; side: 'long' | 'short' } {
  return {
    base: optional(values, 'base') ?? 'BTC',
    quote: optional(values, 'quote') ?? 'USDT',
    deposit: optional(values, 'deposit') ?? '1000',
    leverage: optional(values, 'leverage') ?? '3',
    side: choice(values, 'side', ['long', 'short'] as const) ?? 'long',
  };
}

function money(value: { toFixed(dp?: number): string } | null | undefined, dp = 2): string {
  return value === null || value === undefined ? '—' : value.toFixed(dp);
}

/** `--product perpetual`: the futures position's margin, margin ratio, liquidation price and funding along the path. */
function perpetual(values: FlagValues, path: readonly PricePoint[]): CommandResult {
  for (const flag of ['venue', 'rate', 'ratePeriodHours']) {
    if (optional(values, flag) !== undefined) throw new MarginError('INVALID_OPTION', `--${flag} applies to --product spot: a perpetual has no loan and no venue preset yet`, { field: flag });
  }
  const scenario: PerpetualScenario = {
    ...positionFlags(values),
    fundingRate: optional(values, 'fundingRate') ?? '0.0001',
    fundingIntervalHours: numberFlag(values, 'fundingIntervalHours') ?? 8,
    maintenanceMarginRate: optional(values, 'maintenanceMarginRate') ?? '0.005',
    takerFeeRate: optional(values, 'takerFeeRate') ?? '0',
  };
  const sim = simulatePerpetual(scenario, path);
  const title = `isolated ${scenario.base}/${scenario.quote} perpetual: ${scenario.side} ${scenario.leverage}x on ${scenario.deposit} ${scenario.quote}`;
  const header = [
    `margin-math simulate — ${title}`,
    `opened ${sim.quantity.toFixed()} ${scenario.base} at ${path[0]?.price.toFixed() ?? ''}; funding ${scenario.fundingRate} every ${scenario.fundingIntervalHours} h (positive: longs pay), maintenance ${scenario.maintenanceMarginRate} of the value at mark`,
    `margin ratio = maintenance / equity (liquidation at 1); margin and funding in ${scenario.quote}, prices in ${scenario.quote} per ${scenario.base}`,
    '',
    `time (UTC)        ${'price'.padStart(9)}  ${'margin'.padStart(10)}  ${'ratio'.padStart(10)}  ${'liquidation'.padStart(11)}  ${'funding paid'.padStart(12)}  status`,
  ];
  const lines = sim.rows.flatMap((row) => {
    const out = [`${when(row.at)}  ${row.price.toFixed().padStart(9)}  ${money(row.open ? row.margin : null).padStart(10)}  ${money(row.marginRatio, 4).padStart(10)}  ${money(row.liquidationPrice).padStart(11)}  ${money(row.fundingPaid).padStart(12)}  ${row.open ? row.status : 'closed (no position)'}`];
    for (const change of row.changes) out.push(`${INDENT}status ${change}`);
    if (row.plan !== undefined) {
      for (const close of row.plan.closes) out.push(`${INDENT}liquidated: ${close.side} ${close.quantity.toFixed()} taken over at bankruptcy ${money(close.bankruptcyPrice)}, closed at ${close.exitPrice.toFixed()}; insurance fund ${row.plan.fundDelta.gte(0) ? '+' : ''}${money(row.plan.fundDelta)} ${scenario.quote}`);
    }
    for (const change of row.afterPlan) out.push(`${INDENT}status ${change} (after the liquidation)`);
    return out;
  });
  const svgPath = optional(values, 'svg');
  const liquidations = sim.rows.filter((r) => r.plan !== undefined).length;
  const last = sim.rows[sim.rows.length - 1];
  const footer = ['', `${sim.rows.length} ticks, ${liquidations} liquidation(s); funding paid ${money(last?.fundingPaid)} ${scenario.quote}${svgPath === undefined ? '' : `; chart written to ${svgPath}`}`];
  const chart: ChartInput = {
    base: scenario.base,
    quote: scenario.quote,
    marginCallLine: undefined,
    lineLabels: { liquidation: 'liquidation (margin ratio 1)' },
    riskLabel: 'margin ratio: maintenance ÷ equity (1 = liquidation)',
    riskName: 'margin ratio',
    caption: 'Lower panel: the position\'s maintenance margin as a share of its equity (margin + unrealised PnL); at 1 the engine takes it over.',
    rows: sim.rows.map((r) => ({ at: r.at, price: r.price, closeness: r.marginRatio === null ? (r.status === 'liquidation' ? 1.25 : 0) : Number(r.marginRatio), liquidationPrice: r.liquidationPrice, fired: r.plan === undefined ? undefined : 'full' })),
  };
  return {
    text: [...header, ...lines, ...footer].join('\n'),
    json: { product: 'perpetual', scenario, quantity: sim.quantity, rows: sim.rows },
    ...(svgPath !== undefined && { files: [{ path: svgPath, content: simulationChart(chart, title) }] }),
  };
}
