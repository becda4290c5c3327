import { describedBy, Field } from "./field";

type Option = { id: string; name: string };
type Props = { id: string; label: string; hint?: string; error?: string; emptyLabel: string; options: Option[]; defaultValue: string };

/** A labelled select with an empty first choice, a hint and an error (GOV.UK pattern). */
export function SelectField({ id, label, hint, error, emptyLabel, options, defaultValue }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {/* Keyed by its value: React keeps a mounted select's first defaultValue, so a form shown again after an error would lose the choice. */}
      <select key={defaultValue} className="select" id={id} name={id} defaultValue={defaultValue} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
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
