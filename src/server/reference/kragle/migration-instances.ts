// Kragle stacks hold block instances with ids of their own (vendor-facts.md: blocks are written
// as [name, conversion, {…}] and read back as objects carrying instance ids). Instance ids come
// from one sequence; stacks stored before this migration as written arrays are converted, each
// entry getting an id, in order.
import type { Migration } from '../../storage/migrations'

export const kragleInstancesMigration = (version: number): Migration => ({
  version,
  name: 'kragle reference: block instances with ids',
  statements: [
    'CREATE SEQUENCE kragle_instance_ids',
    `UPDATE kragle_stacks AS s SET blocks_json = COALESCE((
       SELECT jsonb_agg(
         jsonb_build_object(
           'id', nextval('kragle_instance_ids'),
           'type', e->0,
           'conversion', e->1,
           'options', CASE WHEN jsonb_typeof(e->2) = 'object' THEN e->2 ELSE '{}'::jsonb END
         ) ORDER BY ord)
       FROM jsonb_array_elements(s.blocks_json::jsonb) WITH ORDINALITY AS t(e, ord)
       WHERE jsonb_typeof(e) = 'array'
     ), '[]'::jsonb)::text`,
  ],
})
