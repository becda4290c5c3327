import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { unreachableUrl } from "@/tests/support/fake-resend";
import { createSupabaseStore } from "./supabase-store";

/** What the fake Storage API saw of one request. */
type ReceivedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: Buffer };
type Reply = { status: number; body: string | Buffer; contentType?: string };
type StoredObject = { bytes: Buffer; contentType: string };

const json = (status: number, value: unknown): Reply => ({ status, body: JSON.stringify(value) });
/** Errors in the Storage API's own shape. */
const storageError = (status: number, statusCode: string, error: string, message: string) => json(status, { statusCode, error, message });
const notFound = () => storageError(404, "404", "not_found", "Object not found");

/**
 * A stand-in for Supabase's Storage API on 127.0.0.1 with just the endpoints the store uses, keeping
 * objects in memory. The real supabase-js client talks to it. `failNext` makes the next request fail.
 */
async function startFakeStorage() {
  const requests: ReceivedRequest[] = [];
  const objects = new Map<string, StoredObject>();
  let failure: Reply | null = null;

  async function handle(request: ReceivedRequest): Promise<Reply> {
    const url = new URL(request.path, "http://fake");
    const sign = url.pathname.match(/^\/storage\/v1\/object\/sign\/(.+)$/);
    const object = url.pathname.match(/^\/storage\/v1\/object\/([^/]+)\/(.+)$/);
    const bucket = url.pathname.match(/^\/storage\/v1\/object\/([^/]+)$/);

    if (request.method === "POST" && url.pathname.startsWith("/storage/v1/object/list/")) return json(200, []);
    if (request.method === "POST" && sign?.[1]) {
      const { expiresIn } = JSON.parse(request.body.toString("utf8")) as { expiresIn: number };
      if (!objects.has(sign[1])) return storageError(400, "404", "not_found", "Object not found");
      return json(200, { signedURL: `/object/sign/${sign[1]}?token=fake-token-${expiresIn}` });
    }
    if (request.method === "POST" && object?.[1] && object[2]) {
      const id = `${object[1]}/${object[2]}`;
      if (objects.has(id) && request.headers["x-upsert"] !== "true") return storageError(400, "409", "Duplicate", "The resource already exists");
      const form = await new Request("http://fake", { method: "POST", headers: { "content-type": request.headers["content-type"] ?? "" }, body: new Uint8Array(request.body) }).formData();
      const file = [...form.values()].find((value) => value instanceof Blob);
      if (!(file instanceof Blob)) return storageError(400, "400", "invalid_request", "No file in the form");
      objects.set(id, { bytes: Buffer.from(await file.arrayBuffer()), contentType: file.type });
      return json(200, { Key: id, Id: "7f6c2a9e-0000-4000-8000-000000000001" });
    }
    if (request.method === "GET" && object?.[1] && object[2]) {
      const found = objects.get(`${object[1]}/${object[2]}`);
      return found ? { status: 200, body: found.bytes, contentType: found.contentType } : notFound();
    }
    if (request.method === "DELETE" && bucket?.[1]) {
      const { prefixes } = JSON.parse(request.body.toString("utf8")) as { prefixes: string[] };
      const removed = prefixes.filter((prefix) => objects.delete(`${bucket[1]}/${prefix}`));
      return json(200, removed.map((name) => ({ name, bucket_id: bucket[1] })));
    }
    return storageError(400, "400", "invalid_request", `Fake storage has no route for ${request.method} ${url.pathname}`);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: ReceivedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(request);
      const replying = failure ? Promise.resolve(failure) : handle(request);
      failure = null;
      replying.then(
        (reply) => {
          res.writeHead(reply.status, { "content-type": reply.contentType ?? "application/json" });
          res.end(reply.body);
        },
        (error: unknown) => {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    objects,
    failNext(reply: Reply) {
      failure = reply;
    },
    reset() {
      requests.length = 0;
      objects.clear();
      failure = null;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const SERVICE_KEY = "test-service-role-key-0123456789";
const BUCKET = "topic-files";
const KEY = "uploads/2026/11/0b7c4f3e-5a7d-4d0e-9a41-2f6a1c3e9b10.pdf";
const CONTENT = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0a]);

let storage: Awaited<ReturnType<typeof startFakeStorage>>;
const store = () => createSupabaseStore({ url: storage.url, serviceKey: SERVICE_KEY, bucket: BUCKET });

/** The one request the fake received; fails if there were more or none. */
function onlyRequest(): ReceivedRequest {
  expect(storage.requests).toHaveLength(1);
  const [request] = storage.requests;
  if (!request) throw new Error("no request");
  return request;
}

function expectServiceKeyAuth(request: ReceivedRequest) {
  expect(request.headers.apikey).toBe(SERVICE_KEY);
  expect(request.headers.authorization).toBe(`Bearer ${SERVICE_KEY}`);
}

beforeAll(async () => {
  storage = await startFakeStorage();
});

afterAll(async () => {
  await storage.close();
});

beforeEach(() => {
  storage.reset();
});

describe("createSupabaseStore (real supabase-js against a fake Storage API)", () => {
  it("uploads with a multipart POST, the service key and no upsert", async () => {
    await store().put(KEY, CONTENT, "application/pdf");

    const request = onlyRequest();
    expect(request.method).toBe("POST");
    expect(request.path).toBe(`/storage/v1/object/${BUCKET}/${KEY}`);
    expectServiceKeyAuth(request);
    expect(request.headers["x-upsert"]).toBe("false");
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const stored = storage.objects.get(`${BUCKET}/${KEY}`);
    expect(stored?.contentType).toBe("application/pdf");
    expect(Array.from(stored?.bytes ?? [])).toEqual(Array.from(CONTENT));
  });

  it("downloads what it stored", async () => {
    await store().put(KEY, CONTENT, "application/pdf");
    storage.requests.length = 0;

    const read = await store().read(KEY);

    const request = onlyRequest();
    expect(request.method).toBe("GET");
    expect(request.path).toBe(`/storage/v1/object/${BUCKET}/${KEY}`);
    expectServiceKeyAuth(request);
    expect(read).toBeInstanceOf(Uint8Array);
    expect(Array.from(read ?? [])).toEqual(Array.from(CONTENT));
  });

  it("reads a missing object as null (a 404, or an older server's 400 with a 404 inside)", async () => {
    expect(await store().read("uploads/missing.pdf")).toBeNull();
    storage.failNext(storageError(400, "404", "not_found", "Object not found"));
    expect(await store().read("uploads/missing.pdf")).toBeNull();
  });

  it("signs a short-lived URL with a POST of expiresIn", async () => {
    await store().put(KEY, CONTENT, "application/pdf");
    storage.requests.length = 0;

    const url = await store().signedUrl(KEY, 120);

    const request = onlyRequest();
    expect(request.method).toBe("POST");
    expect(request.path).toBe(`/storage/v1/object/sign/${BUCKET}/${KEY}`);
    expectServiceKeyAuth(request);
    expect(JSON.parse(request.body.toString("utf8"))).toEqual({ expiresIn: 120 });
    expect(url).toBe(`${storage.url}/storage/v1/object/sign/${BUCKET}/${KEY}?token=fake-token-120`);
  });

  it("deletes with the bucket's DELETE and the key as a prefix", async () => {
    await store().put(KEY, CONTENT, "application/pdf");
    storage.requests.length = 0;

    await store().remove(KEY);

    const request = onlyRequest();
    expect(request.method).toBe("DELETE");
    expect(request.path).toBe(`/storage/v1/object/${BUCKET}`);
    expectServiceKeyAuth(request);
    expect(JSON.parse(request.body.toString("utf8"))).toEqual({ prefixes: [KEY] });
    expect(storage.objects.size).toBe(0);
  });

  it("answers the health check by listing the bucket, and says why when it cannot", async () => {
    await expect(store().ping()).resolves.toBeUndefined();
    expect(storage.requests.at(-1)?.path).toBe(`/storage/v1/object/list/${BUCKET}`);
    storage.failNext(storageError(500, "500", "internal", "boom"));
    await expect(store().ping()).rejects.toThrow(`Supabase Storage could not list bucket "${BUCKET}": boom (HTTP 500)`);
  });

  it("removes a missing object without complaint", async () => {
    await expect(store().remove("uploads/never-stored.pdf")).resolves.toBeUndefined();
  });

  describe("turns the API's errors into clear thrown errors", () => {
    it("when an upload fails on the server", async () => {
      storage.failNext(storageError(500, "500", "internal", "Database connection lost"));
      await expect(store().put(KEY, CONTENT, "application/pdf")).rejects.toThrow(
        `Supabase Storage could not store "${KEY}" in bucket "${BUCKET}": Database connection lost (HTTP 500)`,
      );
    });

    it("when the key is already taken (never overwrites)", async () => {
      await store().put(KEY, CONTENT, "application/pdf");
      await expect(store().put(KEY, Uint8Array.of(1), "application/pdf")).rejects.toThrow(/could not store .*: The resource already exists \(HTTP 400, 409\)/);
      expect(Array.from(storage.objects.get(`${BUCKET}/${KEY}`)?.bytes ?? [])).toEqual(Array.from(CONTENT));
    });

    it("when the service key is refused", async () => {
      storage.failNext(storageError(403, "403", "Unauthorized", "invalid signature"));
      await expect(store().put(KEY, CONTENT, "application/pdf")).rejects.toThrow(/could not store .*: invalid signature \(HTTP 403\)/);
    });

    it("when a download fails for another reason than a missing object", async () => {
      storage.failNext(storageError(503, "503", "unavailable", "Service Unavailable"));
      await expect(store().read(KEY)).rejects.toThrow(`Supabase Storage could not read "${KEY}" in bucket "${BUCKET}": Service Unavailable (HTTP 503)`);
    });

    it("when signing fails, including for a missing object", async () => {
      await expect(store().signedUrl("uploads/missing.pdf", 60)).rejects.toThrow(/could not sign a URL for "uploads\/missing.pdf" .*: Object not found \(HTTP 400, 404\)/);
      storage.failNext(storageError(500, "500", "internal", "boom"));
      await expect(store().signedUrl(KEY, 60)).rejects.toThrow(/could not sign a URL .*: boom \(HTTP 500\)/);
    });

    it("when a delete fails", async () => {
      storage.failNext(storageError(500, "500", "internal", "boom"));
      await expect(store().remove(KEY)).rejects.toThrow(`Supabase Storage could not delete "${KEY}" in bucket "${BUCKET}": boom (HTTP 500)`);
    });

    it("when the server answers with something other than JSON", async () => {
      storage.failNext({ status: 502, body: "<html>Bad Gateway</html>", contentType: "text/html" });
      await expect(store().put(KEY, CONTENT, "application/pdf")).rejects.toThrow(/could not store .*\(HTTP 502\)/);
    });

    it("when the server cannot be reached", async () => {
      const offline = createSupabaseStore({ url: await unreachableUrl(), serviceKey: SERVICE_KEY, bucket: BUCKET });
      await expect(offline.put(KEY, CONTENT, "application/pdf")).rejects.toThrow(/Supabase Storage could not store .*\(no response\)/);
      await expect(offline.read(KEY)).rejects.toThrow(/Supabase Storage could not read .*\(no response\)/);
    });
  });

  it("refuses bad keys and signing periods before sending anything", async () => {
    await expect(store().put("../other-bucket/x.pdf", CONTENT, "application/pdf")).rejects.toThrow(/Invalid storage key/);
    await expect(store().read("/absolute.pdf")).rejects.toThrow(/Invalid storage key/);
    await expect(store().remove("uploads/../x.pdf")).rejects.toThrow(/Invalid storage key/);
    for (const seconds of [0, -5, 1.5, 8 * 24 * 60 * 60]) {
      await expect(store().signedUrl(KEY, seconds)).rejects.toThrow(RangeError);
    }
    expect(storage.requests).toHaveLength(0);
  });
});
