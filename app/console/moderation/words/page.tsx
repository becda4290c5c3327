import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { addWordAction, removeWordAction } from "@/app/console/moderation/actions";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listModerationWords } from "@/lib/server/moderation/list-moderation-words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("moderation"))("wordsTitle") };
}

export default async function ModerationWordsPage() {
  await requirePermission("moderation:words", "/console/moderation/words");
  const t = await getTranslations("moderation");
  const words = await listModerationWords();
  return (
    <>
      <PageHeader title={t("wordsTitle")} back={{ href: "/console/moderation", label: t("backToQueue") }} lede={t("wordsIntro")} />
      <ActionForm action={addWordAction} label={t("addWordLabel")} submitLabel={t("addWord")} pendingLabel={t("applying")} variant="primary" labels={{ phrase: t("phraseLabel") }}>
        <div className="form-group">
          <label className="label" htmlFor="phrase">
            {t("phraseLabel")}
          </label>
          <input className="input" id="phrase" name="phrase" autoComplete="off" />
        </div>
      </ActionForm>
      {words.length === 0 ? (
        <p>{t("noWords")}</p>
      ) : (
        <ul className="word-list">
          {words.map((word) => (
            <li key={word.id}>
              <span className="tag tag--quiet">{word.phrase}</span>
              <ActionForm action={removeWordAction} label={t("removeWordLabel", { phrase: word.phrase })} submitLabel={t("removeWord")} pendingLabel={t("applying")} className="inline-action">
                <input type="hidden" name="id" value={word.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
