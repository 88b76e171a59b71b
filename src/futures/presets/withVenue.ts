import { MarginError, shown } from '../../errors.js';
import { assetEntries } from '../../input/assetName.js';
import { requireObject, requireShape, type Shape } from '../../input/shape.js';
import type { FuturesConfig, FuturesMarket } from '../config.js';
import type { FuturesVenuePreset } from './futuresVenuePreset.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const PRESET: Shape<FuturesVenuePreset> = { name: true, title: true, settlementAsset: true, liquidationStyle: true, market: true, markets: true, follows: true };
const SHARED: Shape<FuturesVenuePreset['market']> = { contract: true, maintenanceBasis: true, fundingIntervalHours: true };

/** A preset given as `venue`: its shape (`INVALID_OPTION` naming the field); its values are checked as the account's once merged. */
function toPreset(venue: unknown): FuturesVenuePreset {
  requireObject(venue, 'venue', 'INVALID_OPTION');
  const preset = venue as FuturesVenuePreset;
  requireShape(preset, 'venue', PRESET, 'INVALID_OPTION', 'INVALID_OPTION');
  for (const key of ['name', 'title'] as const) {
    if (typeof preset[key] !== 'string') throw new MarginError('INVALID_OPTION', `venue.${key} must be a text, got ${shown(preset[key])}`, { field: `venue.${key}`, value: shown(preset[key]) });
  }
  requireObject(preset.market, 'venue.market', 'INVALID_OPTION');
  requireShape(preset.market, 'venue.market', SHARED, 'INVALID_OPTION', 'INVALID_OPTION');
  for (const [symbol, market] of assetEntries(preset.markets, 'venue.markets', 'INVALID_ASSET', 'INVALID_OPTION')) requireObject(market, `venue.markets.${symbol}`, 'INVALID_OPTION');
  return preset;
}

/**
 * The configuration with its `venue` preset (one of `futuresVenuePresets`, or one of your own of
 * that shape) expanded: the settlement asset and liquidation style the venue's unless given, and
 * each market the venue's shared fields, then its published contract (when the venue publishes that
 * symbol), then the market's own fields — a market that gives its own `maintenanceMarginRate` or
 * `tiers` replaces the preset's maintenance whole. The result names no venue: a stored account keeps
 * the rules it was created with whatever later presets say. A preset of another shape is
 * `INVALID_OPTION` naming the field; the merged values are checked as the account's own.
 */
export function withVenue(config: FuturesConfig): FuturesConfig {
  if (!isRecord(config) || config.venue === undefined) return config;
  const preset = toPreset(config.venue);
  const { venue: _venue, ...rest } = config;
  // fromEntries defines own properties: a `__proto__` key stays a key (and is refused later), never a prototype
  const markets = isRecord(config.markets) ? Object.fromEntries(Object.entries(config.markets).map(([symbol, given]) => [symbol, merged(preset, symbol, given)])) : config.markets;
  return {
    ...rest,
    settlementAsset: config.settlementAsset ?? preset.settlementAsset,
    liquidationStyle: config.liquidationStyle ?? preset.liquidationStyle,
    markets: markets as Record<string, FuturesMarket>,
  };
}

function merged(preset: FuturesVenuePreset, symbol: string, given: unknown): unknown {
  if (!isRecord(given)) return given;
  const published: FuturesMarket | Record<string, never> = Object.prototype.hasOwnProperty.call(preset.markets, symbol) ? preset.markets[symbol]! : {};
  const ownMaintenance = given['maintenanceMarginRate'] !== undefined || given['tiers'] !== undefined;
  const { maintenanceMarginRate: _rate, tiers: _tiers, ...contract } = published as FuturesMarket;
  return { ...preset.market, ...(ownMaintenance ? contract : published), ...given };
}
