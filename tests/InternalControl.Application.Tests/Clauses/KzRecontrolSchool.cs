using InternalControl.Application.Cases;
using InternalControl.Application.Control;
using InternalControl.Application.Plans;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// A small Kazakh school as `ic init --country kz`, `ic import` and `ic control score` leave it, for the matrix
/// re-control (seed 000 §3.3-3.4): t010 and t011 are both scored into group A on sheet III.3 in October; the plan
/// (plan.csv) controls t010 on III.3, heard at the methodological council, with its second control in March, and
/// has no row for t011. t001 director, t002 deputy director, t012 a teacher who heads the methodological council.
/// </summary>
internal sealed class KzRecontrolSchool : IDisposable
{
    public const string Director = "t001";
    public const string Deputy = "t002";
    public const string Planned = "t010";
    public const string Unplanned = "t011";
    public const string CouncilHead = "t012";

    private readonly ImportedSchool _school;

    /// <param name="today">The school day the clock stands at.</param>
    /// <param name="policy">A copy of a shipped file, attached over it (a policy that renames its names).</param>
    public KzRecontrolSchool(DateOnly today, PolicySource? policy = null)
    {
        _school = ImportedSchool.Kazakh(
            today,
            staff: """
                t010,Тоқтаров Санжар Ернұрұлы,kk,subject_teacher|class_teacher
                t011,Әбенова Динара Серікқызы,kk,subject_teacher
                t012,Омарова Айым Ержанқызы,kk,subject_teacher|methodological_council_head

                """,
            plan: """
                3.04,3,Мұғалімнің зерттеу тәжірибесі,staff,t010,III.3,9,t002,methodological_council,minutes,3

                """,
            policy);
        var scores = _school.Write("scores.csv", """
            object_id,object_kind,sheet,criterion,score,date,inspector_id
            t010,teacher,III.3,1,0,2026-10-01,t002
            t010,teacher,III.3,2,0,2026-10-01,t002
            t011,teacher,III.3,1,0,2026-10-01,t002
            t011,teacher,III.3,2,0,2026-10-01,t002

            """);
        var read = ScoreImporter.Read(scores, DecisionMatrix.From(Session.Policy)!, Session.Data.Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
        Assert.True(read.Succeeded);
        Workspace.Database.Scores.Save(Workspace.School.Id, read.Scores);
        _school.Close();
    }

    public Workspace Workspace => _school.Workspace;

    public SchoolSession Session => _school.Session;

    public WorkflowRuntime Runtime => Session.Runtime;

    /// <summary>Moves the clock to a morning and fires what came due.</summary>
    public void MoveTo(DateOnly day) => _school.MoveTo(day);

    /// <summary>The open re-control case of a teacher on III.3 (a case of the workflow tagged <c>recontrol</c>, whatever its name).</summary>
    public long Recontrol(string teacher) =>
        Runtime.Cases(openOnly: true).Single(c => RecontrolCases.Target(Session.Definitions, c) is { } target && target.ObjectId == teacher).Id;

    /// <summary>Evaluates, acts on and hears the planned teacher's re-control, then moves to March 1st: its rescore is due.</summary>
    public long AtRescore()
    {
        Session.Evaluate();
        var planned = Recontrol(Planned);
        Complete(planned, "done", new Dictionary<string, string> { ["output_date"] = IsoDate.Text(Workspace.Today) });
        Complete(planned, "heard", new Dictionary<string, string> { ["decision"] = "Тәжірибе жинақталсын" });
        MoveTo(new DateOnly(2027, 3, 1));
        return planned;
    }

    public IReadOnlyList<WorkflowTask> Tasks(long caseId) => Runtime.Tasks(new TaskQuery(CaseId: caseId));

    /// <summary>
    /// Makes every insert into <paramref name="table"/> (that matches <paramref name="when"/>, a condition on NEW) fail in
    /// the school's database file, as a full disk or a broken constraint would: a real trigger, written on a connection
    /// of its own, that the session's next write meets.
    /// </summary>
    public void FailInserts(string table, string when = "1")
    {
        using var connection = Workspace.Database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} WHEN {when} BEGIN SELECT RAISE(ABORT, 'injected fault'); END;";
        command.ExecuteNonQuery();
    }

    /// <summary>Drops the trigger <see cref="FailInserts"/> made: the fault is gone.</summary>
    public void Heal(string table)
    {
        using var connection = Workspace.Database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP TRIGGER fail_{table};";
        command.ExecuteNonQuery();
    }

    /// <summary>Completes the case's one open task with the outcome and fields given, as its holder.</summary>
    public void Complete(long caseId, string outcome, Dictionary<string, string> fields)
    {
        var task = Assert.Single(Tasks(caseId));
        var done = Runtime.Complete(task.Id, outcome, fields, task.Assignee ?? Director);
        Assert.True(done.Ok, done.Message(Language.En));
    }

    public void Dispose() => _school.Dispose();
}
