using System.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;
using System.Data.Common;

namespace InternalControl.Benchmarks.Workflows;

/// <summary>
/// The baseline (on SQLite or PostgreSQL, as the run): the very rows the workflow run left (cases, tasks, timers, journal, outbox), inserted with
/// prepared INSERTs into a fresh database with the same schema and indexes, in as many transactions as the run
/// had transitions (each case's rows in order, cut into equal runs). What remains between the two figures is the
/// runtime's own cost: reading the case, running the machine, validating forms, rendering texts, updating rows.
/// </summary>
internal static class SameRowsBaseline
{
    private static readonly string[] Tables = ["wf_cases", "wf_tasks", "wf_timers", "wf_journal", "wf_outbox"];

    public static double Run(string sourcePath, string path, int transactions)
    {
        var rows = ReadRows(sourcePath);
        var database = SchoolDatabase.Open(path, typeof(WorkflowRuntime).Assembly);
        database.Schools.CreateSchool("Bench", Country.Kg, [Language.Ky], false, "2026-2027");
        using var connection = database.OpenConnection();
        var commands = new Dictionary<string, DbCommand>();
        foreach (var table in Tables)
        {
            var columns = rows.First(r => r.Table == table).Columns;
            var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            for (var i = 0; i < columns.Count; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i;
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }

            command.Prepare();

            commands[table] = command;
        }

        var watch = Stopwatch.StartNew();
        var next = 0;
        for (var t = 0; t < transactions; t++)
        {
            var end = (int)((long)rows.Count * (t + 1) / transactions);
            using var tx = connection.BeginTransaction();
            for (; next < end; next++)
            {
                var row = rows[next];
                var command = commands[row.Table];
                command.Transaction = tx;
                for (var i = 0; i < row.Values.Length; i++)
                {
                    command.Parameters[i].Value = row.Values[i];
                }

                command.ExecuteNonQuery();
            }

            tx.Commit();
        }

        watch.Stop();
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Every row of the runtime's tables, grouped by case in the order a case writes them.</summary>
    private static List<Row> ReadRows(string sourcePath)
    {
        using var connection = SchoolDatabase.Open(sourcePath, typeof(WorkflowRuntime).Assembly).OpenConnection();
        var byCase = new SortedDictionary<long, List<Row>>();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var caseColumn = columns.IndexOf(table == "wf_cases" ? "id" : "case_id");
            while (reader.Read())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                var caseId = reader.GetInt64(caseColumn);
                if (!byCase.TryGetValue(caseId, out var list))
                {
                    byCase[caseId] = list = [];
                }

                list.Add(new Row(table, columns, values));
            }
        }

        return [.. byCase.Values.SelectMany(r => r)];
    }

    private sealed record Row(string Table, IReadOnlyList<string> Columns, object[] Values);
}
