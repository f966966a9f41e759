// The runner benchmark's raw loop as a process of its own (plain Node, undici's public API), so that a
// fresh `assay run` can be compared with a fresh process doing the same requests by hand: both pay
// Node's start, loading undici and code that V8 has not optimized yet.
// Usage: node raw-undici-process.mjs <base URL> <API key> <chains> <connections>; exits 1 on a wrong answer.
import { Agent, request } from 'undici';

const [base, apiKey, chains, connections] = [process.argv[2], process.argv[3], Number(process.argv[4]), Number(process.argv[5])];
const agent = new Agent({ keepAliveTimeout: 10_000, connections });

async function chain(i) {
  const post = await request(`${base}/pets`, {
    dispatcher: agent,
    method: 'POST',
    headers: ['X-API-Key', apiKey, 'Content-Type', 'application/json'],
    body: JSON.stringify({ name: `pet-${i}`, tag: 'dog', age: i % 17 }),
  });
  const created = await post.body.json();
  const get = await request(`${base}/pets/${created.id}`, { dispatcher: agent, method: 'GET' });
  const fetched = await get.body.json();
  if (post.statusCode !== 201 || get.statusCode !== 200 || fetched.name !== `pet-${i}`) {
    console.error(`chain ${i}: POST ${post.statusCode}, GET ${get.statusCode}`);
    process.exit(1);
  }
}

let next = 0;
await Promise.all(Array.from({ length: connections }, async () => {
  while (next < chains) await chain(next++);
}));
await agent.close();
