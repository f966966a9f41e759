/**
 * Generates realistic .assay files of a given size for benchmarks: vars, a component, and many tests
 * with headers, JSON bodies, GraphQL documents, captures and expectations.
 */

const HEADER = `# Generated benchmark suite.
import "./auth.assay"

vars {
  baseUrl = env("BASE_URL", "http://127.0.0.1:4010")
  token = secret env("TOKEN", "dev-token")
}

component login(user, password) {
  POST {{baseUrl}}/login
  json { "user": "{{user}}", "password": "{{password}}" }
  expect status == 200
  capture session = $.token
}
`;

function restTest(i: number): string {
  return `
@tag(generated, rest)
test "create and fetch pet ${i}" {
  POST {{baseUrl}}/pets
  Authorization: Bearer {{token}}
  Content-Type: application/json
  json {
    "name": "pet-${i}",
    "tag": "dog",
    "age": ${i % 17},
    "owner": { "name": "owner ${i}", "emails": ["a${i}@example.com", "b${i}@example.com"] }
  }
  expect status == 201
  expect $.name == "pet-${i}"
  expect $.id is integer
  capture petId = $.id

  GET {{baseUrl}}/pets/{{petId}}
  expect status == 200
  expect header "content-type" contains "json"
  expect count $.owner.emails == 2
  expect duration < 500ms
}
`;
}

function graphqlTest(i: number): string {
  return `
test "film ${i}" {
  POST {{baseUrl}}/graphql
  graphql """
    query Film($id: ID!) { film(id: $id) { title episodeID director } }
  """
  variables { "id": "ZmlsbXM6${i}" }
  expect $.errors not exists
  expect $.data.film.title is string
}
`;
}

/** A file of about `bytes` characters. */
export function generateSuite(bytes: number): string {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let i = 0; size < bytes; i++) {
    const block = i % 4 === 3 ? graphqlTest(i) : restTest(i);
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

/** A JSON document of about `bytes` characters, for the JSON.parse reference. */
export function generateJson(bytes: number): string {
  const items: string[] = [];
  let size = 2;
  for (let i = 0; size < bytes; i++) {
    const item = JSON.stringify({ name: `pet-${i}`, tag: 'dog', age: i % 17, owner: { name: `owner ${i}`, emails: [`a${i}@example.com`] } });
    items.push(item);
    size += item.length + 1;
  }
  return `[${items.join(',')}]`;
}
