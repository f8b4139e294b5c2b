import { parse as parseUrl } from 'node:url';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export interface GraphQLOverHttpOptions<C extends BaseContext> {
  /** Writes the answer (compressGraphQLResponses): runs first, as its own middleware did. */
  compress: RequestHandler;
  /** Reads the JSON body (express.json with the body limit): runs second. */
  parseJson: RequestHandler;
  apollo: ApolloServer<C>;
  context: (args: { req: Request; res: Response }) => Promise<C>;
}

/**
 * POST /graphql in one Express handler: compression, the JSON body, then Apollo, in that order,
 * as three middlewares did (`app.use('/graphql', compress, json, apolloMiddleware)`). Each layer
 * cost every request a path match, a prefix trim and restore, and a `next` closure of the router
 * (issue 13). It hands Apollo the same request (method, headers, query string, parsed body) as
 * the Express integration package did, and writes Apollo's status, headers and body as they are.
 */
export function graphqlOverHttp<C extends BaseContext>(options: GraphQLOverHttpOptions<C>): RequestHandler {
  const { compress, parseJson, apollo, context } = options;
  apollo.assertStarted('graphqlOverHttp()');
  const answer = async (req: Request, res: Response) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        // Apollo reads GET operations from the query string; most URLs have none, and url.parse is not free.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the WHATWG URL needs a base and re-encodes; the search string must reach Apollo as sent
        search: req.url.includes('?') ? parseUrl(req.url).search ?? '' : '',
        // body-parser sets `req.body` (undefined when the request has no JSON body; Apollo answers that case).
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.send(response.body.string);
      return;
    }
    // Incremental delivery: parts as Apollo yields them (compressGraphQLResponses leaves streams alone).
    for await (const part of response.body.asyncIterator) res.write(part);
    res.end();
  };
  return (req: Request, res: Response, next: NextFunction) => {
    // As Express does for an async handler: a rejection goes to the error handlers.
    const failed = (error: unknown) => next(error || new Error('Rejected promise'));
    const afterBody = (error?: unknown) => {
      if (error) { next(error); return; }
      answer(req, res).catch(failed);
    };
    compress(req, res, (error?: unknown) => {
      if (error) { next(error); return; }
      void parseJson(req, res, afterBody);
    });
  };
}
