/** Catalog prose with `code` in backticks: the code parts as <code>, everything as plain text. */
export function CodeText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
      <code key={index}>{part}</code>
    ) : (
      part
    ),
  );
}
