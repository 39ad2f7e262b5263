/** Hands a file made in the page to the browser's download, without any network request. */
export interface FileToSave {
  fileName: string;
  mimeType: string;
  text: string;
}

export function saveFile(file: FileToSave): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob once started.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
