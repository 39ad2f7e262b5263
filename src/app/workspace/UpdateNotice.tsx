/**
 * Registers the service worker that keeps the app working offline, and says so when a new
 * version was downloaded: "A new version is ready — Reload". Nothing else changes until the
 * reviewer chooses to reload (their work is saved either way).
 */
import { useRegisterSW } from "virtual:pwa-register/react";

export function UpdateNotice() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-notice" role="status">
      A new version of claimbench is ready.
      <button type="button" className="button primary" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
      <button type="button" className="button quiet" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
