/**
 * A field that saves when the reviewer leaves it (blur, Enter in a one-line field, Ctrl+Enter
 * in a text area). While it is not being edited it shows the stored value, so a change made
 * in another tab appears at once.
 */
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { ISO_DAY_RANGE } from "../../core/dates/iso-day.ts";

export function EditableField({
  label,
  value,
  onCommit,
  multiline = false,
  type = "text",
  placeholder,
  shortcutTarget,
  hint,
  className,
  options,
}: {
  label: string;
  value: string;
  onCommit: (next: string) => void;
  multiline?: boolean;
  type?: "text" | "date" | "url";
  placeholder?: string;
  /** data-shortcut-target, so a shortcut can focus it. */
  shortcutTarget?: string;
  hint?: ReactNode;
  className?: string;
  /** Renders a select with these values instead of a text field. */
  options?: readonly { value: string; label: string }[];
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  // Fit the text area to its text when the text changes (measuring forces a layout: not on every render).
  const textArea = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (textArea.current !== null) autoSize(textArea.current);
  }, [shown]);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const common = {
    id,
    value: shown,
    placeholder,
    "data-shortcut-target": shortcutTarget,
    onFocus: () => setDraft(value),
    onBlur: commit,
  };
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {options !== undefined ? (
        <select
          id={id}
          value={value}
          onChange={(event) => {
            if (event.target.value !== value) onCommit(event.target.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) event.currentTarget.blur();
          }}
          onInput={(event) => autoSize(event.currentTarget)}
          ref={textArea}
        />
      ) : (
        <input
          {...common}
          type={type}
          {...(type === "date" ? ISO_DAY_RANGE : {})}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.currentTarget.blur();
          }}
        />
      )}
      {hint !== undefined && <span className="field-hint">{hint}</span>}
    </div>
  );
}

function autoSize(element: HTMLTextAreaElement): void {
  element.style.height = "auto";
  element.style.height = `${Math.min(element.scrollHeight + 2, 320)}px`;
}
