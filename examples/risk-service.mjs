// A risk service's loop with the liquidation index: 50,000 isolated BTC/USDT accounts on Bitget's
// rules, indexed once; each tick asks only "whom did this move?" (crossedBy), trades update the
// index (updateIndex), and the index follows the price (repriceIndex). Checked against classifying
// every account (classifyBook) at each tick. Deterministic: sizes follow from the index.
import { classifyBook, createAccountBook, createLiquidationIndex, crossedBy, repriceIndex, updateIndex } from 'margin-math';

const rules = { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.8', liquidation: '1' } };
const account = (i, debt) => ({ id: `acct-${i}`, holdings: { BTC: { held: (0.01 + (i % 97) / 100).toFixed(2) }, USDT: { debt } } });
// each long owes what its BTC is worth at a price between 35,000 and 55,000: liquidated there
const accounts = Array.from({ length: 50_000 }, (_, i) => {
  const a = account(i, '0');
  return account(i, (Number(a.holdings.BTC.held) * (35000 + (i % 20_000))).toFixed(2));
});

let index = createLiquidationIndex(accounts, { ...rules, prices: { BTC: '60000' } });
const current = new Map(accounts.map((a) => [a.id, a]));
let failures = 0;

for (const [step, price] of ['57500', '56000', '54000', '55500'].entries()) {
  const started = process.hrtime.bigint();
  const crossings = crossedBy(index, 'BTC', price);
  const micros = Number(process.hrtime.bigint() - started) / 1000;
  const counts = { marginCall: 0, liquidation: 0, normal: 0 };
  for (const c of crossings) counts[c.to] += 1;
  console.log(`BTC → ${price}: ${crossings.length} accounts changed status in ${micros.toFixed(0)} µs — ${counts.marginCall} margin calls, ${counts.liquidation} liquidations, ${counts.normal} back to normal`);

  // The check a test would make: the same answer as classifying all 50,000 before and after.
  const ids = [...current.keys()];
  const book = createAccountBook([...current.values()], rules);
  const before = classifyBook(book, { BTC: index.prices.BTC });
  const after = classifyBook(book, { BTC: price });
  const expected = ids.filter((_, i) => before[i] !== after[i]);
  if (expected.join() !== crossings.map((c) => c.id).join()) failures += 1;

  // Trades since the last tick: one account in a thousand repays half its loan.
  const changed = ids.filter((_, i) => i % 1000 === step).map((id) => {
    const a = current.get(id);
    return { id, holdings: { BTC: a.holdings.BTC, USDT: { debt: (Number(a.holdings.USDT.debt) / 2).toFixed(2) } } };
  });
  for (const a of changed) current.set(a.id, a);
  index = repriceIndex(updateIndex(index, changed), { BTC: price });
}

console.log(failures === 0 ? 'every tick matched full classification' : `${failures} tick(s) differed from full classification`);
if (failures > 0) process.exitCode = 1;
