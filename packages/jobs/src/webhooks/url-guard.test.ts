import { describe, expect, it } from "vitest";
import { checkWebhookUrl, refusedAddress } from "./url-guard";

describe("refusedAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.254",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "[::1]",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456:789a::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "64:ff9b::a9fe:a9fe",
    "::127.0.0.1",
    "0:0:0:0:0:ffff:c0a8:0101",
  ])("refuses %s", (address) => {
    expect(refusedAddress(address)).not.toBeNull();
  });

  it.each([
    "93.184.215.14",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
  ])("allows %s", (address) => {
    expect(refusedAddress(address)).toBeNull();
  });
});

describe("checkWebhookUrl", () => {
  const strict = { allowPrivate: false };
  it("refuses loopback and private hosts, by literal and by name", async () => {
    await expect(checkWebhookUrl("http://127.0.0.1:8080/hook", strict)).rejects.toThrow(/not a public address/);
    await expect(checkWebhookUrl("http://[::1]/hook", strict)).rejects.toThrow(/not a public address/);
    await expect(checkWebhookUrl("http://[::ffff:10.0.0.1]/hook", strict)).rejects.toThrow(/not a public address/);
    await expect(checkWebhookUrl("http://localhost/hook", strict)).rejects.toThrow(
      /resolves to .*not a public address/,
    );
  });
  it("refuses other schemes even when private addresses are allowed", async () => {
    await expect(checkWebhookUrl("ftp://example.org/", { allowPrivate: true })).rejects.toThrow(/Only http and https/);
    await expect(checkWebhookUrl("file:///etc/passwd", { allowPrivate: true })).rejects.toThrow(/Only http and https/);
  });
  it("allows private hosts with the setting", async () => {
    await expect(checkWebhookUrl("http://127.0.0.1:8080/hook", { allowPrivate: true })).resolves.toBeUndefined();
  });
  it("allows a public literal", async () => {
    await expect(checkWebhookUrl("https://8.8.8.8/hook", strict)).resolves.toBeUndefined();
  });
});
