using System.Text;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InternalControl.Storage.Schools;

/// <summary>
/// Reads a school's marks from SQLite through the prepared statement itself (SQLitePCL's raw API) instead of a data
/// reader, whose every column access checks the column count and type across the native boundary and makes a new
/// string: a 2,000-pupil school's 400,000 marks took most of the time of opening the school. Ids come out of
/// <see cref="Utf8StringPool"/>s and dates straight from their bytes (<see cref="IsoDate.TryParseUtf8"/>). The
/// statement runs in the connection's open transaction, as a command would.
/// </summary>
internal static class SqliteMarkReader
{
    /// <summary>Runs <paramref name="sql"/> (columns pupil, subject, date, value, kind, max points; parameters @school and, if given, @after).</summary>
    public static List<Mark> Read(SqliteConnection connection, string sql, long schoolId, long? changedAfter)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        using (statement)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
            raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@school"), schoolId);
            if (changedAfter is { } after)
            {
                raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@after"), after);
            }

            var marks = new List<Mark>();
            var ids = new Utf8StringPool();
            var subjects = new Utf8StringPool();
            var kinds = new Utf8StringPool();
            // A school has a handful of kinds: each pooled text is parsed once, not once a mark.
            var kindOf = new Dictionary<string, MarkKind>(ReferenceEqualityComparer.Instance);
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var pupil = ids.Get(raw.sqlite3_column_blob(statement, 0));
                var subject = subjects.Get(raw.sqlite3_column_blob(statement, 1));
                var dateBytes = raw.sqlite3_column_blob(statement, 2);
                var date = IsoDate.TryParseUtf8(dateBytes, out var parsed) ? parsed : IsoDate.Parse(Encoding.UTF8.GetString(dateBytes));
                var kindText = kinds.Get(raw.sqlite3_column_blob(statement, 4));
                if (!kindOf.TryGetValue(kindText, out var kind))
                {
                    kind = Codes.TryParseMarkKind(kindText, out var parsedKind) ? parsedKind : MarkKind.Current;
                    kindOf.Add(kindText, kind);
                }

                var max = raw.sqlite3_column_type(statement, 5) == raw.SQLITE_NULL ? (int?)null : raw.sqlite3_column_int(statement, 5);
                marks.Add(new Mark(pupil, subject, date, raw.sqlite3_column_int(statement, 3), kind) { Max = max });
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            return marks;
        }
    }
}
