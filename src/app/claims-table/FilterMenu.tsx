/** A compact multi-choice filter: a button that opens a list of checkboxes (a <details> disclosure). */
import { useEffect, useRef } from "react";

export function FilterMenu<T extends string>({
  label,
  options,
  labels,
  selected,
  onChange,
  highlight = selected.length > 0,
}: {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onChange: (next: T[]) => void;
  /** Marks the menu as narrowing the view (default: when anything is chosen). */
  highlight?: boolean;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // Close when focus or a click goes elsewhere, as a menu does.
    const close = (event: Event) => {
      const element = details.current;
      if (element?.open === true && !element.contains(event.target as Node)) element.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("focusin", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("focusin", close);
    };
  }, []);
  const summary = selected.length === 0 ? "any" : selected.length === 1 ? labels[selected[0]!] : `${selected.length} chosen`;
  return (
    <details ref={details} className={highlight ? "filter-menu active" : "filter-menu"}>
      <summary aria-label={`${label} filter: ${summary}`}>
        <span className="filter-name">{label}</span> <span className="filter-value">{summary}</span>
      </summary>
      <fieldset className="filter-options">
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => (
          <label key={option} className="filter-option">
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option] : selected.filter((value) => value !== option))
              }
            />
            {labels[option]}
          </label>
        ))}
        {selected.length > 0 && (
          <button type="button" className="button quiet filter-clear" onClick={() => onChange([])}>
            Any {label.toLowerCase()}
          </button>
        )}
      </fieldset>
    </details>
  );
}
