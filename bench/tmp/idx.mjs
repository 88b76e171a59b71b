import { createLiquidationIndex, updateIndex } from '../../dist/index.js';
import { generator } from '../random.mjs';
const g = generator(8); const accounts = [];
for (let i = 0; i < 1_000_000; i++) { const held = g.decimal(0.01, 2, 8); const trigger = 30000 + 29000 * g.next(); accounts.push({ id: `x${i}`, holdings: { BTC: { held }, USDT: { debt: (Number(held) * trigger).toFixed(8) } } }); }
let t = performance.now();
const index = createLiquidationIndex(accounts, { prices: { BTC: '45000' } });
console.log('build', performance.now() - t); t = performance.now();
for (let i = 0; i < 5; i++) updateIndex(index, { id: 'x0', holdings: { BTC: { held: '1' }, USDT: { debt: '40000' } } });
console.log('update', (performance.now() - t) / 5);
