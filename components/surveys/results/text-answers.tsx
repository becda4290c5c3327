import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import type { TResponseFilters } from "@/lib/validations/survey-results";

/** One page of written answers, newest first, with the number matching and the number of pages. */
type Answers = { items: { id: string; text: string; submittedAt: Date | null }[]; total: number; page: number; pageCount: number };

type Props = {
  action: string;
  filters: TResponseFilters;
  answerKey: string;
  title: string;
  search: string;
  answers: Answers;
  pageHref: (page: number) => string;
};

/** The written answers to one question, newest first, with a search box (GET: works without JavaScript). */
export async function TextAnswers({ action, filters, answerKey, title, search, answers, pageHref }: Props) {
  const t = await getTranslations("surveyResults.text");
  return (
    <section aria-labelledby="written-answers" className="text-answers" id="written">
      <h2 id="written-answers">{t("title", { question: title })}</h2>
      <form method="get" action={`${action}#written`} className="filter-bar" role="search" aria-label={t("searchLabel")}>
        {(["sector", "size", "neighbourhood", "channel"] as const).map((name) => (filters[name] ? <input key={name} type="hidden" name={name} value={filters[name]} /> : null))}
        <input type="hidden" name="text" value={answerKey} />
        <div className="form-group">
          <label className="label" htmlFor="text-search">
            {t("search")}
          </label>
          <input className="input" type="search" id="text-search" name="q" defaultValue={search} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("searchButton")}
        </button>
      </form>
      <p role="status">{search ? t("foundMatching", { count: answers.total, search }) : t("found", { count: answers.total })}</p>
      <ol className="text-answers__list">
        {answers.items.map((item) => (
          <li key={item.id} className="text-answers__item">
            <p className="text-answers__text">{item.text}</p>
            {item.submittedAt ? <p className="caption">{t("submitted", { when: formatDateTime(item.submittedAt) })}</p> : null}
          </li>
        ))}
      </ol>
      {answers.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="pagination">
          {answers.page > 1 ? <Link href={pageHref(answers.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("page", { page: answers.page, pages: answers.pageCount })}</span>
          {answers.page < answers.pageCount ? <Link href={pageHref(answers.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
