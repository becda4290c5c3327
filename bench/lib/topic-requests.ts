import { randomUUID } from "node:crypto";
import type autocannon from "autocannon";
import { commentBodies, generator } from "./comment-text";
import { SESSION_COOKIE } from "./survey-users";

/** What a browser's address-bar request asks for. */
const AS_BROWSER = { accept: "text/html,application/xhtml+xml" };

export const sessionCookie = (token: string) => `${SESSION_COOKIE}=${token}`;

/**
 * GET a page as a browser loads it (asking for HTML). Signed out by default; given sessions, each
 * request carries the next one's cookie, so a signed-in run is many different people, not one.
 */
export function readerRequest(path: string, sessions: string[] = []): autocannon.Request {
  if (sessions.length === 0) return { method: "GET", path, headers: AS_BROWSER };
  let turn = 0;
  return {
    method: "GET",
    path,
    headers: AS_BROWSER,
    setupRequest: (request) => {
      const token = sessions[turn % sessions.length] as string;
      turn += 1;
      return { ...request, headers: { ...request.headers, cookie: sessionCookie(token) } };
    },
  };
}

export type CommentPoster = {
  request: autocannon.Request;
  /** Ids from the 201 responses since the last reset. */
  createdIds: string[];
  /** Posts sent so far. */
  sent: () => number;
  /** The posters' sessions. */
  tokens: string[];
};

/** POST comments to the JSON endpoint, each as the next user in turn with a fresh submission key (never a repeat). */
export function commentPoster(path: string, tokens: string[]): CommentPoster {
  const bodies = commentBodies(200, generator(7));
  const createdIds: string[] = [];
  let turn = 0;
  const request: autocannon.Request = {
    method: "POST",
    path,
    setupRequest: (request) => {
      const token = tokens[turn % tokens.length] as string;
      const body = bodies[turn % bodies.length];
      turn += 1;
      return {
        ...request,
        headers: { ...request.headers, "content-type": "application/json", cookie: sessionCookie(token) },
        body: JSON.stringify({ body, submissionKey: randomUUID() }),
      };
    },
    onResponse: (status, body) => {
      if (status === 201) createdIds.push((JSON.parse(body) as { id: string }).id);
    },
  };
  return { request, createdIds, sent: () => turn, tokens };
}
