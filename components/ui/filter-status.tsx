import { ErrorState, Loading } from "./states";

/**
 * What a filtered view says above its results: filters in the address it
 * refuses, a draft being corrected (the last valid results stay), loading, or
 * a failure (a refusal of the server is not worth retrying).
 */
export function FilterStatus({
  refused,
  pending,
  updates,
  loading,
  failure,
  retry,
}: {
  refused: Partial<Record<string, string>>;
  pending: boolean;
  /** What correcting the filter updates: "the list", "the leaderboard". */
  updates: string;
  /** The loading label, or null when not loading. */
  loading: string | null;
  failure: { error: Error; refused: boolean } | null;
  retry: () => void;
}) {
  const messages = Object.values(refused).filter((m): m is string => Boolean(m));
  if (messages.length) return <ErrorState error={new Error(`These filters cannot be used. ${messages.join(" ")}`)} />;
  return (
    <>
      {pending && (
        <p role="status" className="mb-3 text-sm text-slate-600">
          Showing the last valid filters. Correct the marked filter to update {updates}.
        </p>
      )}
      {loading && <Loading label={loading} />}
      {failure && <ErrorState error={failure.error} retry={failure.refused ? undefined : retry} />}
    </>
  );
}
