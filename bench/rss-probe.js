// Preloaded with `node --require bench/rss-probe.js …` into every process the benchmark times (Redaksi's CLI
// and each peer), so all of them report their peak RSS the same way: on exit, the process's own maximum
// resident set size (which covers its worker threads) is written as JSON to $REDAKSI_BENCH_PROBE.
'use strict';
const fs = require('node:fs');
const out = process.env.REDAKSI_BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
    } catch {
      // The figure is simply missing from the report.
    }
  });
}
