using System.Security.Cryptography;
using System.Text;
using InternalControl.Kernel.Time;

namespace InternalControl.Workflows.Definitions;

/// <summary>
/// A validated, immutable workflow definition: a name, a version, the key parts that correlate its
/// cases (one open case per key), and its steps, the first of which starts a case. Built only by
/// <see cref="WorkflowBuilder"/>, which validates it; a case records <see cref="Hash"/> so that a
/// definition changed without a new version is caught instead of silently moving running cases.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>The target that ends a parallel branch.</summary>
    public const string Join = "join";

    /// <summary>The key parts a case carries in its own columns; any other key part is a start variable (object, sheet, year).</summary>
    public static readonly IReadOnlyList<string> KeyParts = ["pupil", "subject", "term"];

    private readonly Dictionary<string, StepDefinition> _steps;

    internal WorkflowDefinition(string name, int version, IReadOnlyList<string> key, IReadOnlyList<StepDefinition> steps, bool once = false, string? report = null)
    {
        Report = report;
        Name = name;
        Version = version;
        Key = key;
        Once = once;
        Steps = steps;
        _steps = steps.ToDictionary(s => s.Id);
        Hash = ComputeHash();
    }

    public string Name { get; }

    public int Version { get; }

    /// <summary>The key parts (pupil, subject, term, or any start variable) whose values identify a case.</summary>
    public IReadOnlyList<string> Key { get; }

    /// <summary>
    /// True for <c>once</c>: a key that has a case, open or closed, never gets another (a closed case is not
    /// reopened by the next night's rules). False: one OPEN case per key, so a closed case can happen again.
    /// </summary>
    public bool Once { get; }

    /// <summary>
    /// The report tag (<see cref="Kernel.Concepts.ReportTag"/>) that tells reports what this workflow is, or null. Tags
    /// say how a case is reported, not how it runs, so they are not part of <see cref="Hash"/>.
    /// </summary>
    public string? Report { get; }

    /// <summary>
    /// Whether this workflow is tagged <paramref name="tag"/> with the key parts its feature reads by position
    /// (<see cref="InternalControl.Kernel.Concepts.ReportTag.KeyPartsOf"/>); a policy with fewer is refused (IC2111), a
    /// definition stored before that is not read as tagged.
    /// </summary>
    public bool KeyedFor(string tag) => Report == tag && Key.Count >= InternalControl.Kernel.Concepts.ReportTag.KeyPartsOf(tag);

    /// <summary>The first step tagged <paramref name="tag"/>, or null.</summary>
    public StepDefinition? StepTagged(string tag) => Steps.FirstOrDefault(s => s.Report == tag);

    /// <summary>The steps in the order written; the first starts the case.</summary>
    public IReadOnlyList<StepDefinition> Steps { get; }

    public StepDefinition StartStep => Steps[0];

    /// <summary>A hash of the definition's canonical text (16 hex digits).</summary>
    public string Hash { get; }

    /// <summary>The policy text of the block it was bound from (tokens joined by spaces), or null when built in code.</summary>
    public string? Source { get; internal set; }

    /// <summary>The step with this id, or null.</summary>
    public StepDefinition? Step(string id) => _steps.GetValueOrDefault(id);

    /// <summary>The step with this id; a missing one is an engine fault, since definitions are validated.</summary>
    internal StepDefinition RequireStep(string id) =>
        Step(id) ?? throw new InvalidOperationException($"Workflow '{Name}' v{Version} has no step '{id}'.");

    private string ComputeHash()
    {
        var text = new StringBuilder();
        text.Append(Name).Append('|').Append(Version).Append('|').AppendJoin(',', Key);
        // Only when set, so that the hashes of definitions stored before "once" existed do not change.
        text.Append(Once ? "|once\n" : "\n");
        foreach (var step in Steps)
        {
            // Records print their members, lists by type only: lists are written out here.
            text.Append(step.GetType().Name).Append(' ').Append(step.Id).Append(':');
            switch (step)
            {
                case TaskStep t:
                    text.Append(t.Role).Append(';').Append(t.Deadline).Append(';').Append(t.Register).Append(';');
                    // The assignee only when set, so that the hashes of definitions stored before it do not change.
                    if (t.Assignee is { } assignee)
                    {
                        text.Append("assignee=").Append(assignee).Append(';');
                    }

                    if (t.AssigneeRole is { } assigneeRole)
                    {
                        text.Append("assignee_role=").Append(assigneeRole).Append(';');
                    }

                    foreach (var f in t.Fields)
                    {
                        text.Append(f.Name).Append('/').Append(f.Type).Append('/').Append(f.Required).Append('/').AppendJoin(',', f.Options).Append(';');
                    }

                    // An outcome's conditions only when it has some, so that the hashes of definitions stored before them do not change.
                    text.AppendJoin(',', t.Outcomes.Select(o => o.Name + ">" + o.Next
                        + (o.When.Count == 0 ? "" : "?" + string.Join("&", o.When.Select(c => c.Variable + " " + c.Operator + " " + string.Join(",", c.Values))))));
                    break;
                case NotifyStep n:
                    text.AppendJoin(',', n.Recipients).Append(';').Append(n.Template).Append('>').Append(n.Next);
                    break;
                case DecideStep d:
                    text.Append(d.Table).Append(';');
                    foreach (var row in d.Rows)
                    {
                        text.AppendJoin('&', row.When.Select(c => c.Variable + " " + c.Operator + " " + string.Join(",", c.Values))).Append('>').Append(row.Next).Append(';');
                    }

                    text.Append("else>").Append(d.Otherwise);
                    break;
                case WaitStep w:
                    text.Append(w.SchoolDays).Append(';').Append(IsoDate.TextOrNull(w.Until)).Append(w.UntilYearEnd ? ";year_end" : "").Append(w.UntilVariable is { } variable ? ";" + variable : "").Append('>').Append(w.Next);
                    break;
                case ParallelStep p:
                    text.AppendJoin(',', p.Branches).Append('>').Append(p.Next);
                    break;
                case SubWorkflowStep s:
                    text.Append(s.Workflow).Append('>').Append(s.Next);
                    break;
                case EndStep e:
                    text.Append(e.Result);
                    break;
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
