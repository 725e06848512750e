"use client";

// The calibration figures of a period; the server's first answer stands in for the period it rendered.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import { queryKeys } from "@/lib/client/query-keys";
import type { Calibration } from "@/lib/data/dto-calibration";

export function useCalibrationQuery(days: number, initial: Calibration | null) {
  return useQuery({
    queryKey: queryKeys.calibration(days),
    queryFn: () => fetchJson<Calibration>(`/api/calibration?days=${days}`),
    initialData: initial && initial.days === days ? initial : undefined,
    placeholderData: keepPreviousData,
  });
}
