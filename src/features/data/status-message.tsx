/** The outcome of the data view's last action, announced politely; nothing until there is one. */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="message" role="status">
      {message}
    </p>
  );
}
