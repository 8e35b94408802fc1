import { FormEvent, useState } from 'react';
import { Api, ApiError } from './api';

export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // A cheap authenticated call proves the key before the console keeps it.
      await new Api(key.trim()).get('/api/v1/projects');
      onSignedIn(key.trim());
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'That API key is not valid.' : String((err as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin" id="main">
      <form onSubmit={submit} className="card">
        <h1>Quire console</h1>
        <p>Sign in with an API key. It is kept only for this browser tab and sent as a bearer token.</p>
        {notice && (
          <p role="alert" className="notice">
            {notice}
          </p>
        )}
        <label>
          API key
          <input type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} required />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || !key.trim()}>
          Sign in
        </button>
      </form>
    </main>
  );
}
