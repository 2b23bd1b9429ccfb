using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Access;

/// <summary>The request window's tests on PostgreSQL.</summary>
public sealed class PostgresRequestWindowStoreTests() : RequestWindowStoreTests(Backend.Postgres);
