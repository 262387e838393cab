// Compares what tools/bench/instructions.sh counted with the budget; exits 1 when a figure is over it.
// usage: node check-budget.mjs COUNTED_JSON BUDGET_JSON
import { readFileSync } from 'node:fs';

const [counted, budget] = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, 'utf8')));
let over = 0;
for (const [unit, limits] of Object.entries(budget)) {
  if (typeof limits !== 'object') continue;
  for (const [figure, limit] of Object.entries(limits)) {
    const value = counted[unit]?.[figure];
    if (typeof value !== 'number') throw new Error(`the count has no ${figure} per ${unit}`);
    const verdict = value <= limit ? 'within' : 'OVER';
    if (value > limit) ++over;
    console.log(`${verdict.padEnd(6)} ${figure} per ${unit}: ${value.toLocaleString('en-US')} (budget ${limit.toLocaleString('en-US')})`);
  }
}
if (over) {
  console.log(`\n${over} figure(s) over budget. See what the change costs with tools/bench/instructions.sh before and ` +
    'after it; raise tests/performance/budget.json only for work worth its cost, and say so in the commit.');
  process.exit(1);
}
