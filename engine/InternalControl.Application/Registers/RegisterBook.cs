using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Registers;

/// <summary>
/// The registers a regulation demands (No. 97, 6.5) and the class teacher's monthly report, read from the workflow
/// journal through the runtime: a register is the completed tasks of the steps that name it with <c>register</c>, never
/// a separate book that could disagree with the journal.
/// </summary>
public sealed class RegisterBook
{
    private readonly WorkflowRuntime _runtime;
    private readonly SchoolData _school;

    /// <summary>The registers of <paramref name="school"/>, whose cases <paramref name="runtime"/> runs.</summary>
    public RegisterBook(WorkflowRuntime runtime, SchoolData school)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(school);
        _runtime = runtime;
        _school = school;
    }

    /// <summary>The entries of one register (see <see cref="RegisterCodes"/>) written between two days, inclusive.</summary>
    public IReadOnlyList<RegisterEntry> Entries(string register, DateOnly from, DateOnly to) =>
        [.. _runtime.Register(register, from, to).Select(r => new RegisterEntry(
            r.Day, r.CaseId, r.PupilId, r.SubjectId, r.Actor, register, r.Step, r.Outcome ?? "", r.Data))];

    /// <summary>6.5: each class teacher's home visits, conversations and talks with subject teachers in a month.</summary>
    public IReadOnlyList<MonthlyReportLine> MonthlyReport(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var teachers = _school.Classes.Select(c => c.ClassTeacherId).OfType<string>().ToHashSet();
        var visits = Counts(RegisterCodes.HomeVisit, from, to);
        var conversations = Counts(RegisterCodes.Conversation, from, to);
        var talks = Counts(RegisterCodes.SubjectTeacherTalk, from, to);
        return [.. teachers.Order(StringComparer.Ordinal).Select(t => new MonthlyReportLine(
            t, visits.GetValueOrDefault(t), conversations.GetValueOrDefault(t), talks.GetValueOrDefault(t)))];
    }

    private Dictionary<string, int> Counts(string register, DateOnly from, DateOnly to) =>
        _runtime.Register(register, from, to).GroupBy(r => r.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
