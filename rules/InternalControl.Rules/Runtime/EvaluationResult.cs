using System.Globalization;
using System.Text.Json;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Time;

namespace InternalControl.Rules.Runtime;

/// <summary>Everything an evaluation produced, in rule priority order within each pupil.</summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(DateOnly now, IEnumerable<Outcome> outcomes)
    {
        Now = now;
        var list = outcomes.ToList();
        Firings = [.. list.SelectMany(o => o.Firings)];
        Starts = [.. list.SelectMany(o => o.Starts)];
        Facts = [.. list.SelectMany(o => o.Facts)];
        Decisions = [.. list.SelectMany(o => o.Decisions)];
        Notifications = [.. list.SelectMany(o => o.Notifications)];
        Problems = [.. list.SelectMany(o => o.Problems)];
    }

    /// <summary>The date the evaluation ran as of.</summary>
    public DateOnly Now { get; }

    /// <summary>Every firing, with the facts it matched.</summary>
    public IReadOnlyList<Firing> Firings { get; }

    /// <summary>Workflow start intents (one per firing of a `start` action).</summary>
    public IReadOnlyList<WorkflowStart> Starts { get; }

    /// <summary>Derived facts asserted by rules.</summary>
    public IReadOnlyList<DerivedFact> Facts { get; }

    /// <summary>Groups and decisions set by rules.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Roles to notify.</summary>
    public IReadOnlyList<Notification> Notifications { get; }

    /// <summary>Problems found while running (IC1401: a rule kept re-firing and was stopped).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>
    /// The result as JSON: {"fired": [{"rule", "pupil", "subject", "object", "term", "at"}], "started": [{"workflow",
    /// "key", "pupil", "subject", "term", "rule"}], "facts": [...], "decisions": [...], "notifications": [...]}.
    /// </summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Array(json, "fired", Firings, (j, f) =>
            {
                j.WriteString("rule", f.Rule);
                j.WriteString("pupil", f.PupilId);
                j.WriteString("subject", f.SubjectId);
                j.WriteString("object", f.ObjectId);
                j.WriteNumber("term", f.Term);
                j.WriteString("at", IsoDate.Text(f.At));
            });
            Array(json, "started", Starts, (j, s) =>
            {
                j.WriteString("workflow", s.Workflow);
                j.WriteString("key", s.Key);
                j.WriteString("pupil", s.PupilId);
                j.WriteString("subject", s.SubjectId);
                j.WriteNumber("term", s.Term);
                j.WriteString("rule", s.Rule);
            });
            Array(json, "facts", Facts, (j, f) =>
            {
                j.WriteString("fact", f.Name);
                j.WriteString("pupil", f.PupilId);
                j.WriteString("subject", f.SubjectId);
                j.WriteNumber("value", f.Value);
                j.WriteString("rule", f.Rule);
            });
            Array(json, "decisions", Decisions, (j, d) =>
            {
                j.WriteString("name", d.Name);
                j.WriteString("value", Convert.ToString(d.Value is DateOnly date ? IsoDate.Text(date) : d.Value, CultureInfo.InvariantCulture));
                j.WriteString("pupil", d.PupilId);
                j.WriteString("subject", d.SubjectId);
                j.WriteString("object", d.ObjectId);
                j.WriteString("rule", d.Rule);
            });
            Array(json, "notifications", Notifications, (j, n) =>
            {
                j.WriteString("role", n.Role);
                j.WriteString("message", n.Message);
                j.WriteString("pupil", n.PupilId);
                j.WriteString("subject", n.SubjectId);
                j.WriteString("rule", n.Rule);
            });
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
