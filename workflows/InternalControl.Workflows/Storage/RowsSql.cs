using System.Collections.Concurrent;
using System.Text;

namespace InternalControl.Workflows.Storage;

/// <summary>Multi-row INSERT statements by row count, built once: a transition writes its journal entries, messages and timers each in one statement.</summary>
internal static class RowsSql
{
    private static readonly ConcurrentDictionary<int, string> JournalSql = new();
    private static readonly ConcurrentDictionary<int, string> OutboxSql = new();
    private static readonly ConcurrentDictionary<int, string> TimerSql = new();
    private static readonly ConcurrentDictionary<(string, int), string> Names = new();

    /// <summary>The name of row <paramref name="row"/>'s parameter <paramref name="prefix"/>, made once (values are bound by position; names only prepare).</summary>
    public static string Name(string prefix, int row) => Names.GetOrAdd((prefix, row), key => key.Item1 + key.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Journal(int rows) => JournalSql.GetOrAdd(rows, n => Build(
        "INSERT INTO wf_journal (school_id, case_id, seq, at, day, kind, step, actor, token, register, detail, data) VALUES ",
        n,
        i => $"(@school_id, @case_id, @seq{i}, @at, @day, @kind{i}, @step{i}, @actor{i}, @token{i}, @register{i}, @detail{i}, @data{i})"));

    public static string Outbox(int rows) => OutboxSql.GetOrAdd(rows, n => Build(
        "INSERT INTO wf_outbox (school_id, case_id, seq, recipient_kind, recipient_id, language, template, text, asks, created_at) VALUES ",
        n,
        i => $"(@school_id, @case_id, @seq{i}, @kind{i}, @recipient{i}, @language{i}, @template{i}, @text{i}, @asks{i}, @created_at)"));

    public static string Timers(int rows) => TimerSql.GetOrAdd(rows, n => Build(
        "INSERT INTO wf_timers (case_id, token, kind, due, payload, status) VALUES ",
        n,
        i => $"(@case_id, @token{i}, @kind{i}, @due{i}, @payload{i}, @status)"));

    private static string Build(string head, int rows, Func<int, string> row)
    {
        var text = new StringBuilder(head);
        for (var i = 0; i < rows; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(row(i));
        }

        return text.ToString();
    }
}
