using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Schools;

/// <summary>The school store's tests on PostgreSQL.</summary>
public sealed class PostgresSchoolStoreTests() : SchoolStoreTests(Backend.Postgres);
