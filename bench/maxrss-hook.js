// Preloaded with --import where GNU time is absent: writes the process's peak RSS when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.APICONFORM_BENCH_RSS_FILE;
  if (file) writeFileSync(file, JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }));
});
