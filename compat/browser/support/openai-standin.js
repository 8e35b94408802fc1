'use strict';
// A stand-in LLM provider: a real HTTP server speaking the OpenAI Chat Completions streaming
// protocol on loopback, scripted like server/src/test/java/dev/quire/testing/ScriptedOpenAiServer.java.
// First call of a turn: a `retrieve` tool call with the user's question. Once the tool result is
// there: some reasoning, then an answer quoting the first retrieved chunk and citing it as [1],
// streamed slowly (one piece every `delayMs`) so a browser can watch it arrive, stop it or collide
// with it; the last chunk reports token usage.

const http = require('node:http');

const USAGE = { prompt_tokens: 321, completion_tokens: 42, total_tokens: 363 };

function chunk(delta, finish = null) {
  return { id: 'chatcmpl-standin', object: 'chat.completion.chunk', created: 0, model: 'standin', choices: [{ index: 0, delta, finish_reason: finish }] };
}

function firstSentence(messages) {
  const tool = [...messages].reverse().find((m) => m.role === 'tool');
  try {
    const results = JSON.parse(typeof tool.content === 'string' ? tool.content : JSON.stringify(tool.content)).results || [];
    const text = String(results[0]?.content || '').replace(/\s+/g, ' ').trim();
    return (text.split(/(?<=[.!?])\s/)[0] || text).slice(0, 200);
  } catch {
    return 'the documents do not say';
  }
}

async function startStandIn({ delayMs = 250 } = {}) {
  const calls = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end('{"error":{"message":"not found"}}');
        return;
      }
      const request = JSON.parse(body);
      calls.push(request);
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      const send = (obj) => res.write(`data: ${JSON.stringify(obj)}\n\n`);
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const messages = request.messages || [];
      const last = messages[messages.length - 1];
      if (last?.role !== 'tool') {
        const question = [...messages].reverse().find((m) => m.role === 'user')?.content || '';
        send(chunk({ role: 'assistant', tool_calls: [{ index: 0, id: `call_${calls.length}`, type: 'function', function: { name: 'retrieve', arguments: '' } }] }));
        send(chunk({ tool_calls: [{ index: 0, function: { arguments: JSON.stringify({ query: question }) } }] }));
        send(chunk({}, 'tool_calls'));
      } else {
        send(chunk({ role: 'assistant', reasoning_content: 'The first retrieved chunk answers this; ' }));
        send(chunk({ reasoning_content: 'I will quote it and cite it.' }));
        const words = `According to the handbook: ${firstSentence(messages)} [1]`.split(/(?<= )/);
        for (const w of words) {
          if (res.destroyed) return;
          await sleep(delayMs);
          send(chunk({ content: w }));
        }
        send(chunk({}, 'stop'));
      }
      send({ id: 'chatcmpl-standin', object: 'chat.completion.chunk', created: 0, model: 'standin', choices: [], usage: USAGE });
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    calls,
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

module.exports = { startStandIn, USAGE };
