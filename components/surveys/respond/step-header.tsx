import Link from "next/link";

type Marks = { lang?: string; dir?: "ltr" | "rtl" };
type Props = {
  backHref: string;
  backLabel: string;
  progress: string | null;
  surveyTitle: string;
  heading: string;
  intro?: string;
  /** lang and dir of the survey's words shown in English on a page in another language. */
  marks?: { surveyTitle?: Marks; heading?: Marks; intro?: Marks };
};

/** The top of a survey page: back link, "Section 2 of 5", the survey's name and the page heading. */
export function StepHeader({ backHref, backLabel, progress, surveyTitle, heading, intro, marks = {} }: Props) {
  return (
    <>
      <p>
        <Link href={backHref} className="back-link">
          {backLabel}
        </Link>
      </p>
      <p className="caption survey-step__caption">
        {progress ? <span className="survey-step__progress">{progress}</span> : null}
        <span className="survey-step__survey" {...marks.surveyTitle}>
          {surveyTitle}
        </span>
      </p>
      <h1 {...marks.heading}>{heading}</h1>
      {intro ? (
        <p className="lead survey-step__intro" {...marks.intro}>
          {intro}
        </p>
      ) : null}
    </>
  );
}
