import { FormEvent, useEffect, useState } from 'react';
import { Api } from './api';
import { ErrorText, Highlighted, messageOf, queryTerms } from './common';
import type { Index } from './IndexesPage';
import { Attachment, Screenshot, firstScreenshot } from './Screenshot';

export interface RetrievalResult {
  content: string;
  score?: number | null;
  rerank_score?: number | null;
  file_name?: string | null;
  metadata?: Record<string, unknown> | null;
  static_fields?: {
    attachments?: Attachment[];
    page_range_start?: number | null;
    page_range_end?: number | null;
    parsed_directory_file_id?: string | null;
    chunk_start_char?: number | null;
  };
}

export function pages(r: RetrievalResult): string {
  const from = r.static_fields?.page_range_start;
  const to = r.static_fields?.page_range_end ?? from;
  if (!from) return '';
  return from === to ? `p. ${from}` : `pp. ${from}–${to}`;
}

/** File names of an index's parsed files, by file id (retrieve results carry only the id). */
export async function fileNames(api: Api, indexId: string): Promise<Map<string, string>> {
  const page = await api.post<{ items: { file_id: string; file_name: string }[] }>('/api/v1/retrieval/files/find', {
    index_id: indexId,
    page_size: 1000,
  });
  return new Map(page.items.map((f) => [f.file_id, f.file_name]));
}

export function SearchPage({ api }: { api: Api }) {
  const [indexes, setIndexes] = useState<Index[]>([]);
  const [indexId, setIndexId] = useState('');
  const [query, setQuery] = useState('');
  const [topK, setTopK] = useState(5);
  const [vectorWeight, setVectorWeight] = useState(0.6);
  const [filters, setFilters] = useState('');
  const [results, setResults] = useState<RetrievalResult[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .all<Index>('/api/v1/indexes')
      .then((list) => {
        setIndexes(list);
        setIndexId((id) => id || list[0]?.id || '');
      })
      .catch((e) => setError(messageOf(e)));
  }, [api]);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let customFilters: unknown = undefined;
    if (filters.trim()) {
      try {
        customFilters = JSON.parse(filters);
      } catch {
        setError('Metadata filters must be a JSON object, e.g. {"team": {"operator": "eq", "value": "docs"}}');
        return;
      }
    }
    setBusy(true);
    try {
      const [answer, map] = await Promise.all([
        api.post<{ results: RetrievalResult[] }>('/api/v1/retrieval/retrieve', {
          index_id: indexId,
          query,
          top_k: topK,
          vector_pipeline_weight: vectorWeight,
          full_text_pipeline_weight: Math.round((1 - vectorWeight) * 100) / 100,
          custom_filters: customFilters,
        }),
        fileNames(api, indexId),
      ]);
      setResults(answer.results);
      setNames(map);
      setSearched(query);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="search-h">
        <h1 id="search-h">Search playground</h1>
        <form onSubmit={search} className="stack">
          <div className="row wrap">
            <label>
              Index
              <select value={indexId} onChange={(e) => setIndexId(e.target.value)} required>
                {indexes.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="grow">
              Query
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} required />
            </label>
            <label>
              Top k
              <input type="number" min={1} max={500} value={topK} onChange={(e) => setTopK(Number(e.target.value))} />
            </label>
          </div>
          <div className="row wrap">
            <label className="grow">
              Vector weight ({vectorWeight.toFixed(2)}; full-text {(1 - vectorWeight).toFixed(2)})
              <input type="range" min={0} max={1} step={0.05} value={vectorWeight} onChange={(e) => setVectorWeight(Number(e.target.value))} />
            </label>
            <label className="grow">
              Metadata filters (JSON)
              <input className="mono" value={filters} onChange={(e) => setFilters(e.target.value)} placeholder='{"team": {"operator": "eq", "value": "docs"}}' />
            </label>
          </div>
          <div>
            <button type="submit" disabled={busy || !indexId || !query.trim()}>
              Search
            </button>
          </div>
        </form>
        <ErrorText error={error} />
      </section>
      {results && (
        <section className="panel" aria-labelledby="results-h">
          <h2 id="results-h">
            {results.length} result{results.length === 1 ? '' : 's'}
          </h2>
          <ol className="results">
            {results.map((r, i) => {
              const fileId = r.static_fields?.parsed_directory_file_id ?? '';
              const name = names.get(fileId) ?? fileId;
              const shot = firstScreenshot(r.static_fields?.attachments, r.static_fields?.page_range_start);
              return (
                <li key={i} className="result card">
                  <div className="result-text">
                    <p className="result-head">
                      <strong>{name}</strong> {pages(r)} · score {(r.rerank_score ?? r.score ?? 0).toFixed(3)}
                    </p>
                    <p className="chunk">
                      <Highlighted text={r.content} terms={queryTerms(searched)} />
                    </p>
                  </div>
                  {shot && <Screenshot api={api} sourceId={shot.source_id} name={shot.attachment_name} alt={`${name} ${pages(r)}`} />}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}
