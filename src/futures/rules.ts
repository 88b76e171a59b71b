import { D, type Decimal } from '../decimal/constructor.js';
import { toRate } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { assetEntries, toAssetName } from '../input/assetName.js';
import { requireObject, requireShape, toChoice, type Shape } from '../input/shape.js';
import { toTiers } from '../liquidation/tiers.js';
import { toMaintenanceRate } from '../liquidation/toMaintenanceRate.js';
import { toRatePeriodHours } from '../interest/toRatePeriodHours.js';
import { toPrice, toQuantity } from '../positions/position.js';
import { toEpochMs } from '../input/instant.js';
import type { FuturesConfig, FuturesMarket } from './config.js';
import { FUTURES_LIQUIDATION_STYLES } from './planFuturesLiquidation.js';
import { withVenue } from './presets/withVenue.js';
import { toPlain } from '../account/json.js';
import { snapshot } from '../input/snapshot.js';
import type { FuturesRules, ResolvedFuturesMarket } from './state.js';

/** The most markets one futures account trades (each command values every position). */
export const MAX_MARKETS = 200;

const CONFIG: Shape<FuturesConfig> = { venue: true, marginMode: true, positionMode: true, liquidationStyle: true, settlementAsset: true, markets: true, marginCallRatio: true, marks: true, at: true };
const MARKET: Shape<FuturesMarket> = {
  contract: true,
  contractSize: true,
  tickSize: true,
  lotSize: true,
  maxLeverage: true,
  leverage: true,
  maintenanceMarginRate: true,
  tiers: true,
  maintenanceBasis: true,
  makerFeeRate: true,
  takerFeeRate: true,
  fundingIntervalHours: true,
  expiresAt: true,
};
const TEN = /* @__PURE__ */ new D(10);

function invalid(message: string, field: string): MarginError {
  return new MarginError('INVALID_CONFIG', message, { field });
}

function toMarket(value: FuturesMarket, field: string): ResolvedFuturesMarket {
  requireShape(value, field, MARKET, 'INVALID_OPTION', 'INVALID_CONFIG');
  const contract = value.contract === undefined ? 'linear' : toChoice(value.contract, `${field}.contract`, ['linear', 'inverse'] as const, 'INVALID_CONFIG');
  if ((value.maintenanceMarginRate === undefined) === (value.tiers === undefined)) throw invalid(`${field} needs one of maintenanceMarginRate and tiers`, `${field}.maintenanceMarginRate`);
  const fundingIntervalHours = value.fundingIntervalHours ?? 8;
  toRatePeriodHours(fundingIntervalHours, `${field}.fundingIntervalHours`);
  if (value.maxLeverage === undefined) throw invalid(`${field}.maxLeverage is required (no venue preset publishes this market)`, `${field}.maxLeverage`);
  const takerFeeRate = value.takerFeeRate === undefined ? new D(0) : toMaintenanceRate(value.takerFeeRate, `${field}.takerFeeRate`);
  const makerFeeRate = value.makerFeeRate === undefined ? new D(0) : toMaintenanceRate(value.makerFeeRate, `${field}.makerFeeRate`);
  return {
    contract,
    contractSize: value.contractSize === undefined ? new D(1) : toQuantity(value.contractSize, `${field}.contractSize`),
    tickSize: value.tickSize === undefined ? undefined : toPrice(value.tickSize, `${field}.tickSize`),
    lotSize: value.lotSize === undefined ? undefined : toQuantity(value.lotSize, `${field}.lotSize`),
    maxLeverage: toLeverage(value.maxLeverage, `${field}.maxLeverage`),
    maintenanceMarginRate: value.maintenanceMarginRate === undefined ? undefined : toMaintenanceRate(value.maintenanceMarginRate, `${field}.maintenanceMarginRate`),
    tiers: value.tiers === undefined ? undefined : toTiers(value.tiers, `${field}.tiers`),
    maintenanceBasis: value.maintenanceBasis === undefined ? 'mark' : toChoice(value.maintenanceBasis, `${field}.maintenanceBasis`, ['mark', 'entry'] as const, 'INVALID_CONFIG'),
    makerFeeRate,
    takerFeeRate,
    fundingIntervalHours,
    expiresAt: value.expiresAt === undefined ? undefined : toEpochMs(value.expiresAt, `${field}.expiresAt`, 'INVALID_CONFIG'),
  };
}

