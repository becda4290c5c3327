"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { codeItem } from "@/lib/server/insight/code-item";
import { createTheme } from "@/lib/server/insight/create-theme";
import { deleteTheme } from "@/lib/server/insight/delete-theme";
import { mergeThemes } from "@/lib/server/insight/merge-themes";
import { queueAnalysis } from "@/lib/server/insight/queue-analysis";
import { renameTheme } from "@/lib/server/insight/rename-theme";
import { runQueuedAnalyses } from "@/lib/server/insight/run-queued-analyses";
import { splitTheme } from "@/lib/server/insight/split-theme";
import { ZCodeItem, ZCreateTheme, ZDeleteTheme, ZMergeThemes, ZRenameTheme, ZRunAnalysis, ZSplitTheme } from "@/lib/validations/insight";

/** The topics' and the surveys' analysis pages share these actions: both show what changed. */
function refresh() {
  revalidatePath("/console/topics/[id]/analysis", "page");
  revalidatePath("/console/surveys/[id]/analysis", "page");
}

const done = async (key: "queued" | "alreadyRunning" | "renamed" | "deleted" | "merged" | "split" | "created" | "coded" | "uncoded") => {
  refresh();
  return { status: "success" as const, message: (await getTranslations("insight.done"))(key) };
};

/** Queues the analysis and starts it once the response is sent; the scheduled jobs pick up any left queued. */
export const runAnalysisAction = formAction("insight:analyse", ZRunAnalysis, async (subject, { user }) => {
  const { queued } = await queueAnalysis(user, subject);
  after(() => runQueuedAnalyses().then(() => undefined));
  return done(queued ? "queued" : "alreadyRunning");
});

export const renameThemeAction = formAction("insight:analyse", ZRenameTheme, async (input, { user }) => {
  await renameTheme(user, input);
  return done("renamed");
});

export const deleteThemeAction = formAction("insight:analyse", ZDeleteTheme, async (input, { user }) => {
  await deleteTheme(user, input);
  return done("deleted");
});

export const mergeThemesAction = formAction("insight:analyse", ZMergeThemes, async (input, { user }) => {
  await mergeThemes(user, input);
  return done("merged");
});

export const splitThemeAction = formAction("insight:analyse", ZSplitTheme, async (input, { user }) => {
  await splitTheme(user, input);
  return done("split");
});

export const createThemeAction = formAction("insight:analyse", ZCreateTheme, async (input, { user }) => {
  await createTheme(user, input);
  return done("created");
});

export const codeItemAction = formAction("insight:analyse", ZCodeItem, async (input, { user }) => {
  await codeItem(user, input);
  return done(input.change === "add" ? "coded" : "uncoded");
});
