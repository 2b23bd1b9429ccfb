namespace InternalControl.Testing.Databases;

/// <summary>The database a test runs on: an embedded SQLite file, or PostgreSQL (a private cluster or IC_TEST_POSTGRES).</summary>
public enum Backend
{
    Sqlite,
    Postgres,
}
