import { describe, expect, it } from "vitest";
import { clientAddress, withSocketPeer } from "./client-address";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientAddress", () => {
  it("with no trusted proxy, takes the socket's peer and ignores what the client wrote", () => {
    // A client sends its own x-forwarded-for; the server appends the socket's address.
    const headers = forwarded(withSocketPeer("203.0.113.7", "198.51.100.20") ?? "");
    expect(clientAddress(headers, 0)).toBe("198.51.100.20");
    expect(clientAddress(new Headers({ "x-real-ip": "10.0.0.2", "x-forwarded-for": "198.51.100.20" }), 0)).toBe("198.51.100.20");
  });

  it("behind trusted proxies, takes the address the farthest trusted proxy saw", () => {
    // Client wrote 1.1.1.1; nginx appended the client's real address; our server appended nginx's.
    expect(clientAddress(forwarded("1.1.1.1, 203.0.113.7, 10.0.0.5"), 1)).toBe("203.0.113.7");
    expect(clientAddress(forwarded("1.1.1.1, 203.0.113.7, 172.16.0.1, 10.0.0.5"), 2)).toBe("203.0.113.7");
  });

  it("never reads x-real-ip, and gives none for an empty chain", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "10.0.0.2" }), 0)).toBeNull();
    expect(clientAddress(forwarded(" , "), 0)).toBeNull();
    expect(clientAddress(new Headers(), 1)).toBeNull();
  });

  it("takes the leftmost entry when fewer proxies reported than configured", () => {
    expect(clientAddress(forwarded("203.0.113.7"), 1)).toBe("203.0.113.7");
  });
});

describe("withSocketPeer", () => {
  it("appends the peer to what arrived, repeated headers included", () => {
    expect(withSocketPeer(undefined, "::1")).toBe("::1");
    expect(withSocketPeer("1.1.1.1", "::1")).toBe("1.1.1.1, ::1");
    expect(withSocketPeer(["1.1.1.1", "2.2.2.2"], "::1")).toBe("1.1.1.1, 2.2.2.2, ::1");
    expect(withSocketPeer("1.1.1.1", undefined)).toBe("1.1.1.1");
  });
});
