/**
 * Paste an article: its text plus the details a file would not carry (title, date, outlet,
 * address). Problems are shown beside the field they concern; the form clears once the
 * article is in the workspace.
 */
import { useId, useState, type FormEvent } from "react";
import { ISO_DAY_RANGE } from "../../core/dates/iso-day.ts";
import { pastedArticle, type PastedFields } from "../../io/pasted-article.ts";
import type { ImportBatch } from "./import-store.ts";

const EMPTY: Required<PastedFields> = { text: "", title: "", date: "", outlet: "", url: "" };

export function PasteForm({ busy, onImport }: { busy: boolean; onImport: (fields: PastedFields) => Promise<ImportBatch | null> }) {
  const [fields, setFields] = useState(EMPTY);
  const [problem, setProblem] = useState<{ field: keyof PastedFields; message: string } | null>(null);
  const id = useId();

  const update = (field: keyof PastedFields) => (event: { target: { value: string } }) => {
    setFields((current) => ({ ...current, [field]: event.target.value }));
    if (problem?.field === field) setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = pastedArticle(fields);
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.problem });
      document.getElementById(`${id}-${checked.field}`)?.focus();
      return;
    }
    setProblem(null);
    const batch = await onImport(fields);
    const status = batch?.results[0]?.status;
    if (status === "added" || status === "duplicate") setFields(EMPTY);
  };

  const fieldProps = (field: keyof PastedFields) => ({
    id: `${id}-${field}`,
    value: fields[field],
    onChange: update(field),
    "aria-invalid": problem?.field === field ? true : undefined,
    "aria-describedby": problem?.field === field ? `${id}-problem` : undefined,
  });
  const problemFor = (field: keyof PastedFields) =>
    problem?.field === field ? (
      <p className="ingest-field-problem" id={`${id}-problem`} role="alert">
        {problem.message}
      </p>
    ) : null;

  return (
    <form className="ingest-card paste-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="ingest-card-title">
        Paste an article
      </h2>
      <label className="field paste-text-field" htmlFor={`${id}-text`}>
        <span>Article text</span>
        <textarea
          {...fieldProps("text")}
          rows={9}
          spellCheck={false}
          placeholder={"Paste the article here. A first line such as “date 2020-09-02” dates it."}
        />
      </label>
      {problemFor("text")}
      <div className="paste-details">
        <label className="field paste-title" htmlFor={`${id}-title`}>
          <span>
            Title <span className="optional">optional</span>
          </span>
          <input {...fieldProps("title")} placeholder="From the first line if left empty" maxLength={300} />
        </label>
        <label className="field" htmlFor={`${id}-date`}>
          <span>
            Date <span className="optional">optional</span>
          </span>
          <input {...fieldProps("date")} type="date" {...ISO_DAY_RANGE} />
        </label>
        <label className="field" htmlFor={`${id}-outlet`}>
          <span>
            Outlet <span className="optional">optional</span>
          </span>
          <input {...fieldProps("outlet")} placeholder="e.g. RFE/RL" maxLength={200} />
        </label>
        <label className="field paste-url" htmlFor={`${id}-url`}>
          <span>
            Address <span className="optional">optional</span>
          </span>
          <input {...fieldProps("url")} type="url" inputMode="url" placeholder="https://" maxLength={2000} />
        </label>
      </div>
      {problemFor("date")}
      {problemFor("url")}
      {problemFor("title")}
      {problemFor("outlet")}
      <div className="ingest-card-actions">
        <button type="submit" className="button primary" disabled={busy || fields.text.trim() === ""}>
          Extract claims
        </button>
      </div>
    </form>
  );
}
