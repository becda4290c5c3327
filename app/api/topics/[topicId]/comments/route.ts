import { getLocale } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import { checkSameSiteJson } from "@/lib/auth/same-site-json";
import { parseJsonBody, uuidParam, withPermission } from "@/lib/auth/route";
import { postComment } from "@/lib/server/comments/post-comment";
import { ZCommentInput } from "@/lib/validations/comment";

/**
 * Posts a comment or reply as JSON, for JavaScript clients (and load tests): the same use case as
 * the comment form's server action.
 *   POST /api/topics/<topicId>/comments  { body, parentId?, locale?, submissionKey }
 *   locale: the language the comment is written in (en, pa, ur, pl, ar); left out, the request's language.
 *   Content-Type: application/json, signed in (session cookie); an Origin header must name this host.
 *   201 { id, status: "published" | "held" }; 400 { error, fieldErrors }; 401, 403, 404, 409, 415, 429 { error }
 * A repeated submissionKey returns the first comment (still 201), so a client may retry safely.
 */
export const POST = withPermission<{ topicId: string }>("comment:create", async (request, { params, user }) => {
  const topicId = uuidParam(params.topicId, "problems.topic.notFound");
  checkSameSiteJson(request, "comment");
  const input = await parseJsonBody(request, ZCommentInput, { what: "comment", invalid: "problems.comment.checkAndRetry", extra: { topicId } });
  const comment = await postComment(user, { ...input, locale: input.locale ?? knownLocale(await getLocale()) });
  return Response.json({ id: comment.id, status: comment.status }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
