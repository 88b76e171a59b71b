// Runs every example against the BUILT package (npm test, after the build): the Node scripts must
// exit 0, and the calculator's logic (site/calculator.js) answers its worked example under Node.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
let failed = false;
const fail = (message) => {
  console.error(`✗ ${message}`);
  failed = true;
};

for (const script of ['quick-start.mjs', 'exchange-tick.mjs', 'bot-stop-check.mjs', 'risk-service.mjs', 'futures-bot.mjs']) {
  const r = spawnSync(process.execPath, [join(root, 'examples', script)], { encoding: 'utf8' });
  if (r.status === 0) console.log(`✓ examples/${script}`);
  else fail(`examples/${script} exited ${r.status}\n${r.stdout}${r.stderr}`);
}

// The calculator's logic, under Node (the page itself is driven in Chromium by scripts/calculator-e2e.mjs):
// 1,000 USDT at 3x on Bitget (risk = debt × 10% / net assets, liquidation at 100%: assets ≤ 1.1 × debt)
// → 0.05 BTC, 2,000 owed, liquidated at 1.1 × 2,000 / 0.05 = 44,000.
const { spotMargin } = await import(join(root, 'site/calculator.js'));
const answer = spotMargin({ venue: 'bitget', side: 'long', margin: '1000', leverage: '3', entryPrice: '60000', rate: '0.02' });
if (answer.liquidationPrice?.toFixed() === '44000' && answer.borrowed.toFixed() === '2000') console.log('✓ site/calculator.js (Node)');
else fail(`site/calculator.js gave liquidation ${answer.liquidationPrice} and borrowed ${answer.borrowed}`);

if (failed) process.exit(1);
