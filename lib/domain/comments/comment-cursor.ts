import { z } from "zod";

/** An opaque keyset cursor: the sort key of the last comment on the page. */
const ZCursor = z.tuple([z.number().int().min(0), z.iso.datetime({ offset: true }), z.uuid()]);
export type CommentCursor = { helpful: number; createdAt: string; id: string };

export function encodeCursor(cursor: CommentCursor): string {
  return Buffer.from(JSON.stringify([cursor.helpful, cursor.createdAt, cursor.id])).toString("base64url");
}

/** Null for anything that is not a cursor this code wrote: a tampered link shows the first page. */
export function decodeCursor(value: string | undefined): CommentCursor | null {
  if (!value) return null;
  try {
    const parsed = ZCursor.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { helpful: parsed.data[0], createdAt: parsed.data[1], id: parsed.data[2] } : null;
  } catch {
    return null;
  }
}
