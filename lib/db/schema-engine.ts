// The Prisma schema engine as WebAssembly, driven through a driver adapter,
// so migrations need no native binary and no download.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, mockAdapter } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createMigrationAdapterFactory } from "./adapter";
import type { DbProvider } from "./provider";

type EngineModule = typeof import("@prisma/schema-engine-wasm");
let engineModule: Promise<EngineModule> | undefined;

/**
 * Loads the engine's wasm-bindgen glue and instantiates the .wasm ourselves:
 * Node 20 cannot import .wasm modules without --experimental-wasm-modules.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(gluePath.replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

export const NO_FILTERS = { externalTables: [] as string[], externalEnums: [] as string[] };

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/**
 * A schema engine connected to the database at url, with the datamodel it
 * should compare against. With { offline: provider } instead of a URL it has
 * no database, which is all a diff between two datamodels needs.
 */
export async function openSchemaEngine(
  target: string | { offline: DbProvider },
  datamodel: { path: string; content: string },
): Promise<EngineHandle> {
  const { SchemaEngine } = await loadEngineModule();
  const factory =
    typeof target === "string"
      ? createMigrationAdapterFactory(target)
      : target.offline === "sqlite"
        ? createMigrationAdapterFactory("file::memory:")
        : offlinePostgresFactory();
  // The engine does not close the connections it opens; track them to.
  const connections: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  function track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    connections.push(adapter);
    return adapter;
  }
  const engine = await SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(connections.map((connection) => connection.dispose().catch(() => {})));
    },
  };
}

/**
 * A PostgreSQL "connection" for datamodel-to-datamodel diffs, which read no
 * database. The engine only asks, when it starts, whether the schema exists
 * and which server version it speaks to; everything else is refused.
 */
function offlinePostgresFactory(): SqlMigrationAwareDriverAdapterFactory {
  const connect = async (): Promise<SqlDriverAdapter> => {
    const refuse = mockAdapter("postgres");
    return {
      ...refuse,
      adapterName: "coachboard-offline-postgres",
      async queryRaw(query: SqlQuery) {
        if (/^SELECT EXISTS\(SELECT 1 FROM pg_namespace/.test(query.sql)) {
          return {
            columnNames: ["exists", "version", "numeric_version"],
            columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
            rows: [[true, "PostgreSQL 15.0", 150000]],
          };
        }
        throw new Error(`an offline diff cannot run: ${query.sql.slice(0, 80)}`);
      },
      dispose: async () => {},
    };
  };
  return { provider: "postgres", adapterName: "coachboard-offline-postgres", connect, connectToShadowDb: connect };
}
