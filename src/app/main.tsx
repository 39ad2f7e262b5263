/** The browser entry point: mounts the app into #root. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./workspace/App.tsx";
import "./app.css";

const container = document.getElementById("root");
if (container === null) throw new Error("claimbench: #root is missing from index.html");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
