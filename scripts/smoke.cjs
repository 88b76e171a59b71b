// Loads the BUILT package through its exports map with `require` and calls through it.
const assert = require('node:assert/strict');
const mm = require('margin-math');

const { functions: names } = require('./public-api.json');
for (const name of names) assert.equal(typeof mm[name], 'function', `CJS build exports ${name}`);

const interest = mm.accruedInterest({
  principal: '1000',
  rate: '0.0002',
  from: Date.UTC(2024, 0, 1, 13, 20),
  to: Date.UTC(2024, 0, 1, 14, 15),
  clock: { kind: 'clockHours' },
});
assert.equal(interest.toFixed(), '0.01666667');
assert.equal(mm.chargeInstants({ from: 0, to: 7_200_000, clock: { kind: 'snapshots' } }).length, 1);
assert.throws(() => mm.maxBorrowable({ margin: '1', maxLeverage: '0.5' }), (e) => e instanceof mm.MarginError && e.code === 'INVALID_LEVERAGE');
assert.equal(mm.spotLiquidationPrice({ base: { held: '0.05', debt: 0 }, quote: { held: 0, debt: '2000' } }).toFixed(), '40000');
console.log('smoke (require): ok —', names.length, 'exports checked');
