import { describedBy, Field } from "./field";

type Props = { label: string; hint: string; error?: string; defaultValue: string; wide?: boolean };

/** An email address field (GOV.UK pattern): name and id "email", the browser's autofill, no spellcheck. */
export function EmailField({ label, hint, error, defaultValue, wide = false }: Props) {
  const className = ["input", wide ? "input--wide" : null, error ? "input--error" : null].filter(Boolean).join(" ");
  return (
    <Field id="email" label={label} hint={hint} error={error}>
      <input
        className={className}
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={defaultValue}
        aria-describedby={describedBy("email", hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Field>
  );
}
