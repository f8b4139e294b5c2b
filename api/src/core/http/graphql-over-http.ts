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
 * as three middlewares did (`app.use('/graphql', compress, json, expressMiddleware(...))`). Each
 * layer cost every request a path match, a prefix trim and restore, and a `next` closure of the
 * router (issue 13). The Apollo part is @as-integrations/express5's `expressMiddleware`
 * (1.1.2) with the same steps and answers, except that a URL without `?` is not run through
 * `url.parse` to find that it has no query string.
 */
export function graphqlOverHttp<C extends BaseContext>(options: GraphQLOverHttpOptions<C>): RequestHandler {
  const { compress, parseJson, apollo, context } = options;
  apollo.assertStarted('graphqlOverHttp()');
  const answer = async (req: Request, res: Response) => {
    if (!('body' in req)) {
      res.status(500);
      res.send('`req.body` is not set; this probably means you forgot to set up the ' +
        '`json` middleware before the Apollo Server middleware.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- what expressMiddleware uses: the same search string
        search: req.url.includes('?') ? parseUrl(req.url).search ?? '' : '',
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.send(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      // A compression middleware's flush, as expressMiddleware does; ours writes streams uncompressed.
      const flush = (res as Response & { flush?: () => void }).flush;
      if (typeof flush === 'function') flush.call(res);
    }
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
