import Link from "next/link";

type Props = { backHref: string; backLabel: string; progress: string | null; surveyTitle: string; heading: string; intro?: string };

/** The top of a survey page: back link, "Section 2 of 5", the survey's name and the page heading. */
export function StepHeader({ backHref, backLabel, progress, surveyTitle, heading, intro }: Props) {
  return (
    <>
      <p>
        <Link href={backHref} className="back-link">
          {backLabel}
        </Link>
      </p>
      <p className="caption survey-step__caption">
        {progress ? <span className="survey-step__progress">{progress}</span> : null}
        <span className="survey-step__survey">{surveyTitle}</span>
      </p>
      <h1>{heading}</h1>
      {intro ? <p className="lead survey-step__intro">{intro}</p> : null}
    </>
  );
}
