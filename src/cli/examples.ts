import type { AccountStatement } from './statement.js';

/**
 * The inputs the README's command lines use, built in so they run in any project (`--example NAME`):
 * the same data as examples/accounts/*.json and examples/btc-path.csv in the repository (a test
 * keeps them equal).
 */
export const EXAMPLE_ACCOUNTS: Readonly<Record<string, AccountStatement>> = /* @__PURE__ */ Object.freeze({
  "bitget-maintenance": {
    "$comment": "Bitget's spot-margin blog model (liabilities × 10% / equity, liquidation at 1): 0.2 BTC at 49,000 against 9,000 USDT owed is risk 1.125. With --targetRiskRate 0.5 the plan sells just enough BTC to bring it back to 50% (test/vectors/liquidation-plan.json).",
    "mode": "cross",
    "riskModel": {
      "kind": "maintenance",
      "maintenanceMarginRate": "0.1"
    },
    "prices": {
      "BTC": "49000"
    },
    "balances": {
      "BTC": "0.2"
    },
    "loans": {
      "USDT": {
        "principal": "9000"
      }
    }
  },
  "underwater": {
    "$comment": "Isolated BTC/USDT, a 3x long after BTC gapped from 60,000 to 39,000: 0.05 BTC against 2,000 USDT borrowed plus 0.5 interest. Under water: the plan sells everything and the insurance fund covers the rest.",
    "mode": "isolated",
    "prices": {
      "BTC": "39000"
    },
    "balances": {
      "BTC": "0.05"
    },
    "loans": {
      "USDT": {
        "principal": "2000",
        "interest": "0.5"
      }
    }
  }
});

/** Price paths for `simulate --example NAME` (time,price CSV). */
export const EXAMPLE_PATHS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  // a rally from 60,000 to 79,800 in two days: what squeezes a short (examples/btc-path.csv)
  rally: `time,price
2024-06-01T00:00:00Z,60000
2024-06-01T04:00:00Z,61500
2024-06-01T08:00:00Z,63800
2024-06-01T12:00:00Z,66100
2024-06-01T16:00:00Z,68900
2024-06-01T20:00:00Z,71200
2024-06-02T00:00:00Z,73900
2024-06-02T04:00:00Z,76500
2024-06-02T08:00:00Z,79800
2024-06-02T12:00:00Z,78200
`,
});
