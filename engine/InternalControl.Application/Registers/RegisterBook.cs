using Dapper;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;

namespace InternalControl.Application.Registers;

/// <summary>
/// The registers a regulation demands (No. 97, 6.5) and the class teacher's monthly report, read from the workflow
/// journal: a register is the completed tasks of the steps that name it with <c>register</c>, never a separate
/// book that could disagree with the journal.
/// </summary>
public sealed class RegisterBook
{
    private readonly SchoolDatabase _database;
    private readonly SchoolData _school;

    /// <summary>The registers of <paramref name="school"/> in <paramref name="database"/>.</summary>
    public RegisterBook(SchoolDatabase database, SchoolData school)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(school);
        _database = database;
        _school = school;
    }

    /// <summary>The entries of one register (see <see cref="RegisterCodes"/>) written between two days, inclusive.</summary>
    public IReadOnlyList<RegisterEntry> Entries(string register, DateOnly from, DateOnly to)
    {
        using var connection = _database.Connect();
        var rows = connection.Query<(string Day, long CaseId, string? PupilId, string? SubjectId, string Actor, string Step, string? Outcome, string? Data, string At, long Seq)>(
            """
            SELECT j.day, j.case_id, c.pupil_id, c.subject_id, j.actor, j.step, j.detail, j.data, j.at, j.seq
            FROM wf_journal j JOIN wf_cases c ON c.id = j.case_id
            WHERE j.school_id = @SchoolId AND j.register = @register AND j.day >= @from AND j.day <= @to AND j.kind = 'TaskCompleted'
            ORDER BY j.day, j.at, j.case_id, j.seq
            """,
            new { SchoolId = _school.School.Id, register, from = IsoDate.Text(from), to = IsoDate.Text(to) });
        return [.. rows.Select(r => new RegisterEntry(
            IsoDate.Parse(r.Day), r.CaseId, r.PupilId, r.SubjectId, r.Actor, register, r.Step, r.Outcome ?? "",
            r.Data is { Length: > 0 } ? System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string?>>(r.Data) ?? [] : []))];
    }

    /// <summary>6.5: each class teacher's home visits, conversations and talks with subject teachers in a month.</summary>
    public IReadOnlyList<MonthlyReportLine> MonthlyReport(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var teachers = _school.Classes.Select(c => c.ClassTeacherId).OfType<string>().ToHashSet();
        using var connection = _database.Connect();
        var counts = connection.Query<(string Actor, string Register, long Count)>(
            """
            SELECT actor, register, COUNT(*) FROM wf_journal
            WHERE school_id = @SchoolId AND kind = 'TaskCompleted' AND register IN (@HomeVisit, @Conversation, @SubjectTeacherTalk)
              AND day >= @from AND day <= @to
            GROUP BY actor, register
            """,
            new
            {
                SchoolId = _school.School.Id,
                RegisterCodes.HomeVisit,
                RegisterCodes.Conversation,
                RegisterCodes.SubjectTeacherTalk,
                from = IsoDate.Text(from),
                to = IsoDate.Text(to),
            })
            .ToList();
        int Count(string teacher, string register) => (int)counts.Where(c => c.Actor == teacher && c.Register == register).Sum(c => c.Count);
        return [.. teachers.Order(StringComparer.Ordinal).Select(t => new MonthlyReportLine(
            t, Count(t, RegisterCodes.HomeVisit), Count(t, RegisterCodes.Conversation), Count(t, RegisterCodes.SubjectTeacherTalk)))];
    }
}
