using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Access;

/// <summary>The request window's tests on SQLite.</summary>
public sealed class SqliteRequestWindowStoreTests() : RequestWindowStoreTests(Backend.Sqlite);
