/** Status (six, with their number keys) and reporting (three) as pressed/unpressed button groups. */
import { REPORTING, STATUSES, type Reporting, type Status } from "../../../claim-schemas/vocabulary.ts";
import { REPORTING_LABELS, STATUS_KEYS, STATUS_LABELS } from "../shared/status-labels.ts";

export function StatusButtons({ value, onChange }: { value: Status; onChange: (status: Status) => void }) {
  return (
    <div className="choice-group status-choices" role="group" aria-label="Status">
      {STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`choice status-${status}`}
          aria-pressed={status === value}
          title={`${STATUS_LABELS[status]} (key ${STATUS_KEYS[status]})`}
          onClick={() => {
            if (status !== value) onChange(status);
          }}
        >
          <kbd className="choice-key">{STATUS_KEYS[status]}</kbd>
          <span>{STATUS_LABELS[status]}</span>
        </button>
      ))}
    </div>
  );
}

export function ReportingButtons({ value, onChange }: { value: Reporting; onChange: (reporting: Reporting) => void }) {
  return (
    <div className="choice-group reporting-choices" role="group" aria-label="Reporting">
      {REPORTING.map((reporting) => (
        <button
          key={reporting}
          type="button"
          className={`choice reporting-${reporting}`}
          aria-pressed={reporting === value}
          title={`${REPORTING_LABELS[reporting]} (r cycles)`}
          onClick={() => {
            if (reporting !== value) onChange(reporting);
          }}
        >
          {REPORTING_LABELS[reporting]}
        </button>
      ))}
    </div>
  );
}
