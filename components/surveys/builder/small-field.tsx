"use client";

type Choice = { value: string; label: string };
type Common = { id: string; label: string; value: string; onChange: (value: string) => void };

/** A labelled select for the editor's many small settings. */
export function SmallSelect({ id, label, value, onChange, choices }: Common & { choices: Choice[] }) {
  return (
    <div className="form-group">
      <label className="label label--small" htmlFor={id}>
        {label}
      </label>
      <select className="select" id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text or number input for the editor. */
export function SmallInput({ id, label, value, onChange, type = "text", className = "input" }: Common & { type?: "text" | "number"; className?: string }) {
  return (
    <div className="form-group">
      <label className="label label--small" htmlFor={id}>
        {label}
      </label>
      <input className={className} type={type} id={id} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
