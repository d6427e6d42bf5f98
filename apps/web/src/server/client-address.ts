import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import http from "node:http";

/**
 * Which proxies in front of the app may say who the client is (HINDSIGHT_TRUSTED_PROXIES): none by
 * default, so the client is the address of the socket and any X-Forwarded-For it sends is ignored;
 * a number of hops (the load balancer, or a CDN and a balancer: 1 or 2), whose X-Forwarded-For
 * entries count from the right; or the addresses and networks of the proxies (CIDR), stripped from
 * the right until the first address that is not one of them.
 */
export type TrustedProxies =
  { kind: "hops"; hops: number } | { kind: "networks"; networks: BlockList; listed: string[] };

/** Reads the setting: empty means none; a whole number is a hop count; else a comma-separated list of IPs or CIDRs. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? "").trim();
  if (text === "" || text === "0") return { kind: "hops", hops: 0 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) throw new Error(`HINDSIGHT_TRUSTED_PROXIES: ${text} hops is more proxies than any request passes`);
    return { kind: "hops", hops };
  }
  const networks = new BlockList();
  const listed = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of listed) {
    const [address = "", prefixText] = entry.split("/");
    const type = isIP(address);
    const prefix = prefixText === undefined ? (type === 6 ? 128 : 32) : Number(prefixText);
    if (!type || !Number.isInteger(prefix) || prefix < 0 || prefix > (type === 6 ? 128 : 32) || prefixText === "") {
      throw new Error(
        `HINDSIGHT_TRUSTED_PROXIES: "${entry}" is not an IP address or a network (CIDR, e.g. 10.0.0.0/8); give a hop count or a comma-separated list`,
      );
    }
    networks.addSubnet(address, prefix, type === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "networks", networks, listed };
}

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) as "10.0.0.1"; other addresses as they are. */
const plain = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");

function isTrusted(address: string, networks: BlockList): boolean {
  const type = isIP(address);
  if (!type) return false;
  return networks.check(address, type === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's, unless it is a trusted proxy, in which case the
 * X-Forwarded-For entry it vouches for (and so on, right to left). With no trusted proxy the
 * header is never read: a client can write anything in it.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string | undefined {
  const socket = socketAddress ? plain(socketAddress) : undefined;
  if (trusted.kind === "hops" && trusted.hops === 0) return socket;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => plain(entry.trim()))
    .filter(Boolean);
  const chain = socket ? [...forwarded, socket] : forwarded;
  if (trusted.kind === "hops") {
    // The last `hops` addresses are the proxies'; the one before them is the client's (or the
    // first, when fewer proxies passed the request on than configured).
    return chain[Math.max(0, chain.length - 1 - trusted.hops)];
  }
  for (let index = chain.length - 1; index > 0; index--) {
    if (!isTrusted(chain[index]!, trusted.networks)) return chain[index];
  }
  return chain[0];
}

const installed = Symbol.for("hindsight.clientAddress");

/**
 * Makes X-Forwarded-For, for everything behind it (Next.js, the auth library's sign-in rate limit),
 * hold the one client address `clientAddress` resolves, before Next.js reads the request: Next
 * only fills the header from the socket when the client did not send one, and no request handler
 * can see the socket. Once per process.
 */
export function installClientAddress(trusted: TrustedProxies): void {
  const prototype = http.Server.prototype as unknown as Record<symbol, unknown> & {
    emit: (event: string | symbol, ...args: unknown[]) => boolean;
  };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      const address = clientAddress(request.socket?.remoteAddress, request.headers["x-forwarded-for"], trusted);
      if (address) request.headers["x-forwarded-for"] = address;
      else delete request.headers["x-forwarded-for"];
    }
    return emit.call(this, event, ...args);
  };
}
