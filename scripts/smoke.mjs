// Loads the BUILT package through its exports map with `import` and calls through it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as mm from 'margin-math';

const { functions: names } = JSON.parse(readFileSync(new URL('./public-api.json', import.meta.url), 'utf8'));
for (const name of names) assert.equal(typeof mm[name], 'function', `ESM build exports ${name}`);

const { amount, limitedBy } = mm.maxBorrowable({ margin: '10000', maxLeverage: 3, coinLimit: '15000' });
assert.equal(amount.toFixed(), '15000');
assert.equal(limitedBy, 'coinLimit');
assert.equal(mm.riskStatus({ assets: '1000', liabilities: '800' }), 'marginCall');
assert.throws(() => mm.riskRate({ assets: 'abc', liabilities: '1' }), (e) => e instanceof mm.MarginError && e.code === 'INVALID_DECIMAL');
assert.equal(mm.liquidationPrice({ side: 'long', entryPrice: 20000, quantity: 1, leverage: 50, maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' }).toFixed(), '19700');
console.log('smoke (import): ok —', names.length, 'exports checked');
