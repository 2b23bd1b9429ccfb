using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Runtime;

namespace InternalControl.Application.Cases;

/// <summary>
/// One school kept open by a long-running host (the web host): the school read once (<see cref="SchoolSnapshot"/>) and
/// a rule session over it, run once and then fed each mark and absence that arrives. Every request opens its workflow
/// runtime over the shared snapshot (<see cref="Open"/>), so no page loads the school or compiles its policy; workflow
/// state is read from the database as it is, never cached.
/// <para>
/// Each use reads the school's stamp (one small query). When an import or a score write raised the data version, the
/// school is read again and, when only marks and absences were added, the new ones are fed to the live rule session
/// (<see cref="Fed"/>); anything else (a changed pupil, a corrected mark, another policy, engine or year, a new day)
/// rebuilds it (<see cref="Rebuilds"/>). That happens once per change, under a lock: the host's own import refreshes
/// right after its commit (<see cref="Refresh"/>), so the person who imported pays for it, not the next reader.
/// </para>
/// </summary>
public sealed class LiveSchool
{
    private static readonly StaffRole[] NoRoles = [];

    private readonly Workspace _workspace;
    private readonly Lock _gate = new();
    private SchoolSnapshot _snapshot;
    private RuleSession? _rules;
    private DateOnly _day;

    private LiveSchool(Workspace workspace, SchoolSnapshot snapshot)
    {
        _workspace = workspace;
        _snapshot = snapshot;
        _day = workspace.Today;
        _rules = Start(snapshot, _day);
    }

    /// <summary>How often the rule session was built from the whole school (1 after <see cref="Load"/>).</summary>
    public int Rebuilds { get; private set; } = 1;

    /// <summary>How many marks and absences were fed to the live rule session one by one.</summary>
    public int Fed { get; private set; }

    /// <summary>Reads the school and runs its policy once; a policy that does not compile is reported.</summary>
    public static Result<LiveSchool> Load(Workspace workspace)
    {
        var snapshot = SchoolSnapshot.Load(workspace);
        return snapshot.Value is { } read
            ? Result<LiveSchool>.From(new LiveSchool(workspace, read), [])
            : Result<LiveSchool>.Failure(snapshot.Diagnostics);
    }

    /// <summary>The school as of now, refreshed first when it changed.</summary>
    public SchoolSnapshot Snapshot
    {
        get
        {
            Refresh();
            lock (_gate)
            {
                return _snapshot;
            }
        }
    }

    /// <summary>A session over the current snapshot, with a workflow runtime of its own (dispose it).</summary>
    public SchoolSession Open(string? worker = null) => SchoolSession.Over(_workspace, Snapshot, worker);

    /// <summary>The live rule session's current result for one pupil (what `ic explain` reads); null without a policy.</summary>
    public EvaluationResult? ResultFor(string pupilId)
    {
        Refresh();
        lock (_gate)
        {
            return _rules?.ResultFor(pupilId);
        }
    }

    /// <summary>
    /// Brings the school up to date with the database: nothing when the stamp and the day are unchanged; added marks and
    /// absences fed to the rule session; otherwise the school read and its policy run again. A policy that no longer
    /// compiles keeps the last good snapshot and is reported.
    /// </summary>
    public IReadOnlyList<Diagnostic> Refresh()
    {
        var stamp = _workspace.Database.Schools.Stamp(_workspace.School.Id);
        var today = _workspace.Today;
        lock (_gate)
        {
            var current = _snapshot;
            if (stamp == current.Stamp && today == _day)
            {
                return [];
            }

            var sameRules = stamp with { DataVersion = 0 } == current.Stamp with { DataVersion = 0 } && today == _day;
            if (sameRules)
            {
                var data = _workspace.Database.Scores.WithScores(_workspace.Load());
                if (Additions(current.Data, data) is { } added)
                {
                    foreach (var mark in added.Marks)
                    {
                        _rules?.Add(mark);
                    }

                    foreach (var absence in added.Absences)
                    {
                        _rules?.Add(absence);
                    }

                    Fed += added.Marks.Count + added.Absences.Count;
                    _snapshot = current.With(stamp, data);
                    return [];
                }
            }

            var reread = SchoolSnapshot.Load(_workspace);
            if (reread.Value is not { } snapshot)
            {
                return reread.Diagnostics;
            }

            _snapshot = snapshot;
            _day = today;
            _rules = Start(snapshot, today);
            Rebuilds++;
            return [];
        }
    }

    private RuleSession? Start(SchoolSnapshot snapshot, DateOnly today)
    {
        if (snapshot.Policy is null)
        {
            return null;
        }

        var session = snapshot.Policy.Rules.OpenSession(snapshot.Data, _workspace.Calendar, today, snapshot.Engine);
        session.Run();
        return session;
    }

    /// <summary>
    /// The marks and absences <paramref name="after"/> holds beyond <paramref name="before"/>, when that is the only
    /// difference (everything else the same, nothing removed or corrected); otherwise null.
    /// </summary>
    private static (IReadOnlyList<Mark> Marks, IReadOnlyList<Absence> Absences)? Additions(SchoolData before, SchoolData after)
    {
        if (!before.Classes.SequenceEqual(after.Classes) || !SameStaff(before.Staff, after.Staff)
            || !before.Pupils.SequenceEqual(after.Pupils) || !before.Parents.SequenceEqual(after.Parents)
            || !before.Subjects.SequenceEqual(after.Subjects) || !before.Teaching.SequenceEqual(after.Teaching)
            || !before.Scores.SequenceEqual(after.Scores))
        {
            return null;
        }

        var marks = Added(before.Marks, after.Marks);
        var absences = Added(before.Absences, after.Absences);
        return marks is null || absences is null ? null : (marks, absences);
    }

    private static bool SameStaff(IReadOnlyList<Staff> before, IReadOnlyList<Staff> after) =>
        before.Count == after.Count
        && before.Zip(after).All(p => p.First with { Roles = NoRoles } == p.Second with { Roles = NoRoles } && p.First.Roles.SequenceEqual(p.Second.Roles));

    /// <summary>The items of <paramref name="after"/> beyond those of <paramref name="before"/>; null when one of those is gone.</summary>
    private static List<T>? Added<T>(IReadOnlyList<T> before, IReadOnlyList<T> after)
        where T : notnull
    {
        var remaining = new Dictionary<T, int>();
        foreach (var item in after)
        {
            remaining[item] = remaining.GetValueOrDefault(item) + 1;
        }

        foreach (var item in before)
        {
            if (!remaining.TryGetValue(item, out var count) || count == 0)
            {
                return null;
            }

            remaining[item] = count - 1;
        }

        var added = new List<T>();
        foreach (var (item, count) in remaining)
        {
            for (var i = 0; i < count; i++)
            {
                added.Add(item);
            }
        }

        return added;
    }
}
