// Writes schema/schema.graphql from the resolvers (`npm run schema`).
import path from 'node:path';
import { buildAppSchema } from '../schema.js';

const target = path.resolve(process.cwd(), 'schema/schema.graphql');
await buildAppSchema({ emitTo: target });
console.log(`schema written to ${path.relative(process.cwd(), target)}`);
