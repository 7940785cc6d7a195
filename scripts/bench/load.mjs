// Load benchmark of a running server (default http://127.0.0.1:3000, see BASE).
// Usage: node scripts/bench/load.mjs [path] [connections] [seconds]
// Prints the cold first request, then requests/s and latency percentiles under load
// (warm: after the first request filled Next's data cache). Bounded in time; loopback only.
const base = process.env.BASE || "http://127.0.0.1:3000";
const path = process.argv[2] || "/bai-viet/dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
const connections = Number(process.argv[3] || 50);
const seconds = Math.min(Number(process.argv[4] || 10), 60);
const url = new URL(path, base);
if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error("benchmarks only target this machine");

async function hit() {
  const started = performance.now();
  const response = await fetch(url, { headers: { "user-agent": "bench (desktop)", "accept-encoding": "gzip" } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const cold = await hit();
console.log(`cold first request: ${cold.ms.toFixed(1)} ms (status ${cold.status}, ${cold.bytes} bytes)`);
const second = await hit();
console.log(`second request:     ${second.ms.toFixed(1)} ms`);

const latencies = [];
let errors = 0;
const deadline = performance.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) {
      try {
        const r = await hit();
        if (r.status !== 200) errors++;
        latencies.push(r.ms);
      } catch {
        errors++;
      }
    }
  }),
);
latencies.sort((a, b) => a - b);
console.log(
  `${connections} connections, ${seconds} s: ${(latencies.length / seconds).toFixed(0)} req/s, ` +
    `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ` +
    `p99 ${percentile(latencies, 99).toFixed(1)} ms, errors ${errors}`,
);
