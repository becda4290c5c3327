import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeEach } from "vitest";
import { z } from "zod";

/** What the fake provider saw of one request. */
type ReceivedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: z.infer<typeof ZSendEmailBody>;
};

const ZSendEmailBody = z.object({
  from: z.string(),
  to: z.union([z.string(), z.array(z.string())]),
  subject: z.string(),
  text: z.string().optional(),
  html: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

export type FakeReply = { status: number; body: string; contentType?: string };
type Responder = (request: ReceivedRequest, index: number) => FakeReply;

export const accepted = (id: string): FakeReply => ({ status: 200, body: JSON.stringify({ id }) });
/** An error in Resend's own format: `{ statusCode, name, message }`. */
export const resendError = (status: number, name: string, message: string): FakeReply => ({
  status,
  body: JSON.stringify({ statusCode: status, name, message }),
});

/**
 * A stand-in for Resend's HTTP API on 127.0.0.1 (random port): the real SDK talks to it through
 * `baseUrl`. Records every request; replies with whatever the current responder says.
 */
async function startFakeResend() {
  const requests: ReceivedRequest[] = [];
  /** The reply to each request, by the same index. */
  const replies: FakeReply[] = [];
  let responder: Responder = (_request, index) => accepted(`fake-${index + 1}`);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: ReceivedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: ZSendEmailBody.parse(JSON.parse(Buffer.concat(chunks).toString("utf8"))),
      };
      requests.push(request);
      const reply = responder(request, requests.length - 1);
      replies.push(reply);
      res.writeHead(reply.status, { "content-type": reply.contentType ?? "application/json" });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    replies,
    /** The requests the fake accepted (2xx): the emails that were actually delivered. */
    delivered: () => requests.filter((_request, index) => (replies[index]?.status ?? 500) < 300),
    respondWith(next: Responder) {
      responder = next;
    },
    reset() {
      requests.length = 0;
      replies.length = 0;
      responder = (_request, index) => accepted(`fake-${index + 1}`);
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a provider that cannot be reached. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/**
 * The fake for one test file: started now, closed after the file, reset before each test (and
 * `beforeEachTest` run then, such as emptying the outbox the dispatcher reads).
 */
export async function fakeResendForFile(options: { beforeEachTest?: () => Promise<unknown> } = {}) {
  const fake = await startFakeResend();
  afterAll(() => fake.close());
  beforeEach(async () => {
    fake.reset();
    await options.beforeEachTest?.();
  });
  return fake;
}
