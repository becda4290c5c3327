import { z } from "zod";
import { withPermission } from "@/lib/auth/route";
import { refuseCrossSiteJson } from "@/lib/auth/same-site-json";
import { fieldErrorsFrom, NotFoundError, ValidationError } from "@/lib/errors";
import { postComment } from "@/lib/server/comments/post-comment";
import { ZCommentInput } from "@/lib/validations/comment";

const INVALID = "Check the comment and try again.";

/**
 * Posts a comment or reply as JSON, for JavaScript clients (and load tests): the same use case as
 * the comment form's server action.
 *   POST /api/topics/<topicId>/comments  { body, parentId?, submissionKey }
 *   Content-Type: application/json, signed in (session cookie); an Origin header must name this host.
 *   201 { id, status: "published" | "held" }; 400 { error, fieldErrors }; 401, 403, 404, 409, 415, 429 { error }
 * A repeated submissionKey returns the first comment (still 201), so a client may retry safely.
 */
export const POST = withPermission<{ topicId: string }>("comment:create", async (request, { params, user }) => {
  if (!z.uuid().safeParse(params.topicId).success) throw new NotFoundError("That topic could not be found.");
  const refused = refuseCrossSiteJson(request, "comment");
  if (refused) return refused;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "Send the comment as a JSON object.", fieldErrors: { form: ["The request body is not valid JSON."] } }, { status: 400 });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return Response.json({ error: "Send the comment as a JSON object.", fieldErrors: { form: ["The request body must be a JSON object."] } }, { status: 400 });
  }
  const parsed = ZCommentInput.safeParse({ ...body, topicId: params.topicId });
  if (!parsed.success) return Response.json({ error: INVALID, fieldErrors: fieldErrorsFrom(parsed.error.issues) }, { status: 400 });
  try {
    const comment = await postComment(user, parsed.data);
    return Response.json({ id: comment.id, status: comment.status }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // The use case's validation errors name fields too (a reply to a removed comment): keep them.
    if (error instanceof ValidationError) return Response.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: 400 });
    throw error;
  }
});
