import { useId } from 'react';
import { useI18n } from '../../i18n';
import { layoutGraph, NODE_H, NODE_W } from './layout';
import type { WorkflowGraph } from './queries';

/**
 * The workflow as an SVG state diagram laid out here (no diagram package): standard states solid and blue,
 * the tenant's added states dashed and orange, the final state with a double border. The tables next to it
 * carry the same graph as text.
 */
export function WorkflowDiagram({ graph }: { graph: WorkflowGraph }) {
  const { t, lang } = useI18n();
  const id = useId();
  const { nodes, edges, width, height } = layoutGraph(graph);
  const state = new Map(graph.states.map((s) => [s.key, s]));
  const label = (s: { labelKo: string; labelEn: string }) => (lang === 'ko' ? s.labelKo : s.labelEn);
  return (
    <div
      className="wf-diagram pcrm-scroll-x"
      role="region"
      aria-label={t('wflow.diagramRegion')}
      tabIndex={0}
    >
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t('wflow.diagram')}</title>
        <desc id={`${id}-desc`}>
          {t('wflow.diagramDesc', { states: graph.states.length, transitions: graph.transitions.length })}
        </desc>
        <defs>
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#595959" />
          </marker>
          <marker
            id={`${id}-arrow-t`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#ad4e00" />
          </marker>
        </defs>
        {edges.map((e) => (
          <path
            key={e.id}
            d={e.d}
            className={e.standard ? 'wf-edge' : 'wf-edge wf-edge-tenant'}
            markerEnd={`url(#${id}-${e.standard ? 'arrow' : 'arrow-t'})`}
          >
            <title>{`${label(state.get(e.from)!)} → ${label(state.get(e.to)!)}: ${lang === 'ko' ? e.labelKo : e.labelEn}`}</title>
          </path>
        ))}
        {nodes.map((n) => {
          const s = state.get(n.key)!;
          return (
            <g
              key={n.key}
              transform={`translate(${n.x},${n.y})`}
              className={s.standard ? 'wf-node' : 'wf-node wf-node-tenant'}
            >
              <rect width={NODE_W} height={NODE_H} rx={8} />
              {s.final && (
                <rect x={3} y={3} width={NODE_W - 6} height={NODE_H - 6} rx={6} className="wf-final" />
              )}
              <text x={NODE_W / 2} y={20} textAnchor="middle" className="wf-node-label">
                {label(s)}
              </text>
              <text x={NODE_W / 2} y={37} textAnchor="middle" className="wf-node-key">
                {s.standard ? n.key : `+ ${n.key}`}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="wf-legend">
        <li>
          <span className="wf-swatch" aria-hidden="true" /> {t('wflow.legend.standard')}
        </li>
        <li>
          <span className="wf-swatch wf-swatch-tenant" aria-hidden="true" /> {t('wflow.legend.tenant')} (+)
        </li>
      </ul>
    </div>
  );
}
