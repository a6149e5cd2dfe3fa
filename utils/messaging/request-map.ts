/**
 * A request map: one entry a request type, `{ request: fields; response: answer }`. The messages,
 * the handler tables and the answer types of Careline's two request channels (to the background:
 * background-api.ts; over the panel port: panel-api.ts) are all read off their map.
 */
/** A request that carries nothing but its type. */
export type NoFields = Record<never, never>;

export type RequestMap<M> = { [K in keyof M]: { request: object; response: unknown } };

/** The message for one request type (or, without K, any of them): `type` plus that entry's fields. */
export type RequestOf<M extends RequestMap<M>, K extends keyof M = keyof M> = {
  [P in K]: { type: P } & M[P]['request'];
}[K];

export type ResponseOf<M extends RequestMap<M>, K extends keyof M> = M[K]['response'];

/** One handler a request type, each answering its own response type. */
export type HandlersOf<M extends RequestMap<M>> = {
  [K in keyof M]: (request: RequestOf<M, K>) => Promise<ResponseOf<M, K>>;
};

/** The handler of the request's own type. */
export function answerWith<M extends RequestMap<M>, K extends keyof M>(
  handlers: HandlersOf<M>,
  request: RequestOf<M, K>,
): Promise<ResponseOf<M, K>> {
  const handler = handlers[request.type as K] as (request: RequestOf<M, K>) => Promise<ResponseOf<M, K>>;
  return handler(request);
}
