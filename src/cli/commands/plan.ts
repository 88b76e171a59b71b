import type { LiquidationPlan, LiquidationStep } from '../../liquidation/liquidationPlan.js';
import { planLiquidation } from '../../liquidation/planLiquidation.js';
import { MarginError } from '../../errors.js';
import { choice, given, optional, readFlagFile, required, type Command, type FlagValues, type CommandIO } from '../command.js';
import { EXAMPLE_ACCOUNTS } from '../examples.js';
import { accountFromStatement, type AccountStatement } from '../statement.js';
import { venueOf } from '../venueFlag.js';

function describe(step: LiquidationStep): string {
  switch (step.kind) {
    case 'sell':
      return `sell ${step.quantity.toFixed()} ${step.asset} at ${step.price.toFixed()} → ${step.proceeds.toFixed()} ${step.for}`;
    case 'fee':
      return `fee ${step.amount.toFixed()} ${step.asset} to the insurance fund`;
    case 'repay':
      return `repay ${step.asset}: interest ${step.interest.toFixed()}, principal ${step.principal.toFixed()} (from ${step.source})`;
    case 'cover':
      return `insurance fund covers ${step.amount.toFixed()} ${step.asset}`;
  }
}

/** The plan as lines for people; totals in the account's valuation asset. */
export function planText(plan: LiquidationPlan, valuationAsset: string): string {
  const risk = (r: LiquidationPlan['riskBefore']) => r?.toFixed() ?? 'no debt';
  if (!plan.liquidatable) return `not liquidatable (risk ${risk(plan.riskBefore)})`;
  const lines = [
    `${plan.mode} liquidation${plan.fallback === null ? '' : ` (fallback: ${plan.fallback})`}: risk ${risk(plan.riskBefore)} → ${risk(plan.riskAfter)}`,
    ...plan.steps.map((s, i) => `  ${i + 1}. ${describe(s)}`),
    `  fees worth ${plan.feeTotal.toFixed()} ${valuationAsset}${plan.shortfall.gt(0) ? `, shortfall of ${plan.shortfall.toFixed()} ${valuationAsset} covered by the insurance fund` : ', no shortfall'}`,
  ];
  return lines.join('\n');
}

export const plan: Command = {
  name: 'plan',
  summary: 'what the liquidation engine would sell, repay, charge and cover for an account in a JSON file',
  mirrors: 'planLiquidation (docs/liquidation.md)',
  flags: {
    account: { type: 'string', description: 'a JSON file: a statement { mode?, valuationAsset?, riskModel?, thresholds?, prices, balances, loans } or accountToJSON output' },
    example: { type: 'string', description: `a built-in account instead of --account: ${Object.keys(EXAMPLE_ACCOUNTS).join(', ')}` },
    mode: { type: 'string', description: 'partial | full | sellAll (KuCoin: everything sold)', defaultText: "the venue's (KuCoin sellAll), else partial" },
    targetRiskRate: { type: 'string', description: "partial mode's target in the model's measure", defaultText: "the venue's partial target (Bitget 0.5), else the margin-call threshold" },
    maintenanceMarginRate: { type: 'string', description: "a statement's pair maintenance rate, where the venue sets one per pair (Bitget isolated)" },
    feeRate: { type: 'string', description: 'liquidation fee rate', defaultText: "the venue's, else 0" },
    slippage: { type: 'string', description: 'fraction lost to the market on each sale', defaultText: '0' },
  },
  examples: ['margin-math plan --example underwater --venue binance', 'margin-math plan --example bitget-maintenance --targetRiskRate 0.5 --json', 'margin-math plan --account my-account.json --venue bitget --feeRate 0.01'],
  run(values, io) {
    const venue = venueOf(values);
    const statement = statementOf(values, io);
    const account = accountFromStatement(statement, venue, optional(values, 'maintenanceMarginRate'));
    const feeRate = optional(values, 'feeRate') ?? venue?.liquidationFeeRate;
    const mode = choice(values, 'mode', ['partial', 'full', 'sellAll'] as const);
    const result = planLiquidation(account, {
      ...(mode !== undefined && { mode }),
      ...(feeRate !== undefined && { feeRate }),
      ...given(values, 'targetRiskRate', 'targetRiskRate'),
      ...given(values, 'slippage', 'slippage'),
    });
    return { text: planText(result, account.rules.valuationAsset), json: result };
  },
};

/** The account a plan is for: `--example NAME` (built in) or `--account FILE` (JSON), exactly one. */
function statementOf(values: FlagValues, io: CommandIO): AccountStatement {
  const example = optional(values, 'example');
  if (example !== undefined) {
    if (optional(values, 'account') !== undefined) throw new MarginError('INVALID_OPTION', 'give --account or --example, not both', { field: 'example' });
    if (!Object.prototype.hasOwnProperty.call(EXAMPLE_ACCOUNTS, example)) {
      throw new MarginError('INVALID_OPTION', `--example must be one of ${Object.keys(EXAMPLE_ACCOUNTS).join(', ')}, got ${JSON.stringify(example)}`, { field: 'example', value: example });
    }
    return EXAMPLE_ACCOUNTS[example]!;
  }
  if (optional(values, 'account') === undefined) throw new MarginError('MISSING_INPUT', `--account FILE or --example NAME is required (built in: ${Object.keys(EXAMPLE_ACCOUNTS).join(', ')})`, { field: 'account' });
  const text = readFlagFile(values, 'account', io);
  try {
    return JSON.parse(text) as AccountStatement;
  } catch (error) {
    throw new MarginError('INVALID_OPTION', `--account ${required(values, 'account')}: ${error instanceof Error ? error.message : String(error)}`, { field: 'account' });
  }
}
