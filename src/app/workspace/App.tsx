/**
 * The app shell: header with the view tabs, summary counts and undo/redo; the current view;
 * the side panel with the selected claim. Features are composed here and nowhere else.
 */
import { lazy, Suspense, useState } from "react";
import { ArticlesView } from "../article-view/ArticlesView.tsx";
import { ClaimPanel } from "../claim-editor/ClaimPanel.tsx";
import { ClaimsView } from "../claims-table/ClaimsView.tsx";
import { ComparisonsProvider } from "../compare/ComparisonsProvider.tsx";
import { KeyboardShortcuts } from "../keyboard/KeyboardShortcuts.tsx";
import { Notices } from "./Notices.tsx";
import { StorageStatus } from "../storage/StorageStatus.tsx";
import { SummaryCounts } from "./SummaryCounts.tsx";
import { UpdateNotice } from "./UpdateNotice.tsx";
import { useUrlParams } from "./url-state.ts";
import { useWorkspace } from "./use-workspace.ts";
import { WorkspaceProvider } from "./WorkspaceProvider.tsx";
import "./shell.css";

// Views the app does not open on load on demand, so the claims table starts without them (the
// comparison chart's plotting library alone is a third of the app); the service worker keeps
// every chunk, so they load offline too.
const CompareView = lazy(() => import("../compare/CompareView.tsx").then((module) => ({ default: module.CompareView })));
const AgreementView = lazy(() => import("../agreement/AgreementView.tsx").then((module) => ({ default: module.AgreementView })));
const IngestPanel = lazy(() => import("../ingest/IngestPanel.tsx").then((module) => ({ default: module.IngestPanel })));
const ExportDialog = lazy(() => import("../exchange/ExportDialog.tsx").then((module) => ({ default: module.ExportDialog })));

const VIEWS = [
  { id: "claims", label: "Claims" },
  { id: "articles", label: "Articles" },
  { id: "compare", label: "Compare" },
  { id: "agreement", label: "Agreement" },
  { id: "import", label: "Import" },
] as const;
type ViewId = (typeof VIEWS)[number]["id"];

export function App() {
  return (
    <WorkspaceProvider renderChrome={({ notices, dismiss }) => <Notices notices={notices} onDismiss={dismiss} />}>
      <ComparisonsProvider>
        <Shell />
      </ComparisonsProvider>
    </WorkspaceProvider>
  );
}

function Shell() {
  const [params, updateUrl] = useUrlParams();
  const { undo, redo, actor, articlesLoaded } = useWorkspace();
  const view = asView(params.get("view"));
  const selectedClaim = params.get("claim");
  const [exporting, setExporting] = useState(false);
  const withPanel = selectedClaim !== null && (view === "claims" || view === "articles");

  return (
    <div className="shell">
      <header className="shell-header">
        <span className="wordmark">claimbench</span>
        <nav className="view-tabs" aria-label="Views">
          {VIEWS.map((item) => (
            <a
              key={item.id}
              href={`?view=${item.id}`}
              className="view-tab"
              aria-current={item.id === view ? "page" : undefined}
              onClick={(event) => {
                event.preventDefault();
                updateUrl({ view: item.id }, { push: true });
              }}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <div className="shell-actions">
          <button type="button" className="button quiet" onClick={() => setExporting(true)} title="Export claims or a backup">
            Export…
          </button>
          <button type="button" className="button quiet" onClick={() => void undo()} title="Undo (u or Ctrl+Z)">
            Undo
          </button>
          <button type="button" className="button quiet" onClick={() => void redo()} title="Redo (Shift+U or Ctrl+Shift+Z)">
            Redo
          </button>
          {actor.reviewer !== "" && (
            <span className="reviewer" title="Changes are saved under this name">
              {actor.reviewer}
            </span>
          )}
        </div>
      </header>
      <SummaryCounts>
        <StorageStatus onBackup={() => setExporting(true)} />
      </SummaryCounts>
      <div className={withPanel ? "shell-body with-panel" : "shell-body"}>
        <main className="shell-main" id="main">
          {view === "claims" && <ClaimsView />}
          {/* The claims table opens on its first page; the other views need every article. */}
          {view !== "claims" && !articlesLoaded && <ViewLoading />}
          {view === "articles" && articlesLoaded && <ArticlesView />}
          <Suspense fallback={<ViewLoading />}>
            {view === "compare" && articlesLoaded && <CompareView />}
            {view === "agreement" && articlesLoaded && <AgreementView />}
            {view === "import" && articlesLoaded && <IngestPanel />}
          </Suspense>
        </main>
        {withPanel && selectedClaim !== null && <ClaimPanel claimId={selectedClaim} />}
      </div>
      <KeyboardShortcuts />
      <UpdateNotice />
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setExporting(false)} />
        </Suspense>
      )}
    </div>
  );
}

function ViewLoading() {
  return (
    <div className="workspace-loading" role="status">
      Loading…
    </div>
  );
}

function asView(value: string | null): ViewId {
  return VIEWS.some((item) => item.id === value) ? (value as ViewId) : "claims";
}
