import type { Decimal } from '../decimal/constructor.js';
import { isZero } from '../decimal/compare.js';
import { MarginError } from '../errors.js';
import { assetEntries } from '../input/assetName.js';
import type { LiabilityMaintenance } from '../liquidation/liabilityMaintenance.js';
import { toTiers, type ResolvedTiers } from '../liquidation/tiers.js';
import type { ResolvedRiskModel } from '../risk/model.js';
import type { AccountConfig } from './config.js';

/** The levels of a tiered account, in the maintenance measure (the transfer-out one only when it is a risk level). */
export interface MaintenanceLevels {
  readonly marginCall: Decimal;
  readonly liquidation: Decimal;
  readonly partialTarget: Decimal | undefined;
  readonly transferOut: Decimal | undefined;
}

function invalid(message: string, field: string): MarginError {
  return new MarginError('INVALID_CONFIG', message, { field });
}

/**
 * Validates `liabilityTiers` (a maintenance model only; every table named by an asset of the account
 * and valid as `toTiers` checks it). Without a flat rate for debts outside the tables (rate 0), every
 * asset of the account must have its table: no debt may go without maintenance.
 */
export function toLiabilityMaintenance(given: AccountConfig['liabilityTiers'], model: ResolvedRiskModel, assets: readonly string[], levels: MaintenanceLevels): LiabilityMaintenance | undefined {
  if (given === undefined) return undefined;
  if (model.kind !== 'maintenance') throw invalid(`liabilityTiers applies to a maintenance risk model, not ${model.kind}`, 'liabilityTiers');
  const tiers: Record<string, ResolvedTiers> = {};
  for (const [asset, table] of assetEntries(given, 'liabilityTiers', 'INVALID_ASSET', 'INVALID_CONFIG')) {
    if (!assets.includes(asset)) throw invalid(`liabilityTiers names ${asset}, which is not an asset of this account`, `liabilityTiers.${asset}`);
    tiers[asset] = toTiers(table, `liabilityTiers.${asset}`);
  }
  if (isZero(model.maintenanceMarginRate)) {
    const missing = assets.find((asset) => !Object.prototype.hasOwnProperty.call(tiers, asset));
    if (missing !== undefined) {
      throw invalid(`liabilityTiers has no tiers for ${missing}, and there is no maintenanceMarginRate for debts without tiers: give both, or tiers for every asset`, `liabilityTiers.${missing}`);
    }
  }
  return { tiers, rate: model.maintenanceMarginRate, ...levels };
}
