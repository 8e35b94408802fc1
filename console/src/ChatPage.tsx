import { FormEvent, Fragment, KeyboardEvent, ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Api, ApiError } from './api';
import { ErrorText, messageOf } from './common';
import type { Index } from './IndexesPage';
import { Screenshot, firstScreenshot } from './Screenshot';
import { RetrievalResult, pages } from './SearchPage';
import { ChatEvent, readEvents } from './sse';

interface Usage {
  duration_ms?: number | null;
  total_input_tokens?: number | null;
  total_output_tokens?: number | null;
  turns?: number | null;
}

interface SessionSummary {
  session_id: string;
  generated_title?: string | null;
  index_ids?: string[] | null;
  last_updated_at?: string;
  job_metadata?: (Usage & { is_error?: boolean; error?: string | null }) | null;
}

/** One question and everything the agent did for it. */
interface Turn {
  events: ChatEvent[];
  /** Answer text streamed so far, before its `text` event arrives. */
  live: string;
}

interface Citation {
  n: number;
  result: RetrievalResult | null;
  label: string;
  sentences: string[];
}

function toTurns(events: ChatEvent[]): Turn[] {
  const turns: Turn[] = [];
  for (const e of events) {
    if (e.type === 'user_input' || turns.length === 0) turns.push({ events: [], live: '' });
    if (e.type !== 'text_delta' && e.type !== 'thinking_delta') turns[turns.length - 1].events.push(e);
  }
  return turns;
}

/** Every retrieve result of a turn, in order, with their file names. */
function retrieved(turn: Turn): RetrievalResult[] {
  const out: RetrievalResult[] = [];
  for (const e of turn.events) {
    if (e.type === 'tool_result' && e.name === 'retrieve') {
      const results = (e.result as { results?: RetrievalResult[] } | null)?.results;
      if (Array.isArray(results)) out.push(...results);
    }
  }
  return out;
}

const SOURCE_LINE = /^\[(\d+)\]\s+(.+?),\s+pp?\.\s+(\d+)(?:-(\d+))?\s*$/;

/**
 * Resolves `[n]` markers to the chunks they came from. The answer's closing "Sources:" list names
 * file and page for each n; that picks the retrieved chunk. Without such a list (a model that cites
 * by position), `[n]` is the n-th retrieved chunk.
 */
