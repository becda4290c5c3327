/** One checkbox in its own fieldset (GOV.UK pattern): sent as "on" when ticked, absent otherwise. */
export function TickBox({ name, legend, label, checked, error }: { name: string; legend: string; label: string; checked: boolean; error?: string }) {
  return (
    <fieldset className={error ? "fieldset form-group form-group--error" : "fieldset form-group"} id={name}>
      <legend className="label">{legend}</legend>
      {error ? <p className="error-message">{error}</p> : null}
      <div className="checkboxes__item">
        <input type="checkbox" id={`${name}-on`} name={name} defaultChecked={checked} />
        <label htmlFor={`${name}-on`}>{label}</label>
      </div>
    </fieldset>
  );
}
