import { describedBy, Field } from "./field";

type OptionGroup = { label: string; options: { value: string; label: string }[] };
type Props = { id: string; label: string; hint?: string; error?: string; emptyLabel: string; groups: OptionGroup[]; defaultValue: string };

/** A labelled select whose options come in named groups (optgroup), with a hint and an error (GOV.UK pattern). */
export function GroupedSelect({ id, label, hint, error, emptyLabel, groups, defaultValue }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select className="select" id={id} name={id} defaultValue={defaultValue} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
        <option value="">{emptyLabel}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
