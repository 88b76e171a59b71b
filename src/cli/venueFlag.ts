import { MarginError } from '../errors.js';
import type { RiskModel } from '../risk/model.js';
import type { RiskThresholds } from '../risk/thresholds.js';
import { isPerPair } from '../venues/toVenue.js';
import { toVenuePreset } from '../venues/toVenuePreset.js';
import type { VenuePreset, VenueRisk } from '../venues/venuePreset.js';
import { choice, optional, type FlagValues } from './command.js';

/** The `--venue` preset, when given. */
export function venueOf(values: FlagValues): VenuePreset | undefined {
  const name = optional(values, 'venue');
  return name === undefined ? undefined : toVenuePreset(name);
}

/** The `--mode` flag (default cross). */
export function modeOf(values: FlagValues): 'cross' | 'isolated' {
  return choice(values, 'mode', ['cross', 'isolated'] as const) ?? 'cross';
}

/** The risk-rule flags every risk-reading command shares. */
export const RISK_FLAGS = {
  model: { type: 'string', description: 'debtRatio | maintenance | marginLevel', defaultText: "the venue's, else debtRatio" },
  maintenanceMarginRate: { type: 'string', description: "MMR of the maintenance model (Bitget: 0.1 cross; isolated per pair)" },
  marginCall: { type: 'string', description: 'margin-call threshold in the model’s measure' },
  liquidation: { type: 'string', description: 'liquidation threshold in the model’s measure' },
  mode: { type: 'string', description: "cross | isolated: which of the venue's rules", defaultText: 'cross' },
} as const;

/** The model and thresholds from flags, falling back to the venue's rule for `--mode`. */
export function riskRuleOf(values: FlagValues): { model?: RiskModel; thresholds?: RiskThresholds } {
  const kind = choice(values, 'model', ['debtRatio', 'maintenance', 'marginLevel'] as const);
  const venue = venueOf(values);
  const mmr = optional(values, 'maintenanceMarginRate');
  let rule: { model?: RiskModel; thresholds?: RiskThresholds } = {};
  if (kind !== undefined) {
    if (kind === 'maintenance' && mmr === undefined) throw new MarginError('MISSING_INPUT', '--maintenanceMarginRate is required with --model maintenance', { field: 'maintenanceMarginRate' });
    rule = { model: kind === 'maintenance' ? { kind, maintenanceMarginRate: mmr as string } : { kind } };
  } else if (venue !== undefined) {
    const mode = modeOf(values);
    const preset: VenueRisk | undefined = venue.risk?.[mode];
    if (preset === undefined) throw new MarginError('INVALID_OPTION', `${venue.title} publishes no ${mode} risk rule; give --model`, { field: 'model', venue: venue.name });
    rule = { model: presetModel(venue.title, mode, preset.model, mmr), thresholds: preset.thresholds };
  }
  const marginCall = optional(values, 'marginCall');
  const liquidation = optional(values, 'liquidation');
  if ((marginCall === undefined) !== (liquidation === undefined)) {
    const missing = marginCall === undefined ? 'marginCall' : 'liquidation';
    throw new MarginError('MISSING_INPUT', `--marginCall and --liquidation go together; --${missing} is missing`, { field: missing });
  }
  const thresholds = marginCall !== undefined && liquidation !== undefined ? { marginCall, liquidation } : rule.thresholds;
  return { ...(rule.model && { model: rule.model }), ...(thresholds && { thresholds }) };
}

/** A preset's model with the pair's maintenance rate filled in (`--maintenanceMarginRate`) where the venue sets it per pair. */
export function presetModel(title: string, mode: string, model: VenueRisk['model'], mmr: string | undefined): RiskModel {
  if (!isPerPair(model)) return mmr !== undefined && model.kind === 'maintenance' ? { kind: 'maintenance', maintenanceMarginRate: mmr } : model;
  if (mmr === undefined) throw new MarginError('MISSING_INPUT', `${title} sets the ${mode} maintenance margin rate per pair: give --maintenanceMarginRate`, { field: 'maintenanceMarginRate' });
  return { kind: 'maintenance', maintenanceMarginRate: mmr };
}
