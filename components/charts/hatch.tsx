import { useId } from "react";

/** An id usable inside url(#…) references, unique per chart instance. */
export function useSvgId(): string {
  return `c${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

/** Diagonal stripes of a colour on white: marks values that rest on too few calls, without relying on colour. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill="#ffffff" />
      <rect width={3} height={6} fill={color} />
    </pattern>
  );
}
