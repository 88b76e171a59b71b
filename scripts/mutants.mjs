// Breaks the code one law at a time and checks that the property test guarding that law fails.
// Not part of `npm test` (it rewrites src/ files, always restoring them); run it with `npm run mutants`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Each mutant: a file, an exact text to replace, its replacement, and the law's test that must fail. */
const mutants = [
  ['src/borrowing/maxBorrowable.ts', 'const coinRoom = coinLimit.minus(borrowed);', 'const coinRoom = coinLimit;', 'test/borrowing/maxBorrowable.property.test.ts', 'never exceeds any of the three limits'],
  ['src/borrowing/maxBorrowable.ts', "isNegative(amount) ? new D(0) : round(amount, scale, 'floor')", "round(amount, scale, 'floor')", 'test/borrowing/maxBorrowable.property.test.ts', 'is never negative'],
  ['src/borrowing/maxBorrowable.ts', "amount = poolRemaining;\n    limitedBy = 'pool';", 'amount = poolRemaining;', 'test/borrowing/maxBorrowable.property.test.ts', 'equals the named limit'],
  ['src/borrowing/maxBorrowable.ts', 'margin.times(maxLeverage.minus(ONE))', 'margin.times(maxLeverage)', 'test/borrowing/maxBorrowable.property.test.ts', 'initial-risk-ratio form'],
  ['src/interest/accruedInterest.ts', "ratePeriodHours, scale, 'ceil');\n}", "ratePeriodHours, scale, 'floor');\n}", 'test/interest/accruedInterest.property.test.ts', 'never below it'],
  ['src/interest/accruedInterest.ts', 'principal.times(rate).times(billedHours).times(charges)', 'principal.times(rate).times(billedHours).times(charges).minus(1)', 'test/interest/accruedInterest.property.test.ts', 'is never negative'],
  ['src/interest/accruedInterest.ts', 'principal.times(rate).times(billedHours).times(charges)', 'rate.times(billedHours).times(charges).div(principal.plus(1))', 'test/interest/accruedInterest.property.test.ts', 'principal grows'],
  ['src/interest/accruedInterest.ts', 'principal.times(rate).times(billedHours).times(charges)', 'principal.times(billedHours).times(charges).div(rate.plus(1))', 'test/interest/accruedInterest.property.test.ts', 'rate grows'],
  ['src/interest/schedule.ts', 'count: (from, to) => 1 + boundariesBetween(from, to, periodMs),', 'count: (from, to) => 1 + (boundariesBetween(from, to, periodMs) % 7),', 'test/interest/accruedInterest.property.test.ts', 'time passes'],
  ['src/interest/schedule.ts', 'return to > first ? Math.ceil((to - first) / periodMs) : 0;', 'return to >= first ? Math.floor((to - first) / periodMs) + 1 : 0;', 'test/interest/accruedInterest.property.test.ts', 'UTC hour boundary crossed'],
  ['src/interest/chargeRange.ts', 'const start = window.since === undefined ? 0 : schedule.count(window.from, window.since);', 'const start = window.since === undefined ? 0 : Math.max(0, schedule.count(window.from, window.since) - 1);', 'test/interest/accruedInterest.property.test.ts', 'path independence'],
  ['src/interest/accruedInterest.ts', 'if (i >= run.start) interest = interest.plus(charge);', 'if (i >= run.start) interest = interest.plus(charge);\n    if (i === run.start) owed = owed.plus(charge);', 'test/interest/accruedInterest.property.test.ts', 'compounds in pieces'],
  ['src/risk/riskRate.ts', "return isZero(assets) ? null : divide(liabilities, assets, scale, 'ceil');", "return isZero(assets) ? null : divide(assets, liabilities, scale, 'ceil');", 'test/risk/risk.property.test.ts', 'collateral is added'],
  ['src/risk/riskRate.ts', "divide(liabilities.times(model.maintenanceMarginRate), equity, scale, 'ceil')", "divide(model.maintenanceMarginRate.times(1000), equity.plus(liabilities.times(2)), scale, 'ceil')", 'test/risk/risk.property.test.ts', 'debt is added'],
  ['src/risk/coverageMultiple.ts', 'numerator: threshold.plus(model.maintenanceMarginRate)', 'numerator: threshold.minus(model.maintenanceMarginRate)', 'test/risk/risk.property.test.ts', 'coverage multiple exactly'],
  ['src/risk/coverageMultiple.ts', 'compare(assets.times(k.denominator), liabilities.times(k.numerator)) <= 0', 'compare(assets.times(k.denominator), liabilities.times(k.numerator)) < 0', 'test/risk/risk.property.test.ts', 'coverage multiple exactly'],
  ['src/liquidation/priceSolvers.ts', 'denominator: by(Q.times(ONE.minus(r)), d) }),', 'denominator: by(Q.times(ONE.minus(r).minus(r)), d) }),', 'test/liquidation/liquidationPrice.property.test.ts', 'sits on the boundary'],
  ['src/liquidation/priceSolvers.ts', 'denominator: by(Q.times(ONE.plus(r)), d).minus(E.times(M.plus(by(c, d)))) }),', 'denominator: by(Q.times(ONE.plus(r)), d).minus(E.times(M.minus(by(c, d)))) }),', 'test/liquidation/liquidationPrice.property.test.ts', 'sits on the boundary'],
  ['src/liquidation/liquidationPrice.ts', "side === 'long' ? 'ceil' : 'floor'", "side === 'long' ? 'floor' : 'ceil'", 'test/liquidation/liquidationPrice.property.test.ts', 'sits on the boundary'],
  ['src/liquidation/liquidationPrice.ts', 'isPositive(f.numerator) && isPositive(f.denominator)', 'isPositive(f.denominator)', 'test/liquidation/liquidationPrice.property.test.ts', 'is null exactly'],
  ['src/liquidation/bankruptcyPrice.ts', "[entry.times(L), side === 'long' ? L.plus(ONE) : L.minus(ONE)]", "[entry.times(L), side === 'long' ? L.plus(ONE) : L]", 'test/liquidation/liquidationPrice.property.test.ts', 'bankruptcy price'],
  ['src/liquidation/priceSolvers.ts', 'short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).times(ONE.minus(r)).plus(c), d).plus(M), denominator: by(Q, d) }),', 'short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).times(ONE.minus(r)), d).plus(M), denominator: by(Q, d) }),', 'test/liquidation/liquidationPrice.property.test.ts', 'mirrors long and short'],
  ['src/liquidation/tiers.ts', 'previous.maintenanceAmount.plus(notionalFloor.times(maintenanceMarginRate.minus(previous.maintenanceMarginRate)))', 'previous.maintenanceAmount.plus(previous.notionalFloor.times(maintenanceMarginRate.minus(previous.maintenanceMarginRate)))', 'test/liquidation/liquidationPrice.property.test.ts', 'continuous across every tier boundary'],
  ['src/liquidation/liquidationPrice.ts', 'return next === undefined || top.lt(next.notionalFloor.times(bottom));', 'return true;', 'test/liquidation/liquidationPrice.property.test.ts', 'holds the notional'],
  ['src/liquidation/solveSpotPrice.ts', "return isPositive(b) ? divide(b, a, scale, 'ceil') : null;", "return isPositive(b) ? divide(b, a, scale, 'floor') : null;", 'test/liquidation/spotLiquidationPrice.property.test.ts', 'sits on the boundary'],
  ['src/liquidation/solveSpotPrice.ts', 'b: k.numerator.times(otherLiabilities).minus(k.denominator.times(otherAssets)),', 'b: k.numerator.times(otherLiabilities).minus(otherAssets),', 'test/liquidation/spotLiquidationPrice.property.test.ts', 'sits on the boundary'],
  ['src/liquidation/crossSpotLiquidationPrice.ts', 'const debt = loan === undefined ? new D(0) : toAmount(loan.principal, `loans.${input.asset}.principal`).plus(', 'const debt = loan === undefined ? new D(0) : new D(0).plus(', 'test/liquidation/spotLiquidationPrice.property.test.ts', 'cross account'],
  ['src/account/evolve.ts', 'const quoteDelta = e.side === \'buy\' ? value.plus(e.fee).times(-1) : value.minus(e.fee);', 'const quoteDelta = e.side === \'buy\' ? value.times(-1) : value.minus(e.fee);', 'test/account/account.model.test.ts', 'keeps every law'],
  ['src/account/evolve.ts', 'interest: loan.interest.minus(interest) };', 'interest: loan.interest };', 'test/account/account.model.test.ts', 'keeps every law'],
  ['src/account/decide.ts', 'if (next !== draft.state.status) draft.emit', 'if (next === \'liquidation\' && next !== draft.state.status) draft.emit', 'test/account/account.model.test.ts', 'keeps every law'],
  ['src/account/commands/withdraw.ts', 'if (amount.gt(free)) return reject(', 'if (amount.gt(free.plus(1))) return reject(', 'test/account/account.model.test.ts', 'keeps every law'],
  ['src/account/json.ts', 'from: Number.isFinite(c.discount.from) ? c.discount.from : null,', 'from: null,', 'test/account/account.model.test.ts', 'keeps every law'],
  ['src/account/draft.ts', 'this.state = evolve(this.state, event);', 'this.state = evolve(this.state, event);\n    if (event.type === \'Borrowed\') this.events.push(event);', 'test/account/account.model.test.ts', 'keeps every law'],
  // docs/liquidation.md — liquidation planning
  ['src/liquidation/saleQuantity.ts', '  return at(hi);', '  return hi > first ? at(hi - 1n) : at(hi);', 'test/liquidation/planLiquidation.property.test.ts', 'at or under its target'],
  ['src/liquidation/saleQuantity.ts', '  return at(hi);', '  return hi < top ? at(hi + 1n) : at(hi);', 'test/liquidation/planLiquidation.property.test.ts', 'is minimal'],
  ['src/liquidation/planLedger.ts', "round(gross, scale, 'floor')", "round(gross, scale, 'ceil')", 'test/liquidation/planLiquidation.property.test.ts', 'conserves value'],
  ['src/liquidation/planLiquidation.ts', '  for (const asset of ledger.debts()) ledger.cover(asset);', '', 'test/liquidation/planLiquidation.property.test.ts', 'a full plan with no debt'],
  ['src/liquidation/planLedger.ts', '    this.liabilities = sale.liabilities;\n', '', 'test/liquidation/planLiquidation.property.test.ts', 'reproduces riskAfter'],
  ['src/liquidation/planLedger.ts', 'this.move(owed, sale.left);', 'this.move(owed, sale.net);', 'test/liquidation/planLiquidation.property.test.ts', 'conserves value'],
  ['src/account/evolve.ts', 'LiquidationFeeCharged: (s, e) => ({ balances: moved(s, e, e.asset, e.amount.times(-1)) }),', 'LiquidationFeeCharged: () => ({}),', 'test/liquidation/planLiquidation.property.test.ts', 'conserves value'],
  ['src/account/evolve.ts', 'splitRepayment(e.amount, loan.interest, loan.principal)', 'splitRepayment(e.amount, new D(0), loan.principal.plus(loan.interest))', 'test/account/liquidate.test.ts', 'covers interest and principal'],
  ['src/liquidation/applyToFund.ts', "flow === 'feesIn' ? amount : amount.times(-1)", 'amount', 'test/account/liquidate.test.ts', 'bad debt'],
  ['src/decimal/divide.ts', 'return twiceRemainder >= divisor;', 'return twiceRemainder > divisor;', 'test/decimal/decimal.test.ts', 'exact ties'],
  ['src/decimal/approximation.ts', 'export const TOLERANCE = 1e-10;', 'export const TOLERANCE = 0;', 'test/monitoring/monitoring.property.test.ts', 'ties included'],
  ['src/monitoring/crossedBy.ts', 'const WINDOW = 1e-9;', 'const WINDOW = -1e-3;', 'test/monitoring/monitoring.property.test.ts', 'exactly the accounts'],
  ['src/monitoring/triggers.ts', 'if (a > 0 !== b > 0) return null;', 'if (a < 0 || b < 0) return null;', 'test/monitoring/monitoring.property.test.ts', 'exactly the accounts'],
];

let survived = 0;
for (const [file, from, to, testFile, testName] of mutants) {
  const original = readFileSync(file, 'utf8');
  if (!original.includes(from)) throw new Error(`mutant target not found in ${file}: ${from}`);
  writeFileSync(file, original.replace(from, to));
  let killed = false;
  try {
    execFileSync('npx', ['vitest', 'run', testFile, '-t', testName], { stdio: 'pipe' });
  } catch {
    killed = true;
  } finally {
    writeFileSync(file, original);
  }
  if (!killed) survived++;
  console.log(`${killed ? 'killed  ' : 'SURVIVED'}  ${file}: "${testName}"`);
}
console.log(`\n${mutants.length - survived} of ${mutants.length} mutants killed by the law they break`);
process.exit(survived === 0 ? 0 : 1);
