import { DragEvent, FormEvent, useCallback, useEffect, useState } from 'react';
import { Api, Page } from './api';
import { ErrorText, messageOf } from './common';

export interface Directory {
  id: string;
  name: string;
  description?: string | null;
  type?: string;
}

interface DirectoryFile {
  id: string;
  display_name: string;
  file_id?: string | null;
  metadata?: Record<string, unknown>;
  updated_at?: string | null;
}

interface UploadState {
  name: string;
  fraction: number;
  error?: string;
  done?: boolean;
}

// Keys the server adds itself (contract §6): the editor shows and replaces the user layer only.
const SYSTEM_KEYS = new Set(['file_name', 'file_type', 'file_size', 'source_directory_file_id']);
const PAGE_SIZE = 20;

export function FilesPage({ api }: { api: Api }) {
  const [directories, setDirectories] = useState<Directory[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const dirs = (await api.all<Directory>('/api/v1/beta/directories')).filter((d) => d.type !== 'index');
      setDirectories(dirs);
      setSelected((s) => (s && dirs.some((d) => d.id === s) ? s : dirs[0]?.id ?? null));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [api]);

  useEffect(() => {
    load();
  }, [load]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const dir = await api.post<Directory>('/api/v1/beta/directories', { name: newName.trim() });
      setNewName('');
      await load();
      setSelected(dir.id);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const rename = async (dir: Directory) => {
    const name = window.prompt('New name for the directory', dir.name);
    if (!name || name.trim() === dir.name) return;
    try {
      await api.patch(`/api/v1/beta/directories/${dir.id}`, { name: name.trim() });
      await load();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const remove = async (dir: Directory) => {
    if (!window.confirm(`Delete directory "${dir.name}" and its files?`)) return;
    try {
      await api.delete(`/api/v1/beta/directories/${dir.id}`);
      await load();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const current = directories.find((d) => d.id === selected) ?? null;
  return (
    <div className="split">
      <section className="panel side" aria-labelledby="dirs-h">
        <h1 id="dirs-h">Directories</h1>
        <form onSubmit={create} className="row">
          <label className="grow">
            Directory name
            <input value={newName} onChange={(e) => setNewName(e.target.value)} required maxLength={3000} />
          </label>
          <button type="submit" disabled={!newName.trim()}>
            Create directory
          </button>
        </form>
        <ErrorText error={error} />
        <ul className="list" aria-label="Directories">
          {directories.map((d) => (
            <li key={d.id} className={d.id === selected ? 'selected' : ''}>
              <button type="button" className="link" aria-pressed={d.id === selected} onClick={() => setSelected(d.id)}>
                {d.name}
              </button>
              <span className="actions">
                <button type="button" className="small ghost" onClick={() => rename(d)} aria-label={`Rename ${d.name}`}>
                  Rename
                </button>
                <button type="button" className="small danger" onClick={() => remove(d)} aria-label={`Delete ${d.name}`}>
                  Delete
                </button>
              </span>
            </li>
          ))}
          {directories.length === 0 && <li className="muted">No directories yet.</li>}
        </ul>
      </section>
      {current && <DirectoryFiles key={current.id} api={api} directory={current} />}
    </div>
  );
}

function DirectoryFiles({ api, directory }: { api: Api; directory: Directory }) {
  const [files, setFiles] = useState<DirectoryFile[]>([]);
  const [filter, setFilter] = useState('');
  const [tokens, setTokens] = useState<(string | undefined)[]>([undefined]);
  const [next, setNext] = useState<string | null>(null);
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const [editing, setEditing] = useState<DirectoryFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const base = `/api/v1/beta/directories/${directory.id}/files`;
  const pageToken = tokens[tokens.length - 1];

  const load = useCallback(async () => {
    try {
      const page = await api.get<Page<DirectoryFile>>(base, {
        page_size: PAGE_SIZE,
        page_token: pageToken,
        display_name_contains: filter.trim() || undefined,
      });
      setFiles(page.items);
      setNext(page.next_page_token ?? null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [api, base, pageToken, filter]);

  useEffect(() => {
    load();
  }, [load]);

  const uploadAll = async (list: FileList | File[]) => {
    const chosen = Array.from(list);
    if (chosen.length === 0) return;
    setError(null);
    const start = uploads.length;
    setUploads((u) => [...u, ...chosen.map((f) => ({ name: f.name, fraction: 0 }))]);
    const update = (i: number, patch: Partial<UploadState>) =>
      setUploads((u) => u.map((s, j) => (j === start + i ? { ...s, ...patch } : s)));
    // Two at a time: many files finish sooner than one by one, without flooding the server.
    let nextIndex = 0;
    const worker = async () => {
      while (nextIndex < chosen.length) {
        const i = nextIndex++;
        const form = new FormData();
        form.append('upload_file', chosen[i], chosen[i].name);
        try {
          await api.upload(`${base}/upload`, form, (fraction) => update(i, { fraction }));
          update(i, { done: true, fraction: 1 });
        } catch (e) {
          update(i, { error: messageOf(e) });
        }
      }
    };
    await Promise.all([worker(), worker()]);
    load();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    uploadAll(e.dataTransfer.files);
  };

  const remove = async (f: DirectoryFile) => {
    if (!window.confirm(`Delete "${f.display_name}"?`)) return;
    try {
      await api.delete(`${base}/${f.id}`);
      load();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const overall = uploads.length ? uploads.reduce((s, u) => s + (u.error ? 1 : u.fraction), 0) / uploads.length : 0;
  return (
    <section className="panel main" aria-labelledby="files-h">
      <h1 id="files-h">Files in {directory.name}</h1>
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label>
          Upload files
          <input type="file" multiple onChange={(e) => e.target.files && uploadAll(e.target.files).then(() => (e.target.value = ''))} />
        </label>
        <span className="muted">or drop files here</span>
      </div>
      {uploads.length > 0 && (
        <div className="uploads" aria-label="Uploads">
          <div className="progress-row">
            <progress value={overall} max={1} aria-label="All uploads" />
            <span>
              {uploads.filter((u) => u.done).length} / {uploads.length} uploaded
            </span>
            <button type="button" className="small ghost" onClick={() => setUploads([])}>
              Clear
            </button>
          </div>
          <ul className="list compact">
            {uploads.map((u, i) => (
              <li key={i}>
                <span className="grow">{u.name}</span>
                {u.error ? <span className="error">{u.error}</span> : <progress value={u.fraction} max={1} aria-label={`Upload of ${u.name}`} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorText error={error} />
      <div className="row">
        <label className="grow">
          Filter by name
          <input
            type="search"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setTokens([undefined]);
            }}
          />
        </label>
      </div>
      <table className="table">
        <caption className="sr-only">Files</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Metadata</th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id}>
              <td>{f.display_name}</td>
              <td className="mono small-text">{JSON.stringify(userMetadata(f.metadata))}</td>
              <td>{f.updated_at ? new Date(f.updated_at).toLocaleString() : ''}</td>
              <td className="actions">
                <button type="button" className="small ghost" onClick={() => setEditing(f)} aria-label={`Edit metadata of ${f.display_name}`}>
                  Metadata
                </button>
                <button type="button" className="small danger" onClick={() => remove(f)} aria-label={`Delete ${f.display_name}`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
          {files.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                No files.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="row">
        <button type="button" className="ghost" disabled={tokens.length < 2} onClick={() => setTokens((t) => t.slice(0, -1))}>
          Previous page
        </button>
        <button type="button" className="ghost" disabled={!next} onClick={() => next && setTokens((t) => [...t, next])}>
          Next page
        </button>
      </div>
      {editing && (
        <MetadataEditor
          api={api}
          path={`${base}/${editing.id}`}
          file={editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) load();
          }}
        />
      )}
    </section>
  );
}

function userMetadata(metadata: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(metadata ?? {}).filter(([k]) => !SYSTEM_KEYS.has(k)));
}

function MetadataEditor({ api, path, file, onClose }: { api: Api; path: string; file: DirectoryFile; onClose: (changed: boolean) => void }) {
  const [text, setText] = useState(JSON.stringify(userMetadata(file.metadata), null, 2));
  const [error, setError] = useState<string | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setError('Not valid JSON.');
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      setError('Metadata must be a JSON object.');
      return;
    }
    try {
      await api.patch(path, { metadata: parsed });
      onClose(true);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <form className="card editor" onSubmit={save} aria-label={`Metadata of ${file.display_name}`}>
      <label>
        Metadata (JSON object) of {file.display_name}
        <textarea rows={8} className="mono" value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </label>
      <ErrorText error={error} />
      <div className="row">
        <button type="submit">Save metadata</button>
        <button type="button" className="ghost" onClick={() => onClose(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
