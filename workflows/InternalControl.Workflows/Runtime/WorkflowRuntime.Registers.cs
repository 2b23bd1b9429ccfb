using Dapper;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Journal;

namespace InternalControl.Workflows.Runtime;

/// <summary>The regulation's registers (6.5): queries over the journal, never separate books that could disagree with it.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The entries of one register (see <see cref="Registers"/>) written between two days, inclusive.</summary>
    public IReadOnlyList<RegisterEntry> Register(string register, DateOnly from, DateOnly to)
    {
        var rows = _connection.Query<(string Day, long CaseId, string? PupilId, string? SubjectId, string Actor, string Step, string? Outcome, string? Data, string At, long Seq)>(
            """
            SELECT j.day, j.case_id, c.pupil_id, c.subject_id, j.actor, j.step, j.detail, j.data, j.at, j.seq
            FROM wf_journal j JOIN wf_cases c ON c.id = j.case_id
            WHERE j.school_id = @SchoolId AND j.register = @register AND j.day >= @from AND j.day <= @to AND j.kind = 'TaskCompleted'
            ORDER BY j.day, j.at, j.case_id, j.seq
            """,
            new { SchoolId, register, from = IsoDate.Text(from), to = IsoDate.Text(to) });
        return [.. rows.Select(r => new RegisterEntry(
            IsoDate.Parse(r.Day), r.CaseId, r.PupilId, r.SubjectId, r.Actor, register, r.Step, r.Outcome ?? "",
            r.Data is { Length: > 0 } ? System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string?>>(r.Data) ?? [] : []))];
    }

    /// <summary>6.5: each class teacher's home visits, conversations and talks with subject teachers in a month.</summary>
    public IReadOnlyList<MonthlyReportLine> MonthlyReport(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var teachers = _options.School.Classes.Select(c => c.ClassTeacherId).OfType<string>().ToHashSet();
        var counts = _connection.Query<(string Actor, string Register, long Count)>(
            """
            SELECT actor, register, COUNT(*) FROM wf_journal
            WHERE school_id = @SchoolId AND kind = 'TaskCompleted' AND register IN (@HomeVisit, @Conversation, @SubjectTeacherTalk)
              AND day >= @from AND day <= @to
            GROUP BY actor, register
            """,
            new { SchoolId, Registers.HomeVisit, Registers.Conversation, Registers.SubjectTeacherTalk, from = IsoDate.Text(from), to = IsoDate.Text(to) })
            .ToList();
        return [.. teachers.Order(StringComparer.Ordinal).Select(t => new MonthlyReportLine(
            t,
            (int)counts.Where(c => c.Actor == t && c.Register == Registers.HomeVisit).Sum(c => c.Count),
            (int)counts.Where(c => c.Actor == t && c.Register == Registers.Conversation).Sum(c => c.Count),
            (int)counts.Where(c => c.Actor == t && c.Register == Registers.SubjectTeacherTalk).Sum(c => c.Count)))];
    }
}
