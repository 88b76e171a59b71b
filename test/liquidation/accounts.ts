import { accountFromJSON, accountToJSON, accountValuation, createAccount, riskStatus, type AccountConfig, type AccountState, type RiskModel, type RiskThresholds } from '../../src/index.js';

export const AT = Date.UTC(2024, 2, 1, 9, 0);

/** An account described by what it holds and owes, as a venue's statement would show it. */
export interface AccountDescription {
  readonly mode?: 'cross' | 'isolated';
  /** Cross: the non-valuation assets; isolated: [base] with USDT as quote. */
  readonly assets: readonly string[];
  readonly riskModel?: RiskModel;
  readonly thresholds?: RiskThresholds;
  readonly balances: Readonly<Record<string, string>>;
  readonly loans: Readonly<Record<string, { readonly principal: string; readonly interest: string }>>;
  readonly prices: Readonly<Record<string, string>>;
  /** Liquidation rules of the config, where the test needs its own. */
  readonly rules?: Pick<AccountConfig, 'partialLiquidationTarget' | 'liquidationMode'>;
}

/**
 * A real `AccountState` (through `accountFromJSON`, so it is validated and deeply frozen) holding
 * and owing exactly what the description says. Interest rules are 0, so executing at `AT` charges
 * nothing and the plan stays current. Status is what the public `riskStatus` says it is.
 */
export function accountOf(d: AccountDescription): AccountState {
  const interest = Object.fromEntries(['USDT', ...d.assets].map((a) => [a, { rate: '0' }]));
  const config: AccountConfig =
    d.mode === 'isolated'
      ? { mode: 'isolated', pair: { base: d.assets[0] as string, quote: 'USDT' }, interest, prices: d.prices, at: AT, ...(d.riskModel && { riskModel: d.riskModel }), ...(d.thresholds && { thresholds: d.thresholds }) }
      : { mode: 'cross', assets: d.assets, interest, prices: d.prices, at: AT, ...(d.riskModel && { riskModel: d.riskModel }), ...(d.thresholds && { thresholds: d.thresholds }) };
  const empty = accountToJSON(createAccount({ ...config, ...d.rules }));
  const valuation = accountValuation({ balances: d.balances, loans: d.loans, prices: d.prices, valuationAsset: 'USDT' });
  return accountFromJSON({
    ...empty,
    balances: d.balances,
    loans: Object.fromEntries(Object.entries(d.loans).map(([a, l]) => [a, { ...l, tranches: [{ principal: l.principal, borrowedAt: AT, accruedTo: AT }] }])),
    status: riskStatus({ ...valuation, ...(d.riskModel && { model: d.riskModel }), ...(d.thresholds && { thresholds: d.thresholds }) }),
  });
}
