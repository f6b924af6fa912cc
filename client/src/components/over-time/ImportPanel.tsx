/**
 * "Import": add plans without a terminal. Drop files (or choose them); the server reads them and
 * shows a preview — header, counts, warnings with their lines, units new to the database, and each
 * weakness beside the source lines it was read from — then the analyst confirms. Plans already
 * loaded can be removed here too. Everything goes through the import endpoint with the token.
 */
import { useEffect, useState, type DragEvent } from 'react';
import { PLAN_LIST } from '../../api/over-time-documents.ts';
import * as endpoint from '../../api/import-client.ts';
import { refetchEverything, useApi } from '../../api/use-api.ts';
import { t, type Lang } from '../../i18n.ts';

type Stage =
  | { kind: 'idle' }
  | { kind: 'previewing'; progress: string }
  | { kind: 'preview'; job: string; files: endpoint.FilePreview[]; chosen: string[] }
  | { kind: 'importing'; progress: string }
  | { kind: 'done'; plans: endpoint.PlanOutcome[] };

export function ImportPanel({ lang, onFocus }: { lang: Lang; onFocus: (id: string) => void }) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [token, setToken] = useState(endpoint.importToken() ?? '');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const plans = useApi(PLAN_LIST, {});

  useEffect(() => {
    endpoint.importStatus().then(
      (status) => setEnabled(status.enabled),
      () => setEnabled(false),
    );
  }, []);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setStage({ kind: 'idle' });
    }
  };
  const preview = (files: File[]) =>
    run(async () => {
      if (files.length === 0) return;
      const progress = (job: endpoint.Job<unknown>) => `${job.progress.done}/${job.progress.total} ${job.progress.current ?? ''}`;
      const job = await endpoint.waitForJob(await endpoint.startPreview(files), (j) => setStage({ kind: 'previewing', progress: progress(j) }));
      if (job.state === 'failed' || !job.result) throw new Error(job.error ?? 'preview failed');
      setStage({ kind: 'preview', job: job.id, files: job.result.files, chosen: job.result.files.filter((f) => f.preview).map((f) => f.fileName) });
    });
  const confirm = (jobId: string, chosen: string[]) =>
    run(async () => {
      const job = await endpoint.waitForJob(await endpoint.startImport(jobId, chosen), (j) =>
        setStage({ kind: 'importing', progress: `${j.progress.done}/${j.progress.total} ${j.progress.current ?? ''}` }),
      );
      if (job.state === 'failed' || !job.result) throw new Error(job.error ?? 'import failed');
      setStage({ kind: 'done', plans: job.result.plans });
      await refetchEverything();
    });
  const remove = (planId: string) =>
    run(async () => {
      if (!window.confirm(`${t(lang, 'removePlan')}: ${planId}?`)) return;
      await endpoint.removePlan(planId);
      await refetchEverything();
    });
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void preview([...event.dataTransfer.files]);
  };

  if (enabled === false) return <section className="list-view import-panel">{t(lang, 'importDisabled')}</section>;
  return (
    <section className="list-view import-panel" aria-label={t(lang, 'tabImport')}>
      <h2 className="list-title">{t(lang, 'importTitle')}</h2>
      <label className="field">
        <span>{t(lang, 'importToken')}</span>
        <input
          type="password"
          value={token}
          autoComplete="off"
          onChange={(event) => {
            setToken(event.target.value);
            endpoint.setImportToken(event.target.value);
          }}
        />
      </label>
      <label className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        {t(lang, 'importDrop')}
        <input type="file" multiple data-testid="import-files" onChange={(event) => void preview([...(event.target.files ?? [])])} />
      </label>
      {error && <p className="error-text">{error}</p>}
      {(stage.kind === 'previewing' || stage.kind === 'importing') && (
        <p className="muted" role="status">
          {t(lang, stage.kind === 'previewing' ? 'previewing' : 'importing')} {stage.progress}
        </p>
      )}
      {stage.kind === 'preview' && (
        <div data-testid="import-preview">
          {stage.files.map((file) => (
            <FilePreviewView key={file.fileName} lang={lang} file={file} />
          ))}
          <button
            type="button"
            className="primary"
            disabled={stage.chosen.length === 0}
            onClick={() => void confirm(stage.job, stage.chosen)}
            data-testid="confirm-import"
          >
            {t(lang, 'confirmImport')} ({stage.chosen.length})
          </button>
        </div>
      )}
      {stage.kind === 'done' && (
        <ul data-testid="import-result">
          {stage.plans.map((plan) => (
            <li key={plan.fileName} data-state={plan.state}>
              {t(lang, plan.state)}:{' '}
              <button type="button" className="link" onClick={() => onFocus(plan.planId)}>
                {plan.planId}
              </button>
              {plan.synthetic && <span className="badge synthetic">{t(lang, 'synthetic')}</span>}
              {plan.error && <span className="error-text"> {plan.error}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t(lang, 'loadedPlans')}</h3>
      <ul className="compare-list">
        {(plans.data?.overview.plans ?? []).map((plan) => (
          <li key={plan.id}>
            {plan.symbol} — {plan.province} {plan.date}
            {plan.synthetic && <span className="badge synthetic">{t(lang, 'synthetic')}</span>}{' '}
            <button type="button" className="small" onClick={() => void remove(plan.id)}>
              {t(lang, 'removePlan')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One file of the preview: what was read, the warnings with their lines, and each weakness beside its source. */
function FilePreviewView({ lang, file }: { lang: Lang; file: endpoint.FilePreview }) {
  if (!file.preview) {
    return (
      <article className="file-preview">
        <h3>{file.fileName}</h3>
        <p className="error-text">{file.error}</p>
      </article>
    );
  }
  const { plan, counts, warnings, newAgencies, unverifiedAgencies, sections, lines } = file.preview;
  return (
    <article className="file-preview" data-plan={plan.id}>
      <h3>
        {file.fileName}: {plan.symbol} — {plan.province}, {plan.date}
        {plan.synthetic && <span className="badge synthetic">{t(lang, 'synthetic')}</span>}
        {file.preview.exists && <span className="badge warn">{t(lang, 'replacesPlan')}</span>}
      </h3>
      <p className="muted">
        {plan.issuer} · {plan.title}
      </p>
      <p className="counts">
        {Object.entries(counts.nodes).map(([label, n]) => (
          <span key={label} className="count-chip">
            {label} {n}
          </span>
        ))}
      </p>
      {warnings.length > 0 && (
        <details>
          <summary>
            {t(lang, 'warnings')} ({warnings.length})
          </summary>
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.line}|${warning.message}`}>
                {t(lang, 'lines')} {warning.line}: {warning.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {newAgencies.length > 0 && (
        <details>
          <summary>
            {t(lang, 'newUnits')} ({newAgencies.length})
          </summary>
          <ul>
            {newAgencies.map((agency) => (
              <li key={agency.id}>{(lang === 'en' && agency.nameEn) || agency.name}</li>
            ))}
          </ul>
        </details>
      )}
      {unverifiedAgencies.length > 0 && (
        <details open>
          <summary>
            {t(lang, 'unverifiedUnits')} ({unverifiedAgencies.length})
          </summary>
          <ul>
            {unverifiedAgencies.map((agency) => (
              <li key={agency.id}>
                {agency.name} <span className="muted">({agency.recognisedBy})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>{t(lang, 'readAs')}</summary>
        <table className="source-beside">
          <tbody>
            {sections.flatMap((section) =>
              section.weaknesses.map((weakness) => (
                <tr key={weakness.code}>
                  <td>
                    <strong>{weakness.code}</strong> {weakness.statement}
                    <div className="muted small">
                      {weakness.leadText} · {weakness.deadlineText} · {weakness.causes}/{weakness.tasks}
                    </div>
                  </td>
                  <td lang="vi">
                    <pre>
                      {lines
                        .slice(weakness.lineStart - 1, Math.min(weakness.lineEnd, weakness.lineStart + 5))
                        .map((line, i) => `${weakness.lineStart + i}  ${line}`)
                        .join('\n')}
                    </pre>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </article>
  );
}
