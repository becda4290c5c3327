import "server-only";
import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertValidStorageKey, type FileStore } from "./types";

/**
 * Files on local disk under `rootDir` (by default `.data/uploads`): for development and single-server
 * installs. There are no signed URLs: the app serves files through its own route.
 */
export function createLocalStore(rootDir: string): FileStore {
  const root = path.resolve(rootDir);

  /** The absolute path for `key`, checked twice: by the key's shape and by where it resolves. */
  function pathFor(key: string): string {
    assertValidStorageKey(key);
    const target = path.resolve(root, ...key.split("/"));
    if (!target.startsWith(root + path.sep)) throw new Error(`Invalid storage key ${JSON.stringify(key)}: it resolves outside the upload folder`);
    return target;
  }

  return {
    async put(key, bytes) {
      const target = pathFor(key);
      if (await exists(target)) throw new Error(`Could not store ${JSON.stringify(key)}: a file is already stored under that key`);
      await mkdir(path.dirname(target), { recursive: true });
      // Written beside the target and renamed into place, so a reader never sees half a file and a
      // crash leaves at most a stray temp file, never a truncated upload under the real key.
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
      try {
        await writeFile(temp, bytes, { flag: "wx" });
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },

    async read(key) {
      const target = pathFor(key);
      try {
        const buffer = await readFile(target);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async signedUrl(key) {
      pathFor(key);
      return null;
    },

    async remove(key) {
      await rm(pathFor(key), { force: true });
    },

    async ping() {
      await mkdir(root, { recursive: true });
      await access(root, constants.W_OK);
    },
  };
}

async function exists(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
