import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

// The SSRF rule (docs/webhooks.md): a webhook may only go to a public address. A URL whose host is,
// or resolves to, a loopback, private, link-local, unique-local, CGNAT, multicast, reserved or
// unspecified address (IPv4 or IPv6, IPv4-mapped and NAT64 included) is refused, at registration
// and again when each delivery connects (the connection uses the checked address, so a DNS answer
// that changes in between cannot point it elsewhere). HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE=1 lifts it.

const refusedV4 = new BlockList();
for (const [network, prefix, what] of [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "CGNAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
] as const) {
  void what;
  refusedV4.addSubnet(network, prefix, "ipv4");
}

const refusedV6 = new BlockList();
refusedV6.addAddress("::", "ipv6"); // unspecified
refusedV6.addAddress("::1", "ipv6"); // loopback
refusedV6.addSubnet("fc00::", 7, "ipv6"); // unique-local
refusedV6.addSubnet("fe80::", 10, "ipv6"); // link-local
refusedV6.addSubnet("fec0::", 10, "ipv6"); // site-local (deprecated)
refusedV6.addSubnet("ff00::", 8, "ipv6"); // multicast
refusedV6.addSubnet("100::", 64, "ipv6"); // discard-only

/** The 8 hextets of an IPv6 address (with any embedded dotted quad), or null if it is not one. */
function hextets(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, "");
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const parts = quad[1]!.split(".").map(Number);
    if (parts.some((part) => part > 255)) return null;
    text =
      text.slice(0, -quad[1]!.length) +
      `${((parts[0]! << 8) | parts[1]!).toString(16)}:${((parts[2]! << 8) | parts[3]!).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const read = (half: string) => (half === "" ? [] : half.split(":").map((group) => parseInt(group, 16)));
  const head = read(halves[0]!);
  const tail = halves.length === 2 ? read(halves[1]!) : [];
  const fill = 8 - head.length - tail.length;
  if (halves.length === 1 ? head.length !== 8 : fill < 0) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return groups.some((group) => Number.isNaN(group) || group < 0 || group > 0xffff) ? null : groups;
}

/** The IPv4 address an IPv6 one carries (IPv4-mapped, IPv4-compatible or NAT64), if it carries one. */
function embeddedV4(groups: number[]): string | null {
  const v4 = () => `${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  if (zeros(0, 5) && groups[5] === 0xffff) return v4(); // ::ffff:a.b.c.d
  if (zeros(0, 6) && (groups[6] !== 0 || groups[7]! > 1)) return v4(); // ::a.b.c.d
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(); // 64:ff9b::a.b.c.d
  return null;
}

/** Why `address` (an IP literal) may not receive webhooks, or null when it is a public address. */
export function refusedAddress(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare.split("%")[0]!);
  if (family === 4) return refusedV4.check(bare, "ipv4") ? `${bare} is not a public address` : null;
  if (family === 6) {
    const groups = hextets(bare);
    if (!groups) return `${bare} is not a valid address`;
    const v4 = embeddedV4(groups);
    if (v4 !== null) return refusedV4.check(v4, "ipv4") ? `${bare} (${v4}) is not a public address` : null;
    const canonical = groups.map((group) => group.toString(16)).join(":");
    return refusedV6.check(canonical, "ipv6") ? `${bare} is not a public address` : null;
  }
  return `${address} is not an IP address`;
}

export interface UrlGuardOptions {
  /** HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE: let webhooks reach any address (tests, closed networks). */
  allowPrivate: boolean;
}

export class RefusedUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedUrlError";
  }
}

const lookupAll = (hostname: string) =>
  new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/**
 * Checks a webhook URL: http or https, and (unless private addresses are allowed) a host that is a
 * public address or resolves only to public addresses. Throws RefusedUrlError saying why.
 */
export async function checkWebhookUrl(url: string, options: UrlGuardOptions): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RefusedUrlError("The URL is not a valid absolute URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new RefusedUrlError(`Only http and https URLs can receive webhooks, not ${parsed.protocol}`);
  if (options.allowPrivate) return;
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const why = refusedAddress(host);
    if (why) throw new RefusedUrlError(`${why}: webhooks only go to public addresses`);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAll(host);
  } catch {
    throw new RefusedUrlError(`The host ${host} could not be resolved`);
  }
  for (const { address } of addresses) {
    const why = refusedAddress(address);
    if (why)
      throw new RefusedUrlError(
        `${host} resolves to ${address}, which is not a public address: webhooks only go to public addresses`,
      );
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves the host and refuses the connection when any answer is
 * not a public address: the check and the connection use the same answer (no DNS rebinding).
 */
export function guardedLookup(options: UrlGuardOptions) {
  return (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (!options.allowPrivate) {
        for (const { address } of addresses) {
          const why = refusedAddress(address);
          if (why) {
            return callback(
              Object.assign(new RefusedUrlError(`${hostname} resolves to ${address}, which is not a public address`), {
                code: "EREFUSEDADDRESS",
              }),
              [],
            );
          }
        }
      }
      if (lookupOptions.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}
