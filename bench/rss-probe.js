// Preloaded with `node --require bench/rss-probe.js …` into every process the benchmark times (Redaksi's CLI
// and each peer), so all of them report their peak RSS the same way: on exit, the process's own maximum
// resident set size (which covers its worker threads) and its CPU time (user + system, all threads: unlike the wall
// time, barely moved by other load on the machine) are written as JSON to $REDAKSI_BENCH_PROBE.
'use strict';
const fs = require('node:fs');
const out = process.env.REDAKSI_BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      fs.writeFileSync(out, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
    } catch {
      // The figure is simply missing from the report.
    }
  });
}
