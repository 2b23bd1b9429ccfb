using InternalControl.Application.Policies;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Runtime;
using InternalControl.Storage.Schools;

namespace InternalControl.Application.Cases;

/// <summary>
/// A school as read at one moment: its data (with evaluation scores), its attached policy compiled, the rule engine it
/// runs on, and the <see cref="SchoolStamp"/> it was read at. Immutable: a long-running host shares one between
/// requests and replaces it when the stamp moves (<see cref="LiveSchool"/>).
/// </summary>
public sealed class SchoolSnapshot
{
    private SchoolSnapshot(SchoolStamp stamp, SchoolData data, HostedPolicy? policy, RuleEngineKind engine)
    {
        Stamp = stamp;
        Data = data;
        Policy = policy;
        Engine = engine;
    }

    public SchoolStamp Stamp { get; }

    public SchoolData Data { get; }

    /// <summary>The compiled policy and its workflows; null when none is attached.</summary>
    public HostedPolicy? Policy { get; }

    public RuleEngineKind Engine { get; }

    /// <summary>
    /// Reads the school. The stamp is read first, so a write that lands during the read makes the next stamp differ and
    /// the snapshot is read again, never kept stale. A policy that no longer compiles (after an upgrade) is reported.
    /// </summary>
    public static Result<SchoolSnapshot> Load(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var stamp = workspace.Database.Schools.Stamp(workspace.School.Id);
        var sources = workspace.Database.Policies.Sources(workspace.School.Id);
        var engine = RuleEngines.TryParse(stamp.RuleEngine, out var chosen) ? chosen : RuleEngines.Default;

        // The policy compiles (and the school's engine builds its rules: NRules' session factory) while the school's
        // data is read: neither needs the other, and on a command line both are paid once per process.
        var compiling = sources.Count == 0 ? null : Task.Run(() => Compile(workspace.Database.Path, sources, engine));
        var loaded = workspace.Load();
        var data = workspace.Database.Scores.WithScores(loaded);
        HostedPolicy? hosted = null;
        if (compiling is not null)
        {
            var compiled = compiling.GetAwaiter().GetResult();
            if (!compiled.Succeeded)
            {
                return Result<SchoolSnapshot>.Failure(compiled.Diagnostics);
            }

            hosted = compiled.Value;
        }

        return Result<SchoolSnapshot>.From(new SchoolSnapshot(stamp, data, hosted, engine), []);
    }

    /// <summary>The cached compilation of the school's policy, with the rules of <paramref name="engine"/> built.</summary>
    private static Result<HostedPolicy> Compile(string database, IReadOnlyList<InternalControl.Kernel.Policies.PolicySource> sources, RuleEngineKind engine)
    {
        var compiled = PolicyCache.Compile(database, sources);
        compiled.Value?.Rules.Prepare(engine);
        return compiled;
    }

    /// <summary>The same policy and engine over newer data (marks and absences that arrived), at a newer stamp.</summary>
    internal SchoolSnapshot With(SchoolStamp stamp, SchoolData data) => new(stamp, data, Policy, Engine);
}
