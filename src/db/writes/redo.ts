/** Redo lives beside undo (undo.ts): both are derived from the same history. */
export { redo } from "./undo.ts";
