import { FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Api } from './api';
import { ErrorText, Progress, messageOf } from './common';
import type { Directory } from './FilesPage';

export interface IndexMetadata {
  status?: string;
  error_message?: string | null;
  num_source_files?: number;
  num_processed_files?: number;
  num_parsed_files?: number;
  num_failed_files?: number;
  num_chunks?: number;
  sync_started_at?: string | null;
  failed_files?: { directory_file_id: string; file_name?: string | null; error?: string | null }[];
}

export interface Index {
  id: string;
  name: string;
  source_directory_id: string;
  metadata?: IndexMetadata;
  last_synced_at?: string | null;
}

const ACTIVE = new Set(['pending', 'syncing']);

/** Seconds left at the rate seen since the sync started, or null when it cannot be told yet. */
function eta(m: IndexMetadata): number | null {
  const done = m.num_processed_files ?? 0;
  const total = m.num_source_files ?? 0;
  if (!m.sync_started_at || done === 0 || total <= done) return null;
  const elapsed = (Date.now() - Date.parse(m.sync_started_at)) / 1000;
  return Math.max(0, Math.round((elapsed / done) * (total - done)));
}

export function IndexesPage({ api }: { api: Api }) {
  const [indexes, setIndexes] = useState<Index[]>([]);
  const [directories, setDirectories] = useState<Directory[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ directory: '', name: '', screenshots: true, frequency: 'manual' });
  const timer = useRef<number | undefined>();

  const load = useCallback(async () => {
    try {
      const list = await api.all<Index>('/api/v1/indexes');
      setIndexes(list);
      // Poll while a sync is queued or running; stop when every index is settled.
      window.clearTimeout(timer.current);
      if (list.some((i) => ACTIVE.has(i.metadata?.status ?? ''))) timer.current = window.setTimeout(load, 1000);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [api]);

  useEffect(() => {
    load();
    api
      .all<Directory>('/api/v1/beta/directories')
      .then((d) => {
        const user = d.filter((x) => x.type !== 'index');
        setDirectories(user);
        setForm((f) => ({ ...f, directory: f.directory || user[0]?.id || '' }));
      })
      .catch((e) => setError(messageOf(e)));
    return () => window.clearTimeout(timer.current);
  }, [api, load]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.post('/api/v1/indexes', {
        source_directory_id: form.directory,
        name: form.name.trim() || undefined,
        store_attachments: form.screenshots ? ['screenshots'] : [],
        sync_frequency: form.frequency,
      });
      setForm((f) => ({ ...f, name: '' }));
      load();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const act = async (path: string, method: 'POST' | 'DELETE' = 'POST') => {
    setError(null);
    try {
      await api.json(method, path);
      load();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const dirName = (id: string) => directories.find((d) => d.id === id)?.name ?? id;
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="new-index-h">
        <h1 id="new-index-h">New index</h1>
        <form onSubmit={create} className="row wrap">
          <label>
            Source directory
            <select value={form.directory} onChange={(e) => setForm({ ...form, directory: e.target.value })} required>
              {directories.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Index name
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder="directory's name" />
          </label>
          <label>
            Sync frequency
            <select value={form.frequency} onChange={(e) => setForm({ ...form, frequency: e.target.value })}>
              <option value="manual">Manual</option>
              <option value="on_source_change">On source change</option>
              <option value="daily">Daily</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={form.screenshots} onChange={(e) => setForm({ ...form, screenshots: e.target.checked })} />
            Page screenshots
          </label>
          <button type="submit" disabled={!form.directory}>
            Create index
          </button>
        </form>
        <ErrorText error={error} />
      </section>
      <section className="panel" aria-labelledby="indexes-h">
        <h1 id="indexes-h">Indexes</h1>
        {indexes.length === 0 && <p className="muted">No indexes yet.</p>}
        <ul className="cards" aria-label="Indexes">
          {indexes.map((i) => {
            const m = i.metadata ?? {};
            const status = m.status ?? 'unknown';
            const left = eta(m);
            return (
              <li key={i.id} className="card" aria-label={`Index ${i.name}`}>
                <div className="row between">
                  <h2>{i.name}</h2>
                  <span className={`badge ${status}`} data-testid="index-status">
                    {status}
                  </span>
                </div>
                <p className="muted small-text">
                  {i.id} · source {dirName(i.source_directory_id)}
                </p>
                {ACTIVE.has(status) && (
                  <>
                    <Progress value={m.num_processed_files ?? 0} max={m.num_source_files ?? 0} label={`Sync progress of ${i.name}`} />
                    {left !== null && <p className="small-text">About {left} s left</p>}
                  </>
                )}
                <p className="small-text">
                  {m.num_parsed_files ?? 0} files indexed · {m.num_chunks ?? 0} chunks · {m.num_failed_files ?? 0} failed
                  {i.last_synced_at && <> · last synced {new Date(i.last_synced_at).toLocaleString()}</>}
                </p>
                {m.error_message && <p className="error">Error: {m.error_message}</p>}
                {(m.failed_files?.length ?? 0) > 0 && (
                  <details>
                    <summary>Failed files</summary>
                    <ul>
                      {m.failed_files!.map((f) => (
                        <li key={f.directory_file_id}>
                          {f.file_name ?? f.directory_file_id}: {f.error ?? 'unknown error'}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                <div className="row">
                  <button type="button" className="small" onClick={() => act(`/api/v1/indexes/${i.id}/sync`)} aria-label={`Sync ${i.name} now`}>
                    Sync now
                  </button>
                  <button
                    type="button"
                    className="small ghost"
                    disabled={!ACTIVE.has(status)}
                    onClick={() => act(`/api/v1/indexes/${i.id}/sync/cancel`)}
                    aria-label={`Cancel sync of ${i.name}`}
                  >
                    Cancel sync
                  </button>
                  <button
                    type="button"
                    className="small danger"
                    onClick={() => window.confirm(`Delete index "${i.name}"?`) && act(`/api/v1/indexes/${i.id}`, 'DELETE')}
                    aria-label={`Delete ${i.name}`}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
