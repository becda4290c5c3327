import { describedBy, Field } from "./field";

type Option = { id: string; name: string };
type Props = { id: string; label: string; hint?: string; error?: string; emptyLabel: string; options: Option[]; defaultValue: string };

/** A labelled select with an empty first choice, a hint and an error (GOV.UK pattern). */
export function SelectField({ id, label, hint, error, emptyLabel, options, defaultValue }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select className="select" id={id} name={id} defaultValue={defaultValue} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
