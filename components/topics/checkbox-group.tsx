type Option = { id: string; name: string };

/** A GOV.UK checkbox group: a fieldset with a legend, one box per option. */
export function CheckboxGroup({ name, legend, options, checked, error }: { name: string; legend: string; options: Option[]; checked: string[]; error?: string }) {
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" id={name}>
        <legend className="label">{legend}</legend>
        {error ? <p className="error-message">{error}</p> : null}
        <div className="checkboxes">
          {options.map((option) => (
            <div key={option.id} className="checkboxes__item">
              <input type="checkbox" id={`${name}-${option.id}`} name={name} value={option.id} defaultChecked={checked.includes(option.id)} />
              <label htmlFor={`${name}-${option.id}`}>{option.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