function citations(text: string, results: RetrievalResult[]): Map<number, Citation> {
  const out = new Map<number, Citation>();
  const [body, sourcesPart] = splitSources(text);
  const sentences = new Map<number, string[]>();
  const marker = /([^[\]]*?)\s*\[(\d+)\]/g;
  let m;
  while ((m = marker.exec(body)) !== null) {
    const n = Number(m[2]);
    const sentence = m[1].trim();
    if (sentence) sentences.set(n, [...(sentences.get(n) ?? []), sentence]);
  }
  const listed = new Map<number, { name: string; from: number }>();
  for (const line of (sourcesPart ?? '').split('\n')) {
    const s = SOURCE_LINE.exec(line.trim());
    if (s) listed.set(Number(s[1]), { name: s[2], from: Number(s[3]) });
  }
  const ns = new Set<number>([...sentences.keys(), ...listed.keys()]);
  for (const n of ns) {
    const source = listed.get(n);
    const said = sentences.get(n) ?? [];
    let result: RetrievalResult | null = null;
    if (source) {
      const candidates = results.filter((r) => r.file_name === source.name && r.static_fields?.page_range_start === source.from);
      result = candidates.find((r) => said.some((s) => normalise(r.content).includes(normalise(s).replace(/\.\.\.$/, '')))) ?? candidates[0] ?? null;
    } else {
      result = results[n - 1] ?? null;
    }
    const label = source ? `${source.name}, p. ${source.from}` : result ? `${result.file_name ?? 'source'} ${pages(result)}` : `source ${n}`;
    out.set(n, { n, result, label, sentences: said });
  }
  return out;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function splitSources(text: string): [string, string | null] {
  const at = text.lastIndexOf('\n\nSources:');
  return at >= 0 ? [text.slice(0, at), text.slice(at + 2)] : [text, null];
}

/**
 * The chunk text with what the answer took from it marked: the cited sentences where they appear
 * word for word (whitespace may differ), else the chunk's sentence sharing most words with each
 * (a model paraphrases, or prefixes "According to ...").
 */
function CitedChunk({ text, sentences }: { text: string; sentences: string[] }) {
  const wanted = sentences.map((s) => s.replace(/\.\.\.$/, '').trim()).filter((s) => s.length > 10);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns: string[] = [];
  for (const s of wanted) {
    const exact = s.split(/\s+/).map(escape).join('\\s+');
    if (new RegExp(exact).test(text)) {
      patterns.push(exact);
      continue;
    }
    const best = closestSentence(text, s);
    if (best) patterns.push(escape(best));
  }
  if (patterns.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${patterns.join('|')})`, 'g'));
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/** The chunk's sentence with the most words in common with {@code said}, if it shares at least half of its own. */
function closestSentence(text: string, said: string): string | null {
  const target = words(said);
  let best: string | null = null;
  let bestScore = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const own = words(sentence);
    if (own.size === 0) continue;
    const shared = [...own].filter((w) => target.has(w)).length;
    if (shared / own.size >= 0.5 && shared > bestScore) {
      best = sentence.trim();
      bestScore = shared;
    }
  }
  return best;
}

/** Answer text with `[n]` turned into buttons; everything else stays text nodes (XSS-safe). */
function AnswerText({ text, cites, onCite }: { text: string; cites: Map<number, Citation>; onCite: (c: Citation) => void }) {
  const parts = text.split(/(\[\d+\])/g);
  const nodes: ReactNode[] = parts.map((part, i) => {
    const m = /^\[(\d+)\]$/.exec(part);
    const cite = m ? cites.get(Number(m[1])) : undefined;
    if (m && cite) {
      return (
        <button key={i} type="button" className="cite" onClick={() => onCite(cite)} aria-label={`Citation ${cite.n}: ${cite.label}`}>
          [{cite.n}]
        </button>
      );
    }
    return <Fragment key={i}>{part}</Fragment>;
  });
  return <div className="answer-text">{nodes}</div>;
}

function UsageLine({ usage, error }: { usage?: Usage | null; error?: string | null }) {
  if (!usage) return null;
  const tokens =
    usage.total_input_tokens != null || usage.total_output_tokens != null
      ? ` · ${usage.total_input_tokens ?? '?'} in / ${usage.total_output_tokens ?? '?'} out tokens`
      : ' · tokens not reported';
  return (
    <p className="usage small-text">
      {((usage.duration_ms ?? 0) / 1000).toFixed(1)} s{tokens} · {usage.turns ?? 0} model call{usage.turns === 1 ? '' : 's'}
      {error && <span className="error"> · {error}</span>}
    </p>
  );
}

function TurnView({ turn, onCite }: { turn: Turn; onCite: (c: Citation) => void }) {
  const results = retrieved(turn);
  const question = turn.events.find((e) => e.type === 'user_input')?.content ?? '';
  const stop = turn.events.find((e) => e.type === 'stop' || e.type === 'local_stop');
  const texts = turn.events.filter((e) => e.type === 'text').map((e) => e.content ?? '');
  const answer = texts.length > 0 ? texts.join('\n\n') : turn.live;
  const cites = citations(answer, results);
  return (
    <li className="turn">
      <div className="bubble user">
        <span className="sr-only">You: </span>
        {question}
      </div>
      <div className="bubble assistant" aria-live={stop ? undefined : 'polite'}>
        {turn.events
          .filter((e) => e.type === 'thinking' || e.type === 'tool_call')
          .map((e, i) => (
            <details key={i} className="step">
              <summary>{e.type === 'thinking' ? 'Thinking' : `Tool call: ${e.name}`}</summary>
              <pre className="mono">
                {e.type === 'thinking' ? e.content : JSON.stringify(e.arguments, null, 2)}
                {e.type === 'tool_call' && `\n→ ${summariseResult(turn.events.find((r) => r.type === 'tool_result' && r.call_id === e.call_id))}`}
              </pre>
            </details>
          ))}
        {answer ? <AnswerText text={answer} cites={cites} onCite={onCite} /> : !stop && <p className="muted">Working…</p>}
        {stop?.type === 'local_stop' && (
          <p className="muted small-text">Stopped here. The server still finishes this turn; reopen the chat to see the whole answer.</p>
        )}
        {stop?.is_error && <p className="error">Turn failed: {stop.error}</p>}
        <UsageLine usage={stop?.usage} />
      </div>
    </li>
  );
}

function summariseResult(e: ChatEvent | undefined): string {
  if (!e) return 'pending';
  const r = e.result as { results?: unknown[]; error?: string } | null;
  if (r?.error) return `error: ${r.error}`;
  if (Array.isArray(r?.results)) return `${r!.results.length} results`;
  return 'done';
}

function CitationPanel({ api, citation, onClose }: { api: Api; citation: Citation; onClose: () => void }) {
  const r = citation.result;
  const from = r?.static_fields?.page_range_start ?? null;
  const to = r?.static_fields?.page_range_end ?? from;
  // A chunk may span pages: its first page is shown, the others are one click away.
  const [pageNo, setPageNo] = useState<number | null>(from);
  useEffect(() => setPageNo(from), [citation, from]);
  const shot = r ? firstScreenshot(r.static_fields?.attachments, pageNo) : null;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [citation]);
  const range = from && to && to > from ? Array.from({ length: Math.min(to - from + 1, 50) }, (_, i) => from + i) : [];
  return (
    <aside className="panel citation" aria-labelledby="citation-h">
      <div className="row between">
        <h2 id="citation-h" tabIndex={-1} ref={heading}>
          Source [{citation.n}]
        </h2>
        <button type="button" className="small ghost" onClick={onClose}>
          Close source
        </button>
      </div>
      <p>
        <strong>{r?.file_name ?? citation.label}</strong> {r ? pages(r) : ''}
      </p>
      {r ? (
        <blockquote className="chunk">
          <CitedChunk text={r.content} sentences={citation.sentences} />
        </blockquote>
      ) : (
        <p className="muted">The cited chunk is not in this turn's retrieval results.</p>
      )}
      {range.length > 0 && (
        <div className="row wrap" role="group" aria-label="Page shown">
          {range.map((p) => (
            <button key={p} type="button" className="small ghost" aria-pressed={p === pageNo} onClick={() => setPageNo(p)}>
              p. {p}
            </button>
          ))}
        </div>
      )}
      {shot && <Screenshot api={api} sourceId={shot.source_id} name={shot.attachment_name} alt={`Page ${pageNo ?? ''} of ${r?.file_name ?? 'the source'}`} />}
    </aside>
  );
}

export function ChatPage({ api }: { api: Api }) {
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  const [indexes, setIndexes] = useState<Index[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [current, setCurrent] = useState<SessionSummary | null>(null);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [prompt, setPrompt] = useState('');
  const [running, setRunning] = useState(false);
  const [citation, setCitation] = useState<Citation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const loadSessions = useCallback(async () => {
    try {
      const page = await api.get<{ items: SessionSummary[] }>('/api/v1/chat', { page_size: 50 });
      setSessions(page.items);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [api]);

  useEffect(() => {
    loadSessions();
    api
      .all<Index>('/api/v1/indexes')
      .then((list) => {
        setIndexes(list);
        setChosen((c) => (c.length ? c : list.filter((i) => i.metadata?.status === 'ready').map((i) => i.id).slice(0, 1)));
      })
      .catch((e) => setError(messageOf(e)));
    return () => abort.current?.abort();
  }, [api, loadSessions]);

  const open = async (s: SessionSummary) => {
    setError(null);
    setCitation(null);
    try {
      const full = await api.get<SessionSummary & { events: ChatEvent[] }>(`/api/v1/chat/${s.session_id}`);
      setCurrent(full);
      setTurns(toTurns(full.events));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const newChat = async () => {
    setError(null);
    setCitation(null);
    try {
      const s = await api.post<SessionSummary>('/api/v1/chat', { index_ids: chosen.length ? chosen : null });
      setCurrent(s);
      setTurns([]);
      loadSessions();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const remove = async (s: SessionSummary) => {
    if (!window.confirm('Delete this chat?')) return;
    try {
      await api.delete(`/api/v1/chat/${s.session_id}`);
      if (current?.session_id === s.session_id) {
        setCurrent(null);
        setTurns([]);
      }
      loadSessions();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const send = async (e?: FormEvent) => {
    e?.preventDefault();
    const text = prompt.trim();
    if (!text || running) return;
    setError(null);
    let session = current;
    if (!session) {
      try {
        session = await api.post<SessionSummary>('/api/v1/chat', { index_ids: chosen.length ? chosen : null });
        setCurrent(session);
        loadSessions();
      } catch (err) {
        setError(messageOf(err));
        return;
      }
    }
    const indexIds = session.index_ids && session.index_ids.length ? session.index_ids : chosen;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setPrompt('');
    const update = (f: (t: Turn) => Turn) => setTurns((ts) => [...ts.slice(0, -1), f(ts[ts.length - 1])]);
    setTurns((ts) => [...ts, { events: [], live: '' }]);
    try {
      const response = await api.raw('POST', `/api/v1/chat/${session.session_id}/messages/stream`, {
        body: { index_ids: indexIds, prompt: text },
        signal: controller.signal,
      });
      await readEvents(response.body!, (event) => {
        if (event.type === 'text_delta') update((t) => ({ ...t, live: t.live + (event.content ?? '') }));
        else if (event.type !== 'thinking_delta') update((t) => ({ ...t, events: [...t.events, event] }));
      });
    } catch (err) {
      if (controller.signal.aborted) {
        // The API has no "cancel this turn": a closed stream only stops the display (contract §11.5).
        update((t) => ({ ...t, events: [...t.events, { type: 'local_stop' }] }));
      } else {
        // A refused turn (e.g. 409 while another turn runs) leaves no events: show the question and the error.
        setTurns((ts) => ts.slice(0, -1));
        setPrompt(text);
        setError(err instanceof ApiError ? `The turn was refused: ${err.message}` : messageOf(err));
      }
    } finally {
      setRunning(false);
      abort.current = null;
      loadSessions();
      api
        .get<SessionSummary>(`/api/v1/chat/${session.session_id}/summary`)
        .then(setCurrent)
        .catch(() => undefined);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      send();
    }
  };

  const indexName = (id: string) => indexes.find((i) => i.id === id || (i as { export_config_id?: string }).export_config_id === id)?.name ?? id;
  return (
    <div className={`chat-layout${citation ? ' with-citation' : ''}`}>
      <section className="panel side" aria-labelledby="sessions-h">
        <h1 id="sessions-h">Chats</h1>
        <fieldset>
          <legend>Indexes for a new chat</legend>
          {indexes.map((i) => (
            <label key={i.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(i.id)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, i.id] : c.filter((x) => x !== i.id)))}
              />
              {i.name}
            </label>
          ))}
          {indexes.length === 0 && <p className="muted">No indexes yet.</p>}
        </fieldset>
        <button type="button" onClick={newChat} disabled={chosen.length === 0}>
          New chat
        </button>
        <ul className="list" aria-label="Chat sessions">
          {sessions.map((s) => (
            <li key={s.session_id} className={s.session_id === current?.session_id ? 'selected' : ''}>
              <button type="button" className="link" onClick={() => open(s)} aria-current={s.session_id === current?.session_id ? 'true' : undefined}>
                {s.generated_title || 'New chat'}
              </button>
              <button type="button" className="small danger" onClick={() => remove(s)} aria-label={`Delete chat ${s.generated_title || s.session_id}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel main conversation" aria-labelledby="conversation-h">
        <h2 id="conversation-h">{current?.generated_title || 'New chat'}</h2>
        {current?.index_ids && <p className="muted small-text">Indexes: {current.index_ids.map(indexName).join(', ')}</p>}
        <ol className="turns" aria-label="Conversation">
          {turns.map((t, i) => (
            <TurnView key={i} turn={t} onCite={setCitation} />
          ))}
        </ol>
        {current?.job_metadata && !running && (
          <p className="muted small-text" data-testid="job-metadata">
            Last run: {((current.job_metadata.duration_ms ?? 0) / 1000).toFixed(1)} s
            {current.job_metadata.total_input_tokens != null && `, ${current.job_metadata.total_input_tokens} input tokens`}
            {current.job_metadata.total_output_tokens != null && `, ${current.job_metadata.total_output_tokens} output tokens`}
            {current.job_metadata.is_error && `, failed: ${current.job_metadata.error}`}
          </p>
        )}
        <ErrorText error={error} />
        <form className="composer" onSubmit={send}>
          <label className="grow">
            Message
            <textarea rows={2} value={prompt} onChange={(e) => setPrompt(e.target.value)} onKeyDown={onKey} placeholder="Ask about your documents (Enter sends, Shift+Enter for a new line)" />
          </label>
          {running ? (
            <button type="button" className="danger" onClick={() => abort.current?.abort()}>
              Stop
            </button>
          ) : (
            <button type="submit" disabled={!prompt.trim() || (!current && chosen.length === 0)}>
              Send
            </button>
          )}
        </form>
      </section>
      {citation && <CitationPanel api={api} citation={citation} onClose={() => setCitation(null)} />}
    </div>
  );
}
