import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, installClientAddress, parseTrustedProxies } from "./client-address";

describe("parseTrustedProxies", () => {
  it.each([undefined, "", "  ", "0"])("%j: no trusted proxy", (value) => {
    expect(parseTrustedProxies(value)).toEqual({ kind: "hops", hops: 0 });
  });

  it("reads a hop count and a list of addresses and networks", () => {
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
    const list = parseTrustedProxies("10.0.0.0/8, 192.168.1.7, fd00::/8");
    expect(list.kind === "networks" && list.listed).toEqual(["10.0.0.0/8", "192.168.1.7", "fd00::/8"]);
  });

  it.each(["10.0.0.0/33", "proxy.example.org", "10.0.0/8", "10.0.0.0/", "-1", "99"])("refuses %j", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/^HINDSIGHT_TRUSTED_PROXIES: /);
  });
});

describe("clientAddress", () => {
  const none = parseTrustedProxies("");
  const oneHop = parseTrustedProxies("1");
  const balancers = parseTrustedProxies("10.0.0.0/8");

  it("with no trusted proxy is the socket's address, whatever the client writes in X-Forwarded-For", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", ["1.2.3.4", "5.6.7.8"], none)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("with one trusted hop is the address the proxy saw (the last entry), not one the client forged before it", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the balancer at 10.0.0.2 appended 198.51.100.7.
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", oneHop)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "198.51.100.7", oneHop)).toBe("198.51.100.7");
    // Reached directly, bypassing the proxy: the socket is all there is.
    expect(clientAddress("198.51.100.7", undefined, oneHop)).toBe("198.51.100.7");
  });

  it("with trusted networks strips them from the right up to the first address that is not one", () => {
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.1.1.1", balancers)).toBe("198.51.100.7");
    // A client outside the networks cannot vouch for anyone.
    expect(clientAddress("198.51.100.7", "1.2.3.4", balancers)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "garbage", balancers)).toBe("garbage");
  });
});

describe("installClientAddress", () => {
  it("makes X-Forwarded-For of every request the resolved client address before any handler reads it", async () => {
    installClientAddress(parseTrustedProxies(""));
    const server = http.createServer((request, response) => {
      response.end(String(request.headers["x-forwarded-for"]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const forged = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "1.2.3.4" } });
      expect(await forged.text()).toBe("127.0.0.1");
      const plainRequest = await fetch(`http://127.0.0.1:${port}/`);
      expect(await plainRequest.text()).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
