// Loads the BUILT package through its exports map with `import` and calls through it.
import assert from 'node:assert/strict';
import * as mm from 'margin-math';

const names = ['maxBorrowable', 'accruedInterest', 'chargeInstants', 'riskRate', 'marginLevel', 'riskStatus', 'MarginError'];
for (const name of names) assert.equal(typeof mm[name], 'function', `ESM build exports ${name}`);

const { amount, limitedBy } = mm.maxBorrowable({ margin: '10000', maxLeverage: 3, coinLimit: '15000' });
assert.equal(amount.toFixed(), '15000');
assert.equal(limitedBy, 'coinLimit');
assert.equal(mm.riskStatus({ assets: '1000', liabilities: '800' }), 'marginCall');
assert.throws(() => mm.riskRate({ assets: 'abc', liabilities: '1' }), (e) => e instanceof mm.MarginError && e.code === 'INVALID_DECIMAL');
console.log('smoke (import): ok —', names.length, 'exports checked');
