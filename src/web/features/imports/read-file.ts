// Reading the chosen file in the browser. The server takes the text, not the
// bytes: the CSV is UTF-8 (a byte order mark, if any, is removed on the server).

/** The same limit as the server's, checked before sending so a large file is refused at once. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function readFileAsText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('not text')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });
}
