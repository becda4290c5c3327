/**
 * The contract every file store keeps (local disk, Supabase Storage). Keys are paths the app builds
 * itself, like `uploads/2026/11/<uuid>.pdf`; each driver refuses any other shape, so a key can never
 * reach outside its folder or bucket.
 */
export interface FileStore {
  /** Stores `bytes` under `key`. Never overwrites: a key that is already taken is an error. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under `key`. */
  read(key: string): Promise<Uint8Array | null>;
  /**
   * A short-lived URL the browser can fetch the file from directly, or null when the store has no such
   * thing (local disk): the app then serves the file through its own route, after its own checks.
   */
  signedUrl(key: string, expiresInSeconds: number): Promise<string | null>;
  /** Deletes the file; deleting a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
  /** Resolves when the store can be used now (the health check); throws saying why not. */
  ping(): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9._-]+(\/[a-z0-9._-]+)*$/;
const MAX_KEY_LENGTH = 512;

/** Lowercase letters, digits, `.`, `_`, `-` in `/`-separated segments; no `..`, no leading `/`, no empty segment. */
export function isValidStorageKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key) && !key.includes("..") && !key.split("/").includes(".");
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key ${JSON.stringify(key)}: use lowercase letters, digits, ".", "_", "-" and "/" only, with no ".." or leading "/"`);
}
