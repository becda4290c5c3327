import "server-only";
import { createClient, type WebSocketLikeConstructor } from "@supabase/supabase-js";
import WebSocket from "ws";
import { assertValidStorageKey, type FileStore } from "./types";

/**
 * Node 20 has no global WebSocket and createClient throws without one, though storage never opens it.
 * `ws` is the implementation realtime-js documents for Node, but its overloaded constructor and its own
 * Event types do not match realtime-js's structural type, hence the cast.
 */
const transport = WebSocket as unknown as WebSocketLikeConstructor;

export type SupabaseStoreOptions = { url: string; serviceKey: string; bucket: string };

/** Signed URLs are for one page view or one download: a day is the most anything may ask for. */
const MAX_SIGNED_URL_SECONDS = 24 * 60 * 60;

/**
 * Files in a private Supabase Storage bucket, reached with the service role key (server only; the
 * bucket has no public access and no policies). Browsers get short-lived signed URLs.
 */
export function createSupabaseStore(options: SupabaseStoreOptions): FileStore {
  const client = createClient(options.url, options.serviceKey, {
    // A server-side client: no session to keep or refresh, nothing to read from a URL.
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport },
  });
  const bucket = client.storage.from(options.bucket);
  const where = (key: string) => `${JSON.stringify(key)} in bucket ${JSON.stringify(options.bucket)}`;

  return {
    async put(key, bytes, contentType) {
      assertValidStorageKey(key);
      const file = new Blob([new Uint8Array(bytes)], { type: contentType });
      const { error } = await bucket.upload(key, file, { contentType, upsert: false });
      if (error) throw storageError(`could not store ${where(key)}`, error);
    },

    async read(key) {
      assertValidStorageKey(key);
      const { data, error } = await bucket.download(key);
      if (error) {
        if (isNotFound(error)) return null;
        throw storageError(`could not read ${where(key)}`, error);
      }
      return new Uint8Array(await data.arrayBuffer());
    },

    async signedUrl(key, expiresInSeconds) {
      assertValidStorageKey(key);
      if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_SIGNED_URL_SECONDS) {
        throw new RangeError(`A signed URL must last between 1 and ${MAX_SIGNED_URL_SECONDS} whole seconds, not ${expiresInSeconds}`);
      }
      const { data, error } = await bucket.createSignedUrl(key, expiresInSeconds);
      if (error) throw storageError(`could not sign a URL for ${where(key)}`, error);
      return data.signedUrl;
    },

    async remove(key) {
      assertValidStorageKey(key);
      const { error } = await bucket.remove([key]);
      if (error) throw storageError(`could not delete ${where(key)}`, error);
    },

    async ping() {
      const { error } = await bucket.list("", { limit: 1 });
      if (error) throw storageError(`could not list bucket ${JSON.stringify(options.bucket)}`, error);
    },
  };
}

/** The HTTP status of a Storage API error, and the code in its body (older servers say 400 with "404" inside). */
function statusOf(error: Error): { status: number | null; code: string | null } {
  const status = "status" in error && typeof error.status === "number" ? error.status : null;
  const code = "statusCode" in error && (typeof error.statusCode === "string" || typeof error.statusCode === "number") ? String(error.statusCode) : null;
  return { status, code };
}

function isNotFound(error: Error): boolean {
  const { status, code } = statusOf(error);
  return status === 404 || code === "404" || code === "NoSuchKey";
}

function storageError(action: string, error: Error): Error {
  const { status, code } = statusOf(error);
  const detail = [status === null ? "no response" : `HTTP ${status}`, code && code !== String(status) ? code : null].filter(Boolean).join(", ");
  return new Error(`Supabase Storage ${action}: ${error.message} (${detail})`, { cause: error });
}
