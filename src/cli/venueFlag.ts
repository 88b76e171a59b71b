import { MarginError } from '../errors.js';
import type { RiskModel } from '../risk/model.js';
import type { RiskThresholds } from '../risk/thresholds.js';
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
  maintenanceMarginRate: { type: 'string', description: 'MMR of the maintenance model (Bitget blog: 0.1)' },
  marginCall: { type: 'string', description: 'margin-call threshold in the model’s measure' },
  liquidation: { type: 'string', description: 'liquidation threshold in the model’s measure' },
  mode: { type: 'string', description: "cross | isolated: which of the venue's rules", defaultText: 'cross' },
} as const;

/** The model and thresholds from flags, falling back to the venue's rule for `--mode`. */
export function riskRuleOf(values: FlagValues): { model?: RiskModel; thresholds?: RiskThresholds } {
  const kind = choice(values, 'model', ['debtRatio', 'maintenance', 'marginLevel'] as const);
  const venue = venueOf(values);
  let rule: Partial<VenueRisk> = {};
  if (kind !== undefined) {
    const mmr = optional(values, 'maintenanceMarginRate');
    if (kind === 'maintenance' && mmr === undefined) throw new MarginError('MISSING_INPUT', '--maintenanceMarginRate is required with --model maintenance', { field: 'maintenanceMarginRate' });
    rule = { model: kind === 'maintenance' ? { kind, maintenanceMarginRate: mmr as string } : { kind } };
  } else if (venue !== undefined) {
    const mode = modeOf(values);
    const preset = venue.risk?.[mode];
    if (preset === undefined) throw new MarginError('INVALID_OPTION', `${venue.title} publishes no ${mode} risk rule; give --model`, { field: 'model', venue: venue.name });
    rule = preset;
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
