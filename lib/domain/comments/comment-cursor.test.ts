import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/domain/comments/comment-cursor";

describe("comment cursors", () => {
  const cursor = { helpful: 3, createdAt: "2026-11-23T12:00:00.000Z", id: "3f1c2b9e-8a4d-4c1e-9b7a-2d5e6f708192" };

  it("round-trips", () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it("ignores tampered or foreign values", () => {
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('[1,"yesterday","x"]').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("{}").toString("base64url"))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});
