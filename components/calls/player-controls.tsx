"use client";

// Play/pause, ±5 s, the clock, a seek slider and the speed. Each piece reads
// only the slice of playback state it shows, so a playing call re-renders
// the clock once a second and the slider ten times, and nothing else.
import { useState } from "react";
import { PLAYBACK_RATES, type Playback } from "@/lib/client/use-playback";
import { usePlaybackSelector } from "@/lib/client/use-playback-store";
import { formatClock } from "./format";
import { BackIcon, CheckIcon, ForwardIcon, LinkIcon, PauseIcon, PlayIcon } from "./icons";

const ROUND_BUTTON = "relative inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-slate-900";

function SkipButton({ playback, seconds }: { playback: Playback; seconds: number }) {
  const Icon = seconds < 0 ? BackIcon : ForwardIcon;
  return (
    <button type="button" aria-label={seconds < 0 ? "Back 5 seconds" : "Forward 5 seconds"} onClick={() => playback.skip(seconds)} className={ROUND_BUTTON}>
      <Icon className="h-6 w-6" />
      <span aria-hidden="true" className="absolute inset-0 flex items-center justify-center pt-px text-[9px] font-bold">
        {Math.abs(seconds)}
      </span>
    </button>
  );
}

export function PlayButton({ playback }: { playback: Playback }) {
  const playing = usePlaybackSelector(playback.store, (s) => s.playing);
  const buffering = usePlaybackSelector(playback.store, (s) => s.playing && s.buffering);
  return (
    <button
      type="button"
      aria-label={playing ? "Pause" : "Play"}
      onClick={playback.toggle}
      className="relative inline-flex h-11 w-11 items-center justify-center rounded-full bg-brand-600 text-white shadow-sm hover:bg-brand-700"
    >
      {playing ? <PauseIcon className="h-5 w-5" /> : <PlayIcon className="ml-0.5 h-5 w-5" />}
      {buffering && <span aria-hidden="true" className="absolute inset-0 animate-spin rounded-full border-2 border-white/30 border-t-white" />}
    </button>
  );
}

export function Clock({ playback, duration }: { playback: Playback; duration: number }) {
  const second = usePlaybackSelector(playback.store, (s) => Math.floor(s.currentTime));
  return (
    <span className="whitespace-nowrap text-sm tabular-nums text-slate-600">
      <span className="font-medium text-slate-900">{formatClock(second)}</span> / {formatClock(duration)}
    </span>
  );
}

function SeekSlider({ playback, duration }: { playback: Playback; duration: number }) {
  const tenth = usePlaybackSelector(playback.store, (s) => Math.round(s.currentTime * 10) / 10);
  return (
    <input
      type="range"
      aria-label="Seek"
      aria-valuetext={`${formatClock(tenth)} of ${formatClock(duration)}`}
      min={0}
      max={Math.max(duration, 0.1)}
      step={0.1}
      value={Math.min(tenth, duration)}
      onChange={(event) => playback.seek(Number(event.target.value))}
      className="h-1.5 w-full cursor-pointer accent-brand-600"
    />
  );
}

function SpeedSelect({ playback }: { playback: Playback }) {
  const rate = usePlaybackSelector(playback.store, (s) => s.rate);
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-600">
      <span className="hidden sm:inline">Speed</span>
      <select
        aria-label="Playback speed"
        value={rate}
        onChange={(event) => playback.setRate(Number(event.target.value))}
        className="rounded-md border border-slate-300 bg-white py-1 pl-2 pr-7 text-sm font-medium text-slate-800 hover:border-slate-400"
      >
        {PLAYBACK_RATES.map((r) => (
          <option key={r} value={r}>
            {r}x
          </option>
        ))}
      </select>
    </label>
  );
}

/** Puts ?t= for the current moment in the address bar and on the clipboard. */
function ShareMoment({ playback }: { playback: Playback }) {
  const [copied, setCopied] = useState(false);
  const share = () => {
    const url = new URL(window.location.href);
    url.searchParams.set("t", String(Math.floor(playback.store.get().currentTime)));
    window.history.replaceState(window.history.state, "", url);
    navigator.clipboard?.writeText(url.toString()).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => {},
    );
  };
  return (
    <button type="button" onClick={share} aria-label="Copy a link to this moment" title="Copy a link to this moment" className={ROUND_BUTTON}>
      {copied ? <CheckIcon className="h-4 w-4 text-emerald-600" /> : <LinkIcon className="h-4 w-4" />}
    </button>
  );
}

export function PlayerControls({ playback, durationHint }: { playback: Playback; durationHint: number }) {
  const loaded = usePlaybackSelector(playback.store, (s) => s.duration);
  const error = usePlaybackSelector(playback.store, (s) => s.error);
  const duration = loaded > 0 ? loaded : durationHint;
  return (
    <div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-3">
        <div className="flex items-center gap-1">
          <SkipButton playback={playback} seconds={-5} />
          <PlayButton playback={playback} />
          <SkipButton playback={playback} seconds={5} />
        </div>
        {/* A row of its own on a phone, between the buttons and the speed on a wider screen. */}
        <div className="order-last flex basis-full items-center gap-3 sm:order-none sm:flex-1 sm:basis-auto">
          <Clock playback={playback} duration={duration} />
          <SeekSlider playback={playback} duration={duration} />
        </div>
        <div className="ml-auto flex items-center gap-1 sm:ml-0">
          <SpeedSelect playback={playback} />
          <ShareMoment playback={playback} />
        </div>
      </div>
      {error && (
        <div role="alert" className="mt-3 flex items-center justify-between gap-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          <span>{error}</span>
          <button type="button" onClick={playback.retry} className="rounded px-2 py-1 font-medium underline-offset-2 hover:underline">
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
