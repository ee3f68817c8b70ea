import { useId, type ReactNode } from 'react';

/**
 * A chart as a figure: its caption names the SVG for screen readers (the SVG is one image, the numbers are in the
 * table each chart also renders), and the plot scrolls sideways on a narrow screen instead of squeezing.
 */
export function ChartFigure({
  className,
  scrollClassName,
  plotClassName,
  caption,
  width,
  height,
  plot,
  children,
}: {
  className: string;
  scrollClassName: string;
  plotClassName: string;
  caption: ReactNode;
  width: number;
  height: number;
  /** The SVG's content. */
  plot: ReactNode;
  /** What follows the plot inside the figure: its legend, its table. */
  children?: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className={className}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div className={scrollClassName}>
        <svg
          role="img"
          aria-labelledby={captionId}
          className={plotClassName}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
        >
          {plot}
        </svg>
      </div>
      {children}
    </figure>
  );
}
