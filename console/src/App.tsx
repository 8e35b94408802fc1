import { useCallback, useEffect, useMemo, useState } from 'react';
import { Api, ApiError, storedKey, storeKey } from './api';
import { SignIn } from './SignIn';
import { FilesPage } from './FilesPage';
import { IndexesPage } from './IndexesPage';
import { SearchPage } from './SearchPage';
import { ChatPage } from './ChatPage';
import { AdminPage } from './AdminPage';
import { useTheme } from './theme';

export interface Project {
  id: string;
  name: string;
  is_default: boolean;
}

const PAGES = [
  { id: 'files', label: 'Files' },
  { id: 'indexes', label: 'Indexes' },
  { id: 'search', label: 'Search' },
  { id: 'chat', label: 'Chat' },
  { id: 'admin', label: 'Admin' },
] as const;
type PageId = (typeof PAGES)[number]['id'];

/** The page named by the location hash (#/chat); hash routes need no server route per page. */
function pageFromHash(): PageId {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  return (PAGES.find((p) => p.id === id)?.id ?? 'files') as PageId;
}

export function App() {
  const [key, setKey] = useState<string | null>(storedKey());
  const [notice, setNotice] = useState<string | null>(null);
  const [page, setPage] = useState<PageId>(pageFromHash());
  const [projects, setProjects] = useState<Project[]>([]);
  const [projectId, setProjectId] = useState<string | null>(sessionStorage.getItem('quire.console.project'));
  const [theme, toggleTheme] = useTheme();

  const signOut = useCallback((message: string | null) => {
    storeKey(null);
    sessionStorage.removeItem('quire.console.project');
    setKey(null);
    setProjects([]);
    setProjectId(null);
    setNotice(message);
  }, []);

  const api = useMemo(() => {
    if (!key) return null;
    const a = new Api(key, projectId);
    a.onUnauthorized = () => signOut('You were signed out: the API key is no longer valid (revoked or unknown).');
    return a;
  }, [key, projectId, signOut]);

  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!key) return;
    new Api(key)
      .get<Project[]>('/api/v1/projects')
      .then(setProjects)
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) signOut('You were signed out: the API key is no longer valid (revoked or unknown).');
      });
  }, [key, signOut]);

  if (!key || !api) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(k) => {
          storeKey(k);
          setNotice(null);
          setKey(k);
        }}
      />
    );
  }

  const chooseProject = (id: string) => {
    const chosen = id || null;
    if (chosen) sessionStorage.setItem('quire.console.project', chosen);
    else sessionStorage.removeItem('quire.console.project');
    setProjectId(chosen);
  };

  return (
    <div className="shell">
      <a className="skip" href="#main">Skip to content</a>
      <header className="topbar">
        <span className="brand">Quire</span>
        <nav aria-label="Main">
          {PAGES.map((p) => (
            <a key={p.id} href={`#/${p.id}`} aria-current={page === p.id ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <div className="topbar-tools">
          {projects.length > 1 && (
            <label className="inline">
              Project
              <select value={projectId ?? ''} onChange={(e) => chooseProject(e.target.value)} aria-label="Project">
                <option value="">Key's own project</option>
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="ghost" onClick={toggleTheme} aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}>
            {theme === 'dark' ? 'Light' : 'Dark'}
          </button>
          <button type="button" className="ghost" onClick={() => signOut(null)}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" key={projectId ?? 'own'}>
        {page === 'files' && <FilesPage api={api} />}
        {page === 'indexes' && <IndexesPage api={api} />}
        {page === 'search' && <SearchPage api={api} />}
        {page === 'chat' && <ChatPage api={api} />}
        {page === 'admin' && <AdminPage api={api} projects={projects} onProjectsChanged={setProjects} />}
      </main>
    </div>
  );
}
