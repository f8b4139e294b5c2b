import express from 'express';
import type { HttpRoute } from '../../context.js';

/**
 * `GET /apartments/settlements/<id>.csv`: a settlement batch for the partner bank, UTF-8 with a
 * byte-order mark so Excel on Chinese Windows reads it; town staff only (session cookie).
 */
export function apartmentRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  router.get('/apartments/settlements/:file', route(async ({ req, ctx, signedIn, send }) => {
    const id = /^(.*)\.csv$/.exec(String(req.params.file))?.[1] ?? '';
    const { filename, body } = await ctx.services.apartmentSettlement.csv(signedIn(), id);
    send({ contentType: 'text/csv; charset=utf-8', filename }, body);
  }));
  return router;
}
