import net from "node:net";

/**
 * A round-robin TCP balancer for `pnpm test:load -- --instances N`, in a process of its own: each
 * connection it accepts goes to the next of the `next start` instances and stays there (HTTP
 * keep-alive, as behind HAProxy in TCP mode or any layer-4 balancer). It passes bytes through and
 * reads none of them, so what it costs is the copying, which the load test counts as its own CPU.
 *
 * Environment: PORT (where it listens, loopback) and BACKENDS (the instances' loopback ports,
 * comma-separated).
 */

const port = Number(process.env.PORT);
const backends = (process.env.BACKENDS ?? "")
  .split(",")
  .map(Number)
  .filter((value) => Number.isInteger(value) && value > 0);
if (!Number.isInteger(port) || port <= 0 || backends.length === 0) {
  console.error("balancer: PORT and BACKENDS (comma-separated ports) are required");
  process.exit(2);
}

let turn = 0;
const server = net.createServer((client) => {
  const backend = backends[turn++ % backends.length]!;
  const upstream = net.connect(backend, "127.0.0.1");
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  for (const socket of [client, upstream]) {
    socket.on("error", close);
    socket.on("close", close);
  }
  client.pipe(upstream);
  upstream.pipe(client);
});

server.listen(port, "127.0.0.1", () => console.log(`balancer on ${port} -> ${backends.join(", ")}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
