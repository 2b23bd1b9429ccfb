using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Schools;

/// <summary>The school store's tests on an embedded SQLite file.</summary>
public sealed class SqliteSchoolStoreTests() : SchoolStoreTests(Backend.Sqlite);
