/** The client's types, without loading the client: `postgres` is imported only when a database URL is set. */
import type postgres from 'postgres';

export type Sql = postgres.Sql | postgres.TransactionSql;
export type RootSql = postgres.Sql;
export type TxSql = postgres.TransactionSql;
