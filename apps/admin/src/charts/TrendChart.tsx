import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import './charts.css';

export interface TrendSeries {
  key: string;
  label: string;
  /** One value per entry of `xLabels` (null: no value that day). */
  values: (number | null)[];
}

/** Distinct on white at ≥ 3:1 (WCAG 1.4.11 for graphics). */
const PALETTE = ['#1d4fa8', '#b42318', '#0e7a3e', '#8a4b00', '#6b21a8', '#0f766e', '#475467'];
const HEIGHT = 240;
const PAD = { top: 12, right: 16, bottom: 28, left: 44 };

/**
 * A line chart drawn as SVG (no chart library in the app): one line per series over the dates in
 * `xLabels`, a legend, and the same numbers as a table behind "표로 보기" for screen readers and copying.
 */
export function TrendChart({
  title,
  xLabels,
  series,
  yMax,
  format = (v) => String(v),
}: {
  title: string;
  xLabels: string[];
  series: TrendSeries[];
  /** Top of the y axis; defaults to the largest value. */
  yMax?: number;
  format?: (value: number) => string;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = yMax ?? Math.max(1, ...all);
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (xLabels.length <= 1 ? plotW / 2 : (i * plotW) / (xLabels.length - 1));
  const y = (v: number) => PAD.top + plotH - (Math.min(v, top) / top) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const labelEvery = Math.max(1, Math.ceil(xLabels.length / Math.max(2, Math.floor(plotW / 90))));
  const color = (i: number) => PALETTE[i % PALETTE.length];

  return (
    <figure className="pcrm-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="pcrm-chart-title">
        {title}
      </figcaption>
      <div ref={box} className="pcrm-chart-box">
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={t('chart.summary', { title, n: xLabels.length, series: series.length })}
        >
          {ticks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} className="pcrm-chart-grid" />
              <text x={PAD.left - 6} y={y(v)} dy="0.32em" textAnchor="end" className="pcrm-chart-tick">
                {/* Below 1 (e.g. cases per 1,000 residents) a tenth would round every tick to 0. */}
                {format(top >= 1 ? Math.round(v * 10) / 10 : v)}
              </text>
            </g>
          ))}
          {xLabels.map((label, i) =>
            i % labelEvery === 0 || i === xLabels.length - 1 ? (
              <text key={i} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="pcrm-chart-tick">
                {label.length === 10 ? label.slice(5) : label}
              </text>
            ) : null,
          )}
          {series.map((s, si) => {
            const points = s.values
              .map((v, i) => (v === null ? null : `${x(i)},${y(v)}`))
              .filter((p): p is string => p !== null);
            return (
              <g key={s.key} stroke={color(si)} fill={color(si)}>
                {points.length > 1 && <polyline points={points.join(' ')} fill="none" strokeWidth={2} />}
                {s.values.map((v, i) =>
                  v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={points.length > 1 ? 2.5 : 4} />,
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="pcrm-chart-legend">
        {series.map((s, si) => (
          <li key={s.key}>
            <span className="pcrm-chart-swatch" style={{ background: color(si) }} aria-hidden />
            {s.label}
          </li>
        ))}
      </ul>
      <details className="pcrm-chart-data">
        <summary>{t('chart.asTable')}</summary>
        <div className="pcrm-chart-table-box pcrm-scroll-x" tabIndex={0} role="region" aria-label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('chart.date')}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {xLabels.map((label, i) => (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  {series.map((s) => (
                    <td key={s.key}>{s.values[i] === null ? '—' : format(s.values[i]!)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
