// An S3-compatible test server (s3rver, files in a directory) for the cluster test.
// Usage: node scripts/cluster/s3-server.mjs <port> <directory> <bucket>
import S3rver from "s3rver";

const [port, directory, bucket] = process.argv.slice(2);
const server = new S3rver({ port: Number(port), address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket }] });
await server.run();
console.log(`[s3rver] http://127.0.0.1:${port} bucket ${bucket} in ${directory}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void server.close().finally(() => process.exit(0)));