/**
 * Validates a futures configuration — its `venue` preset expanded first — into rules, the starting
 * leverage of each market, its marks and the configuration as it is kept (the expansion, as plain
 * JSON). `INVALID_CONFIG` and the usual codes name the field.
 */
export function toFuturesRules(input: FuturesConfig): { rules: FuturesRules; leverage: Record<string, Decimal>; marks: Record<string, Decimal>; config: FuturesConfig } {
  requireObject(input, 'config', 'INVALID_CONFIG');
  // read once: what is validated below, and kept, is this copy
  const given = snapshot(input, '', 'INVALID_CONFIG');
  toEpochMs(given.at, 'at', 'INVALID_CONFIG');
  const config = withVenue(given);
  requireShape(config, 'config', CONFIG, 'INVALID_OPTION', 'INVALID_CONFIG');
  const marginMode = toChoice(config.marginMode, 'marginMode', ['isolated', 'cross'] as const, 'INVALID_CONFIG');
  const positionMode = config.positionMode === undefined ? 'oneWay' : toChoice(config.positionMode, 'positionMode', ['oneWay', 'hedge'] as const, 'INVALID_CONFIG');
  const settlementAsset = config.settlementAsset === undefined ? 'USDT' : toAssetName(config.settlementAsset, 'settlementAsset');
  requireObject(config.markets, 'markets', 'INVALID_CONFIG');
  const entries = assetEntries(config.markets, 'markets', 'INVALID_ASSET', 'INVALID_CONFIG');
  if (entries.length === 0) throw invalid('markets must name at least one market', 'markets');
  if (entries.length > MAX_MARKETS) throw invalid(`markets names ${entries.length} markets; at most ${MAX_MARKETS}`, 'markets');
  const markets: Record<string, ResolvedFuturesMarket> = {};
  const leverage: Record<string, Decimal> = {};
  for (const [name, value] of entries) {
    requireObject(value, `markets.${name}`, 'INVALID_CONFIG');
    const market = toMarket(value, `markets.${name}`);
    markets[name] = market;
    const given = value.leverage === undefined ? undefined : toLeverage(value.leverage, `markets.${name}.leverage`);
    if (given !== undefined && given.gt(market.maxLeverage)) throw invalid(`markets.${name}.leverage is above its maxLeverage ${market.maxLeverage.toFixed()}`, `markets.${name}.leverage`);
    leverage[name] = given ?? (market.maxLeverage.lt(TEN) ? market.maxLeverage : new D(10));
  }
  const kinds = new Set(Object.values(markets).map((m) => m.contract));
  if (kinds.size > 1) throw invalid('markets must be all linear or all inverse: an account settles in one asset', 'markets');
  const marks: Record<string, Decimal> = {};
  for (const [name, price] of assetEntries(config.marks, 'marks', 'INVALID_ASSET', 'INVALID_CONFIG')) {
    if (!Object.prototype.hasOwnProperty.call(markets, name)) throw invalid(`marks names ${name}, which is not a market of this account`, `marks.${name}`);
    marks[name] = toPrice(price, `marks.${name}`);
  }
  for (const name of Object.keys(markets)) if (marks[name] === undefined) throw invalid(`marks needs the mark price of ${name}`, `marks.${name}`);
  const marginCallRatio = config.marginCallRatio === undefined ? undefined : toRate(config.marginCallRatio, 'marginCallRatio');
  if (marginCallRatio !== undefined && !(marginCallRatio.gt(0) && marginCallRatio.lt(1))) throw new MarginError('INVALID_THRESHOLD', 'marginCallRatio must lie between 0 and 1 (liquidation is at 1)', { field: 'marginCallRatio' });
  const liquidationStyle = config.liquidationStyle === undefined ? 'full' : toChoice(config.liquidationStyle, 'liquidationStyle', FUTURES_LIQUIDATION_STYLES, 'INVALID_CONFIG');
  return { rules: { marginMode, positionMode, settlementAsset, markets, marginCallRatio, liquidationStyle }, leverage, marks, config: toPlain(config) as FuturesConfig };
}
