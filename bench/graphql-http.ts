/** The bench's GraphQL requests over HTTP, as the explorer sends them. */

/** One checked request: its data, or an error naming the status and the GraphQL errors. */
export async function postGraphQL(url: string, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return body.data!;
}

/** One measured GraphQL request: the body is read in full; a non-200 status or an error answer fails it. */
export function graphQLSender(url: string, query: string, variables: Record<string, unknown>): () => Promise<void> {
  const body = JSON.stringify({ query, variables });
  return async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    if (response.status !== 200 || text.startsWith('{"errors"')) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  };
}
