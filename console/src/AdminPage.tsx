import { FormEvent, useCallback, useEffect, useState } from 'react';
import { Api, ApiError } from './api';
import type { Project } from './App';
import { ErrorText, messageOf } from './common';

interface ListedKey {
  id: string;
  name: string;
  role: string;
  prefix: string;
  created_at?: string;
  last_used_at?: string | null;
}

export function AdminPage({ api, projects, onProjectsChanged }: { api: Api; projects: Project[]; onProjectsChanged: (p: Project[]) => void }) {
  const [projectName, setProjectName] = useState('');
  const [selected, setSelected] = useState<string>(api.projectId ?? projects.find((p) => p.is_default)?.id ?? projects[0]?.id ?? '');
  const [keys, setKeys] = useState<ListedKey[] | null>(null);
  const [keyName, setKeyName] = useState('');
  const [role, setRole] = useState('member');
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);

  useEffect(() => {
    if (!selected && projects[0]) setSelected(projects[0].id);
  }, [projects, selected]);

  const loadKeys = useCallback(async () => {
    if (!selected) return;
    try {
      setKeys(await api.get<ListedKey[]>(`/api/v1/projects/${selected}/api-keys`));
      setForbidden(false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) setForbidden(true);
      else setError(messageOf(e));
    }
  }, [api, selected]);

  useEffect(() => {
    loadKeys();
  }, [loadKeys]);

  const createProject = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.post('/api/v1/projects', { name: projectName.trim() });
      setProjectName('');
      onProjectsChanged(await api.get<Project[]>('/api/v1/projects'));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const createKey = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setCopied(false);
    try {
      const created = await api.post<{ key: string }>(`/api/v1/projects/${selected}/api-keys`, { name: keyName.trim() || undefined, role });
      setSecret(created.key);
      setKeyName('');
      loadKeys();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const revoke = async (k: ListedKey) => {
    if (!window.confirm(`Revoke key "${k.name}"? Clients using it stop working at once.`)) return;
    try {
      await api.delete(`/api/v1/projects/${selected}/api-keys/${k.id}`);
      loadKeys();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setError('Copying was refused by the browser; select the key and copy it by hand.');
    }
  };

  if (forbidden) {
    return (
      <section className="panel">
        <h1>Admin</h1>
        <p>Projects and API keys are managed with an admin key; this key is a member key.</p>
      </section>
    );
  }

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="projects-h">
        <h1 id="projects-h">Projects</h1>
        <ul className="list">
          {projects.map((p) => (
            <li key={p.id} className={p.id === selected ? 'selected' : ''}>
              <button type="button" className="link" aria-pressed={p.id === selected} onClick={() => setSelected(p.id)}>
                {p.name}
              </button>
              <span className="muted small-text">{p.is_default ? 'default · ' : ''}{p.id}</span>
            </li>
          ))}
        </ul>
        <form onSubmit={createProject} className="row">
          <label className="grow">
            Project name
            <input value={projectName} onChange={(e) => setProjectName(e.target.value)} required />
          </label>
          <button type="submit" disabled={!projectName.trim()}>
            Create project
          </button>
        </form>
      </section>
      <section className="panel" aria-labelledby="keys-h">
        <h2 id="keys-h">API keys of {projects.find((p) => p.id === selected)?.name ?? 'project'}</h2>
        <form onSubmit={createKey} className="row wrap">
          <label className="grow">
            Key name
            <input value={keyName} onChange={(e) => setKeyName(e.target.value)} />
          </label>
          <label>
            Role
            <select value={role} onChange={(e) => setRole(e.target.value)}>
              <option value="member">member</option>
              <option value="admin">admin</option>
            </select>
          </label>
          <button type="submit">Create key</button>
        </form>
        {secret && (
          <div className="card secret" role="status">
            <p>The new key is shown only now. Store it somewhere safe.</p>
            <div className="row">
              <input readOnly value={secret} aria-label="New API key" className="mono grow" data-testid="new-key" onFocus={(e) => e.target.select()} />
              <button type="button" onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </button>
              <button type="button" className="ghost" onClick={() => setSecret(null)}>
                Done
              </button>
            </div>
          </div>
        )}
        <ErrorText error={error} />
        <table className="table">
          <caption className="sr-only">API keys</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Prefix</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(keys ?? []).map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td>{k.role}</td>
                <td className="mono">{k.prefix}</td>
                <td>{k.last_used_at ? new Date(k.last_used_at).toLocaleString() : 'never'}</td>
                <td>
                  <button type="button" className="small danger" onClick={() => revoke(k)} aria-label={`Revoke ${k.name}`}>
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
