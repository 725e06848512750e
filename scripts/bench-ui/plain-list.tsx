// The baseline npm run bench:ui measures the call page against: the simplest
// page that could work. React, one <audio>, the transcript fetched once, and
// every turn and every word in the DOM (no virtualization); a click on a word
// sets the recording's currentTime.
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

interface Turn {
  label: string;
  startMs: number;
  first: number;
  count: number;
}

interface Transcript {
  segments: { label: string; startMs: number }[];
  words: { startMs: number[]; text: string[]; punct: string[] };
}

declare global {
  interface Window {
    __plainRendered?: number;
  }
}

function Page({ transcriptUrl, recordingUrl }: { transcriptUrl: string; recordingUrl: string }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [data, setData] = useState<{ turns: Turn[]; words: Transcript["words"] } | null>(null);
  useEffect(() => {
    void fetch(transcriptUrl)
      .then((response) => response.json() as Promise<Transcript>)
      .then(({ segments, words }) => {
        // Words belong to the turn they start in.
        const turns: Turn[] = [];
        let w = 0;
        segments.forEach((segment, s) => {
          const end = segments[s + 1]?.startMs ?? Infinity;
          const first = w;
          while (w < words.startMs.length && words.startMs[w] < end) w++;
          turns.push({ label: segment.label, startMs: segment.startMs, first, count: w - first });
        });
        setData({ turns, words });
      });
  }, [transcriptUrl]);
  useEffect(() => {
    if (data) window.__plainRendered = performance.now();
  }, [data]);
  const seek = (ms: number) => {
    if (audio.current) audio.current.currentTime = ms / 1000;
  };
  return (
    <main style={{ fontFamily: "sans-serif", maxWidth: 800, margin: "0 auto" }}>
      <audio ref={audio} src={recordingUrl} controls preload="metadata" style={{ width: "100%" }} />
      {data ? (
        <ol aria-label="Transcript">
          {data.turns.map((turn, t) => (
            <li key={t} data-start={turn.startMs / 1000}>
              <strong>{turn.label}</strong>{" "}
              {Array.from({ length: turn.count }, (_, i) => {
                const w = turn.first + i;
                return (
                  <span key={w} className="w" onClick={() => seek(data.words.startMs[w])}>
                    {data.words.text[w]}
                    {data.words.punct[w]}{" "}
                  </span>
                );
              })}
            </li>
          ))}
        </ol>
      ) : (
        <p>Loading…</p>
      )}
    </main>
  );
}

const root = document.getElementById("root")!;
createRoot(root).render(<Page transcriptUrl={root.dataset.transcript!} recordingUrl={root.dataset.recording!} />);
