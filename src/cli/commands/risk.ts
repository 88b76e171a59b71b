import { riskRate } from '../../risk/riskRate.js';
import { riskStatus } from '../../risk/riskStatus.js';
import { required, type Command } from '../command.js';
import { RISK_FLAGS, riskRuleOf } from '../venueFlag.js';

export const risk: Command = {
  name: 'risk',
  summary: "an account's risk rate under a venue's model, and whether it is normal, in margin call or liquidated",
  mirrors: 'riskRate, riskStatus (docs/risk.md)',
  flags: {
    assets: { type: 'string', description: 'everything in the margin account, valued in one asset' },
    liabilities: { type: 'string', description: 'borrowed principal plus unpaid interest, valued the same way' },
    ...RISK_FLAGS,
  },
  examples: ['margin-math risk --assets 900 --liabilities 800 --venue bitget', 'margin-math risk --assets 1250 --liabilities 1000 --venue binance --json'],
  run(values) {
    const { model, thresholds } = riskRuleOf(values);
    const input = { assets: required(values, 'assets'), liabilities: required(values, 'liabilities'), ...(model && { model }) };
    const rate = riskRate(input);
    const status = riskStatus({ ...input, ...(thresholds && { thresholds }) });
    const measure = model?.kind ?? 'debtRatio';
    return {
      text: `${measure} ${rate === null ? 'unbounded' : rate.toFixed()} → ${status}`,
      json: { model: measure, riskRate: rate === null ? null : rate.toFixed(), status },
    };
  },
};
