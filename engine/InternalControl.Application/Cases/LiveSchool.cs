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
/// Each use reads the school's stamp (one small query). When an import raised only the data version (its shape version
/// unchanged: no pupil, class, staff, subject, teaching or score changed, no mark removed), only the marks and absences
/// written since are read (<see cref="Storage.Schools.ISchoolStore.ChangesSince"/>) and, when none of them corrects one
/// that was there, fed to the live rule session (<see cref="Fed"/>) and added to the snapshot at the end of its lists;
/// anything else (a changed pupil, a corrected mark, another policy, engine or year, a new day) reads the school again
/// and rebuilds the session (<see cref="Rebuilds"/>). That happens once per change, under a lock: the host's own import refreshes
/// right after its commit (<see cref="Refresh"/>), so the person who imported pays for it, not the next reader.
/// </para>
/// </summary>
public sealed class LiveSchool
{
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
                // Only marks and absences changed: read those written since the snapshot's version, not the school.
                var changes = _workspace.Database.Schools.ChangesSince(_workspace.School.Id, current.Stamp.DataVersion);
                if (!changes.Corrected && changes.Stamp with { DataVersion = 0 } == current.Stamp with { DataVersion = 0 })
                {
                    foreach (var mark in changes.Marks)
                    {
                        _rules?.Add(mark);
                    }

                    foreach (var absence in changes.Absences)
                    {
                        _rules?.Add(absence);
                    }

                    Fed += changes.Marks.Count + changes.Absences.Count;
                    var data = current.Data with { Marks = [.. current.Data.Marks, .. changes.Marks], Absences = [.. current.Data.Absences, .. changes.Absences] };
                    _snapshot = current.With(changes.Stamp, data);
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
}
