/**
 * Duties by status for each plan, as stacked bars: where the overdue and the recurring pile up.
 * Chart.js through react-chartjs-2, loaded with the Over time view only, registering just what a
 * bar chart needs (the bundle budget).
 */
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { FollowThroughQuery } from '../../api/generated/graphql.ts';
import { t, type Lang } from '../../i18n.ts';
import { DUTY_STATUSES } from '../../state/view-state.ts';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

type BySection = FollowThroughQuery['followThrough']['bySection'];

/** Colours of the statuses, the same as their chips in the table. */
export const STATUS_COLOURS = { OPEN: '#94a3b8', DUE: '#0ea5e9', OVERDUE: '#f59e0b', OVERDUE_RECURRING: '#dc2626' } as const;
const FIELD = { OPEN: 'open', DUE: 'due', OVERDUE: 'overdue', OVERDUE_RECURRING: 'overdueRecurring' } as const;

export function StatusChart({ lang, bySection }: { lang: Lang; bySection: BySection }) {
  const plans = [...new Map(bySection.map((row) => [row.plan.id, row.plan])).values()];
  const data = {
    labels: plans.map((plan) => `${plan.symbol} (${plan.date?.slice(0, 4) ?? ''})`),
    datasets: DUTY_STATUSES.map((status) => ({
      label: t(lang, `status${status}`),
      backgroundColor: STATUS_COLOURS[status],
      data: plans.map((plan) => bySection.filter((row) => row.plan.id === plan.id).reduce((sum, row) => sum + row.counts[FIELD[status]], 0)),
    })),
  };
  return (
    <div className="status-chart" data-testid="status-chart">
      <Bar
        data={data}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom' } },
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        }}
      />
    </div>
  );
}
