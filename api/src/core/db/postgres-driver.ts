import { PostgreSqlDriver, PostgreSqlPlatform, PostgreSqlSchemaHelper, type AbstractSqlConnection, type CheckDef, type Dictionary } from '@mikro-orm/postgresql';

/**
 * How PostgreSQL stores the check MikroORM itself writes for a string enum: `col = ANY (ARRAY[…])`
 * for several values, `col = 'a'::text` for one.
 */
const ENUM_CHECK = /\(array\[|^check \(\(\(?"?\w+"?\)?(?:::[\w ]+)? = '(?:[^']|'')*'::[\w ]+\)\)$/i;

/**
 * MikroORM 6 reads back any check shaped `col = … 'literal' …` as an enum of that literal, so
 * appointments_day_check (`local_day = ((starts_at AT TIME ZONE 'Asia/Shanghai'::text))::date`)
 * turned `starts_at` into an enum of 'Asia/Shanghai' and every schema diff proposed rewriting the
 * column and dropping the check. MikroORM 7 accepts only a bare quoted literal after `=`
 * (mikro-orm#7829); this does the same for 6, and reads every other check as a check.
 */
class SchemaHelper extends PostgreSqlSchemaHelper {
  override async getEnumDefinitions(connection: AbstractSqlConnection, checks: CheckDef[], tableName?: string, schemaName?: string): Promise<Dictionary<string[]>> {
    const candidates = checks.filter((check) => ENUM_CHECK.test(check.definition ?? ''));
    const enums = await super.getEnumDefinitions(connection, candidates, tableName, schemaName); // removes from candidates the checks it read as enums
    const remaining = checks.filter((check) => !ENUM_CHECK.test(check.definition ?? '') || candidates.includes(check));
    checks.splice(0, checks.length, ...remaining);
    return enums;
  }
}

class Platform extends PostgreSqlPlatform {
  protected override readonly schemaHelper: PostgreSqlSchemaHelper = new SchemaHelper(this);
}

/** PostgreSqlDriver whose schema reading (schema diffs, `npm run migration:create`) knows the check above is no enum. */
export class YuepuPostgreSqlDriver extends PostgreSqlDriver {
  protected override readonly platform: PostgreSqlPlatform = new Platform();
}
